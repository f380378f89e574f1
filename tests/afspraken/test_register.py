"""The public register as anyone sees it: list with combinable filters and counts, detail pages,
exports that round-trip through the importer, the JSON API and the Atom feed. Concept agreements
are nowhere to be seen."""

import io
import json
import xml.etree.ElementTree as ET

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape

from wagtail.models import Collection, CollectionViewRestriction

from afspraken.importeren import importeer
from afspraken.models import Uitvoeringsafspraak
from tests.factories import DocumentFactory, UitvoeringsafspraakFactory

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def concept():
    afspraak = Uitvoeringsafspraak.objects.filter(status="concept").first()
    assert afspraak is not None and not afspraak.live
    return afspraak


@pytest.fixture
def ingetrokken():
    afspraak = Uitvoeringsafspraak.objects.openbaar().get(code="BZK-02")
    afspraak.status = Uitvoeringsafspraak.Status.INGETROKKEN
    afspraak.save_revision().publish()
    return afspraak


def test_register_toont_openbare_afspraken_met_aantal(client):
    antwoord = client.get("/afspraken/")
    html = antwoord.content.decode()
    aantal = Uitvoeringsafspraak.objects.openbaar().count()
    assert antwoord.status_code == 200
    assert f"{aantal} afspraken gevonden" in html
    assert "Levertermijnen bij de omgevingsvergunning" in html


def test_filters_combineren_in_de_url_met_tellingen(client):
    antwoord = client.get(
        "/afspraken/?kerninstrument=toezicht-en-handhaving&ketenpartner=waterschap"
    )
    html = antwoord.content.decode()
    verwacht = Uitvoeringsafspraak.objects.openbaar().filter(
        kerninstrument__naam="Toezicht en handhaving", waterschap=True
    )
    assert 1 <= verwacht.count() < 5
    assert f"{verwacht.count()} afspra" in html
    for afspraak in verwacht:
        assert escape(afspraak.titel) in html
    assert "Levertermijnen bij de omgevingsvergunning" not in html
    # The count beside a facet value tells how many results choosing it would give.
    omgevingsdienst = Uitvoeringsafspraak.objects.openbaar().filter(
        omgevingsdienst=True, kerninstrument__naam="Toezicht en handhaving"
    )
    assert f">Omgevingsdienst ({omgevingsdienst.count()})</option>" in html
    # Removing one filter is a link that keeps the other.
    assert "?ketenpartner=waterschap" in html


def test_onzinnige_filterwaarden_worden_genegeerd(client):
    antwoord = client.get(
        "/afspraken/?kerninstrument=%27%3B--&status=concept&pagina=999&sortering=x"
    )
    assert antwoord.status_code == 200
    assert "afspraken gevonden" in antwoord.content.decode()


def test_detailpagina_toont_alles_met_wettelijke_grondslag(client):
    afspraak = Uitvoeringsafspraak.objects.get(code="BZK-04")
    html = client.get(afspraak.get_url()).content.decode()
    assert afspraak.samenwerkingsafspraak in html
    assert "https://wetten.overheid.nl/jci1.3:c:BWBR0037885&amp;artikel=16.64" in html
    assert "Statusgeschiedenis" in html and "Vastgesteld" in html
    assert "Laatst gewijzigd" in html
    assert "GGD" in html and "Veiligheidsregio" in html


def test_ingetrokken_blijft_leesbaar_maar_uit_standaardlijst(client, ingetrokken):
    detail = client.get(ingetrokken.get_url()).content.decode()
    assert "Deze afspraak is ingetrokken" in detail
    assert escape(ingetrokken.titel) not in client.get("/afspraken/").content.decode()
    assert (
        escape(ingetrokken.titel) in client.get("/afspraken/?status=ingetrokken").content.decode()
    )


def test_concept_is_nergens_zichtbaar_voor_anoniemen(client, concept):
    assert client.get(f"/afspraken/{concept.slug}/").status_code == 404
    assert client.get(f"/api/afspraken/{concept.code}/").status_code == 404
    for adres in [
        "/afspraken/",
        "/afspraken/?status=concept",
        "/afspraken/export/csv/",
        "/afspraken/export/json/",
        "/afspraken/feed/",
        "/api/afspraken/",
        "/sitemap.xml",
    ]:
        inhoud = client.get(adres).getvalue().decode()  # exports are streamed
        assert concept.samenwerkingsafspraak[:60] not in inhoud, adres
        assert concept.code not in inhoud, adres


def test_export_en_herimport_geven_hetzelfde_register(client):
    voor = Uitvoeringsafspraak.objects.count()
    for formaat in ["csv", "xlsx"]:
        antwoord = client.get(f"/afspraken/export/{formaat}/")
        assert antwoord.status_code == 200
        assert "attachment" in antwoord["Content-Disposition"]
        resultaat = importeer(antwoord.getvalue())
        assert (
            len(resultaat.regels)
            == Uitvoeringsafspraak.objects.openbaar()
            .filter(status__in=["vastgesteld", "in afstemming"])
            .count()
        )
        assert (len(resultaat.nieuw), len(resultaat.gewijzigd)) == (0, 0), formaat
    assert Uitvoeringsafspraak.objects.count() == voor


def test_export_volgt_het_filter(client):
    antwoord = client.get("/afspraken/export/json/?kerninstrument=omgevingsvergunning")
    rijen = json.loads(antwoord.getvalue())
    assert rijen and {r["kerninstrument"] for r in rijen} == {"Omgevingsvergunning"}


def test_xlsx_export_bevat_geen_formules(client):
    from openpyxl import load_workbook

    afspraak = Uitvoeringsafspraak.objects.get(code="BZK-01")
    afspraak.toelichting = '=HYPERLINK("http://kwaadaardig.example")'
    afspraak.save_revision().publish()
    werkmap = load_workbook(io.BytesIO(client.get("/afspraken/export/xlsx/").getvalue()))
    waarden = [c.value for rij in werkmap.active.iter_rows() for c in rij]
    assert afspraak.toelichting in waarden  # stored as text, not as a formula
    cel = next(
        c for rij in werkmap.active.iter_rows() for c in rij if c.value == afspraak.toelichting
    )
    assert cel.data_type == "s"


def test_api_lijst_en_detail(client):
    lijst = client.get("/api/afspraken/?typering=afstemming+nodig").json()
    assert (
        lijst["count"]
        == Uitvoeringsafspraak.objects.openbaar()
        .filter(typering="afstemming nodig", status__in=["vastgesteld", "in afstemming"])
        .count()
    )
    assert all(r["typering"] == "afstemming nodig" for r in lijst["results"])
    detail = client.get("/api/afspraken/BZK-04/").json()
    assert detail["grondslagen"][0]["bwb_id"] == "BWBR0037885"
    assert detail["url"].endswith("/afspraken/levertermijnen-bij-de-omgevingsvergunning/")
    assert detail["statusgeschiedenis"][0]["status"] == "vastgesteld"
    assert client.get("/api/afspraken/?pagina=abc").status_code == 400


def test_atom_feed_bevat_vastgestelde_afspraken(client):
    antwoord = client.get("/afspraken/feed/")
    assert antwoord["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(antwoord.content)
    titels = [e.findtext(f"{ATOM}title") for e in feed.findall(f"{ATOM}entry")]
    vastgesteld = Uitvoeringsafspraak.objects.openbaar().filter(status="vastgesteld")
    assert set(titels) == set(vastgesteld.values_list("titel", flat=True))


def test_begrippen_in_de_afspraak_zijn_gekoppeld(client):
    from begrippen.models import Begrip

    afspraak = Uitvoeringsafspraak.objects.openbaar().get(code="BZK-05")
    html = client.get(afspraak.get_url()).content.decode()
    begrip = Begrip.objects.get(term="Toezicht en handhaving")
    assert f'aria-describedby="uitleg-begrip-{begrip.slug}"' in html
    assert f'id="uitleg-begrip-{begrip.slug}"' in html


def test_atom_feed_zoekt_de_registerpagina_een_keer_op(client):
    """The feed view has the register page already (privacy check); the feed's links use it."""
    with CaptureQueriesContext(connection) as vragen:
        assert client.get("/afspraken/feed/").status_code == 200
    registerpagina = [v for v in vragen if "afspraken_afsprakenregisterpage" in v["sql"]]
    assert len(registerpagina) == 1, [v["sql"] for v in registerpagina]


def test_detail_toont_geen_document_onder_een_besloten_collectie(client):
    """A restriction on a collection holds for the collections under it (as Wagtail's own
    document view and groepen/toegang.py apply it), so the detail page does not list them."""
    besloten = Collection.get_first_root_node().add_child(name="Besloten map")
    CollectionViewRestriction.objects.create(
        collection=besloten, restriction_type=CollectionViewRestriction.LOGIN
    )
    verborgen = DocumentFactory(
        title="Nota in een submap van de besloten map",
        collection=besloten.add_child(name="Submap"),
    )
    direct = DocumentFactory(title="Nota in de besloten map zelf", collection=besloten)
    openbaar = DocumentFactory(title="Openbare nota bij de afspraak")
    afspraak = UitvoeringsafspraakFactory(publiceren=True)
    afspraak.documenten = [verborgen, direct, openbaar]
    afspraak.save()
    html = client.get(afspraak.get_url()).content.decode()
    assert openbaar.title in html
    assert direct.title not in html
    assert verborgen.title not in html
