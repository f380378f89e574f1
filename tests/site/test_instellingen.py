"""Bad configuration stops with one clear Dutch sentence, never a traceback."""

import os

import pytest

from tests.helpers.beheercommando import draai_manage


def draai(*args, **env):
    omgeving = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {
            "DATABASE_URL",
            "SECRET_KEY",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
            "STATIC_ROOT",
            "REDIS_URL",
            "VERTROUWDE_PROXY_HEADER",
            "PROXY_AANTAL",
            "SECURE_HSTS_PRELOAD",
        }
    }
    omgeving.update(env)
    return draai_manage(omgeving, *args)


@pytest.mark.parametrize(
    "url",
    ["geen-url", "postgres//127.0.0.1/test", "mysql://root@127.0.0.1/test", "postgres://h:poort/x"],
)
def test_kapotte_database_url_geeft_een_zin(url):
    resultaat = draai(
        "check", DATABASE_URL=url, DJANGO_SETTINGS_MODULE="kennisplatform.settings.dev"
    )
    assert resultaat.returncode != 0
    assert "Traceback" not in resultaat.stderr
    regels = [r for r in resultaat.stderr.splitlines() if r.strip()]
    assert len(regels) == 1, resultaat.stderr
    assert regels[0].startswith("Configuratiefout: De omgevingsvariabele DATABASE_URL")
    assert "h:poort" not in regels[0]  # the value (which may hold a password) is not echoed


def test_productie_zonder_secret_key_start_niet():
    resultaat = draai(
        "check",
        DJANGO_SETTINGS_MODULE="kennisplatform.settings.production",
        ALLOWED_HOSTS="kp.example",
    )
    assert resultaat.returncode != 0
    assert "Traceback" not in resultaat.stderr
    assert resultaat.stderr.strip().startswith(
        "Configuratiefout: Productie start niet zonder een echte SECRET_KEY"
    )


def test_productie_met_zwakke_secret_key_start_niet():
    resultaat = draai(
        "check",
        DJANGO_SETTINGS_MODULE="kennisplatform.settings.production",
        SECRET_KEY="kort",
        ALLOWED_HOSTS="kp.example",
    )
    assert resultaat.returncode != 0
    assert "SECRET_KEY" in resultaat.stderr and "Traceback" not in resultaat.stderr


PRODUCTIE = {
    "DJANGO_SETTINGS_MODULE": "kennisplatform.settings.production",
    "SECRET_KEY": "x" * 20 + "een-lange-willekeurige-geheime-waarde-1234567890",
    "ALLOWED_HOSTS": "kennisplatform.example",
}


@pytest.fixture
def verzamelde_statische_bestanden(tmp_path):
    """A STATIC_ROOT as collectstatic leaves it, as far as the start-up check looks."""
    (tmp_path / "staticfiles.json").write_text('{"paths": {}, "version": "1.1", "hash": ""}')
    return str(tmp_path)


def test_productie_met_echte_configuratie_start(verzamelde_statische_bestanden):
    resultaat = draai(
        "check",
        "--deploy",
        "--fail-level",
        "ERROR",
        STATIC_ROOT=verzamelde_statische_bestanden,
        **PRODUCTIE,
    )
    assert resultaat.returncode == 0, resultaat.stderr


def test_productie_zonder_collectstatic_zegt_wat_er_moet_gebeuren(tmp_path):
    # Before: every page a 500 ("Missing staticfiles manifest entry"), nowhere explained.
    resultaat = draai("check", "--deploy", STATIC_ROOT=str(tmp_path / "leeg"), **PRODUCTIE)
    assert resultaat.returncode != 0
    assert "De statische bestanden zijn niet verzameld" in resultaat.stderr
    assert "collectstatic --noinput" in resultaat.stderr
    assert "Traceback" not in resultaat.stderr


HSTS_HEADER = (
    "from django.http import HttpResponse; from django.test import RequestFactory; "
    "from django.middleware.security import SecurityMiddleware; "
    "verzoek = RequestFactory().get('/', secure=True, HTTP_HOST='kennisplatform.example'); "
    "print(SecurityMiddleware(lambda r: HttpResponse())(verzoek)['Strict-Transport-Security'])"
)


def test_productie_hsts_geldt_ook_voor_subdomeinen(verzamelde_statische_bestanden):
    resultaat = draai(
        "shell",
        "--no-imports",
        "-c",
        HSTS_HEADER,
        STATIC_ROOT=verzamelde_statische_bestanden,
        **PRODUCTIE,
    )
    assert resultaat.returncode == 0, resultaat.stderr
    assert resultaat.stdout.strip() == "max-age=31536000; includeSubDomains"


def test_hsts_preload_alleen_op_verzoek(verzamelde_statische_bestanden):
    resultaat = draai(
        "shell",
        "--no-imports",
        "-c",
        HSTS_HEADER,
        STATIC_ROOT=verzamelde_statische_bestanden,
        SECURE_HSTS_PRELOAD="true",
        **PRODUCTIE,
    )
    assert resultaat.stdout.strip() == "max-age=31536000; includeSubDomains; preload"


TOON_CACHE = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"


def test_cache_is_redis_als_redis_url_gezet_is():
    dev = {"DJANGO_SETTINGS_MODULE": "kennisplatform.settings.dev"}
    zonder = draai("shell", "--no-imports", "-c", TOON_CACHE, **dev)
    assert zonder.stdout.strip() == "django.core.cache.backends.db.DatabaseCache"
    met = draai(
        "shell", "--no-imports", "-c", TOON_CACHE, REDIS_URL="redis://127.0.0.1:6379/5", **dev
    )
    assert met.stdout.strip() == "kennisplatform.cache.RedisCacheMetUitval"


def test_kapot_proxy_aantal_geeft_een_zin():
    resultaat = draai(
        "check", PROXY_AANTAL="twee", DJANGO_SETTINGS_MODULE="kennisplatform.settings.dev"
    )
    assert resultaat.returncode != 0
    assert resultaat.stderr.strip() == (
        "Configuratiefout: De omgevingsvariabele PROXY_AANTAL moet een geheel getal zijn, "
        "niet 'twee'."
    )


@pytest.mark.parametrize(
    "naam,waarde,begin",
    [
        ("REDIS_URL", "geen-url", "De omgevingsvariabele REDIS_URL moet een Redis-adres zijn"),
        ("REDIS_URL", "http://127.0.0.1:6379", "De omgevingsvariabele REDIS_URL moet"),
        ("PROXY_AANTAL", "-1", "De omgevingsvariabele PROXY_AANTAL moet 1 of meer zijn"),
        ("VERTROUWDE_PROXY_HEADER", "X Forwarded For", "De omgevingsvariabele VERTROUWDE_"),
    ],
)
def test_onbruikbare_cache_of_proxy_instelling_geeft_een_zin(naam, waarde, begin):
    resultaat = draai(
        "check", **{naam: waarde}, DJANGO_SETTINGS_MODULE="kennisplatform.settings.dev"
    )
    assert resultaat.returncode != 0
    assert resultaat.stderr.strip().startswith(f"Configuratiefout: {begin}")
    assert "Traceback" not in resultaat.stderr


def test_migraties_zijn_compleet():
    resultaat = draai(
        "makemigrations",
        "--check",
        "--dry-run",
        DJANGO_SETTINGS_MODULE="kennisplatform.settings.test",
    )
    assert resultaat.returncode == 0, resultaat.stdout + resultaat.stderr
