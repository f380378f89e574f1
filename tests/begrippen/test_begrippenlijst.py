"""The glossary page: filter and detail pages, 404 for an unknown term."""

import pytest

from begrippen.models import Begrip, BegrippenIndexPage

pytestmark = pytest.mark.django_db


def test_begrippenlijst_filter_en_detail(client):
    index = BegrippenIndexPage.objects.get()
    html = client.get(index.url, {"filter": "PSO"}).content.decode()
    assert "B-PSO" in html and "A-PSO" in html and "Omgevingsvisie" not in html
    begrip = Begrip.objects.get(term="B-PSO")
    detail = client.get(f"{index.url}{begrip.slug}/")
    assert detail.status_code == 200
    assert begrip.definitie[:60] in detail.content.decode()
    assert client.get(f"{index.url}bestaat-niet/").status_code == 404
