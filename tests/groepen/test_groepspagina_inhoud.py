"""What a group page shows: only the sections that have content, the group's own public pages,
the newest meetings and materials with a way to the rest; one friendly line for a group that has
nothing yet; a bounded number of queries however much the group has."""

import datetime
import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import PageViewRestriction
from wagtail.rich_text import RichText

from groepen.models import GroepPage, Werkmateriaal
from materialen.models import Sjabloon
from tests.factories import (
    BegripFactory,
    BijeenkomstFactory,
    InhoudPageFactory,
    KennisnetwerkPageFactory,
)

pytestmark = pytest.mark.django_db


def _html(client, groep):
    antwoord = client.get(groep.url)
    assert antwoord.status_code == 200
    return antwoord.content.decode()


def _koppen(html):
    """The h2 headings of the page's main content (not of the header or footer)."""
    inhoud = re.search(r"<main\b.*?</main>", html, re.S)[0]
    return [re.sub(r"<[^>]+>", "", k).strip() for k in re.findall(r"<h2[^>]*>(.*?)</h2>", inhoud)]


def _vul(groep, aantal, start=0):
    """Give the group `aantal` of everything: pages, past and coming meetings, materials."""
    nu = timezone.now()
    for i in range(start, start + aantal):
        InhoudPageFactory(
            parent=groep, title=f"Notitie {i} van {groep.title}", intro="Uitleg.", publiceren=True
        )
        BijeenkomstFactory(groep=groep, titel=f"Komende sessie {i}")
        BijeenkomstFactory(
            groep=groep,
            titel=f"Eerdere sessie {i}",
            begin=nu - datetime.timedelta(days=10 + i),
            einde=nu - datetime.timedelta(days=10 + i) + datetime.timedelta(hours=2),
        )
        Werkmateriaal.objects.create(
            groep=groep,
            titel=f"Verslag {i}",
            datum=datetime.date(2026, 1, 1) + datetime.timedelta(days=i),
        )


def test_groep_zonder_inhoud_toont_een_regel_en_geen_lege_secties(client):
    groep = KennisnetwerkPageFactory(title="Kennisnetwerk Lege Lei", publiceren=True)
    html = _html(client, groep)
    assert "nog geen" not in html.lower()
    assert html.count("kp-groep__leeg") == 1
    assert "Deze groep is net begonnen" in html
    # Only the doel and the sidebar: no empty Bijeenkomsten, Werkmateriaal, Sjablonen, Begrippen.
    assert _koppen(html) == ["Doel", "Over deze groep"]


def test_groep_met_inhoud_toont_elke_sectie_en_haar_paginas(client):
    groep = KennisnetwerkPageFactory(
        title="Kennisnetwerk Volle Lei",
        body=[("tekst", RichText("<p>Wat wij doen.</p>"))],
        publiceren=True,
    )
    openbaar = InhoudPageFactory(
        parent=groep, title="Handreiking volle lei", intro="Hoe wij werken.", publiceren=True
    )
    besloten = InhoudPageFactory(parent=groep, title="Besloten notitie lei", publiceren=True)
    PageViewRestriction.objects.create(page=besloten, restriction_type="login")
    concept = InhoudPageFactory(parent=groep, title="Concept notitie lei", publiceren=True)
    concept.unpublish()
    BijeenkomstFactory(groep=groep, titel="Startsessie volle lei")
    Werkmateriaal.objects.create(groep=groep, titel="Werkvorm volle lei")
    Sjabloon.objects.create(titel="Sjabloon volle lei", tekst="Tekst [naam].", groep=groep)
    BegripFactory(term="Leibegrip", groep=groep)

    html = _html(client, groep)
    koppen = _koppen(html)
    for kop in ("Pagina's van deze groep", "Bijeenkomsten", "Werkmateriaal", "Sjablonen"):
        assert kop in koppen
    assert "Begrippen" in koppen
    assert f'href="{openbaar.url}"' in html and "Hoe wij werken." in html
    assert "Startsessie volle lei" in html and "Werkvorm volle lei" in html
    assert "Sjabloon volle lei" in html and "Leibegrip" in html
    # never a private or unpublished page, and no "empty" line when there is content
    assert "Besloten notitie lei" not in html
    assert "Concept notitie lei" not in html
    assert "kp-groep__leeg" not in html
    assert "nog geen" not in html.lower()


def test_groep_toont_de_nieuwste_en_linkt_naar_de_rest(client):
    groep = KennisnetwerkPageFactory(title="Kennisnetwerk Drukke Lei", publiceren=True)
    andere = KennisnetwerkPageFactory(title="Kennisnetwerk Andere Lei", publiceren=True)
    BijeenkomstFactory(groep=andere, titel="Sessie van een andere groep")
    _vul(groep, 7)
    html = _html(client, groep)

    # three coming and three past meetings, the rest one link away
    assert html.count("Komende sessie") == 3 and html.count("Eerdere sessie") == 3
    alle = f"/bijeenkomsten/?groep={groep.slug}"
    assert f'href="{alle}"' in html
    overzicht = client.get(alle).content.decode()
    assert overzicht.count("Komende sessie") == 7 and overzicht.count("Eerdere sessie") == 7
    assert "Sessie van een andere groep" not in overzicht
    assert "Kennisnetwerk Drukke Lei" in overzicht

    # the newest materials first; all of them under a <details>
    nieuwste = html[: html.index("<details")]
    assert "Verslag 6" in nieuwste and "Verslag 0" not in nieuwste
    assert "Al het werkmateriaal (7)" in html
    assert "Verslag 0" in html[html.index("<details") :]


def test_onbekende_groep_in_bijeenkomsten_toont_alles(client):
    antwoord = client.get("/bijeenkomsten/", {"groep": "bestaat-niet<script>"})
    assert antwoord.status_code == 200
    assert "<script>" not in antwoord.content.decode()


def _aantal_queries(client, groep):
    client.get(groep.url)  # warm caches (site root paths, content types)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(groep.url).status_code == 200
    return len(queries)


def test_aantal_queries_groeit_niet_met_de_inhoud(client):
    groep = KennisnetwerkPageFactory(title="Kennisnetwerk Meetlat", publiceren=True)
    _vul(groep, 1)
    basis = _aantal_queries(client, groep)
    _vul(groep, 12, start=1)
    # measured after a warm-up again: publishing the new pages empties the shared cache of the
    # begrippenlijst's address (begrippen/gedeeld.py), which the next request fills once
    assert _aantal_queries(client, groep) <= basis


def test_demogroep_toont_haar_eigen_pagina(client):
    groep = GroepPage.objects.get(slug="risicogericht-samenwerken")
    html = _html(client, groep)
    assert "Pagina&#x27;s van deze groep" in html or "Pagina's van deze groep" in html
    assert "Werken met het modelconvenant risicogericht samenwerken" in html
