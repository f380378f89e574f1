"""Issue 14.7: the vaststelling of an agreement in a meeting (vergadering) of an overleg, by
both routes a coördinator has: the dashboard's workflow action, and the action "Vaststellen"
in the footer of the agreement's own edit screen. The latter answered 500 ("Object of type
Overleg is not JSON serializable"): Wagtail returns the modal form's cleaned_data as JSON to
the browser, which posts it back with the edit form as `workflow-action-extra-data`."""

import datetime
import json

import pytest

from django.urls import reverse
from django.utils import timezone

from afspraken.models import Uitvoeringsafspraak
from materialen.models import Bijeenkomst
from organisaties.models import Overleg
from tests.factories import UitvoeringsafspraakFactory

pytestmark = pytest.mark.django_db

NAAM = "wagtailsnippets_afspraken_uitvoeringsafspraak"


def _url(naam, *args):
    return reverse(f"{NAAM}:{naam}", args=args)


def formulier(afspraak, **extra):
    return {
        "titel": "Gewijzigde titel",
        "samenwerkingsafspraak": afspraak.samenwerkingsafspraak,
        "kerninstrument": afspraak.kerninstrument_id,
        "groep": afspraak.groep_id or "",
        "status": "in afstemming",
        "code": afspraak.code,
        "trefwoorden": "",
        **extra,
    }


@pytest.fixture
def overleg(db):
    return Overleg.objects.get(afkorting="B-PSO")


@pytest.fixture
def vergadering(overleg):
    begin = timezone.make_aware(datetime.datetime(2026, 3, 12, 14, 0))
    return Bijeenkomst.objects.create(
        overleg=overleg,
        titel="Vergadering B-PSO maart",
        begin=begin,
        einde=begin + datetime.timedelta(hours=2),
        locatie="Provinciehuis Utrecht",
        besluitenlijst="<ol><li>De afspraak over samen toezicht houden is vastgesteld.</li></ol>",
    )


@pytest.fixture
def ingediend(client, gebruikers, eigen_groep):
    """An agreement a trekker submitted for review (the workflow is in progress)."""
    afspraak = UitvoeringsafspraakFactory(groep=eigen_groep, titel="Testafspraak", publiceren=True)
    client.force_login(gebruikers["trekker"])
    client.post(_url("edit", afspraak.pk), formulier(afspraak, **{"action-submit": "1"}))
    afspraak.refresh_from_db()
    assert afspraak.workflow_in_progress
    client.force_login(gebruikers["coordinator"])
    return afspraak


def _taak(afspraak):
    return afspraak.current_workflow_state.current_task_state


def _controleer_vastgesteld(client, afspraak, overleg, vergadering):
    afspraak.refresh_from_db()
    assert afspraak.status == "vastgesteld"
    assert afspraak.live and not afspraak.workflow_in_progress
    assert afspraak.titel == "Gewijzigde titel"  # the submitted revision was published
    assert afspraak.vastgesteld_door == overleg
    assert afspraak.vastgesteld_op == datetime.date(2026, 3, 12)
    assert afspraak.vastgesteld_in == vergadering
    html = client.get(afspraak.get_url()).content.decode()
    assert f'href="{vergadering.get_absolute_url()}"' in html
    pagina = client.get(vergadering.get_absolute_url()).content.decode()
    assert "Vastgestelde afspraken" in pagina
    assert f'href="{afspraak.get_url()}"' in pagina


def test_vaststellen_vanuit_het_bewerkscherm(client, ingediend, overleg, vergadering):
    """The route of the footer menu: the modal form, its JSON answer, the edit form."""
    afspraak = ingediend
    verzamel = _url("collect_workflow_action_data", afspraak.pk, "vaststellen", _taak(afspraak).pk)
    modaal = client.get(verzamel, headers={"x-requested-with": "XMLHttpRequest"})
    assert modaal.status_code == 200
    assert "B-PSO — 12-03-2026" in json.loads(modaal.content)["html"]

    antwoord = client.post(
        verzamel,
        {"vastgesteld_in": vergadering.pk, "vastgesteld_door": "", "vastgesteld_op": ""},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert antwoord.status_code == 200  # was 500: Overleg is not JSON serializable
    gegevens = json.loads(antwoord.content)
    assert gegevens["step"] == "success"
    # What the browser's workflow-action.js posts back with the edit form.
    extra = json.dumps(gegevens["cleaned_data"])
    bewerk = client.post(
        _url("edit", afspraak.pk),
        formulier(
            afspraak,
            **{
                "action-workflow-action": "true",
                "workflow-action-name": "vaststellen",
                "workflow-action-extra-data": extra,
            },
        ),
    )
    assert bewerk.status_code == 302
    _controleer_vastgesteld(client, afspraak, overleg, vergadering)


def test_vaststellen_vanuit_het_dashboard(client, ingediend, overleg, vergadering):
    afspraak = ingediend
    actie = _url("workflow_action", afspraak.pk, "vaststellen", _taak(afspraak).pk)
    assert "B-PSO — 12-03-2026" in json.loads(client.get(actie).content)["html"]
    antwoord = client.post(
        actie,
        {"vastgesteld_in": vergadering.pk, "vastgesteld_door": overleg.pk, "vastgesteld_op": ""},
    )
    assert antwoord.status_code == 302
    _controleer_vastgesteld(client, afspraak, overleg, vergadering)


def test_vergadering_van_een_ander_overleg_geeft_een_duidelijke_fout(
    client, ingediend, vergadering
):
    afspraak = ingediend
    ander = Overleg.objects.get(afkorting="A-PSO")
    actie = _url("workflow_action", afspraak.pk, "vaststellen", _taak(afspraak).pk)
    antwoord = client.post(
        actie,
        {"vastgesteld_in": vergadering.pk, "vastgesteld_door": ander.pk, "vastgesteld_op": ""},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    html = json.loads(antwoord.content)["html"]
    assert "De gekozen vergadering is van" in html
    antwoord = client.post(
        actie,
        {"vastgesteld_in": vergadering.pk, "vastgesteld_door": "", "vastgesteld_op": "2026-03-13"},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert "De gekozen vergadering was op 12-03-2026" in json.loads(antwoord.content)["html"]
    afspraak.refresh_from_db()
    assert afspraak.workflow_in_progress and afspraak.vastgesteld_in is None


def test_zonder_vergadering_blijven_overleg_en_datum_verplicht(client, ingediend):
    afspraak = ingediend
    actie = _url("workflow_action", afspraak.pk, "vaststellen", _taak(afspraak).pk)
    antwoord = client.post(
        actie,
        {"vastgesteld_in": "", "vastgesteld_door": "", "vastgesteld_op": ""},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    html = json.loads(antwoord.content)["html"]
    assert "Kies het overleg dat de afspraak heeft vastgesteld." in html
    assert "Vul de datum van de vaststelling in." in html
    assert Uitvoeringsafspraak.objects.get(pk=afspraak.pk).workflow_in_progress


def test_vervalste_gegevens_in_het_bewerkscherm_worden_niet_opgeslagen(
    client, ingediend, vergadering
):
    """The JSON comes back from the browser: checked again, never stored unchecked."""
    afspraak = ingediend
    ander = Overleg.objects.get(afkorting="A-PSO")
    extra = json.dumps(
        {"vastgesteld_in": vergadering.pk, "vastgesteld_door": ander.pk, "vastgesteld_op": ""}
    )
    antwoord = client.post(
        _url("edit", afspraak.pk),
        formulier(
            afspraak,
            **{
                "action-workflow-action": "true",
                "workflow-action-name": "vaststellen",
                "workflow-action-extra-data": extra,
            },
        ),
    )
    # Wagtail's admin answers a PermissionDenied with a redirect to the dashboard.
    assert antwoord.status_code == 302 and antwoord.url == reverse("wagtailadmin_home")
    afspraak.refresh_from_db()
    assert afspraak.workflow_in_progress
    assert afspraak.vastgesteld_in is None and afspraak.vastgesteld_door != ander


def test_vaststellen_vanuit_het_bewerkscherm_zonder_vergadering(client, ingediend, overleg):
    """The 500 of the issue as it was met: overleg and date only, from the edit screen."""
    afspraak = ingediend
    verzamel = _url("collect_workflow_action_data", afspraak.pk, "vaststellen", _taak(afspraak).pk)
    antwoord = client.post(
        verzamel,
        {"vastgesteld_door": overleg.pk, "vastgesteld_op": "2026-11-20"},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert antwoord.status_code == 200
    extra = json.dumps(json.loads(antwoord.content)["cleaned_data"])
    client.post(
        _url("edit", afspraak.pk),
        formulier(
            afspraak,
            **{
                "action-workflow-action": "true",
                "workflow-action-name": "vaststellen",
                "workflow-action-extra-data": extra,
            },
        ),
    )
    afspraak.refresh_from_db()
    assert afspraak.status == "vastgesteld" and not afspraak.workflow_in_progress
    assert afspraak.vastgesteld_door == overleg
    assert afspraak.vastgesteld_op == datetime.date(2026, 11, 20)
    assert afspraak.vastgesteld_in is None
