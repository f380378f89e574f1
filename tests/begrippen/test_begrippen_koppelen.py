"""Begrippen are linked where they occur in group pages, with their definition as description."""

import re

import pytest

from begrippen.koppelen import koppel
from begrippen.models import Begrip
from groepen.models import GroepPage

pytestmark = pytest.mark.django_db


def _url(begrip):
    return f"/begrippen/{begrip.slug}/"


def test_eerste_voorkomen_gekoppeld_koppen_en_links_ongemoeid():
    begrippen = list(Begrip.objects.filter(term__in=["B-PSO", "VTH", "Programma"]))
    html = (
        "<h2>B-PSO en VTH</h2><p>Het B-PSO besluit. Het <a href='/x/'>VTH</a>-beleid en "
        "nogmaals VTH en B-PSO; een programma is geen Programma.</p>"
    )
    uit, gekoppeld = koppel(html, begrippen, _url)
    assert uit.startswith("<h2>B-PSO en VTH</h2>")  # headings stay as they are
    assert uit.count('href="/begrippen/b-pso/"') == 1  # only the first occurrence
    assert "<a href='/x/'>VTH</a>" in uit  # no link inside a link
    assert 'aria-describedby="uitleg-begrip-vth">VTH</a> en B-PSO' in uit
    # Mid-sentence a term is written in lower case ("een programma"): that occurrence counts.
    assert ">programma</a> is geen Programma." in uit
    assert {b.term for b in gekoppeld} == {"B-PSO", "VTH", "Programma"}


def test_afkorting_alleen_in_eigen_schrijfwijze():
    ro = Begrip.objects.get(term="RO")
    uit, gekoppeld = koppel("<p>Ro en ro zijn geen RO.</p>", [ro], _url)
    b_pso = Begrip.objects.get(term="B-PSO")
    assert koppel("<p>b-pso</p>", [b_pso], _url) == ("<p>b-pso</p>", [])
    assert gekoppeld == [ro]
    assert uit == (
        '<p>Ro en ro zijn geen <a class="utrecht-link kp-begrip" href="/begrippen/ro/" '
        'aria-describedby="uitleg-begrip-ro">RO</a>.</p>'
    )


def test_groepspagina_koppelt_begrippen_met_beschrijving(client):
    gevonden = False
    for groep in GroepPage.objects.live().public():
        html = client.get(groep.url).content.decode()
        for doel in re.findall(
            r'class="utrecht-link kp-begrip"[^>]*aria-describedby="([^"]+)"', html
        ):
            gevonden = True
            assert html.count(f'id="{doel}"') == 1, (groep.title, doel)
    assert gevonden
