"""Same class of problem, for documents (issue 11, "elsewhere"): a trekker works only in the
own group's collections. These held already; the tests keep it that way."""

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


def test_trekker_zet_werkruimtedocument_niet_in_een_andere_groep(
    client, gebruikers, eigen_groep, andere_groep
):
    """Openbaar or werkruimte is the trekker's choice (issue 13), but only within their own
    group: Wagtail's collection field is gone from their form, a posted one is ignored."""
    rechten = eigen_groep.rechten
    document = DocumentFactory(title="eigen-concept", collection=rechten.werkruimte_collectie)
    client.force_login(gebruikers["trekker"])
    for keuze in ["", "werkruimte", "openbaar"]:
        client.post(
            reverse("wagtaildocs:edit", args=[document.pk]),
            {
                "title": "eigen-concept",
                "collection": andere_groep.rechten.collectie.pk,
                "groep": andere_groep.pk,
                "zichtbaarheid": keuze,
            },
        )
        document.refresh_from_db()
        assert document.collection_id in (rechten.werkruimte_collectie_id, rechten.collectie_id)
