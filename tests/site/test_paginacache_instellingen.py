"""Issue 16.2: the page cache and the CDN purge from the environment (settings/paginacache.py)."""

import json
import os

import pytest

from tests.helpers.beheercommando import draai_manage

PRODUCTIE = {
    "DJANGO_SETTINGS_MODULE": "kennisplatform.settings.production",
    "SECRET_KEY": "x" * 20 + "een-lange-willekeurige-geheime-waarde-1234567890",
    "ALLOWED_HOSTS": "kennisplatform.example",
}
TOON = (
    "import json; from django.conf import settings; print(json.dumps({"
    "'aan': settings.PAGINACACHE, 'max_age': settings.PAGINACACHE_MAX_AGE, "
    "'purge': settings.WAGTAILFRONTENDCACHE, "
    "'app': 'wagtail.contrib.frontend_cache' in settings.INSTALLED_APPS}))"
)


def instellingen(**env):
    omgeving = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PAGINACACHE", "FRONTEND_CACHE", "DATABASE_URL", "REDIS_URL"))
    }
    omgeving.update(env)
    resultaat = draai_manage(omgeving, "shell", "-c", TOON)
    assert resultaat.returncode == 0, resultaat.stderr
    return json.loads(resultaat.stdout.strip().splitlines()[-1])


def test_standaard_aan_in_productie_en_uit_in_ontwikkeling():
    productie = instellingen(**PRODUCTIE)
    assert productie["aan"] is True and productie["max_age"] == 60
    assert productie["purge"] == {} and productie["app"] is False
    assert instellingen(DJANGO_SETTINGS_MODULE="kennisplatform.settings.dev")["aan"] is False
    uit = instellingen(**PRODUCTIE, PAGINACACHE="false", PAGINACACHE_MAX_AGE="5")
    assert uit["aan"] is False and uit["max_age"] == 5


def test_frontend_cache_url_zet_wagtails_purge_aan():
    met = instellingen(**PRODUCTIE, FRONTEND_CACHE_URL="http://127.0.0.1:6081/")
    assert met["app"] is True
    assert met["purge"]["default"] == {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": "http://127.0.0.1:6081/",
    }


@pytest.mark.parametrize(
    ("naam", "waarde"),
    [("PAGINACACHE", "misschien"), ("FRONTEND_CACHE_URL", "varnish:6081")],
)
def test_onbruikbare_waarde_geeft_een_zin(naam, waarde):
    omgeving = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    omgeving.update(PRODUCTIE, **{naam: waarde})
    resultaat = draai_manage(omgeving, "check")
    assert resultaat.returncode != 0 and "Traceback" not in resultaat.stderr
    assert resultaat.stderr.strip().startswith(f"Configuratiefout: De omgevingsvariabele {naam}")
