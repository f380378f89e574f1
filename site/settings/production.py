"""Production: nothing is assumed. A missing or weak secret stops the start-up."""

from .base import *  # noqa: F403
from .logconfig import logging_config
from .omgeving import ConfiguratieFout, getal, lijst, tekst, vlag

DEBUG = False

SECRET_KEY = tekst("SECRET_KEY")
if (
    not SECRET_KEY
    or len(SECRET_KEY) < 50
    or len(set(SECRET_KEY)) < 5
    or SECRET_KEY.startswith(("dev-", "test-", "django-insecure-"))
):
    raise ConfiguratieFout(
        "Productie start niet zonder een echte SECRET_KEY: zet de omgevingsvariabele "
        "SECRET_KEY op een geheime, willekeurige waarde van minstens 50 tekens (geen "
        "voorbeeldwaarde en niet steeds dezelfde paar tekens)."
    )

ALLOWED_HOSTS = lijst("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ConfiguratieFout(
        "Productie start niet zonder ALLOWED_HOSTS: zet de omgevingsvariabele ALLOWED_HOSTS "
        "op de domeinnaam of domeinnamen van het platform, gescheiden door komma's."
    )

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = vlag("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SECURE_HSTS_SECONDS = getal("SECURE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Only when the domain is (to be) on the browsers' preload list: hard to undo.
SECURE_HSTS_PRELOAD = vlag("SECURE_HSTS_PRELOAD", False)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
EMAIL_HOST = tekst("EMAIL_HOST", "localhost")

# -- Health and logging (issue 18) ---------------------------------------------------------------
# A load balancer or monitor often probes over plain HTTP on the internal port: /gezond/ answers
# there instead of redirecting to HTTPS.
SECURE_REDIRECT_EXEMPT = [r"^gezond/$"]
# Production logs JSON lines on stderr unless LOG_FORMAAT=tekst (kennisplatform/settings/logconfig.py).
LOG_FORMAAT = tekst("LOG_FORMAAT", "json")
LOGGING = logging_config(LOG_FORMAAT, tekst("LOG_LEVEL", "WARNING"))
# -- Production start (issue 18) ---------------------------------------------------------------
# HSTS preload is a deliberate choice (hard to undo; README, SECURE_HSTS_PRELOAD): without it,
# `check --deploy` would warn on every installation that rightly did not choose it.
if not SECURE_HSTS_PRELOAD:
    SILENCED_SYSTEM_CHECKS = ["security.W021"]
# -- Achtergrondtaken (issue 18) ---------------------------------------------------------------
# Tasks wait in the database until the worker (`manage.py db_worker`) runs them: an upload
# returns at once, its text and preview follow.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# Mail (workflow notifications, reminders, password reset) is sent by the worker, over SMTP:
# a request never waits for the mail server (kennisplatform/mail.py).
EMAIL_BACKEND = "kennisplatform.mail.AchtergrondMailBackend"
ACHTERGROND_EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
# -- Paginacache (issue 16) ------------------------------------------------------------------
# Anonymous pages from the shared cache (kennisplatform/paginacache.py); PAGINACACHE=false turns
# it off.
PAGINACACHE = vlag("PAGINACACHE", True)
