"""Elasticsearch/OpenSearch by setting (SEARCH_URL); unreachable means the database answers,
with a notice on the page, never a 500."""

import time

import pytest

from search.backends import zoekmachine_backend
from search.zoeker import zoek

ONBEREIKBAAR = "http://127.0.0.1:9"  # the discard port: nothing listens there


@pytest.fixture
def zoekmachine(settings):
    settings.SEARCH_URL = ONBEREIKBAAR
    settings.WAGTAILSEARCH_BACKENDS = {
        **settings.WAGTAILSEARCH_BACKENDS,
        "zoekmachine": zoekmachine_backend(ONBEREIKBAAR, timeout=1),
    }


def test_instelling_kiest_backend_met_nederlandse_analyse():
    es = zoekmachine_backend("https://zoek.example:9200")
    assert es["BACKEND"] == "modelsearch.backends.elasticsearch8"
    assert es["URLS"] == ["https://zoek.example:9200"]
    # issue 15: the platform's own Dutch analysis; the engine only splits the tokens
    analyse = es["INDEX_SETTINGS"]["settings"]["analysis"]["analyzer"]
    assert analyse["default"] == analyse["default_search"]
    assert analyse["default"]["tokenizer"] == "whitespace"
    os = zoekmachine_backend("opensearch://zoek.example:9200")
    assert os["BACKEND"] == "modelsearch.backends.opensearch3"
    assert os["URLS"] == ["http://zoek.example:9200"]


def test_onbereikbare_zoekmachine_valt_terug_op_de_database(zoekmachine, client, db):
    begin = time.monotonic()
    uitkomst = zoek("handhaving")
    assert time.monotonic() - begin < 10
    assert uitkomst.melding and "niet bereikbaar" in uitkomst.melding
    assert uitkomst.resultaten
    antwoord = client.get("/zoeken/", {"q": "handhaving"})
    assert antwoord.status_code == 200
    assert "niet bereikbaar" in antwoord.content.decode()
    assert client.get("/api/zoeken/", {"q": "handhaving"}).status_code == 200


def test_zonder_instelling_geen_melding(db):
    assert zoek("handhaving").melding is None
