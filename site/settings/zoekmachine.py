"""Issue 15: the optional search engine (Elasticsearch 8/9, OpenSearch 2/3) from the
environment. SEARCH_URL names it (one address or several, separated by commas; see
search/backends.py for the schemes); SEARCH_USER and SEARCH_PASSWORD or SEARCH_API_KEY log in
(or user and password in the address); SEARCH_TIMEOUT is the seconds a question may take
before the platform answers from the database instead. A value that cannot be used stops the
start-up with one Dutch sentence, without the password."""

from search.backends import OngeldigeZoekmachine, zoekmachine_backend, zonder_geheimen

from .omgeving import ConfiguratieFout, getal, tekst


def zoekmachine():
    """(SEARCH_URL without credentials, the backend entry), or ("", None) without an engine."""
    url = tekst("SEARCH_URL", "")
    if not url:
        return "", None
    wachttijd = getal("SEARCH_TIMEOUT", 3)
    if wachttijd < 1:
        raise ConfiguratieFout("De omgevingsvariabele SEARCH_TIMEOUT moet 1 of meer seconden zijn.")
    try:
        backend = zoekmachine_backend(
            url,
            timeout=wachttijd,
            gebruiker=tekst("SEARCH_USER"),
            wachtwoord=tekst("SEARCH_PASSWORD"),
            api_sleutel=tekst("SEARCH_API_KEY"),
        )
    except OngeldigeZoekmachine as fout:
        raise ConfiguratieFout(str(fout)) from None
    return zonder_geheimen(url), backend
