"""Same class of problem, for documents (issue 11, "elsewhere"): a trekker works only in the
own group's werkruimte collection. These held already; the tests keep it that way."""

import pytest

from django.urls import reverse

from tests.factories import DocumentFactory

pytestmark = pytest.mark.django_db


def test_trekker_opent_documenten_van_andere_werkruimte_niet(client, gebruikers, andere_groep):
    document = DocumentFactory(
        title="andermans-concept", collection=andere_groep.rechten.werkruimte_collectie
    )
    client.force_login(gebruikers["trekker"])
    for naam in ["edit", "delete"]:
        antwoord = client.get(reverse(f"wagtaildocs:{naam}", args=[document.pk]))
        assert antwoord.status_code in (302, 403, 404), naam
    client.post(reverse("wagtaildocs:delete", args=[document.pk]))
    document.refresh_from_db()
    assert "andermans-concept" not in client.get(reverse("wagtaildocs:index")).content.decode()


def test_trekker_zet_werkruimtedocument_niet_zelf_in_het_openbare_deel(
    client, gebruikers, eigen_groep
):
    rechten = eigen_groep.rechten
    document = DocumentFactory(title="eigen-concept", collection=rechten.werkruimte_collectie)
    client.force_login(gebruikers["trekker"])
    client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {"title": "eigen-concept", "collection": rechten.collectie.pk},
    )
    document.refresh_from_db()
    assert document.collection_id == rechten.werkruimte_collectie_id
