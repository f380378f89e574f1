"""Settings for an optional Elasticsearch/OpenSearch backend, chosen with SEARCH_URL.

Plain Python (imported by the settings, kennisplatform/settings/zoekmachine.py). SEARCH_URL
holds one address or several, separated by commas (the nodes of one cluster). Its scheme
chooses the engine and, with an "s" at the end, HTTPS:

    http://, https://                          Elasticsearch 8 (as before)
    elasticsearch://, elasticsearchs://        Elasticsearch 8
    elasticsearch8[s]://, elasticsearch9[s]:// Elasticsearch 8 or 9
    opensearch://, opensearchs://              OpenSearch 3
    opensearch2[s]://, opensearch3[s]://       OpenSearch 2 or 3

Credentials come from the environment: user and password in the address
(https://gebruiker:wachtwoord@host:9200, the same on every address) or SEARCH_USER and
SEARCH_PASSWORD, or an API key (SEARCH_API_KEY, Elasticsearch only). They go to the client
as options, never in the list of addresses, and are never part of an error message.

The platform sends the engine tokens it has analysed itself (search/analyse.py: folded words,
Snowball stems, compound parts, concept tokens such as "bgr12" and article references such as
"ref3x2"). The engine must not analyse them again: a Dutch analyzer would stem stems a second
time and drop tokens it takes for stop words. So the index's default analyzer only splits on
white space and lower-cases, the same on the index and the query side."""

import importlib.util
import re
from urllib.parse import unquote, urlsplit, urlunsplit

from django.core.exceptions import ImproperlyConfigured

# The analysed tokens as they are: split on white space, lower case (they already are).
TOKEN_ANALYSE = {
    "settings": {
        "analysis": {
            "analyzer": {
                "default": {"type": "custom", "tokenizer": "whitespace", "filter": ["lowercase"]},
                "default_search": {
                    "type": "custom",
                    "tokenizer": "whitespace",
                    "filter": ["lowercase"],
                },
            }
        }
    }
}
# the former name (the Dutch behaviour is the platform's own analysis)
NEDERLANDSE_ANALYSE = TOKEN_ANALYSE

# engine -> (default version, {version: (modelsearch backend, client module, extra)})
MACHINES = {
    "elasticsearch": (
        "8",
        {
            "8": ("modelsearch.backends.elasticsearch8", "elasticsearch", "elasticsearch"),
            "9": ("modelsearch.backends.elasticsearch9", "elasticsearch", "elasticsearch"),
        },
    ),
    "opensearch": (
        "3",
        {
            "2": ("modelsearch.backends.opensearch2", "opensearchpy", "opensearch"),
            "3": ("modelsearch.backends.opensearch3", "opensearchpy", "opensearch"),
        },
    ),
}
_SCHEMA = re.compile(r"^(elasticsearch|opensearch)(\d*?)(s?)$")
VOORBEELD = "https://zoek.example.nl:9200 of opensearchs://zoek.example.nl:9200"


class _Geheim(tuple):
    """User and password: used by the client as a tuple, shown by nobody (repr in a log,
    a traceback or the debug page shows stars)."""

    def __repr__(self):
        return "('********', '********')"


class _GeheimeTekst(str):
    """An API key: used by the client as text, shown as stars."""

    def __repr__(self):
        return "'********'"


class OngeldigeZoekmachine(ImproperlyConfigured):
    """SEARCH_URL (or its credentials) cannot be used; the message is one Dutch sentence."""


def _fout(tekst):
    return OngeldigeZoekmachine(f"De omgevingsvariabele SEARCH_URL {tekst}")


def _schema(schema):
    """(engine, version, https) for the scheme of one address."""
    if schema in ("http", "https"):
        return "elasticsearch", "8", schema == "https"
    treffer = _SCHEMA.match(schema)
    if not treffer:
        raise _fout(
            f"begint met '{schema}://', dat geen zoekmachine noemt: gebruik http(s)://, "
            "elasticsearch(8|9)[s]:// of opensearch(2|3)[s]://, bijvoorbeeld "
            f"{VOORBEELD}."
        )
    machine, versie, veilig = treffer.groups()
    standaard, versies = MACHINES[machine]
    versie = versie or standaard
    if versie not in versies:
        raise _fout(
            f"vraagt {machine} {versie}; het platform kent versie {' en '.join(sorted(versies))}."
        )
    return machine, versie, bool(veilig)


def _adres(url):
    """(engine, version, address without credentials, (user, password)) of one address."""
    delen = urlsplit(url)
    if not delen.scheme or "://" not in url:
        raise _fout(f"moet een adres zijn met een schema, bijvoorbeeld {VOORBEELD}.")
    machine, versie, veilig = _schema(delen.scheme.lower())
    try:
        host, poort = delen.hostname, delen.port
    except ValueError:
        raise _fout("heeft een poort die geen getal van 1 tot 65535 is.") from None
    if not host:
        raise _fout(f"noemt geen server, bijvoorbeeld {VOORBEELD}.")
    if delen.query or delen.fragment:
        raise _fout("mag geen '?' of '#' bevatten.")
    netloc = f"[{host}]" if ":" in host else host
    if poort:
        netloc += f":{poort}"
    schema = "https" if veilig else "http"
    gebruiker = unquote(delen.username) if delen.username else None
    wachtwoord = unquote(delen.password) if delen.password is not None else None
    return (
        machine,
        versie,
        urlunsplit((schema, netloc, delen.path, "", "")),
        (gebruiker, wachtwoord),
    )


def _inloggen(aanmeldingen, gebruiker, wachtwoord, api_sleutel, machine):
    """The client options for authentication (never in an address)."""
    in_adres = set(aanmeldingen)
    if len(in_adres) > 1:
        raise _fout("noemt niet op elk adres dezelfde gebruiker en hetzelfde wachtwoord.")
    uit_adres = in_adres.pop()
    if uit_adres != (None, None):
        if gebruiker or wachtwoord:
            raise _fout(
                "noemt een gebruiker, en SEARCH_USER of SEARCH_PASSWORD is ook gezet: kies één "
                "van beide."
            )
        gebruiker, wachtwoord = uit_adres
    if bool(gebruiker) != bool(wachtwoord):
        raise OngeldigeZoekmachine(
            "Voor de zoekmachine zijn een gebruiker én een wachtwoord nodig (in SEARCH_URL of "
            "met SEARCH_USER en SEARCH_PASSWORD); er is er maar één gezet."
        )
    if api_sleutel and gebruiker:
        raise OngeldigeZoekmachine(
            "Voor de zoekmachine zijn zowel een gebruiker als SEARCH_API_KEY gezet; kies één "
            "van beide."
        )
    if api_sleutel and machine != "elasticsearch":
        raise OngeldigeZoekmachine(
            "SEARCH_API_KEY werkt alleen met Elasticsearch; OpenSearch meldt zich aan met een "
            "gebruiker en wachtwoord."
        )
    if api_sleutel:
        return {"api_key": _GeheimeTekst(api_sleutel)}
    if not gebruiker:
        return {}
    if machine == "elasticsearch":
        return {"basic_auth": _Geheim((gebruiker, wachtwoord))}
    return {"http_auth": _Geheim((gebruiker, wachtwoord))}


def _opensearch_host(adres, http_auth):
    """One node for opensearch-py, as modelsearch makes it from an address, with the
    credentials on the node: opensearch-py lets a node's own (empty) http_auth win over the
    client's."""
    delen = urlsplit(adres)
    veilig = delen.scheme == "https"
    return {
        "host": delen.hostname,
        "port": delen.port or (443 if veilig else 80),
        "url_prefix": delen.path,
        "use_ssl": veilig,
        "verify_certs": veilig,
        "http_auth": http_auth,
    }


def client_aanwezig(module):
    return importlib.util.find_spec(module) is not None


def zoekmachine_backend(
    url, timeout=3, gebruiker=None, wachtwoord=None, api_sleutel=None, controleer_client=True
):
    """The WAGTAILSEARCH_BACKENDS entry for SEARCH_URL (one address or several, separated by
    commas); raises OngeldigeZoekmachine with one Dutch sentence when it cannot be used."""
    adressen = [deel.strip() for deel in (url or "").split(",") if deel.strip()]
    if not adressen:
        raise _fout(f"is leeg; zet een adres, bijvoorbeeld {VOORBEELD}.")
    gelezen = [_adres(adres) for adres in adressen]
    machines = {(machine, versie) for machine, versie, _a, _i in gelezen}
    if len(machines) > 1:
        raise _fout("noemt verschillende zoekmachines; alle adressen horen bij één cluster.")
    machine, versie = machines.pop()
    backend, module, extra = MACHINES[machine][1][versie]
    if controleer_client and not client_aanwezig(module):
        raise OngeldigeZoekmachine(
            f"De omgevingsvariabele SEARCH_URL kiest {machine}, maar de Python-client daarvoor "
            f"is niet geïnstalleerd: pip install -e '.[{extra}]'."
        )
    aanmelding = _inloggen([i for *_r, i in gelezen], gebruiker, wachtwoord, api_sleutel, machine)
    urls = [adres for _m, _v, adres, _i in gelezen]
    instelling = {
        "BACKEND": backend,
        "URLS": urls,
        "INDEX_PREFIX": "kennisplatform_",
        "TIMEOUT": timeout,
        "INDEX_SETTINGS": TOKEN_ANALYSE,
        "OPTIONS": {"max_retries": 0},
    }
    if machine == "opensearch":
        http_auth = aanmelding.get("http_auth")
        instelling["HOSTS"] = [_opensearch_host(adres, http_auth) for adres in urls]
    else:
        instelling["OPTIONS"].update(aanmelding)
    return instelling


def zonder_geheimen(url):
    """SEARCH_URL without user and password (for settings that anyone may read, e.g. the
    debug page)."""
    schoon = []
    for deel in (url or "").split(","):
        delen = urlsplit(deel.strip())
        netloc = delen.netloc.rpartition("@")[2]
        schoon.append(urlunsplit((delen.scheme, netloc, delen.path, delen.query, "")))
    return ",".join(schoon)
