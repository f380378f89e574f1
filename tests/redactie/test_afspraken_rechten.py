"""Agreements: every role × every action × own group / other group / no group, through the
admin as people use it (HTTP), and the vaststelling that a coördinator records in the review."""

import datetime

import pytest

from django.urls import reverse
from django.utils.html import escape

from afspraken.models import Uitvoeringsafspraak
from organisaties.models import Overleg
from tests.factories import UitvoeringsafspraakFactory
from tests.helpers.redactie import ROLLEN

pytestmark = pytest.mark.django_db

J, N = True, False
ACTIES = ("view", "edit", "submit", "publish", "unpublish", "delete")
ALLEEN_LEZEN = (J, N, N, N, N, N)
ALLES = (J, J, J, J, J, J)
VERWACHT = {
    "eigen groep": {
        "bezoeker": ALLEEN_LEZEN,
        "professional": ALLEEN_LEZEN,
        "groepslid": ALLEEN_LEZEN,
        "trekker": (J, J, J, N, N, N),
        "coordinator": ALLES,
        "beheerder": ALLES,
    },
    "andere groep": {
        "bezoeker": ALLEEN_LEZEN,
        "professional": ALLEEN_LEZEN,
        "groepslid": ALLEEN_LEZEN,
        "trekker": ALLEEN_LEZEN,
        "coordinator": ALLES,
        "beheerder": ALLES,
    },
    "zonder groep": {
        "bezoeker": ALLEEN_LEZEN,
        "professional": ALLEEN_LEZEN,
        "groepslid": ALLEEN_LEZEN,
        "trekker": ALLEEN_LEZEN,
        "coordinator": ALLES,
        "beheerder": ALLES,
    },
}


def _url(naam, afspraak):
    return reverse(f"wagtailsnippets_afspraken_uitvoeringsafspraak:{naam}", args=[afspraak.pk])


def maak_afspraak(groep, titel="Testafspraak"):
    return UitvoeringsafspraakFactory(groep=groep, titel=titel, publiceren=True)


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


def _doe(client, gebruiker, actie, afspraak):
    client.logout()
    if gebruiker:
        client.force_login(gebruiker)
    if actie == "view":
        return client.get(afspraak.get_url()).status_code == 200
    if actie == "edit":
        return client.get(_url("edit", afspraak)).status_code == 200
    if actie == "submit":
        client.post(_url("edit", afspraak), formulier(afspraak, **{"action-submit": "1"}))
        afspraak.refresh_from_db()
        return afspraak.workflow_in_progress
    if actie == "publish":
        client.post(_url("edit", afspraak), formulier(afspraak, **{"action-publish": "1"}))
        afspraak.refresh_from_db()
        return afspraak.titel == "Gewijzigde titel"
    if actie == "unpublish":
        client.post(_url("unpublish", afspraak))
        afspraak.refresh_from_db()
        return not afspraak.live
    if actie == "delete":
        client.post(_url("delete", afspraak))
        return not Uitvoeringsafspraak.objects.filter(pk=afspraak.pk).exists()
    raise AssertionError(actie)


@pytest.mark.parametrize("doel", list(VERWACHT))
@pytest.mark.parametrize("rol", ROLLEN)
def test_afspraakrechten(client, gebruikers, eigen_groep, andere_groep, doel, rol):
    groep = {"eigen groep": eigen_groep, "andere groep": andere_groep, "zonder groep": None}[doel]
    gevonden = tuple(
        _doe(client, gebruikers[rol], actie, maak_afspraak(groep, f"Afspraak {actie}"))
        for actie in ACTIES
    )
    assert dict(zip(ACTIES, gevonden, strict=True)) == dict(
        zip(ACTIES, VERWACHT[doel][rol], strict=True)
    )


def test_trekker_kan_niet_zelf_vaststellen(client, gebruikers, eigen_groep):
    afspraak = maak_afspraak(eigen_groep)
    client.force_login(gebruikers["trekker"])
    antwoord = client.post(_url("edit", afspraak), formulier(afspraak, status="vastgesteld"))
    assert antwoord.status_code == 200  # the form comes back with an error, nothing saved
    assert "geldige keuze" in antwoord.content.decode()
    assert afspraak.revisions.count() == 1


def test_coordinator_stelt_vast_in_de_beoordeling(client, gebruikers, eigen_groep, mailoutbox):
    afspraak = maak_afspraak(eigen_groep)
    client.force_login(gebruikers["trekker"])
    client.post(_url("edit", afspraak), formulier(afspraak, **{"action-submit": "1"}))
    afspraak.refresh_from_db()
    assert afspraak.workflow_in_progress and afspraak.titel == "Testafspraak"
    assert mailoutbox, "de coördinator krijgt bericht van de inzending"

    client.force_login(gebruikers["coordinator"])
    taak = afspraak.current_workflow_state.current_task_state
    overleg = Overleg.objects.get(afkorting="A-PSO")
    actie_url = reverse(
        "wagtailsnippets_afspraken_uitvoeringsafspraak:workflow_action",
        args=[afspraak.pk, "vaststellen", taak.pk],
    )
    assert "vastgesteld_door" in client.get(actie_url).content.decode()
    client.post(actie_url, {"vastgesteld_door": overleg.pk, "vastgesteld_op": "2026-11-20"})
    afspraak.refresh_from_db()
    assert afspraak.titel == "Gewijzigde titel"  # the submitted revision is now live
    assert afspraak.status == "vastgesteld"
    assert afspraak.vastgesteld_door == overleg
    assert afspraak.vastgesteld_op == datetime.date(2026, 11, 20)
    assert not afspraak.workflow_in_progress
    html = client.get(afspraak.get_url()).content.decode()
    assert "vastgesteld door" in html and escape(overleg.naam) in html
