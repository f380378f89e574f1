"""Issue 15, point 6: Elasticsearch 8/9 and OpenSearch 2/3 by SEARCH_URL, with several
addresses and credentials from the environment; a bad value stops the start-up with one
Dutch sentence (without the password); the engine gets the platform's analysed tokens as
they are; when it is down the database answers (for every scheme). No engine runs here: the
clients are built for real (they connect lazily) and asked nothing."""

import copy
import importlib
import os

import pytest

from search import backends
from search.backends import OngeldigeZoekmachine, zoekmachine_backend, zonder_geheimen
from search.models import Zoekdocument
from search.zoeker import zoek
from tests.helpers.beheercommando import draai_manage


def _client(instelling):
    """The engine's client as Wagtail builds it from this setting."""
    module = importlib.import_module(instelling["BACKEND"])
    params = copy.deepcopy(instelling)
    params.pop("BACKEND")
    return module.SearchBackend(params)


def _knopen_en_kop(backend):
    """[(scheme, host, port, path)] of the client's nodes and its Authorization header."""
    transport = backend.es.transport
    if hasattr(transport, "node_pool"):  # elasticsearch 8
        knopen = [
            (n.config.scheme, n.config.host, n.config.port, n.config.path_prefix)
            for n in transport.node_pool.all()
        ]
        return sorted(knopen), backend.es._headers.get("authorization")
    verbindingen = transport.connection_pool.connections
    knopen = [
        (v.host.split(":")[0], *v.host.split("://")[1].split(":"), v.url_prefix)
        for v in verbindingen
    ]
    koppen = {v.headers.get("authorization") for v in verbindingen}
    assert len(koppen) == 1
    return sorted((s, h, int(p), pad) for s, h, p, pad in knopen), koppen.pop()


@pytest.mark.parametrize(
    "url,backend,adres",
    [
        ("http://zoek.example:9200", "elasticsearch8", "http://zoek.example:9200"),
        ("https://zoek.example:9200", "elasticsearch8", "https://zoek.example:9200"),
        ("elasticsearch://zoek.example:9200", "elasticsearch8", "http://zoek.example:9200"),
        ("elasticsearchs://zoek.example:9200", "elasticsearch8", "https://zoek.example:9200"),
        ("elasticsearch8s://zoek.example:9200", "elasticsearch8", "https://zoek.example:9200"),
        ("elasticsearch9://zoek.example:9200", "elasticsearch9", "http://zoek.example:9200"),
        ("ELASTICSEARCH9S://Zoek.Example:9200", "elasticsearch9", "https://zoek.example:9200"),
        ("opensearch://zoek.example:9200", "opensearch3", "http://zoek.example:9200"),
        ("opensearchs://zoek.example:9200/os", "opensearch3", "https://zoek.example:9200/os"),
        ("opensearch2://zoek.example:9200", "opensearch2", "http://zoek.example:9200"),
        ("opensearch3s://[::1]:9200", "opensearch3", "https://[::1]:9200"),
    ],
)
def test_elk_schema_kiest_zijn_zoekmachine(url, backend, adres):
    instelling = zoekmachine_backend(url)
    assert instelling["BACKEND"] == f"modelsearch.backends.{backend}"
    assert instelling["URLS"] == [adres]
    _client(instelling)  # the client accepts it


def test_meerdere_adressen_van_een_cluster():
    instelling = zoekmachine_backend(
        "https://es1.example:9200, https://es2.example:9201/zoek ,,https://es3.example:9202"
    )
    assert instelling["URLS"] == [
        "https://es1.example:9200",
        "https://es2.example:9201/zoek",
        "https://es3.example:9202",
    ]
    knopen, kop = _knopen_en_kop(_client(instelling))
    assert knopen == [
        ("https", "es1.example", 9200, ""),
        ("https", "es2.example", 9201, "/zoek"),
        ("https", "es3.example", 9202, ""),
    ]
    assert kop is None


@pytest.mark.parametrize("schema", ["https", "elasticsearch9s", "opensearchs", "opensearch2s"])
def test_gebruiker_en_wachtwoord_in_het_adres_voor_elk_adres(schema):
    url = f"{schema}://zoeker:ge%40heim@a.example:9200,{schema}://zoeker:ge%40heim@b.example:9200"
    instelling = zoekmachine_backend(url)
    assert all("@" not in adres and "geheim" not in adres for adres in instelling["URLS"])
    assert "ge@heim" not in repr(instelling) and "geheim" not in str(instelling)
    knopen, kop = _knopen_en_kop(_client(instelling))
    assert len(knopen) == 2
    assert kop == "Basic em9la2VyOmdlQGhlaW0="  # zoeker:ge@heim


@pytest.mark.parametrize("url", ["https://a.example:9200", "opensearchs://a.example:9200"])
def test_gebruiker_en_wachtwoord_uit_de_omgeving(url):
    instelling = zoekmachine_backend(url, gebruiker="zoeker", wachtwoord="ge@heim")
    assert "ge@heim" not in repr(instelling)
    assert _knopen_en_kop(_client(instelling))[1] == "Basic em9la2VyOmdlQGhlaW0="


def test_api_sleutel_voor_elasticsearch():
    instelling = zoekmachine_backend("elasticsearch9s://a.example:9200", api_sleutel="c2xldXRlbA==")
    assert "c2xldXRlbA" not in repr(instelling)
    assert _knopen_en_kop(_client(instelling))[1] == "ApiKey c2xldXRlbA=="


@pytest.mark.parametrize(
    "kwargs,begin",
    [
        ({"url": "ftp://a.example"}, "De omgevingsvariabele SEARCH_URL begint met 'ftp://'"),
        ({"url": "solr://a.example"}, "De omgevingsvariabele SEARCH_URL begint met 'solr://'"),
        (
            {"url": "opensearch4://a.example"},
            "De omgevingsvariabele SEARCH_URL vraagt opensearch 4",
        ),
        ({"url": "elasticsearch7://a.example"}, "De omgevingsvariabele SEARCH_URL vraagt"),
        ({"url": "zoek.example:9200"}, "De omgevingsvariabele SEARCH_URL"),
        ({"url": "http://"}, "De omgevingsvariabele SEARCH_URL noemt geen server"),
        ({"url": "http://a.example:99999"}, "De omgevingsvariabele SEARCH_URL heeft een poort"),
        ({"url": "http://a.example:poort"}, "De omgevingsvariabele SEARCH_URL heeft een poort"),
        ({"url": "http://a.example/?x=1"}, "De omgevingsvariabele SEARCH_URL mag geen"),
        ({"url": " , "}, "De omgevingsvariabele SEARCH_URL is leeg"),
        (
            {"url": "https://a.example:9200,opensearchs://b.example:9200"},
            "De omgevingsvariabele SEARCH_URL noemt verschillende zoekmachines",
        ),
        (
            {"url": "https://u:geheim@a.example,https://v:geheim@b.example"},
            "De omgevingsvariabele SEARCH_URL noemt niet op elk adres dezelfde gebruiker",
        ),
        (
            {"url": "https://u:geheim@a.example", "gebruiker": "v", "wachtwoord": "geheim"},
            "De omgevingsvariabele SEARCH_URL noemt een gebruiker, en SEARCH_USER",
        ),
        ({"url": "https://a.example", "gebruiker": "u"}, "Voor de zoekmachine zijn een gebruiker"),
        ({"url": "https://u@a.example"}, "Voor de zoekmachine zijn een gebruiker"),
        (
            {"url": "opensearchs://a.example", "api_sleutel": "geheim"},
            "SEARCH_API_KEY werkt alleen met Elasticsearch",
        ),
        (
            {
                "url": "https://a.example",
                "api_sleutel": "geheim",
                "gebruiker": "u",
                "wachtwoord": "geheim",
            },
            "Voor de zoekmachine zijn zowel een gebruiker als SEARCH_API_KEY",
        ),
    ],
)
def test_onbruikbare_instelling_geeft_een_nederlandse_zin(kwargs, begin):
    with pytest.raises(OngeldigeZoekmachine) as fout:
        zoekmachine_backend(**kwargs)
    assert str(fout.value).startswith(begin), str(fout.value)
    assert "geheim" not in str(fout.value)


def test_ontbrekende_client_noemt_de_extra(monkeypatch):
    monkeypatch.setattr(backends, "client_aanwezig", lambda module: module != "opensearchpy")
    with pytest.raises(OngeldigeZoekmachine, match=r"pip install -e '\.\[opensearch\]'"):
        zoekmachine_backend("opensearch://a.example:9200")
    assert zoekmachine_backend("https://a.example:9200")


def test_instellingen_uit_de_omgeving(monkeypatch):
    from kennisplatform.settings.omgeving import ConfiguratieFout
    from kennisplatform.settings.zoekmachine import zoekmachine

    for naam in (
        "SEARCH_URL",
        "SEARCH_USER",
        "SEARCH_PASSWORD",
        "SEARCH_API_KEY",
        "SEARCH_TIMEOUT",
    ):
        monkeypatch.delenv(naam, raising=False)
    assert zoekmachine() == ("", None)
    monkeypatch.setenv("SEARCH_URL", "opensearchs://a.example:9200,opensearchs://b.example:9200")
    monkeypatch.setenv("SEARCH_USER", "zoeker")
    monkeypatch.setenv("SEARCH_PASSWORD", "heel-geheim")
    monkeypatch.setenv("SEARCH_TIMEOUT", "5")
    url, instelling = zoekmachine()
    assert url == "opensearchs://a.example:9200,opensearchs://b.example:9200"
    assert instelling["TIMEOUT"] == 5 and len(instelling["HOSTS"]) == 2
    monkeypatch.setenv("SEARCH_URL", "https://zoeker:heel-geheim@a.example:9200")
    monkeypatch.delenv("SEARCH_USER")
    monkeypatch.delenv("SEARCH_PASSWORD")
    url, instelling = zoekmachine()
    assert url == "https://a.example:9200"  # settings.SEARCH_URL: no password to show
    assert zonder_geheimen("https://u:p@a:1,http://b:2") == "https://a:1,http://b:2"
    monkeypatch.setenv("SEARCH_TIMEOUT", "0")
    with pytest.raises(ConfiguratieFout, match="SEARCH_TIMEOUT"):
        zoekmachine()


def test_het_platform_start_niet_met_een_onbruikbare_zoekmachine():
    omgeving = {k: v for k, v in os.environ.items() if not k.startswith("SEARCH_")}
    omgeving.pop("DATABASE_URL", None)
    omgeving.update(
        DJANGO_SETTINGS_MODULE="kennisplatform.settings.dev",
        SEARCH_URL="opensearch4s://zoeker:heel-geheim@a.example:9200",
    )
    uitvoer = draai_manage(omgeving, "check")
    assert uitvoer.returncode == 3, uitvoer.stderr
    assert "De omgevingsvariabele SEARCH_URL vraagt opensearch 4" in uitvoer.stderr
    assert "Traceback" not in uitvoer.stderr
    assert "geheim" not in uitvoer.stderr + uitvoer.stdout


def test_de_index_analyseert_de_tokens_niet_opnieuw():
    """The engine keeps the platform's tokens: stems, compound parts, concept and article
    tokens; a Dutch analyzer would stem "omgev" again and drop tokens it takes for stop
    words."""
    from modelsearch.backends.elasticsearch8 import Elasticsearch8Mapping

    backend = _client(zoekmachine_backend("https://a.example:9200"))
    analyse = backend.settings["settings"]["analysis"]["analyzer"]
    for naam in ("default", "default_search"):
        assert analyse[naam] == {
            "type": "custom",
            "tokenizer": "whitespace",
            "filter": ["lowercase"],
        }
    mapping = Elasticsearch8Mapping(Zoekdocument).get_mapping()["properties"]
    for veld in ("title", "body", "_all_text"):
        assert "analyzer" not in mapping[veld]  # the default above applies


ONBEREIKBAAR = "127.0.0.1:9"  # the discard port: nothing listens there


@pytest.mark.django_db
@pytest.mark.parametrize(
    "schema", ["http", "elasticsearch9", "opensearch", "opensearch2", "opensearch3"]
)
def test_onbereikbare_zoekmachine_valt_terug_op_de_database(schema, settings, client):
    url = f"{schema}://{ONBEREIKBAAR}"
    settings.SEARCH_URL = url
    settings.WAGTAILSEARCH_BACKENDS = {
        **settings.WAGTAILSEARCH_BACKENDS,
        "zoekmachine": zoekmachine_backend(url, timeout=1),
    }
    uitkomst = zoek("handhaving")
    assert uitkomst.melding and "niet bereikbaar" in uitkomst.melding
    assert uitkomst.resultaten
    antwoord = client.get("/zoeken/", {"q": "handhaving"})
    assert antwoord.status_code == 200 and "niet bereikbaar" in antwoord.content.decode()
