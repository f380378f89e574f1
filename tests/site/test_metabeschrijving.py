"""Every page has its own <meta name="description">: a detail page never repeats the one of
its index or parent (crawl over the demo), and a cut description never ends in half a word."""

import re
from html import unescape

import pytest

from wagtail.models import Page

from begrippen.models import Begrip, BegrippenIndexPage
from kennisplatform.templatetags.beschrijving import kort
from materialen.models import Bijeenkomst, Sjabloon

pytestmark = pytest.mark.django_db

META = re.compile(r'<meta name="description" content="([^"]*)">')


def _beschrijving(client, url):
    antwoord = client.get(url)
    assert antwoord.status_code == 200, url
    gevonden = META.findall(antwoord.content.decode())
    assert len(gevonden) == 1, f"{url}: {len(gevonden)} metabeschrijvingen"
    return unescape(gevonden[0])


def test_elke_pagina_heeft_een_eigen_beschrijving_anders_dan_haar_ouder(client):
    paginas = Page.objects.live().public().filter(depth__gt=1).specific()
    gezien_types = set()
    for pagina in paginas:
        eigen = _beschrijving(client, pagina.url)
        assert eigen.strip(), f"{pagina.url} heeft een lege beschrijving"
        gezien_types.add(type(pagina).__name__)
        ouder = pagina.get_parent()
        if ouder.depth > 1:
            assert eigen != _beschrijving(client, ouder.url), (
                f"{pagina.url} herhaalt de beschrijving van {ouder.url}"
            )
    assert {"HomePage", "InhoudPage", "KennisnetwerkPage", "BegrippenIndexPage"} <= gezien_types


def test_detailpaginas_buiten_de_paginaboom_hebben_hun_eigen_beschrijving(client):
    index = BegrippenIndexPage.objects.get()
    paren = [(index.url_voor(begrip), index.url) for begrip in Begrip.objects.order_by("term")[:5]]
    paren += [(f"/bijeenkomsten/{b.pk}/", "/bijeenkomsten/") for b in Bijeenkomst.objects.all()]
    paren += [(f"/sjablonen/{s.pk}/", "/sjablonen/") for s in Sjabloon.objects.all()]
    assert len(paren) > 5
    for detail, overzicht in paren:
        eigen = _beschrijving(client, detail)
        assert eigen and eigen != _beschrijving(client, overzicht), detail
    begrip = Begrip.objects.order_by("term").first()
    assert kort(begrip.definitie)[:40] == _beschrijving(client, index.url_voor(begrip))[:40]


def test_ingekorte_beschrijving_knipt_tussen_woorden():
    tekst = "De provincie en de gemeenten stemmen hun omgevingsplannen af " * 6
    ingekort = kort(tekst)
    assert len(ingekort) <= 162 and ingekort.endswith(" …")
    assert tekst.startswith(ingekort[:-2])
    assert tekst[len(ingekort) - 2] == " "  # the next character was a space: no word was cut
    assert kort("<p>Kort &amp; goed.</p><ul><li>een</li><li>twee</li></ul>") == (
        "Kort & goed. een twee"
    )
