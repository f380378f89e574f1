"""Review of issue 18 ("aanval"): the new production surfaces attacked as an outsider. Each
test is an attack that once gave a server error or leaked something."""

import importlib
import uuid

import pytest

from django.contrib.auth import get_user_model
from django.urls import clear_url_caches

from redactie.demo import demo_groep
from tests.factories import AfbeeldingFactory, DocumentFactory
from tests.helpers.taken import DATABASE_WACHTRIJ, draai_werker, wachtend

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


@DATABASE_WACHTRIJ
def test_werkruimtedocument_na_de_werker_niet_vindbaar_voor_buitenstaanders(client):
    """The worker extracts the text of a workspace document and indexes it: not for an
    anonymous visitor (results, counts, suggestions)."""
    woord = f"zeldzaam{uuid.uuid4().hex[:10]}"
    DocumentFactory(
        title=f"Geheim {woord}",
        collection=demo_groep().rechten.werkruimte_collectie,
        bestandsnaam="geheim.txt",
        inhoud=f"{woord} vertrouwelijke tekst".encode(),
    )
    assert wachtend("verwerk_document_taak").exists()
    draai_werker()
    assert not wachtend("verwerk_document_taak").exists()
    api = client.get("/api/zoeken/", {"q": woord})
    assert api.status_code == 200
    assert api.json()["count"] == 0 and api.json()["results"] == []
    pagina = client.get("/zoeken/", {"q": woord})
    assert pagina.status_code == 200 and f"Geheim {woord}" not in pagina.content.decode()
    assert woord not in client.get("/api/zoeken/suggesties/", {"q": woord[:6]}).content.decode()
    # The worker did index it: a member of the group finds it.
    client.force_login(get_user_model().objects.get(username="groepslid"))
    assert client.get("/api/zoeken/", {"q": woord}).json()["count"] >= 1
