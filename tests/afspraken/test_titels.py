"""Titles of agreements (issue 13): a derived title never cuts a word, the full title shows on
the detail page (h1, <title>, breadcrumb), in search results, API, exports and feed; an editor's
own title survives the data migration and a new import; the register list shows something else
than the title; the detail page has its own meta description."""

import csv
import html
import importlib
import io
import json
import re
from types import SimpleNamespace

import pytest

from django.apps import apps
from django.db import connection
from django.utils.text import slugify

from afspraken import signalen
from afspraken.importeren import importeer
from afspraken.models import Uitvoeringsafspraak
from afspraken.titels import TITEL_MAX, TITEL_UITLOOP, titel_uit_tekst
from search.models import Zoekdocument
from tests.factories import UitvoeringsafspraakFactory
from tests.helpers.zoeken import titels as zoektitels

pytestmark = pytest.mark.django_db
migratie = importlib.import_module("afspraken.migrations.0006_titels_en_samenvattingen")

KOP = (
    "kerninstrument,juridische_onderbouwing,juridische_tekst,samenwerkingsafspraak,typering,"
    "trefwoorden,bron,ambtelijk_bestuurlijk,gemeente,provincie,waterschap,omgevingsdienst,"
    "veiligheidsregio,ggd,rijk,toelichting,status"
)
LANGE_TEKSTEN = [
    # one sentence of 260 characters without a clause boundary
    "Gemeenten provincie waterschap omgevingsdienst veiligheidsregio en Rijk stemmen hun "
    "uitvoeringsprogramma voor toezicht en handhaving in het buitengebied jaarlijks af in een "
    "gezamenlijk overleg met vaste agenda en een gedeelde planning van controles op natuur en "
    "water.",
    # a subordinate clause after the main clause
    "Gemeenten en waterschap leggen in een gezamenlijk regionaal programma voor klimaatadaptatie "
    "vast welke maatregelen zij in de openbare ruimte nemen, zodat het water bij hevige "
    "regenval in de wijk blijft en de riolering niet overloopt naar het oppervlaktewater.",
    # abbreviations do not end the first sentence
    "Partijen passen art. 2.2 van de Omgevingswet toe bij o.a. de afstemming van hun "
    "omgevingsplannen met de plannen van buurgemeenten voor woningbouw, bedrijventerreinen, "
    "natuurontwikkeling en de aanleg van nieuwe energie-infrastructuur in het landelijk gebied. "
    "Een tweede zin volgt.",
    # a very long word at the cut
    "Bij de ontwikkeling van een regionaal windenergiepark stemmen de deelnemende gemeenten de "
    "participatie van omwonenden af met de provincie en het waterschapsbestuur over "
    "geluidsnormeringsafspraken en slagschaduwbeperkingsvoorwaarden in de omgevingsvergunning.",
]


def knipt_een_woord(titel, tekst):
    """True when a title that ends in "…" stops in the middle of a word of its text."""
    if not titel.endswith("…"):
        return False
    begin = titel[:-1].rstrip()
    tekst = " ".join(tekst.split())
    assert tekst.startswith(begin), f"{titel!r} is geen begin van de tekst"
    volgend = tekst[len(begin) : len(begin) + 1]
    return bool(volgend) and volgend.isalnum()


def importbestand(teksten, met_titel=None):
    uitvoer = io.StringIO()
    kolommen = KOP.split(",") + (["titel"] if met_titel is not None else [])
    schrijver = csv.DictWriter(uitvoer, fieldnames=kolommen, restval="")
    schrijver.writeheader()
    for tekst in teksten:
        rij = {"kerninstrument": "Omgevingsplan", "samenwerkingsafspraak": tekst}
        rij.update(status="vastgesteld", gemeente="x")
        if met_titel is not None:
            rij["titel"] = met_titel
        schrijver.writerow(rij)
    return uitvoer.getvalue().encode()


# -- the rule -----------------------------------------------------------------------------


@pytest.mark.parametrize("tekst", LANGE_TEKSTEN)
def test_afgeleide_titel_knipt_nooit_een_woord(tekst):
    titel = titel_uit_tekst(tekst)
    assert titel and not knipt_een_woord(titel, tekst)
    assert len(titel) <= TITEL_UITLOOP
    if titel.endswith("…"):
        assert len(titel) <= TITEL_MAX + 1
        assert titel[:-1].split()[-1] not in {"en", "de", "het", "van", "met", "over"}


def test_titel_is_de_eerste_zin_of_de_hoofdzin():
    assert titel_uit_tekst("Korte afspraak. Tweede zin.") == "Korte afspraak"
    assert titel_uit_tekst("Eerste deel; tweede deel.") == "Eerste deel"
    assert titel_uit_tekst(LANGE_TEKSTEN[1]) == (
        "Gemeenten en waterschap leggen in een gezamenlijk regionaal programma voor "
        "klimaatadaptatie vast welke maatregelen zij in de openbare ruimte nemen"
    )
    # "art. 2.2" and "o.a." do not end the sentence: the title goes on after them
    assert titel_uit_tekst(LANGE_TEKSTEN[2]).startswith("Partijen passen art. 2.2 van de")
    assert "o.a. de afstemming" in titel_uit_tekst(LANGE_TEKSTEN[2])
    assert "Een tweede zin" not in titel_uit_tekst(LANGE_TEKSTEN[2])


# -- the demo, everywhere a title is shown ------------------------------------------------


def test_geen_titel_in_de_demo_knipt_een_woord():
    afspraken = list(Uitvoeringsafspraak.objects.all())
    assert len(afspraken) >= 27
    for afspraak in afspraken:
        assert not knipt_een_woord(afspraak.titel, afspraak.samenwerkingsafspraak), afspraak.titel
    # the first sentence of the first sample row was cut to "… als onderlegger voor hu…"
    erfgoed = Uitvoeringsafspraak.objects.get(samenwerkingsafspraak__contains="erfgoedlijnen")
    assert erfgoed.titel.endswith("als onderlegger voor hun omgevingsvisies")


def test_afspraakpagina_toont_de_volle_titel_in_kop_titel_en_kruimelpad(client):
    for afspraak in Uitvoeringsafspraak.objects.openbaar():
        tekst = client.get(afspraak.get_url()).content.decode()
        kop = re.search(r"<h1[^>]*>([^<]*)</h1>", tekst)[1]
        assert html.unescape(kop) == afspraak.titel
        assert html.unescape(re.search(r"<title>([^<]*)</title>", tekst)[1]).startswith(
            afspraak.titel + " | "
        )
        kruimelpad = re.search(r'<nav class="[^"]*kp-kruimelpad.*?</nav>', tekst, re.S)[0]
        kruimel = re.search(r'<a [^>]*aria-current="page">([^<]*)</a>', kruimelpad)
        assert html.unescape(kruimel[1]) == afspraak.titel
        # the full text of the agreement is on the page
        # (begrippen in the text become links: compare the text without tags)
        zichtbaar = html.unescape(re.sub(r"<[^>]+>", "", tekst))
        assert " ".join(afspraak.samenwerkingsafspraak.split()) in zichtbaar


def test_zoeken_api_export_en_feed_geven_de_volle_titel(client):
    openbaar = {a.code: a.titel for a in Uitvoeringsafspraak.objects.openbaar()}
    api = json.loads(client.get("/api/afspraken/?status=vastgesteld").content)
    assert api["results"]
    for rij in api["results"]:
        assert rij["titel"] == openbaar[rij["code"]]
    export = b"".join(client.get("/afspraken/export/csv/").streaming_content).decode("utf-8-sig")
    for rij in csv.DictReader(io.StringIO(export)):
        assert rij["titel"] == openbaar[rij["code"]]
    feed = client.get("/afspraken/feed/").content.decode()
    feedtitels = [html.unescape(t) for t in re.findall(r"<entry><title>([^<]*)</title>", feed)]
    assert feedtitels and set(feedtitels) <= set(openbaar.values())
    gevonden = zoektitels("omgevingsvisies", soort="uitvoeringsafspraak")
    assert gevonden and set(gevonden) <= set(openbaar.values())
    zoekpagina = html.unescape(client.get("/zoeken/?q=biodiversiteit").content.decode())
    assert "Gemeenten en waterschap stemmen hun programma's voor biodiversiteit af<" in zoekpagina


# -- import -------------------------------------------------------------------------------


def test_import_met_lange_eerste_zinnen_geeft_titels_zonder_geknipt_woord():
    importeer(importbestand(LANGE_TEKSTEN))
    for tekst in LANGE_TEKSTEN:
        afspraak = Uitvoeringsafspraak.objects.get(samenwerkingsafspraak=tekst)
        assert not knipt_een_woord(afspraak.titel, tekst), afspraak.titel
        assert afspraak.titel == titel_uit_tekst(tekst)
        # the address is cut between words too
        volledig = slugify(afspraak.titel)
        assert volledig.startswith(afspraak.slug) and volledig[len(afspraak.slug) :][:1] in "-"


def test_import_laat_de_eigen_titel_van_de_redacteur_staan():
    importeer(importbestand(LANGE_TEKSTEN[:1]))
    afspraak = Uitvoeringsafspraak.objects.get(samenwerkingsafspraak=LANGE_TEKSTEN[0])
    afspraak.titel = "Jaarlijkse afstemming van toezicht in het buitengebied"
    afspraak.save_revision().publish()
    importeer(importbestand(LANGE_TEKSTEN[:1]))  # no titel column
    importeer(importbestand(LANGE_TEKSTEN[:1], met_titel=""))  # an empty titel cell
    afspraak.refresh_from_db()
    assert afspraak.titel == "Jaarlijkse afstemming van toezicht in het buitengebied"


# -- the data migration -------------------------------------------------------------------


def _zet_rij(afspraak, **velden):
    """Write values as an older version stored them (save() would derive them anew)."""
    Uitvoeringsafspraak.objects.filter(pk=afspraak.pk).update(**velden)


def test_migratie_leidt_alleen_geknipte_afgeleide_titels_opnieuw_af():
    tekst = LANGE_TEKSTEN[3]
    afgeleid = UitvoeringsafspraakFactory(samenwerkingsafspraak=tekst, publiceren=True)
    eigen = UitvoeringsafspraakFactory(samenwerkingsafspraak=tekst + " Anders.", publiceren=True)
    kort = UitvoeringsafspraakFactory(samenwerkingsafspraak=tekst + " Kort.", publiceren=True)
    oud = migratie.oude_titel(tekst)
    assert oud.endswith("…") and knipt_een_woord(oud, tekst)
    _zet_rij(afgeleid, titel=oud)
    revisie = afgeleid.latest_revision
    revisie.content["titel"] = oud
    revisie.save()
    _zet_rij(eigen, titel="Toezicht in het buitengebied, een eigen titel…")
    _zet_rij(kort, titel="Toezicht in het buitengebied")

    migratie.werk_bij(apps, SimpleNamespace(connection=connection))

    afgeleid.refresh_from_db()
    assert afgeleid.titel == titel_uit_tekst(tekst) and not knipt_een_woord(afgeleid.titel, tekst)
    assert afgeleid.latest_revision.content["titel"] == afgeleid.titel
    assert afgeleid.latest_revision.object_str == afgeleid.titel
    eigen.refresh_from_db()
    kort.refresh_from_db()
    assert eigen.titel == "Toezicht in het buitengebied, een eigen titel…"
    assert kort.titel == "Toezicht in het buitengebied"


def test_na_migratie_toont_het_zoeken_de_nieuwe_titel():
    afspraak = Uitvoeringsafspraak.objects.openbaar().first()
    _zet_rij(afspraak, titel="Een titel die het zoeken nog niet kent")  # no signals
    document = Zoekdocument.objects.get(soort="uitvoeringsafspraak", object_pk=str(afspraak.pk))
    assert document.titel != "Een titel die het zoeken nog niet kent"
    signalen.na_migratie(plan=[])
    document.refresh_from_db()
    assert document.titel == "Een titel die het zoeken nog niet kent"


# -- register list and meta description ---------------------------------------------------


def test_registerlijst_herhaalt_de_titel_niet_als_tekst(client):
    tekst = client.get("/afspraken/?sortering=titel").content.decode()
    items = re.findall(r'<li class="kp-afspraak[^"]*">(.*?)</li>', tekst, re.S)
    assert len(items) >= 20
    for item in items:
        titel = html.unescape(re.search(r"<h3[^>]*><a[^>]*>([^<]*)</a>", item)[1])
        alinea = re.search(r'<p class="utrecht-paragraph">([^<]*)</p>', item)
        assert alinea, titel
        inhoud = html.unescape(alinea[1])
        assert titel not in inhoud and not inhoud.startswith(titel[:40]), titel


def test_registerlijst_toont_het_vervolg_van_de_afspraak_na_de_titel(client):
    afspraak = Uitvoeringsafspraak.objects.get(
        samenwerkingsafspraak__startswith="Gemeenten en waterschap stemmen hun programma"
    )
    assert afspraak.titel.endswith("voor biodiversiteit af")
    tekst = html.unescape(client.get("/afspraken/?kerninstrument=programma").content.decode())
    assert "… zodat het beheer van bermen" in tekst


def _beschrijving(tekst):
    gevonden = re.findall(r'<meta name="description" content="([^"]*)">', tekst)
    assert len(gevonden) == 1
    return html.unescape(gevonden[0])


def test_afspraakpagina_heeft_een_eigen_metabeschrijving(client):
    register = _beschrijving(client.get("/afspraken/").content.decode())
    for afspraak in Uitvoeringsafspraak.objects.openbaar()[:5]:
        eigen = _beschrijving(client.get(afspraak.get_url()).content.decode())
        assert eigen != register
        assert eigen.startswith(" ".join(afspraak.samenwerkingsafspraak.split()[:5]))
