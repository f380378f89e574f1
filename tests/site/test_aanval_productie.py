"""Review of issue 18 ("aanval"): the new production surfaces attacked as an outsider. Each
test is an attack that once gave a server error or leaked something."""

import importlib

import pytest

from django.urls import clear_url_caches

from tests.factories import AfbeeldingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def media_client(client, settings):
    """/media/ served by the platform, as in production (MEDIA_VIA_PROXY off)."""
    import kennisplatform.urls

    settings.MEDIA_VIA_PROXY = False
    importlib.reload(kennisplatform.urls)
    clear_url_caches()
    yield client
    importlib.reload(kennisplatform.urls)
    clear_url_caches()


def _inhoud(antwoord):
    if getattr(antwoord, "streaming", False):
        return b"".join(antwoord.streaming_content)
    return antwoord.content


@pytest.mark.parametrize(
    "bereik",
    [
        "bytes=" + "9" * 5000 + "-",  # more digits than Python converts to an int
        "bytes=0-" + "9" * 5000,
        "bytes=-" + "9" * 5000,
        "bytes=" + "1" * 5000 + "-" + "2" * 5000,
    ],
)
def test_media_bereik_met_reuzengetal_geeft_geen_serverfout(media_client, bereik):
    afbeelding = AfbeeldingFactory(title="Stip", file__filename="stip.png")
    url = afbeelding.file.url
    volledig = _inhoud(media_client.get(url))
    antwoord = media_client.get(url, HTTP_RANGE=bereik)
    # An absurd range is unsatisfiable or ignored (the whole file), never a 500.
    assert antwoord.status_code in (200, 206, 416)
    if antwoord.status_code == 200:
        assert _inhoud(antwoord) == volledig
    elif antwoord.status_code == 206:
        assert volledig.endswith(_inhoud(antwoord))
