"""The test suite: fast hashing, mail kept in memory, SQLite in memory unless DATABASE_URL."""

# --- parallel test runs (pytest-xdist, `make test`) ---
# Every worker gets media folders of its own (unless MEDIA_ROOT is set), so the files one
# worker writes never show up in what another checks (e.g. "the media folder is unchanged").
# Before base.py, which reads them from the environment; child processes inherit them.
import atexit
import os
import shutil
import tempfile

if os.environ.get("PYTEST_XDIST_WORKER") and not os.environ.get("MEDIA_ROOT"):
    _werkmap = tempfile.mkdtemp(prefix=f"kennisplatform-{os.environ['PYTEST_XDIST_WORKER']}-")
    os.environ["MEDIA_ROOT"] = os.path.join(_werkmap, "media")
    os.environ["DOCUMENTEN_ROOT"] = os.path.join(_werkmap, "documentopslag")
    atexit.register(shutil.rmtree, _werkmap, ignore_errors=True)
# --- end parallel test runs ---

from .base import *  # noqa: E402, F403
from .omgeving import database  # noqa: E402

SECRET_KEY = "test-sleutel-niet-geheim"
DEBUG = False
ALLOWED_HOSTS = ["*"]
DATABASES = {"default": database("sqlite://:memory:")}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "dutch"}
}
# Serve static files straight from the app folders (no collectstatic needed).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# The second factor is on in the tests, as in production (tests/helpers/tweefactor.py
# verifies a session for tests about other things).
TWEEDE_FACTOR_VERPLICHT = True
