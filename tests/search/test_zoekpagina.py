"""The search page on small screens: the facets in a collapsible panel that says how many
filters are active, the number of results and the chosen filters above the results."""

import pytest

pytestmark = pytest.mark.django_db


def test_facetten_staan_in_een_inklapbaar_paneel(client):
    html = client.get("/zoeken/", {"q": "vergunning"}).content.decode()
    paneel = html[
        html.index('<details class="kp-filterpaneel"') : html.index(
            "</details>", html.index("kp-filterpaneel")
        )
    ]
    assert "data-filterpaneel" in paneel and "kp-facetten" in paneel
    assert "actief)" not in paneel
    assert "js/filterpaneel.js" in html
    # The count heads the results, before the first result.
    assert html.index('id="resultaten-kop"') < html.index('class="kp-resultaat"')


def test_gekozen_filter_boven_de_resultaten_en_te_verwijderen(client):
    html = client.get("/zoeken/", {"q": "vergunning", "soort": "begrip"}).content.decode()
    assert "(1 actief)" in html
    gekozen = html.index('class="kp-gekozen"')
    assert html.index('id="resultaten-kop"') < gekozen < html.index('class="kp-resultaat"')
    assert 'href="?q=vergunning">Soort: Begrip' in html


def test_zoektips_blijven_bereikbaar(client):
    leeg = client.get("/zoeken/").content.decode()
    met = client.get("/zoeken/", {"q": "vergunning"}).content.decode()
    for html in (leeg, met):
        assert 'id="zoek-uitleg"' in html and "aanhalingstekens" in html
    assert "<summary>Zoektips</summary>" in met
