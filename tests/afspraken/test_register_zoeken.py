"""The register on small screens and with a question: free text (`q`) searched within the
filters through the platform search, every keyword reachable, strange input answered in
Dutch, and nothing private counted or shown."""

import csv
import io
import re

import pytest

from django.utils.html import escape

from afspraken.models import Trefwoord, Uitvoeringsafspraak
from afspraken.register import STANDAARD_STATUSSEN, Registerfilter
from tests.factories import UitvoeringsafspraakFactory

pytestmark = pytest.mark.django_db


def _aantal(html):
    """The number of agreements the page says it found."""
    gevonden = re.search(r"(\d+) afspra(?:ak|ken) gevonden", html)
    assert gevonden, "geen aantal gevonden op de pagina"
    return int(gevonden.group(1))


def _codes(antwoord):
    rijen = csv.DictReader(io.StringIO(antwoord.getvalue().decode("utf-8-sig")))
    return {rij["code"] for rij in rijen}


def _standaard():
    return Uitvoeringsafspraak.objects.openbaar().filter(status__in=STANDAARD_STATUSSEN)


def test_vrije_tekst_zoekt_binnen_de_filters(client):
    alles = client.get("/afspraken/", {"q": "vergunning"}).content.decode()
    met_filter = client.get(
        "/afspraken/", {"q": "vergunning", "ketenpartner": "waterschap"}
    ).content.decode()
    zonder_q = client.get("/afspraken/", {"ketenpartner": "waterschap"}).content.decode()
    assert 'id="register-q"' in alles and "Zoek in de afspraken" in alles
    assert 0 < _aantal(met_filter) < _aantal(alles)
    assert _aantal(met_filter) < _aantal(zonder_q)
    # Every agreement on the page matches both the filter and the question.
    filter_ = Registerfilter({"q": "vergunning", "ketenpartner": "waterschap"})
    gevonden = list(filter_.resultaten())
    assert len(gevonden) == _aantal(met_filter)
    for afspraak in gevonden:
        assert afspraak.waterschap
        assert escape(afspraak.titel) in met_filter
    # The question is shown as a removable filter, and the counts follow the question.
    assert "Zoekterm: vergunning" in met_filter
    waterschap = Registerfilter({"q": "vergunning"}).facetten()["ketenpartner"][1]
    assert any(w.waarde == "waterschap" and w.aantal == _aantal(met_filter) for w in waterschap)


def test_zoekterm_blijft_bij_paginering_filters_en_exports(client):
    html = client.get("/afspraken/", {"q": "vergunning", "status": "vastgesteld"}).content.decode()
    for pad in ("export/csv/", "export/json/", "export/xlsx/"):
        assert f"/afspraken/{pad}?q=vergunning&amp;status=vastgesteld" in html
    assert "/api/afspraken/?q=vergunning&amp;status=vastgesteld" in html
    # Removing the status keeps the question; removing the question keeps the status.
    assert 'href="/afspraken/?q=vergunning"' in html
    assert 'href="/afspraken/?status=vastgesteld"' in html

    met_q = _codes(client.get("/afspraken/export/csv/", {"q": "vergunning"}))
    zonder = _codes(client.get("/afspraken/export/csv/"))
    verwacht = {a.code for a in Registerfilter({"q": "vergunning"}).resultaten()}
    assert met_q == verwacht and met_q < zonder
    # A different question is a different cached export.
    ander = _codes(client.get("/afspraken/export/csv/", {"q": "handhaving"}))
    assert ander != met_q and ander
    api = client.get("/api/afspraken/", {"q": "vergunning"}).json()
    assert api["count"] == len(verwacht)


def test_relevantie_is_de_standaardvolgorde_met_een_vraag(client):
    filter_ = Registerfilter({"q": "levertermijnen omgevingsvergunning"})
    assert filter_.sortering == "relevantie"
    assert filter_.resultaten()[0].titel == "Levertermijnen bij de omgevingsvergunning"
    html = client.get("/afspraken/", {"q": "vergunning"}).content.decode()
    assert '<option value="relevantie" selected>' in html
    # Without a question there is nothing to be relevant to: the value is ignored.
    assert Registerfilter({"sortering": "relevantie"}).sortering == "kerninstrument"


def test_paginering_houdt_de_zoekterm(client):
    for i in range(30):
        UitvoeringsafspraakFactory(titel=f"Qzxwvyk {i}", publiceren=True)
    html = client.get("/afspraken/", {"q": "qzxwvyk"}).content.decode()
    assert _aantal(html) == 30
    assert "?q=qzxwvyk&amp;pagina=2" in html
    tweede = client.get("/afspraken/", {"q": "qzxwvyk", "pagina": 2}).content.decode()
    assert tweede.count('class="kp-afspraak') == 5


def test_niet_openbare_afspraken_tellen_nergens_mee(client):
    UitvoeringsafspraakFactory(
        titel="Concept over kievitsnesten", concept=True, waterschap=True
    ).trefwoorden.add("Geheim trefwoord")
    html = client.get("/afspraken/", {"q": "kievitsnesten"}).content.decode()
    assert _aantal(html) == 0
    assert "Concept over kievitsnesten" not in html
    assert "(1)</option>" not in html  # no facet counts the concept
    # Its keyword is neither offered nor usable, and its name does not leak through the slug.
    alles = client.get("/afspraken/").content.decode()
    assert "Geheim trefwoord" not in alles
    html = client.get("/afspraken/", {"trefwoord": "geheim-trefwoord"}).content.decode()
    assert "Geheim trefwoord" not in html
    assert "komt in geen openbare afspraak voor" in html
    assert _aantal(html) == _standaard().count()


def test_elk_trefwoord_is_bereikbaar(client):
    html = client.get("/afspraken/").content.decode()
    tags = (
        Trefwoord.objects.filter(content_object__in=_standaard())
        .values_list("tag__slug", "tag__name")
        .distinct()
    )
    assert len(tags) > 30  # more than the old list of the 30 most used
    datalist = html[html.index('<datalist id="trefwoorden">') : html.index("</datalist>")]
    for slug, naam in tags:
        assert f'<option value="{escape(naam)}">' in datalist, naam
        verwacht = _standaard().filter(trefwoorden__slug=slug).count()
        assert Registerfilter({"trefwoord": slug}).resultaten().count() == verwacht
        # Typed in the field: the name, in any case, works too.
        assert Registerfilter({"trefwoord": naam.upper()}).gekozen["trefwoord"] == slug
    slug, naam = tags[0]
    for waarde in (slug, naam):
        html = client.get("/afspraken/", {"trefwoord": waarde}).content.decode()
        assert _aantal(html) == _standaard().filter(trefwoorden__slug=slug).count()
        assert f"Trefwoord: {escape(naam)}" in html
        assert f'value="{escape(naam)}"' in html


@pytest.mark.parametrize(
    "params",
    [
        {"q": "x" * 5000},
        {"q": "vergunning\x00"},
        {"q": '"""'},
        {"q": "!!!"},
        {"trefwoord": "bestaat-echt-niet"},
        {"trefwoord": "t" * 500},
        {"q": "vergunning", "sortering": "onzin", "pagina": "-3"},
        {"kerninstrument": "\x00", "groep": "niet-een-groep", "niveau": "x"},
    ],
)
def test_vreemde_invoer_geeft_een_melding_of_wordt_genegeerd(client, params):
    for adres in ("/afspraken/", "/afspraken/export/csv/", "/api/afspraken/"):
        antwoord = client.get(adres, params)
        # never a 500; the API answers a page that does not exist with 404 and a Dutch "fout"
        assert antwoord.status_code in (200, 400, 404), (adres, antwoord.status_code)
    assert client.get("/afspraken/", params).status_code == 200


def test_meldingen_zijn_nederlands_en_duidelijk(client):
    html = client.get("/afspraken/", {"q": "x" * 5000}).content.decode()
    assert "De zoekvraag is te lang" in html and "De zoekterm is niet gebruikt." in html
    assert _aantal(html) == _standaard().count()
    html = client.get("/afspraken/", {"trefwoord": "bestaat-echt-niet"}).content.decode()
    assert "Het trefwoord “bestaat-echt-niet” komt in geen openbare afspraak voor" in html
    assert 'role="alert"' in html
    api = client.get("/api/afspraken/", {"q": "x" * 5000}).json()
    assert "De zoekvraag is te lang" in api["meldingen"][0]


def test_filterpaneel_zegt_hoeveel_filters_actief_zijn(client):
    html = client.get("/afspraken/").content.decode()
    assert "<details" in html and "data-filterpaneel" in html and "actief)" not in html
    html = client.get(
        "/afspraken/", {"status": "vastgesteld", "ketenpartner": "gemeente"}
    ).content.decode()
    assert "(2 actief)" in html
    assert "utrecht-select utrecht-select--html-select" in html
    assert "js/filterpaneel.js" in html
