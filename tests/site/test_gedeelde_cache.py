"""The cache every process shares (issue 18, item 2): Redis when REDIS_URL is set, else the
database cache whose table `migrate` creates; and a Redis that is down does not take the site
down (reading, searching and exporting go on; logging in and password resets are refused
with a Dutch message, because their limits cannot count)."""

import json
import logging
import os
import socket
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import redis

from django.core import mail
from django.core.cache import cache
from django.db import connection
from django.test import override_settings

from afspraken.models import AfsprakenRegisterPage

REPO = Path(__file__).resolve().parents[2]
REDIS_DB = 3  # this branch's own Redis database
REDIS_URL = os.environ.get("TEST_REDIS_URL", f"redis://127.0.0.1:6379/{REDIS_DB}")
DODE_REDIS = "redis://127.0.0.1:6390/3"  # nothing listens there


def _shell(code, **env):
    """Run code in `manage.py shell` of a new process with the dev settings and this
    environment (without the machine's REDIS_URL and DATABASE_URL); returns its stdout."""
    omgeving = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "DATABASE_URL"}}
    omgeving.update(env, DJANGO_SETTINGS_MODULE="kennisplatform.settings.dev")
    uitkomst = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=REPO,
        env=omgeving,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert uitkomst.returncode == 0, uitkomst.stderr
    return uitkomst.stdout


def _instellingen(**env):
    """CACHES['default'] as the dev settings make it from this environment."""
    code = (
        "import json; from django.conf import settings; "
        "print(json.dumps(settings.CACHES['default']))"
    )
    return json.loads(_shell(code, **env).strip().splitlines()[-1])


def _redis_bereikbaar():
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1):
            return True
    except OSError:
        return False


def test_zonder_redis_url_de_databasecache():
    instelling = _instellingen()
    assert instelling["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"
    assert instelling["LOCATION"] == "kennisplatform_cache"


@pytest.mark.django_db
def test_de_tabel_van_de_databasecache_komt_met_migrate():
    assert "kennisplatform_cache" in connection.introspection.table_names()
    databasecache = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "kennisplatform_cache",
        }
    }
    with override_settings(CACHES=databasecache):
        from django.core.cache import cache as gedeeld

        gedeeld.set("proef", {"waarde": 1}, 60)
        assert gedeeld.get("proef") == {"waarde": 1}
        with connection.cursor() as cursor:
            cursor.execute("SELECT COUNT(*) FROM kennisplatform_cache")
            assert cursor.fetchone()[0] == 1


def test_met_redis_url_deelt_elk_proces_redis():
    instelling = _instellingen(REDIS_URL=REDIS_URL)
    assert instelling["BACKEND"] == "kennisplatform.cache.RedisCacheMetUitval"
    assert instelling["LOCATION"] == REDIS_URL
    # short timeouts: a hanging Redis must not hang the requests
    assert instelling["OPTIONS"]["socket_connect_timeout"] <= 1
    assert instelling["OPTIONS"]["socket_timeout"] <= 1


@pytest.mark.skipif(
    not _redis_bereikbaar() and os.environ.get("CI") != "true",
    reason="geen Redis op 127.0.0.1:6379",
)
def test_wat_het_ene_proces_in_redis_zet_ziet_het_andere():
    sleutel = f"proef-{uuid.uuid4().hex}"
    _shell(
        f"from django.core.cache import cache; cache.set('{sleutel}', 'gedeeld', 60)",
        REDIS_URL=REDIS_URL,
    )
    client = redis.Redis.from_url(REDIS_URL)
    try:
        gevonden = [k for k in client.keys(f"*{sleutel}") if k.decode().endswith(sleutel)]
        assert len(gevonden) == 1
    finally:
        client.delete(*client.keys(f"*{sleutel}"))


DODE_CACHE = {
    "default": {
        "BACKEND": "kennisplatform.cache.RedisCacheMetUitval",
        "LOCATION": DODE_REDIS,
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1.0},
    }
}


@pytest.fixture
def redis_is_dood(caplog):
    caplog.set_level(logging.WARNING)
    with override_settings(CACHES=DODE_CACHE):
        yield caplog


@pytest.mark.django_db
def test_met_redis_onbereikbaar_lezen_zoeken_en_exporteren_gewoon(client, redis_is_dood):
    register = AfsprakenRegisterPage.objects.get().url
    for adres in (
        "/",
        "/zoeken/?q=vergunning",
        "/api/zoeken/?q=vergunning",
        "/api/zoeken/suggesties/?q=verg",
        register,
        f"{register}export/csv/",
        "/begrippen/",
        "/inloggen/",
    ):
        antwoord = client.get(adres)
        assert antwoord.status_code == 200, adres
    assert "De cache (Redis) is niet bereikbaar" in redis_is_dood.text
    assert cache.get("iets") is None  # the site goes on as with an empty cache


@pytest.mark.django_db
def test_zoeken_met_redis_onbereikbaar_vindt_hetzelfde(client, redis_is_dood):
    with override_settings(
        CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    ):
        gewoon = client.get("/api/zoeken/?q=vergunning").json()
    zonder = client.get("/api/zoeken/?q=vergunning").json()
    assert zonder["count"] == gewoon["count"] > 0


@pytest.mark.django_db
def test_met_redis_onbereikbaar_geen_inlogpogingen_zonder_teller(
    client, redis_is_dood, demo_wachtwoord
):
    antwoord = client.post("/inloggen/", {"username": "coordinator", "password": demo_wachtwoord})
    assert antwoord.status_code == 503
    assert "tijdelijk niet bereikbaar" in antwoord.content.decode()
    assert antwoord["Retry-After"] == "60"
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_met_redis_onbereikbaar_geen_wachtwoordmails_zonder_teller(client, redis_is_dood):
    antwoord = client.post("/admin/password_reset/", {"email": "coordinator@example.org"})
    assert antwoord.status_code == 503
    assert len(mail.outbox) == 0
    assert "zonder bereikbare cache: geweigerd" in redis_is_dood.text


def test_een_gezondheidscontrole_ziet_de_storing_wel():
    """The cache hides an outage from pages; a health check asks bereikbaar() instead."""
    with override_settings(CACHES=DODE_CACHE):
        assert cache.bereikbaar() is False
        assert cache.in_storing()


@pytest.mark.skipif(
    not _redis_bereikbaar() and os.environ.get("CI") != "true",
    reason="geen Redis op 127.0.0.1:6379",
)
def test_een_bereikbare_redis_is_bereikbaar():
    levend = {"default": {**DODE_CACHE["default"], "LOCATION": REDIS_URL}}
    with override_settings(CACHES=levend):
        assert cache.bereikbaar() is True
        assert not cache.in_storing()
