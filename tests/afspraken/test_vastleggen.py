"""One write path for the history of agreements (afspraken/vastleggen.py): what the import makes
or changes gets the same revisions, history in the admin and public status history as what a
coördinator makes or changes in the admin. And the import's field limits are the model's."""

import csv
import io

import pytest

from django.contrib.auth.models import User
from django.urls import reverse
from django.utils.html import escape

from taggit.models import Tag
from wagtail.models import ModelLogEntry

from afspraken.importeren import KOLOMMEN, MAX_LENGTE, MAX_TREFWOORD, ImportFout, importeer
from afspraken.models import Kerninstrument, Uitvoeringsafspraak

pytestmark = pytest.mark.django_db
INSTRUMENT = "Omgevingsplan"
KOP = [*KOLOMMEN, "code", "titel", "status"]


def als_csv(*rijen):
    uitvoer = io.StringIO()
    schrijver = csv.DictWriter(uitvoer, KOP, restval="")
    schrijver.writeheader()
    for rij in rijen:
        schrijver.writerow({"kerninstrument": INSTRUMENT, **rij})
    return uitvoer.getvalue().encode()


def _url(naam, *args):
    return reverse(f"wagtailsnippets_afspraken_uitvoeringsafspraak:{naam}", args=args)


def formulier(titel, tekst, status, code=""):
    return {
        "titel": titel,
        "samenwerkingsafspraak": tekst,
        "kerninstrument": Kerninstrument.objects.get(naam=INSTRUMENT).pk,
        "status": status,
        "code": code,
        "trefwoorden": "",
        "action-publish": "1",
    }


@pytest.fixture
def coordinator(client):
    gebruiker = User.objects.get(username="coordinator")
    client.force_login(gebruiker)
    return gebruiker


def geschiedenis(client, afspraak, sinds=0, titels=()):
    """What people see of an agreement's history: the entries of the history in the admin
    (action, message, who; after the first `sinds`; the `titels` in a message replaced by their
    number), its revisions, and the status history on its public page."""
    regels = list(ModelLogEntry.objects.for_instance(afspraak).order_by("timestamp", "pk"))[sinds:]
    scherm = client.get(_url("history", afspraak.pk)).content.decode()
    for regel in regels:
        assert escape(str(regel.message)) in scherm
    openbaar = client.get(afspraak.get_url()).content.decode()
    statussen = [w.get_status_display() for w in afspraak.statuswijzigingen.order_by("-datum")]
    for status in statussen:
        assert f": {status}</li>" in openbaar
    berichten = []
    for regel in regels:
        bericht = str(regel.message)
        for nummer, titel in enumerate(titels):
            bericht = bericht.replace(titel, f"<titel {nummer}>")
        berichten.append(bericht)
    return {
        "historie": [(r.action, b, r.user_id) for r, b in zip(regels, berichten, strict=True)],
        "revisies": afspraak.revisions.count(),
        "statusgeschiedenis": statussen,
        "gepubliceerd": (afspraak.live, afspraak.live_revision_id == afspraak.latest_revision_id),
    }


def test_nieuwe_afspraak_uit_import_en_uit_beheer_hebben_dezelfde_geschiedenis(client, coordinator):
    tekst = "Partijen stemmen de planning van de {} vooraf af."
    client.post(_url("add"), formulier("Uit het beheer", tekst.format("beheer"), "in afstemming"))
    uit_beheer = Uitvoeringsafspraak.objects.get(titel="Uit het beheer")
    importeer(
        als_csv(
            {
                "titel": "Uit de import",
                "samenwerkingsafspraak": tekst.format("import"),
                "status": "in afstemming",
            }
        ),
        gebruiker=coordinator,
    )
    uit_import = Uitvoeringsafspraak.objects.get(titel="Uit de import")
    verwacht = geschiedenis(client, uit_beheer)
    assert [actie for actie, _bericht, _wie in verwacht["historie"]] == [
        "wagtail.create",
        "wagtail.publish",
    ]
    assert verwacht["revisies"] == 1 and verwacht["statusgeschiedenis"] == ["In afstemming"]
    assert geschiedenis(client, uit_import) == verwacht


def test_gewijzigde_afspraak_uit_import_en_uit_beheer_hebben_dezelfde_geschiedenis(
    client, coordinator
):
    afspraken = []
    for naam in ("beheer", "import"):
        afspraak = Uitvoeringsafspraak(
            titel=f"Wijziging via {naam}",
            samenwerkingsafspraak=f"Partijen delen de signalen uit het {naam}.",
            kerninstrument=Kerninstrument.objects.get(naam=INSTRUMENT),
            status="in afstemming",
        )
        afspraak.save()
        afspraak.save_revision(user=coordinator, log_action=True).publish(user=coordinator)
        afspraken.append(afspraak)
    uit_beheer, uit_import = afspraken
    voor = ModelLogEntry.objects.for_instance(uit_beheer).count()
    assert ModelLogEntry.objects.for_instance(uit_import).count() == voor
    assert [s.status for s in uit_import.statuswijzigingen.all()] == ["in afstemming"]

    client.post(
        _url("edit", uit_beheer.pk),
        formulier(
            "Vastgesteld via beheer",
            uit_beheer.samenwerkingsafspraak,
            "vastgesteld",
            uit_beheer.code,
        ),
    )
    importeer(
        als_csv(
            {
                "code": uit_import.code,
                "titel": "Vastgesteld via import",
                "samenwerkingsafspraak": uit_import.samenwerkingsafspraak,
                "status": "vastgesteld",
            }
        ),
        gebruiker=coordinator,
        status_wijzigen=True,
    )
    uit_beheer.refresh_from_db()
    uit_import.refresh_from_db()
    assert uit_beheer.titel == "Vastgesteld via beheer"
    assert uit_import.titel == "Vastgesteld via import"
    verwacht = geschiedenis(
        client, uit_beheer, voor, ["Wijziging via beheer", "Vastgesteld via beheer"]
    )
    assert [actie for actie, _bericht, _wie in verwacht["historie"]] == [
        "wagtail.edit",
        "wagtail.rename",
        "wagtail.publish",
    ]
    assert verwacht["revisies"] == 2
    assert verwacht["statusgeschiedenis"] == ["Vastgesteld", "In afstemming"]
    assert verwacht["historie"][1][1] == "Hernoemd van '<titel 0>' naar '<titel 1>'"
    assert (
        geschiedenis(client, uit_import, voor, ["Wijziging via import", "Vastgesteld via import"])
        == verwacht
    )


def test_opnieuw_publiceren_zonder_statuswijziging_voegt_niets_toe_aan_de_statusgeschiedenis(
    client, coordinator
):
    """The rule of the status history is the same for both: a new entry only when status or
    vaststelling change."""
    importeer(
        als_csv({"titel": "Eerst", "samenwerkingsafspraak": "Partijen overleggen maandelijks."}),
        gebruiker=coordinator,
    )
    afspraak = Uitvoeringsafspraak.objects.get(titel="Eerst")
    assert afspraak.status == "concept" and not afspraak.statuswijzigingen.exists()
    for titel, status in (("Tweede", "in afstemming"), ("Derde", "in afstemming")):
        importeer(
            als_csv(
                {
                    "code": afspraak.code,
                    "titel": titel,
                    "samenwerkingsafspraak": afspraak.samenwerkingsafspraak,
                    "status": status,
                }
            ),
            gebruiker=coordinator,
            status_wijzigen=True,
        )
    client.post(
        _url("edit", afspraak.pk),
        formulier("Vierde", afspraak.samenwerkingsafspraak, "in afstemming", afspraak.code),
    )
    afspraak.refresh_from_db()
    assert afspraak.titel == "Vierde"
    assert [s.status for s in afspraak.statuswijzigingen.all()] == ["in afstemming"]


@pytest.mark.parametrize("veld", ["titel", "bron", "code"])
def test_veldlengtes_van_de_import_zijn_die_van_het_model(veld):
    maximum = Uitvoeringsafspraak._meta.get_field(veld).max_length
    assert MAX_LENGTE[veld] == maximum
    rij = {"samenwerkingsafspraak": "Partijen stemmen de lengte van velden af."}
    assert importeer(als_csv({**rij, veld: "x" * maximum}), droog=True).nieuw
    with pytest.raises(ImportFout) as fout:
        importeer(als_csv({**rij, veld: "x" * (maximum + 1)}), droog=True)
    assert f"rij 2, kolom {veld}: langer dan {maximum} tekens" in str(fout.value)


def test_lengte_van_een_trefwoord_is_die_van_een_tag():
    maximum = Tag._meta.get_field("name").max_length
    assert MAX_TREFWOORD == maximum
    rij = {"samenwerkingsafspraak": "Partijen stemmen de trefwoorden af."}
    assert importeer(als_csv({**rij, "trefwoorden": "t" * maximum}), droog=True).nieuw
    with pytest.raises(ImportFout) as fout:
        importeer(als_csv({**rij, "trefwoorden": "kort; " + "t" * (maximum + 1)}), droog=True)
    assert f"een trefwoord is langer dan {maximum} tekens" in str(fout.value)
