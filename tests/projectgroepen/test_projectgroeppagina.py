"""A projectgroep page shows its trekkers, participants, sections and planned results."""

import pytest

from projectgroepen.models import ProjectgroepPage

pytestmark = pytest.mark.django_db


def test_groepspagina_toont_trekkers_deelnemers_en_secties(client):
    groep = ProjectgroepPage.objects.live().first()
    html = client.get(groep.url).content.decode()
    trekker = groep.trekkers.first()
    assert trekker.naam in html
    for organisatie in groep.organisaties.all():
        assert organisatie.naam in html
    for kop in ("Doel", "Opdracht", "Resultaten en planning"):
        assert f">{kop}</h2>" in html
    # The other sections only when the group has something for them (no wall of empty ones).
    for kop, heeft in (
        ("Werkmateriaal", groep.werkmaterialen.exists()),
        ("Sjablonen", groep.sjablonen.exists()),
        ("Bijeenkomsten", groep.bijeenkomsten.exists()),
    ):
        assert (f">{kop}</h2>" in html) == heeft, kop
    assert groep.resultaten.first().kwartaal in html
