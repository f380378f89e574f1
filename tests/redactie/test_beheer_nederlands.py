"""The admin screens a trekker and a coördinator use speak Dutch, also in the chips of the
active filters (Wagtail prints a yes/no filter's raw value: "Live: True")."""

import re

import pytest

pytestmark = pytest.mark.django_db

LIJST = "/admin/snippets/afspraken/uitvoeringsafspraak/"


def _chips(html):
    """The values of the active-filter chips: (label, value)."""
    return [
        (re.sub(r"\s+", " ", label).strip(), waarde.strip())
        for label, waarde in re.findall(
            r'<span class="w-text-14">(.*?)</span>\s*<b class="w-ml-1">(.*?)</b>', html, re.S
        )
    ]


@pytest.mark.parametrize("waarde, verwacht", [("true", "Ja"), ("false", "Nee")])
def test_ja_nee_filter_toont_ja_of_nee(client, gebruikers, waarde, verwacht):
    client.force_login(gebruikers["coordinator"])
    antwoord = client.get(LIJST, {"live": waarde})
    assert antwoord.status_code == 200
    chips = _chips(antwoord.content.decode())
    assert chips and chips[0][1] == verwacht, chips
    assert all(w not in ("True", "False") for _l, w in chips)


def test_lijst_van_afspraken_zegt_gepubliceerd_ja_of_nee(client, gebruikers):
    client.force_login(gebruikers["coordinator"])
    html = client.get(LIJST).content.decode()
    cellen = [c.strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", html, re.S)]
    assert "Gepubliceerd" in html
    assert "ja" in cellen and "nee" in cellen  # the demo has published agreements and concepts
    assert "True" not in cellen and "False" not in cellen


def test_documentenlijst_noemt_de_kolom_bestand(client, gebruikers):
    client.force_login(gebruikers["trekker"])
    html = client.get("/admin/documents/").content.decode()
    koppen = [
        re.sub(r"<[^>]+>|\s+", " ", k).strip()
        for k in re.findall(r"<th[^>]*>(.*?)</th>", html, re.S)
    ]
    assert "Bestand" in koppen and "File" not in koppen, koppen


def test_knoppenbalk_in_de_kop_heeft_een_nederlandse_naam(client, gebruikers):
    client.force_login(gebruikers["trekker"])
    html = client.get("/admin/documents/").content.decode()
    assert 'aria-label="Acties" id="w-slim-header-buttons"' in html
    assert 'aria-label="Actions"' not in html
