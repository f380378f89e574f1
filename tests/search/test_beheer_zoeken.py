"""Searching a snippet listing in the admin (the search box above Bijeenkomsten, Sjablonen,
Begrippen, Organisaties) answers with the matches on every database. On SQLite the search
library cannot search a subset of fields (wagtail/django-modelsearch#47): the listing gave a
500 ("no such column: titel") for every coördinator, and for trekkers in Bijeenkomsten."""

import pytest

from django.contrib.auth.models import User

from begrippen.models import Begrip
from materialen.models import Bijeenkomst, Sjabloon
from organisaties.models import Organisatie

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "model, veld",
    [(Bijeenkomst, "titel"), (Sjabloon, "titel"), (Begrip, "term"), (Organisatie, "naam")],
)
def test_zoeken_in_een_snippetlijst_vindt_het_item(client, model, veld):
    client.force_login(User.objects.get(username="coordinator"))
    item = model.objects.order_by("pk").first()
    woord = max(getattr(item, veld).split(), key=len)
    meta = model._meta
    antwoord = client.get(f"/admin/snippets/{meta.app_label}/{meta.model_name}/", {"q": woord})
    assert antwoord.status_code == 200
    assert f"/edit/{item.pk}/" in antwoord.content.decode()


def test_trekker_zoekt_in_eigen_bijeenkomsten(client):
    client.force_login(User.objects.get(username="trekker"))
    antwoord = client.get("/admin/snippets/materialen/bijeenkomst/", {"q": "overleg"})
    assert antwoord.status_code == 200
