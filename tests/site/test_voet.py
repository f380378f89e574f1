"""The footer and what every government site must have (issue 13): contact,
toegankelijkheidsverklaring, privacy statement and colofon on every install (also after
`migrate` alone), linked from the footer of every page; robots.txt, the favicon and a 404
page with a search form."""

import json
import re

import pytest

from django.test import override_settings

from wagtail.models import Page, Site

from kennisplatform.demo.laden import laad_demo
from kennisplatform.models import InhoudPage
from kennisplatform.site_adres import standaardsite_volgt_adres
from kennisplatform.verplichte_paginas import SLUGS
from organisaties.models import OverlegstructuurPage
from projectgroepen.models import ProjectgroepPage
from tests.helpers.verse_database import kopie_na_migrate, manage

VOETLINKS = re.compile(r"<footer.*?</footer>", re.S)

# Run in a `manage.py shell` on a freshly migrated database: status and footer links of a
# few pages, as JSON on the last line.
VERS_BEKIJKEN = """
import json, re
from django.test import Client
uitkomst = {}
for pad in ["/", "/afspraken/", "/contact/", "/toegankelijkheid/", "/privacy/", "/colofon/",
            "/bestaat-niet/"]:
    antwoord = Client().get(pad)
    html = antwoord.content.decode()
    voet = re.search(r"<footer.*?</footer>", html, re.S)
    uitkomst[pad] = {
        "status": antwoord.status_code,
        "voet": re.findall(r'href="([^"]+)"', voet.group(0)) if voet else [],
        "h1": re.findall(r"<h1[^>]*>([^<]+)</h1>", html),
    }
print(json.dumps(uitkomst))
"""


def voetlinks(html):
    voet = VOETLINKS.search(html)
    assert voet, "geen <footer> op de pagina"
    return re.findall(r'href="([^"]+)"', voet.group(0))


def test_na_alleen_migrate_staan_de_vier_paginas_er_en_in_de_voet(tmp_path_factory, tmp_path):
    database = kopie_na_migrate(tmp_path_factory, tmp_path / "db.sqlite3")
    bekeken = manage(database, "shell", "-c", VERS_BEKIJKEN)
    assert bekeken.returncode == 0, bekeken.stderr
    uitkomst = json.loads(bekeken.stdout.strip().splitlines()[-1])
    titels = {
        "/contact/": "Contact",
        "/toegankelijkheid/": "Toegankelijkheidsverklaring",
        "/privacy/": "Privacyverklaring",
        "/colofon/": "Colofon",
    }
    for pad, verwacht in uitkomst.items():
        assert verwacht["status"] == (404 if pad == "/bestaat-niet/" else 200), pad
        for slug in SLUGS:
            assert f"/{slug}/" in verwacht["voet"], f"{pad}: geen link naar /{slug}/ in de voet"
        if pad in titels:
            assert verwacht["h1"] == [titels[pad]]
    boom = manage(database, "fixtree")
    assert boom.returncode == 0 and "No problems found" in boom.stdout, boom.stdout + boom.stderr


@pytest.mark.django_db
def test_elke_pagina_linkt_in_de_voet_naar_de_vier_paginas(client):
    adressen = [
        "/",
        InhoudPage.objects.get(slug="convenant").url,
        OverlegstructuurPage.objects.live().first().url,
        ProjectgroepPage.objects.live().first().url,
        "/afspraken/",
        "/zoeken/?q=vergunning",
        "/sjablonen/",
        "/bijeenkomsten/",
        "/inloggen/",
        "/bestaat-niet/",
    ] + [f"/{slug}/" for slug in SLUGS]
    for pad in adressen:
        antwoord = client.get(pad)
        assert antwoord.status_code in (200, 404), pad
        links = voetlinks(antwoord.content.decode())
        assert [link for link in links if link.strip("/") in SLUGS] == [
            f"/{slug}/" for slug in SLUGS
        ], pad


@pytest.mark.django_db
def test_de_paginas_staan_niet_in_het_hoofdmenu_en_hebben_een_eigen_beschrijving(client):
    html = client.get("/").content.decode()
    kop = re.search(r"<header.*?</header>", html, re.S).group(0)
    beschrijvingen = set()
    for slug in SLUGS:
        pagina = InhoudPage.objects.get(slug=slug)
        assert pagina.live and not pagina.show_in_menus
        assert f'href="/{slug}/"' not in kop
        assert pagina.search_description
        beschrijvingen.add(pagina.search_description)
        assert f'<meta name="description" content="{pagina.search_description}">' in (
            client.get(pagina.url).content.decode()
        )
    assert len(beschrijvingen) == len(SLUGS)


@pytest.mark.django_db
def test_toegankelijkheidsverklaring_volgt_het_model(client):
    html = client.get("/toegankelijkheid/").content.decode()
    for kop in [
        "Nalevingsstatus",
        "Opstelling van deze verklaring",
        "Bekende toegankelijkheidsproblemen",
        "Feedback en contactgegevens",
        "Handhavingsprocedure",
    ]:
        assert f">{kop}</h2>" in html
    assert re.search(r"Status [A-E]:", html)
    assert "axe-core" in html and "Nu HTML Checker" in html
    assert "https://www.toegankelijkheidsverklaring.nl/register" in html
    assert 'href="/contact/"' in html


@pytest.mark.django_db
def test_privacyverklaring_noemt_wat_bewaard_wordt(client):
    html = client.get("/privacy/").content.decode()
    for woord in ["sessionid", "csrftoken", "IP-adres", "Geen tracking", "derden", "bewaren"]:
        assert woord in html, woord


@pytest.mark.django_db
def test_een_verwijderde_of_ingetrokken_pagina_valt_uit_de_voet(client):
    InhoudPage.objects.get(slug="privacy").unpublish()
    InhoudPage.objects.get(slug="colofon").delete()
    links = voetlinks(client.get("/").content.decode())
    assert "/contact/" in links and "/toegankelijkheid/" in links
    assert "/privacy/" not in links and "/colofon/" not in links


@pytest.mark.django_db
def test_demo_maakt_ze_niet_dubbel_en_vult_een_ontbrekende_aan():
    for slug in SLUGS:
        assert Page.objects.filter(slug=slug).count() == 1, slug
    InhoudPage.objects.get(slug="colofon").delete()
    contact = InhoudPage.objects.get(slug="contact")
    contact.intro = "Door de redactie aangepast."
    contact.save_revision().publish()
    laad_demo()
    for slug in SLUGS:
        assert Page.objects.filter(slug=slug).count() == 1, slug
    assert InhoudPage.objects.get(slug="colofon").live
    assert InhoudPage.objects.get(slug="contact").intro == "Door de redactie aangepast."


@pytest.mark.django_db
def test_een_coordinator_kan_de_paginas_bewerken(client, django_user_model):
    client.force_login(django_user_model.objects.get(username="coordinator"))
    for slug in SLUGS:
        pagina = InhoudPage.objects.get(slug=slug)
        assert client.get(f"/admin/pages/{pagina.pk}/edit/").status_code == 200, slug


@pytest.mark.django_db
def test_robots_txt_sluit_beheer_en_zoekresultaten_uit_en_noemt_de_sitemap(client):
    antwoord = client.get("/robots.txt")
    assert antwoord.status_code == 200
    assert antwoord["Content-Type"].startswith("text/plain")
    regels = antwoord.content.decode().splitlines()
    assert regels[0] == "User-agent: *"
    for pad in ["/admin/", "/inloggen/", "/zoeken/?", "/*/werkruimte/"]:
        assert f"Disallow: {pad}" in regels
    assert "Disallow: /" not in regels  # the public site stays open
    assert "Sitemap: http://localhost/sitemap.xml" in regels
    assert client.get("/sitemap.xml").status_code == 200
    # On the public address of the site, as the sitemap's own URLs.
    with override_settings(SITE_URL="https://kennisplatform.example"):
        standaardsite_volgt_adres(verbosity=0)
    regels = client.get("/robots.txt").content.decode().splitlines()
    assert "Sitemap: https://kennisplatform.example/sitemap.xml" in regels
    assert Site.objects.get(is_default_site=True).root_url == "https://kennisplatform.example"


@pytest.mark.django_db
def test_favicon_staat_in_de_kop_en_bestaat(client):
    html = client.get("/").content.decode()
    iconen = dict(re.findall(r'<link rel="icon" href="([^"]+)" type="([^"]+)"', html))
    assert set(iconen.values()) == {"image/svg+xml", "image/png"}
    for adres, soort in iconen.items():
        antwoord = client.get(adres)
        assert antwoord.status_code == 200, adres
        assert antwoord["Content-Type"].startswith(soort)
        antwoord.close()
    oud = client.get("/favicon.ico")
    assert oud.status_code == 301
    assert client.get(oud["Location"]).status_code == 200


@pytest.mark.django_db
def test_404_heeft_een_zoekformulier_en_nuttige_links(client):
    antwoord = client.get("/dit-bestaat-echt-niet/")
    assert antwoord.status_code == 404
    # the page's own search form, in main (the header has one on every page)
    html = re.search(r"<main\b.*?</main>", antwoord.content.decode(), re.S)[0]
    formulier = re.search(r'<form[^>]*role="search"[^>]*>.*?</form>', html, re.S)
    assert formulier, "geen zoekformulier met role=search"
    assert 'action="/zoeken/"' in formulier.group(0)
    assert 'name="q"' in formulier.group(0)
    veld = re.search(r'<input id="([^"]+)"[^>]*name="q"', formulier.group(0)).group(1)
    assert f'<label for="{veld}">' in formulier.group(0)
    main = re.search(r"<main.*?</main>", html, re.S).group(0)
    assert 'href="/afspraken/"' in main and 'href="/"' in main
