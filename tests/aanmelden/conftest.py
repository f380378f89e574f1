"""A real OpenID Connect provider (tests/helpers/oidc_provider.py) in its own process on
127.0.0.1, and the platform configured for it through the environment variables of the README."""

from urllib.parse import urlsplit

import pytest
import requests

from kennisplatform.settings.oidc import oidc_aanbieders
from tests.helpers.oidc_provider import start_provider

CLIENT_ID = "kennisplatform-test"
CLIENT_SECRET = "test-geheim-niet-echt"
KENNISNETWERK = "versterken-kennispositie-overheden"
PROJECTGROEP = "vth-samenwerkingsafspraken"


@pytest.fixture(scope="session")
def provider():
    proces, basis = start_provider(CLIENT_ID, CLIENT_SECRET)
    yield basis
    proces.terminate()
    proces.wait(timeout=10)


@pytest.fixture
def omgeving(monkeypatch, provider):
    """Set OIDC_* variables like an operator would; returns a function that (re)reads them
    into the settings, as a start of the platform does."""

    def zet(settings, **extra):
        waarden = {
            "OIDC_PROVIDERS": "odu",
            "OIDC_ODU_NAAM": "Omgevingsdienst Utrecht",
            "OIDC_ODU_CLIENT_ID": CLIENT_ID,
            "OIDC_ODU_CLIENT_SECRET": CLIENT_SECRET,
            "OIDC_ODU_DISCOVERY_URL": f"{provider}/.well-known/openid-configuration",
            "OIDC_ODU_ORGANISATIE": "ODU",
            "OIDC_ODU_GROEPEN": (
                f"kp-kennis={KENNISNETWERK}; kp-vth={PROJECTGROEP}; "
                f"kp-vth-trekker={PROJECTGROEP}:trekker; kp-coord=:coordinator"
            ),
            **extra,
        }
        for naam, waarde in waarden.items():
            if waarde is None:
                monkeypatch.delenv(naam, raising=False)
            else:
                monkeypatch.setenv(naam, waarde)
        settings.OIDC_AANBIEDERS = oidc_aanbieders()
        return settings.OIDC_AANBIEDERS

    return zet


def stel_in(provider, gebruiker, fout=None):
    antwoord = requests.post(
        f"{provider}/_test/instellen", json={"gebruiker": gebruiker, "fout": fout}, timeout=10
    )
    antwoord.raise_for_status()


def log_in(client, provider, gebruiker, fout=None, volgende=None, knoei=None):
    """The whole round: start at the platform, the provider's authorize URL (it approves the
    configured user at once), back to the platform's callback. Returns the last response."""
    stel_in(provider, gebruiker, fout)
    start = client.get("/inloggen/oidc/odu/", {"next": volgende} if volgende else {})
    assert start.status_code == 302, start
    assert start["Location"].startswith(provider + "/authorize?")
    bij_provider = requests.get(start["Location"], allow_redirects=False, timeout=10)
    assert bij_provider.status_code == 302
    terug = urlsplit(bij_provider.headers["Location"])
    assert terug.path == "/inloggen/oidc/odu/terug/"
    query = knoei(terug.query) if knoei else terug.query
    return client.get(f"{terug.path}?{query}")
