"""The test suite: fast hashing, mail kept in memory, SQLite in memory unless DATABASE_URL."""

from .base import *  # noqa: F403
from .omgeving import database

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
