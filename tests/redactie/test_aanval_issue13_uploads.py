"""Attack on the trekker's upload choice of issue 13: Wagtail's multiple upload, its edit step
and the chooser's upload tab with a crafted collection (another group's, the root, odd ids):
a document never lands in a collection outside the trekker's own group, and odd ids never
give a 500."""

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.models import Collection

from tests.factories import DocumentFactory

pytestmark = pytest.mark.django_db
Document = get_document_model()


def _bestand(naam="bundel.txt"):
    return SimpleUploadedFile(naam, b"inhoud", "text/plain")


def _eigen_collecties(groep):
    return {groep.rechten.collectie_id, groep.rechten.werkruimte_collectie_id}


@pytest.mark.parametrize("doel", ["andere openbaar", "andere werkruimte", "wortel"])
def test_meer_tegelijk_uploaden_in_een_andere_collectie_kan_niet(
    client, gebruikers, eigen_groep, andere_groep, doel
):
    collectie = {
        "andere openbaar": andere_groep.rechten.collectie_id,
        "andere werkruimte": andere_groep.rechten.werkruimte_collectie_id,
        "wortel": Collection.get_first_root_node().pk,
    }[doel]
    client.force_login(gebruikers["trekker"])
    voor = set(Document.objects.values_list("pk", flat=True))
    antwoord = client.post(
        reverse("wagtaildocs:add_multiple"), {"files[]": _bestand(), "collection": collectie}
    )
    assert antwoord.status_code in (200, 400, 403)
    for document in Document.objects.exclude(pk__in=voor):
        assert document.collection_id in _eigen_collecties(eigen_groep), doel


@pytest.mark.parametrize("collectie", ["abc", "\x00", "-1", "99999999", "1e3", " 3", ""])
def test_vreemde_collectie_geeft_geen_500(client, gebruikers, eigen_groep, collectie):
    client.force_login(gebruikers["trekker"])
    antwoord = client.post(
        reverse("wagtaildocs:add_multiple"), {"files[]": _bestand(), "collection": collectie}
    )
    assert antwoord.status_code < 500
    for adres in ("wagtaildocs:index", "wagtaildocs_chooser:choose"):
        assert client.get(reverse(adres), {"collection_id": collectie}).status_code < 500
    for document in Document.objects.filter(title__startswith="bundel"):
        assert document.collection_id in _eigen_collecties(eigen_groep)


def test_bewerkstap_verplaatst_niet_naar_een_andere_groep(
    client, gebruikers, eigen_groep, andere_groep
):
    document = DocumentFactory(
        title="eigen-stuk", collection=eigen_groep.rechten.werkruimte_collectie
    )
    client.force_login(gebruikers["trekker"])
    prefix = f"doc-{document.pk}"
    client.post(
        reverse("wagtaildocs:edit_multiple", args=[document.pk]),
        {
            f"{prefix}-title": "eigen-stuk",
            f"{prefix}-tags": "",
            f"{prefix}-collection": andere_groep.rechten.collectie_id,
            f"{prefix}-groep": andere_groep.pk,
            f"{prefix}-zichtbaarheid": "openbaar",
        },
    )
    document.refresh_from_db()
    assert document.collection_id in _eigen_collecties(eigen_groep)


def test_kiezer_upload_in_een_andere_groep_kan_niet(client, gebruikers, eigen_groep, andere_groep):
    client.force_login(gebruikers["trekker"])
    client.post(
        reverse("wagtaildocs_chooser:create"),
        {
            "document-chooser-upload-title": "via-kiezer",
            "document-chooser-upload-file": _bestand("via-kiezer.txt"),
            "document-chooser-upload-collection": andere_groep.rechten.collectie_id,
            "document-chooser-upload-groep": andere_groep.pk,
            "document-chooser-upload-zichtbaarheid": "openbaar",
        },
    )
    for document in Document.objects.filter(title="via-kiezer"):
        assert document.collection_id in _eigen_collecties(eigen_groep)


def test_document_van_een_andere_werkruimte_bewerken_kan_niet(
    client, gebruikers, eigen_groep, andere_groep
):
    document = DocumentFactory(
        title="van-de-ander", collection=andere_groep.rechten.werkruimte_collectie
    )
    client.force_login(gebruikers["trekker"])
    url = reverse("wagtaildocs:edit", args=[document.pk])
    assert client.get(url).status_code in (302, 403)
    client.post(url, {"title": "gekaapt", "tags": "", "zichtbaarheid": "openbaar"})
    document.refresh_from_db()
    assert document.title == "van-de-ander"
    assert document.collection_id == andere_groep.rechten.werkruimte_collectie_id
