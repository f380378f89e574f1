"""The consultation structure and the collaboration agenda pages."""

import pytest

from organisaties.models import OverlegstructuurPage, SamenwerkingsagendaPage

pytestmark = pytest.mark.django_db


def test_overlegstructuur_en_agenda(client):
    html = client.get(OverlegstructuurPage.objects.get().url).content.decode()
    assert "B-PSO" in html and "Doelgroep" in html and "Omgevingsdienst Utrecht" in html
    agenda = SamenwerkingsagendaPage.objects.live().first()
    assert agenda.onderwerpen.count() >= 3
    assert agenda.onderwerpen.first().onderwerp in client.get(agenda.url).content.decode()
