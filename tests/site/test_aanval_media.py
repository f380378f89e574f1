"""Issue 11.9: /media/ never serves document files, in development (DEBUG) either. Workspace
documents are reachable only through Wagtail's document view with its access check."""

import importlib
from pathlib import Path

import pytest

from django.urls import clear_url_caches

from wagtail.documents import get_document_model

from tests.factories import AfbeeldingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def debug_urls(settings):
    """The URL configuration as `make run` builds it (DEBUG on)."""
    import kennisplatform.urls

    settings.DEBUG = True
    importlib.reload(kennisplatform.urls)
    clear_url_caches()
    yield
    settings.DEBUG = False
    importlib.reload(kennisplatform.urls)
    clear_url_caches()


@pytest.fixture
def werkruimtedocument():
    document = (
        get_document_model()
        .objects.filter(collection__view_restrictions__isnull=False)
        .order_by("pk")
        .first()
    )
    assert document is not None, "de demo heeft een document in een werkruimte"
    assert Path(document.file.path).exists()
    return document


def test_werkruimtedocument_niet_via_media(debug_urls, client, werkruimtedocument):
    naam = werkruimtedocument.file.name  # documents/<file>
    assert naam.startswith("documents/")
    assert client.get(f"/media/{naam}").status_code == 404
    # Nor by a detour through a folder that is served.
    assert client.get(f"/media/original_images/%2e%2e/{naam}").status_code == 404
    assert client.get(f"/media/images/..%2f{naam}").status_code == 404


def test_openbaar_document_ook_niet_via_media(debug_urls, client):
    document = (
        get_document_model()
        .objects.filter(collection__view_restrictions__isnull=True)
        .exclude(file="")
        .first()
    )
    if document is not None:
        assert client.get(f"/media/{document.file.name}").status_code == 404


def test_werkruimtedocument_alleen_via_de_serveerview_met_toegangscontrole(
    debug_urls, client, werkruimtedocument, django_user_model
):
    url = werkruimtedocument.url
    assert url.startswith("/documenten/")  # WAGTAILDOCS_SERVE_METHOD = "serve_view"
    assert client.get(url).status_code != 200  # anonymous: to the login page


def test_afbeeldingen_komen_nog_wel_via_media(debug_urls, client):
    afbeelding = AfbeeldingFactory(
        title="Oranje", file__filename="oranje.png", file__color="orange"
    )
    antwoord = client.get(f"/media/{afbeelding.file.name}")
    assert antwoord.status_code == 200
    assert b"".join(antwoord.streaming_content).startswith(b"\x89PNG")
    rendition = afbeelding.get_rendition("width-4")
    assert client.get(f"/media/{rendition.file.name}").status_code == 200
