"""/gezond/: 200 when database, cache, search and worker are fine, 503 naming the part that is
not; the request id in the answer and in the JSON log line of an error; Sentry only with
SENTRY_DSN."""

import datetime
import io
import json
import logging
import logging.config
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from unittest import mock

import pytest
from django_tasks import task
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from django.core.cache.backends.locmem import LocMemCache
from django.db import OperationalError, connections
from django.test import override_settings
from django.urls import path
from django.utils import timezone

from kennisplatform import gezond
from kennisplatform.settings.logconfig import logging_config
from kennisplatform.settings.omgeving import ConfiguratieFout
from search.backends import zoekmachine_backend

REPO = Path(__file__).resolve().parents[2]
ONDERDELEN = {"database", "cache", "zoeken", "werker"}
# Production refuses a weak key (fewer than 5 different characters), so not "x" * 60.
PRODUCTIESLEUTEL = "gezond-test-sleutel-0123456789-abcdefghijklmnopqrstuvwxyz"
DATABASE_TAKEN = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
GESLOTEN_REDIS = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        # port 1: nothing listens there, the connection is refused at once
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
}


@task()
def hartslag_test():
    return None


def stuk(request):
    raise RuntimeError("kapot in de view")


urlpatterns = [path("stuk/", stuk)]


def vraag(client, **headers):
    antwoord = client.get("/gezond/", headers=headers)
    return antwoord, json.loads(antwoord.content)


@pytest.mark.django_db
def test_alles_goed_geeft_200_met_elk_onderdeel(client):
    antwoord, data = vraag(client)
    assert antwoord.status_code == 200
    assert antwoord["Content-Type"] == "application/json"
    assert "no-store" in antwoord["Cache-Control"]
    assert data["status"] == "ok"
    assert set(data["onderdelen"]) == ONDERDELEN
    for deel in data["onderdelen"].values():
        assert deel["status"] == "ok"
        assert deel["melding"]
    # tasks run inline in the tests (ImmediateBackend): the worker part says so
    assert "direct" in data["onderdelen"]["werker"]["melding"]
    assert client.head("/gezond/").status_code == 200


@pytest.mark.django_db
def test_gezond_ook_over_http_in_productie(client, settings):
    """Production redirects plain HTTP to HTTPS, but not the probe of a load balancer."""
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_REDIRECT_EXEMPT = _productie_instelling("SECURE_REDIRECT_EXEMPT")
    assert client.get("/gezond/").status_code == 200
    assert client.get("/zoeken/").status_code == 301


@pytest.mark.django_db
def test_database_weg_geeft_503_zonder_geheimen(client, caplog):
    fout = OperationalError('connection to "db.intern" failed: password=geheim123')
    with mock.patch.object(connections["default"], "cursor", side_effect=fout):
        antwoord, data = vraag(client)
    assert antwoord.status_code == 503
    assert data["status"] == "storing"
    assert data["onderdelen"]["database"] == {
        "status": "storing",
        "melding": "De database is niet bereikbaar.",
    }
    assert data["onderdelen"]["cache"]["status"] == "ok"
    tekst = antwoord.content.decode()
    assert "geheim123" not in tekst and "db.intern" not in tekst and "Traceback" not in tekst
    # the details are in the log, for the operator
    assert any("geheim123" in (r.exc_text or str(r.exc_info)) for r in caplog.records)


@pytest.mark.django_db
def test_cache_op_gesloten_poort_geeft_503(client):
    with override_settings(CACHES=GESLOTEN_REDIS):
        antwoord, data = vraag(client)
    assert antwoord.status_code == 503
    assert data["onderdelen"]["cache"]["status"] == "storing"
    assert "cache" in data["onderdelen"]["cache"]["melding"]
    assert data["onderdelen"]["database"]["status"] == "ok"
    assert "127.0.0.1" not in antwoord.content.decode()


@pytest.mark.django_db
def test_redis_van_het_platform_op_gesloten_poort_heet_niet_bereikbaar(client):
    # the platform's own backend hides the outage from get/set; /gezond/ still names it
    gesloten = {"default": {**GESLOTEN_REDIS["default"]}}
    gesloten["default"]["BACKEND"] = "kennisplatform.cache.RedisCacheMetUitval"
    with override_settings(CACHES=gesloten):
        antwoord, data = vraag(client)
    assert antwoord.status_code == 503
    assert data["onderdelen"]["cache"] == {
        "status": "storing",
        "melding": "De cache (Redis) is niet bereikbaar.",
    }


@pytest.mark.django_db
def test_zoekmachine_weg_geeft_503_bij_zoeken(client, settings):
    onbereikbaar = "http://127.0.0.1:9"  # the discard port: nothing listens there
    settings.SEARCH_URL = onbereikbaar
    settings.WAGTAILSEARCH_BACKENDS = {
        **settings.WAGTAILSEARCH_BACKENDS,
        "zoekmachine": zoekmachine_backend(onbereikbaar, timeout=1),
    }
    antwoord, data = vraag(client)
    assert antwoord.status_code == 503
    assert data["onderdelen"]["zoeken"] == {
        "status": "storing",
        "melding": "De zoekmachine antwoordt niet; het platform zoekt nu alleen in de database.",
    }
    assert onbereikbaar not in antwoord.content.decode()


class HangendeCache(LocMemCache):
    """A cache that never answers in time (a hung Redis)."""

    def set(self, *args, **kwargs):
        time.sleep(3)
        return super().set(*args, **kwargs)


@pytest.mark.django_db
def test_hangende_cache_laat_het_eindpunt_niet_hangen(client, monkeypatch):
    monkeypatch.setattr(gezond, "TIJDSLIMIET", 0.5)
    caches = {"default": {"BACKEND": f"{__name__}.HangendeCache", "LOCATION": "hangt"}}
    with override_settings(CACHES=caches):
        begin = time.monotonic()
        antwoord, data = vraag(client)
        duur = time.monotonic() - begin
    assert duur < 2
    assert antwoord.status_code == 503
    assert "geen antwoord binnen 0.5 seconden" in data["onderdelen"]["cache"]["melding"]


def _taak(status, **tijden):
    resultaat = hartslag_test.enqueue()
    DBTaskResult.objects.filter(id=resultaat.id).update(status=status, **tijden)


@pytest.mark.django_db
@override_settings(TASKS=DATABASE_TAKEN)
def test_werker_met_recente_hartslag_is_gezond(client):
    nu = timezone.now()
    _taak(TaskResultStatus.SUCCESSFUL, finished_at=nu - datetime.timedelta(minutes=1))
    # a task enqueued just now waits for the worker: fine
    hartslag_test.enqueue()
    antwoord, data = vraag(client)
    assert data["onderdelen"]["werker"]["status"] == "ok", data
    assert antwoord.status_code == 200


@pytest.mark.django_db
@override_settings(TASKS=DATABASE_TAKEN)
def test_werker_taak_die_te_lang_wacht_geeft_503(client):
    nu = timezone.now()
    _taak(TaskResultStatus.SUCCESSFUL, finished_at=nu - datetime.timedelta(minutes=1))
    _taak(TaskResultStatus.READY, enqueued_at=nu - datetime.timedelta(minutes=6))
    antwoord, data = vraag(client)
    assert antwoord.status_code == 503
    assert data["onderdelen"]["werker"]["status"] == "storing"
    assert "langer dan 5 minuten" in data["onderdelen"]["werker"]["melding"]


@pytest.mark.django_db
@override_settings(TASKS=DATABASE_TAKEN)
def test_werker_zonder_afgeronde_taak_in_3_minuten_geeft_503(client):
    _taak(TaskResultStatus.SUCCESSFUL, finished_at=timezone.now() - datetime.timedelta(minutes=4))
    antwoord, data = vraag(client)
    assert antwoord.status_code == 503
    assert "3 minuten" in data["onderdelen"]["werker"]["melding"]


@pytest.mark.django_db
def test_request_id_van_de_proxy_of_een_nieuwe(client):
    antwoord, _data = vraag(client, **{"X-Request-ID": "proxy-id-0001"})
    assert antwoord["X-Request-ID"] == "proxy-id-0001"
    # not an id (a newline, markup): replaced by a fresh one
    antwoord = client.get("/gezond/", HTTP_X_REQUEST_ID="x\n<script>")
    assert re.fullmatch(r"[0-9a-f]{32}", antwoord["X-Request-ID"])
    tweede = client.get("/gezond/")
    assert tweede["X-Request-ID"] != antwoord["X-Request-ID"]


@pytest.fixture
def json_log():
    """The JSON logging of production, into a buffer; the test's own logging restored after."""
    root = logging.getLogger()
    handlers, niveau = root.handlers[:], root.level
    buffer = io.StringIO()
    with mock.patch.object(sys, "stderr", buffer):
        logging.config.dictConfig(logging_config("json"))
    yield buffer
    for handler in root.handlers[:]:
        root.removeHandler(handler)
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(niveau)


@pytest.mark.django_db
@pytest.mark.urls(__name__)
def test_fout_staat_als_json_met_request_id_en_traceback_in_het_log(client, json_log):
    client.raise_request_exception = False
    antwoord = client.get("/stuk/", headers={"X-Request-ID": "verzoek-12345"})
    assert antwoord.status_code == 500
    assert antwoord["X-Request-ID"] == "verzoek-12345"
    regels = [json.loads(regel) for regel in json_log.getvalue().splitlines() if regel]
    fouten = [r for r in regels if r["logger"] == "django.request" and r["niveau"] == "ERROR"]
    assert len(fouten) == 1, regels
    assert fouten[0]["request_id"] == "verzoek-12345"
    assert "RuntimeError: kapot in de view" in fouten[0]["exc_info"]
    assert {"tijd", "message"} <= set(fouten[0])
    # ISO 8601 with the offset, e.g. 2026-12-05T14:59:16+0100
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4}", fouten[0]["tijd"])


@pytest.mark.django_db
def test_404_staat_in_het_log_met_de_request_id(client, json_log):
    # Django logs a 4xx after the middleware chain returned: the id must still be on the line
    antwoord = client.get("/bestaat-niet/", headers={"X-Request-ID": "verzoek-404"})
    assert antwoord.status_code == 404
    regels = [json.loads(regel) for regel in json_log.getvalue().splitlines() if regel]
    niet_gevonden = [r for r in regels if r["logger"] == "django.request"]
    assert len(niet_gevonden) == 1, regels
    assert niet_gevonden[0]["request_id"] == "verzoek-404"
    assert niet_gevonden[0]["niveau"] == "WARNING"


def test_onbekend_logformaat_is_een_nederlandse_fout():
    with pytest.raises(ConfiguratieFout, match="LOG_FORMAAT moet 'json' of 'tekst'"):
        logging_config("xml")


def _python(code, **env):
    omgeving = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "SENTRY_DSN", "LOG_FORMAAT", "DJANGO_SETTINGS_MODULE"}
    }
    omgeving.update(env)
    uitvoer = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        env=omgeving,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert uitvoer.returncode == 0, uitvoer.stderr
    return json.loads(uitvoer.stdout.strip().splitlines()[-1])


SENTRY_STAAT = """
import json, sys, django
django.setup()
staat = {"geladen": "sentry_sdk" in sys.modules}
if staat["geladen"]:
    import sentry_sdk
    client = sentry_sdk.get_client()
    staat.update(
        actief=client.is_active(),
        pii=client.options["send_default_pii"],
        omgeving=client.options["environment"],
        release=client.options["release"],
        django="django" in client.integrations,
    )
print(json.dumps(staat))
"""


def test_sentry_alleen_met_dsn():
    instellingen = {"DJANGO_SETTINGS_MODULE": "kennisplatform.settings.test"}
    assert _python(SENTRY_STAAT, **instellingen) == {"geladen": False}
    # a DSN on this machine where nothing listens; nothing is sent (no event is raised)
    staat = _python(
        SENTRY_STAAT,
        **instellingen,
        SENTRY_DSN="http://publiek@127.0.0.1:9/1",
        SENTRY_ENVIRONMENT="acceptatie",
        SENTRY_RELEASE="kennisplatform@1.2.3",
    )
    assert staat == {
        "geladen": True,
        "actief": True,
        "pii": False,
        "omgeving": "acceptatie",
        "release": "kennisplatform@1.2.3",
        "django": True,
    }


def _productie_instelling(naam):
    return _python(
        f"import json; from kennisplatform.settings import production as p; "
        f"print(json.dumps(p.{naam}))",
        SECRET_KEY=PRODUCTIESLEUTEL,
        ALLOWED_HOSTS="kennisplatform.example",
    )


def test_productie_logt_standaard_json_en_op_verzoek_tekst():
    code = (
        "import json; from kennisplatform.settings import production as p; "
        "print(json.dumps(p.LOGGING['handlers']['console']['formatter']))"
    )
    productie = {
        "SECRET_KEY": PRODUCTIESLEUTEL,
        "ALLOWED_HOSTS": "kennisplatform.example",
    }
    assert _python(code, **productie) == "json"
    assert _python(code, **productie, LOG_FORMAAT="tekst") == "tekst"
