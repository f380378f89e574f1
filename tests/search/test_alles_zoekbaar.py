"""Issue 15, point 4: everything public is searchable by its name, with a working address;
no labels of the page editor's blocks in the indexed text; autocomplete completes whole words
and titles, never stems."""

import re

import pytest

from django.contrib.auth.models import User

from wagtail.documents import get_document_model

from groepen.models import GroepPage
from materialen.models import Bijeenkomst, Sjabloon
from organisaties.models import (
    AgendaOnderwerp,
    Organisatie,
    Overleg,
    OverlegstructuurPage,
    SamenwerkingsagendaPage,
    Samenwerkingsverband,
)
from search import analyse
from search.indexeren import maak_document
from search.models import Zoekdocument
from search.register import soort_voor
from search.zoeker import suggesties, zoek

pytestmark = pytest.mark.django_db


def _treffers(q, user=None):
    """{(soort, object_pk)} of every result of q (all pages)."""
    uitkomst = zoek(q, user, per_pagina=200)
    return {(r.doc.soort, r.doc.object_pk) for r in uitkomst.resultaten}


def _openbaar(model, objecten=None):
    """The public objects of this model as the search has them: (object, its document)."""
    uit = []
    for obj in objecten if objecten is not None else model.objects.all():
        soort = soort_voor(obj)
        doc = Zoekdocument.objects.filter(sleutel=soort.sleutel(obj), toegang="openbaar").first()
        if doc is not None:
            uit.append((obj, doc))
    return uit


@pytest.mark.parametrize(
    "model,naam",
    [
        (Overleg, "naam"),
        (Organisatie, "naam"),
        (Samenwerkingsverband, "naam"),
        (AgendaOnderwerp, "onderwerp"),
        (Bijeenkomst, "titel"),
        (Sjabloon, "titel"),
        (SamenwerkingsagendaPage, "title"),
        (OverlegstructuurPage, "title"),
        (get_document_model(), "title"),
    ],
)
def test_alles_openbaars_van_de_demo_gevonden_op_naam(model, naam):
    gevonden = _openbaar(model)
    assert gevonden, f"niets van {model.__name__} in de zoekindex van de demo"
    for obj, doc in gevonden:
        assert (doc.soort, doc.object_pk) in _treffers(getattr(obj, naam)), (
            model.__name__,
            getattr(obj, naam),
        )


def test_elk_openbaar_zoekresultaat_van_de_demo_heeft_een_werkend_adres(client):
    """An anonymous visitor who clicks a result gets the page (200), or the file (a
    document: its download)."""
    documenten = Zoekdocument.objects.filter(toegang="openbaar").order_by("soort", "pk")
    assert documenten.count() > 50
    zonder, kapot = [], []
    for doc in documenten:
        if not doc.url:
            zonder.append((doc.soort, doc.titel))
            continue
        antwoord = client.get(doc.url.split("#")[0])
        if antwoord.status_code != 200:
            kapot.append((doc.soort, doc.titel, doc.url, antwoord.status_code))
        elif doc.soort == "document":
            assert "attachment" in antwoord.get("Content-Disposition", "") or antwoord.get(
                "Content-Type", ""
            ).startswith(("application/", "text/"))
        if antwoord.streaming:  # a download: read it (the test client closes it then)
            b"".join(antwoord.streaming_content)
    assert not zonder, f"zoekresultaten zonder adres: {zonder}"
    assert not kapot, f"zoekresultaten waarvan het adres niet werkt: {kapot}"


def test_besloten_dingen_niet_gevonden_door_een_bezoeker():
    """What an anonymous visitor may not see is not found by its name, and not counted."""
    besloten = Zoekdocument.objects.exclude(toegang="openbaar")
    assert besloten.exists()
    for doc in besloten[:15]:
        uitkomst = zoek(doc.titel)
        assert all(r.doc.toegang == "openbaar" for r in uitkomst.resultaten)
        assert doc.pk not in uitkomst.ids


def test_privé_groep_niet_in_het_groepfacet_van_een_sjabloon():
    from wagtail.models import PageViewRestriction

    groep = GroepPage.objects.live().first()
    sjabloon = Sjabloon.objects.create(
        titel="Zqxwabbelbrq", tekst="# Werkafspraken\nTekst.", groep=groep
    )
    assert zoek("Zqxwabbelbrq").facetten["groep"].get(groep.title) == 1
    PageViewRestriction.objects.create(page=groep, restriction_type="login")
    sjabloon.save()
    uitkomst = zoek("Zqxwabbelbrq")
    assert uitkomst.count == 1
    assert groep.title not in uitkomst.facetten.get("groep", {})


# --- no labels of the page editor's blocks --------------------------------------------------


def test_groepspagina_indexeert_koppen_zonder_hun_niveau():
    groep = next(g for g in GroepPage.objects.live().specific() if "kop" in str(g.body.raw_data))
    soort = soort_voor(groep)
    doc = maak_document(soort, groep, frozenset(), None)
    tekst = " ".join(veld["tekst"] for veld in doc.velden)
    koppen = [b["value"]["tekst"] for b in groep.body.raw_data if b["type"] == "kop"]
    assert koppen and all(kop in tekst for kop in koppen)  # the heading's text is there
    assert not re.search(r"\bKop [234]\b", tekst)
    opgeslagen = Zoekdocument.objects.get(sleutel=soort.sleutel(groep))
    assert "Kop 2" not in str(opgeslagen.velden)
    # nor anywhere in the public index
    assert not Zoekdocument.objects.filter(velden__icontains="Kop 2").exists()


# --- autocomplete: whole words and titles ---------------------------------------------------


def _zichtbare_woorden():
    woorden = set()
    for doc in Zoekdocument.objects.filter(toegang="openbaar").only("titel", "velden"):
        woorden.update(analyse.vouw(doc.titel).split())
        woorden.update(re.findall(r"[a-z0-9]+", analyse.vouw(doc.titel)))
        for veld in doc.velden:
            woorden.update(re.findall(r"[a-z0-9]+", analyse.vouw(veld["tekst"])))
    return woorden


@pytest.mark.parametrize(
    "woord", ["omgevingsdienst", "vergunningverlening", "handhaving", "samenwerking", "toezicht"]
)
def test_aanvullingen_zijn_hele_woorden_of_titels(woord):
    woorden = _zichtbare_woorden()
    titels = set(Zoekdocument.objects.filter(toegang="openbaar").values_list("titel", flat=True))
    assert woord in woorden
    gezien = 0
    for lengte in range(3, len(woord) + 1):
        for suggestie in suggesties(woord[:lengte]):
            gezien += 1
            if suggestie in titels:
                continue
            for deel in re.findall(r"[a-z0-9]+", analyse.vouw(suggestie)):
                assert deel in woorden, (woord[:lengte], suggestie, deel)
    assert gezien


def test_geen_stamfragment_omgevi():
    for q in ("omgev", "omgevi", "omgevin", "handha", "vergunn"):
        for suggestie in suggesties(q):
            laatste = analyse.vouw(suggestie).split()[-1]
            assert laatste != analyse.stam(laatste) or laatste in _zichtbare_woorden(), suggestie


def test_aanvulling_via_de_api_ook_hele_woorden(client):
    woorden = _zichtbare_woorden()
    titels = set(Zoekdocument.objects.filter(toegang="openbaar").values_list("titel", flat=True))
    data = client.get("/api/zoeken/suggesties/", {"q": "omgevi"}).json()
    assert data["suggesties"]
    for suggestie in data["suggesties"]:
        if suggestie not in titels:
            assert all(d in woorden for d in re.findall(r"[a-z0-9]+", analyse.vouw(suggestie)))


def test_aanvulling_noemt_geen_woord_uit_besloten_inhoud():
    """A word that only private content holds is never suggested to a visitor."""
    besloten = Zoekdocument.objects.exclude(toegang="openbaar").first()
    assert besloten is not None
    openbaar = _zichtbare_woorden()
    eigen = set()
    for veld in besloten.velden:
        eigen.update(re.findall(r"[a-z]{7,}", analyse.vouw(veld["tekst"])))
    alleen_besloten = sorted(eigen - openbaar)
    for woord in alleen_besloten[:5]:
        for suggestie in suggesties(woord[:6]):
            assert woord not in analyse.vouw(suggestie).split()
    assert User.objects.exists()


def test_afgekapte_documenttekst_geeft_geen_woordfragment(monkeypatch):
    """A long document is indexed up to a limit: cut after a whole word, so the fragment
    where the limit falls ("omgevi" of "omgevingsvisie") never becomes a suggestion."""
    from django.core.files.base import ContentFile

    from search import afstemming
    from search.models import Zoekterm

    tekst = "Regionale afspraken over de kwabbelomgevingsvisie van de provincie."
    monkeypatch.setattr(afstemming, "MAX_DOCUMENTTEKST", tekst.index("omgevingsvisie") + 2)
    get_document_model().objects.create(
        title="Afsprakennotitie", file=ContentFile(tekst.encode(), name="notitie.txt")
    )
    assert ("document",) == tuple(
        {d.soort for d in Zoekdocument.objects.filter(titel="Afsprakennotitie")}
    )
    assert not Zoekterm.objects.filter(term__startswith="kwabbel").exists()
    assert "afspraken" in _zichtbare_woorden()
    assert not [s for s in suggesties("kwabbel") if "kwabbel" in s]
