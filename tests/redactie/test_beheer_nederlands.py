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
