"""Rate limits and security headers (issue 11, points 12 and 16): password-reset mail bombing,
scraping the exports and the search API, and the headers every HTML answer carries."""

import json

import pytest

from django.conf import settings
from django.core import mail
from django.test import override_settings

from afspraken.models import AfsprakenRegisterPage

pytestmark = pytest.mark.django_db

RESET = "/admin/password_reset/"


@pytest.fixture(autouse=True)
def stilstaande_klok(monkeypatch):
    """The limits count in fixed windows; the clock stands still so that no window ends
    halfway through a test (which would let a test pass or fail by the time of day)."""
    import time
    import types

    nu = time.time()
    monkeypatch.setattr("django_ratelimit.core.time", types.SimpleNamespace(time=lambda: nu))


def limiet(naam):
    regel = next(r for r in settings.DREMPELS if r["naam"] == naam)
    return int(regel["tempo"].split("/")[0])


def wachtwoord_vergeten(client, email, **meta):
    return client.post(RESET, {"email": email}, **meta)


def adres_van(gebruikersnaam):
    from django.contrib.auth.models import User

    return User.objects.get(username=gebruikersnaam).email


def test_zesde_wachtwoordaanvraag_binnen_een_minuut_krijgt_429_en_geen_mail(client):
    ontvangers = [
        adres_van(naam)
        for naam in ("professional", "groepslid", "trekker", "coordinator", "beheerder")
    ]
    for ontvanger in ontvangers:
        antwoord = wachtwoord_vergeten(client, ontvanger)
        assert antwoord.status_code == 302
    assert len(mail.outbox) == 5

    antwoord = wachtwoord_vergeten(client, adres_van("trekker"))
    assert antwoord.status_code == 429
    assert int(antwoord["Retry-After"]) >= 1
    inhoud = antwoord.content.decode()
    assert "te veel verzoeken" in inhoud and "opnieuw" in inhoud
    assert len(mail.outbox) == 5

    # Someone at another address is not affected.
    assert wachtwoord_vergeten(client, ontvangers[0], REMOTE_ADDR="198.51.100.7").status_code == 302
    assert len(mail.outbox) == 6


def test_een_mailbox_bestoken_vanaf_veel_adressen_stopt_ook(client):
    ontvanger = adres_van("coordinator")
    for nummer in range(limiet("wachtwoord-vergeten-per-ontvanger")):
        antwoord = wachtwoord_vergeten(client, ontvanger, REMOTE_ADDR=f"203.0.113.{nummer}")
        assert antwoord.status_code == 302
    verstuurd = len(mail.outbox)

    antwoord = wachtwoord_vergeten(client, ontvanger.upper(), REMOTE_ADDR="203.0.113.200")
    assert antwoord.status_code == 429
    assert len(mail.outbox) == verstuurd


@pytest.mark.parametrize("formaat", ["csv", "xlsx", "json"])
def test_export_boven_de_limiet_geeft_429_met_nederlandse_melding(client, formaat):
    adres = f"{AfsprakenRegisterPage.objects.get().url}export/{formaat}/"
    for _ in range(limiet("export")):
        assert client.get(adres).status_code == 200
    antwoord = client.get(adres)
    assert antwoord.status_code == 429
    assert antwoord["Content-Type"].startswith("text/html")
    assert "Probeer het over" in antwoord.content.decode()
    assert int(antwoord["Retry-After"]) >= 1
    # The limit is per client address.
    assert client.get(adres, REMOTE_ADDR="198.51.100.7").status_code == 200


@pytest.mark.parametrize(
    ("adres", "regel"),
    [
        ("/api/zoeken/?q=vergunning", "zoeken-api"),
        ("/api/zoeken/suggesties/?q=verg", "zoeken-suggesties"),
    ],
)
def test_zoek_api_boven_de_limiet_geeft_429_in_json(client, adres, regel):
    for _ in range(limiet(regel)):
        assert client.get(adres).status_code == 200
    antwoord = client.get(adres)
    assert antwoord.status_code == 429
    assert antwoord["Content-Type"] == "application/json"
    assert "te veel verzoeken" in json.loads(antwoord.content)["fout"]
    assert int(antwoord["Retry-After"]) >= 1
    assert client.get(adres, REMOTE_ADDR="198.51.100.7").status_code == 200


@override_settings(VERTROUWDE_PROXY_HEADER="X-Forwarded-For")
def test_achter_de_proxy_telt_de_limiet_per_client(client):
    adres = "/api/zoeken/suggesties/?q=verg"
    for _ in range(limiet("zoeken-suggesties")):
        client.get(adres, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9")
    geblokkeerd = client.get(adres, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert geblokkeerd.status_code == 429
    ander = client.get(adres, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert ander.status_code == 200


def test_een_onbereikbare_teller_laat_de_site_niet_vallen(client, monkeypatch):
    def onbereikbaar(*args, **kwargs):
        raise ConnectionError("cache onbereikbaar")

    monkeypatch.setattr("kennisplatform.drempels.get_usage", onbereikbaar)
    adres = f"{AfsprakenRegisterPage.objects.get().url}export/csv/"
    for _ in range(limiet("export") + 1):
        assert client.get(adres).status_code == 200


# -- Security headers -------------------------------------------------------------------------


def richtlijnen(antwoord):
    return {
        deel.strip().split(" ", 1)[0]: deel.strip()
        for deel in antwoord["Content-Security-Policy"].split(";")
    }


@pytest.mark.parametrize("adres", ["/", "/zoeken/?q=vergunning", "/inloggen/", "/bestaat-niet/"])
def test_openbare_paginas_hebben_een_strikte_csp_en_permissions_policy(client, adres):
    antwoord = client.get(adres)
    assert antwoord["Content-Type"].startswith("text/html")
    csp = richtlijnen(antwoord)
    assert csp["script-src"] == "script-src 'self'"
    assert csp["style-src"] == "style-src 'self'"
    assert csp["object-src"] == "object-src 'none'"
    assert csp["frame-ancestors"] == "frame-ancestors 'self'"
    assert "unsafe" not in antwoord["Content-Security-Policy"]
    beleid = antwoord["Permissions-Policy"]
    for functie in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert functie in beleid


def test_beheer_heeft_een_eigen_csp(client):
    antwoord = client.get("/admin/password_reset/")
    csp = richtlijnen(antwoord)
    assert csp["object-src"] == "object-src 'none'"
    assert csp["frame-ancestors"] == "frame-ancestors 'self'"
    assert "Permissions-Policy" in antwoord


def test_ook_de_429_pagina_heeft_de_headers(client):
    adres = f"{AfsprakenRegisterPage.objects.get().url}export/csv/"
    for _ in range(limiet("export") + 1):
        antwoord = client.get(adres)
    assert antwoord.status_code == 429
    assert "script-src 'self'" in antwoord["Content-Security-Policy"]
    assert "camera=()" in antwoord["Permissions-Policy"]


@pytest.mark.parametrize(
    ("instellingen", "meta", "verwacht"),
    [
        ({}, {"HTTP_X_FORWARDED_FOR": "192.0.2.1"}, "10.0.0.1"),
        ({"VERTROUWDE_PROXY_HEADER": "X-Forwarded-For"}, {}, "10.0.0.1"),
        (
            {"VERTROUWDE_PROXY_HEADER": "X-Forwarded-For"},
            {"HTTP_X_FORWARDED_FOR": "192.0.2.1, 203.0.113.9"},
            "203.0.113.9",
        ),
        (
            {"VERTROUWDE_PROXY_HEADER": "X-Forwarded-For", "PROXY_AANTAL": 2},
            {"HTTP_X_FORWARDED_FOR": "192.0.2.1, 203.0.113.9, 10.0.0.2"},
            "203.0.113.9",
        ),
        (
            {"VERTROUWDE_PROXY_HEADER": "X-Real-IP"},
            {"HTTP_X_REAL_IP": "[2001:db8::7]:443"},
            "2001:db8::7",
        ),
        ({"VERTROUWDE_PROXY_HEADER": "X-Real-IP"}, {"HTTP_X_REAL_IP": "onzin"}, "10.0.0.1"),
    ],
)
def test_clientadres_komt_alleen_uit_de_vertrouwde_header(instellingen, meta, verwacht):
    from django.test import RequestFactory

    from kennisplatform.drempels import client_adres

    verzoek = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", **meta)
    with override_settings(**instellingen):
        assert client_adres(verzoek) == verwacht


def test_drempels_werken_met_de_gedeelde_redis_cache(client):
    """With REDIS_URL every worker counts in the same Redis (Django's RedisCache)."""
    import redis

    adres_redis = "redis://127.0.0.1:6379/5"
    try:
        redis.Redis.from_url(adres_redis, socket_connect_timeout=1).ping()
    except redis.exceptions.RedisError:
        pytest.skip("Redis is niet bereikbaar op 127.0.0.1:6379")
    gedeeld = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": adres_redis,
        }
    }
    with override_settings(CACHES=gedeeld):
        from django.core.cache import cache

        cache.clear()
        try:
            adres = "/api/zoeken/suggesties/?q=verg"
            for _ in range(limiet("zoeken-suggesties")):
                assert client.get(adres).status_code == 200
            assert client.get(adres).status_code == 429
        finally:
            cache.clear()
