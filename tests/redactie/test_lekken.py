"""Private content never leaks: drafts, workspace pages and workspace documents are not
reachable by someone without access, through any public surface."""

import pytest

from tests.factories import (
    DocumentFactory,
    GebruikerFactory,
    InhoudPageFactory,
    UitvoeringsafspraakFactory,
)
from tests.helpers.redactie import werkruimte_van

pytestmark = pytest.mark.django_db


@pytest.fixture
def geheim(eigen_groep):
    pagina = InhoudPageFactory(
        parent=werkruimte_van(eigen_groep),
        title="Geheim werkruimteverslag",
        slug="geheim-verslag",
        intro="vertrouwelijk-x",
        publiceren=True,
    )
    concept = InhoudPageFactory(
        parent=eigen_groep, title="Ongepubliceerd concept", slug="ongepubliceerd", intro="concept-y"
    )
    concept.save_revision()
    concept.unpublish()
    document = DocumentFactory(
        title="geheim-document", collection=eigen_groep.rechten.werkruimte_collectie
    )
    return {"werkruimtepagina": pagina, "concept": concept, "document": document}


@pytest.mark.parametrize("rol", ["bezoeker", "professional", "trekker_andere_groep"])
def test_geen_toegang_via_url(client, gebruikers, geheim, rol, andere_groep):
    if rol == "professional":
        client.force_login(gebruikers["professional"])
    elif rol == "trekker_andere_groep":
        buitenstaander = GebruikerFactory(username="trekker2", trekker_van=andere_groep)
        client.force_login(buitenstaander)
    for naam in ("werkruimtepagina", "concept"):
        antwoord = client.get(geheim[naam].url)
        assert antwoord.status_code in (302, 403, 404), naam
        assert b"vertrouwelijk-x" not in antwoord.content and b"concept-y" not in antwoord.content
    antwoord = client.get(geheim["document"].url)
    assert antwoord.status_code in (302, 403, 404)
    assert b"inhoud van geheim-document" not in b"".join(
        getattr(antwoord, "streaming_content", [antwoord.content])
    )


def test_groepslid_ziet_de_werkruimte_wel(client, gebruikers, geheim):
    client.force_login(gebruikers["groepslid"])
    assert b"vertrouwelijk-x" in client.get(geheim["werkruimtepagina"].url).content
    antwoord = client.get(geheim["document"].url)
    assert antwoord.status_code == 200


def test_niet_in_sitemap(client, geheim):
    xml = client.get("/sitemap.xml").content.decode()
    assert "/werkruimte/" not in xml
    assert geheim["concept"].slug not in xml
    assert "/kennisnetwerken/" in xml  # the sitemap itself works


def test_werkruimte_niet_in_menu_of_groepsoverzicht_voor_publiek(client, eigen_groep, geheim):
    html = client.get(eigen_groep.url).content.decode()
    assert "Geheim werkruimteverslag" not in html
    assert "/werkruimte/" not in html


def test_niet_in_zoekresultaten_van_wagtail(geheim):
    from wagtail.models import Page

    resultaten = Page.objects.live().public().search("vertrouwelijk-x Geheim werkruimteverslag")
    assert geheim["werkruimtepagina"].pk not in [p.pk for p in resultaten]


def test_kladversie_van_een_gepubliceerde_pagina_blijft_verborgen(client, eigen_groep):
    """A live page with unpublished changes shows only its published version, everywhere."""
    from wagtail.models import Page

    pagina = InhoudPageFactory(
        parent=eigen_groep,
        title="Openbaar verslag",
        slug="openbaar-verslag",
        intro="gepubliceerd-a",
        publiceren=True,
    )
    pagina.intro = "kladversie-z"
    pagina.title = "Klad: nog niet af"
    pagina.save_revision()
    html = client.get(pagina.url).content.decode()
    assert "gepubliceerd-a" in html and "kladversie-z" not in html
    assert "Klad: nog niet af" not in client.get(eigen_groep.url).content.decode()
    assert "Klad: nog niet af" not in client.get("/sitemap.xml").content.decode()
    zoekresultaten = Page.objects.live().public().search("kladversie-z")
    assert pagina.pk not in [p.pk for p in zoekresultaten]


KANALEN = [
    "/zoeken/?q={woord}",
    "/api/zoeken/?q={woord}",
    "/api/afspraken/",
    "/afspraken/",
    "/afspraken/?status=ingetrokken",
    "/afspraken/feed/",
    "/afspraken/export/csv/",
    "/afspraken/export/json/",
    "/bijeenkomsten/agenda.ics",
    "/sitemap.xml",
    "/begrippen/skos.ttl",
]


@pytest.fixture
def geheime_afspraak(eigen_groep):
    return UitvoeringsafspraakFactory(
        titel="Conceptafspraak grutto",
        samenwerkingsafspraak="Partijen bespreken de gruttobescherming nog intern.",
        kerninstrument__naam="Programma",
        status="concept",
        groep=eigen_groep,
        revisies=1,
    )


@pytest.mark.parametrize("rol", ["bezoeker", "professional"])
def test_niets_geheims_via_zoeken_api_feeds_exports_of_sitemap(
    client, gebruikers, geheim, geheime_afspraak, rol
):
    """A draft, a workspace page, a workspace document and a concept agreement, through every
    public channel: search page, search JSON, agreements API, feeds, exports, sitemap."""
    if rol == "professional":
        client.force_login(gebruikers["professional"])
    geheimen = {
        "vertrouwelijk": "Geheim werkruimteverslag",
        "concept": "Ongepubliceerd concept",
        "geheim": "geheim-document",
        "gruttobescherming": "Conceptafspraak grutto",
    }
    for woord, titel in geheimen.items():
        for kanaal in KANALEN:
            antwoord = client.get(kanaal.format(woord=woord))
            inhoud = antwoord.getvalue().decode()  # the exports are streamed
            assert antwoord.status_code == 200, kanaal
            assert titel not in inhoud, (titel, kanaal)
            assert "gruttobescherming nog intern" not in inhoud, kanaal
    assert client.get(f"/api/afspraken/{geheime_afspraak.code}/").status_code == 404
    assert client.get(f"/afspraken/{geheime_afspraak.slug}/").status_code == 404
