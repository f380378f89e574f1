"""Settings shared by every environment. Machine-specific values come from the environment
(see omgeving.py and the README); dev.py, test.py and production.py only add what differs."""

import re
from pathlib import Path

from csp.constants import NONE, SELF

from .foutmeldingen import start_sentry
from .logconfig import logging_config
from .omgeving import ConfiguratieFout, database, getal, lijst, openbaar_adres, tekst, vlag

PROJECT_DIR = Path(__file__).resolve().parent.parent  # site/
BASE_DIR = PROJECT_DIR.parent  # repository root

SECRET_KEY = tekst("SECRET_KEY")
DEBUG = False
ALLOWED_HOSTS = lijst("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = lijst("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "kennisplatform",
    "organisaties",
    "begrippen",
    "groepen",
    "kennisnetwerken",
    "themagroepen",
    "projectgroepen",
    "afspraken",
    "search",
    "redactie",
    "materialen",
    "samenwerking",  # issue 14: de samenwerking als gegevens
    "volgen",  # issue 17: volgen en overzichtsmails
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    "axes",
    "csp",
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy and Permissions-Policy on every answer (see below).
    "kennisplatform.beveiliging.CSPPerPadMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "kennisplatform.middleware.WeigerNulTekens",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "kennisplatform.sitekeuze.SiteUitGedeeldeCache",  # the Wagtail Site, from the cache
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Rate limits of DREMPELS (429 before the view runs); needs the user and the messages.
    "kennisplatform.drempels.DrempelMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its own answer.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "kennisplatform.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "volgen.context.volgt",  # issue 17: what the visitor follows (the buttons)
            ],
        },
    },
]

WSGI_APPLICATION = "kennisplatform.wsgi.application"

DATABASES = {"default": database(f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Dutch throughout: the public site and the Wagtail admin.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(tekst("STATIC_ROOT", str(BASE_DIR / "static")))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(tekst("MEDIA_ROOT", str(BASE_DIR / "media")))
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = tekst("EMAIL_HOST", "localhost")
DEFAULT_FROM_EMAIL = tekst("DEFAULT_FROM_EMAIL", "kennisplatform@regiosamenwerking.example")

# Wagtail
WAGTAIL_SITE_NAME = "Kennisplatform Regionale Samenwerking"
# The platform's public address: the default Wagtail Site follows it after every migrate
# (kennisplatform/site_adres.py), so the sitemap and page links name the real host.
# Without SITE_URL, WAGTAILADMIN_BASE_URL serves, if it is such a bare address (no path).
try:
    SITE_URL = openbaar_adres("SITE_URL") or openbaar_adres("WAGTAILADMIN_BASE_URL")
except ConfiguratieFout:
    if tekst("SITE_URL"):
        raise
    SITE_URL = ""
WAGTAILADMIN_BASE_URL = tekst("WAGTAILADMIN_BASE_URL", SITE_URL or "http://127.0.0.1:8000")
# The platform search (search/) analyses Dutch itself and stores the analysed tokens;
# on PostgreSQL the "dutch" configuration applies on top (same on index and query side).
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "dutch"},
}
# Optional: Elasticsearch or OpenSearch for installations that outgrow one database. The
# platform search falls back to the database (with a notice) when the engine is unreachable.
# --- issue 15: engines for scale (settings/zoekmachine.py: several addresses, credentials) ---
from .zoekmachine import zoekmachine  # noqa: E402

SEARCH_URL, _zoekmachine = zoekmachine()
if _zoekmachine:
    WAGTAILSEARCH_BACKENDS["zoekmachine"] = _zoekmachine
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "odp", "pdf", "pptx", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Documents only through Wagtail's view with its access check, never by a /media/ URL.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Every upload is checked by content, not by name (materialen/uploads.py).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "materialen.formulieren.DocumentFormulier"
WAGTAILIMAGES_IMAGE_FORM_BASE = "materialen.formulieren.AfbeeldingFormulier"
# Optional virus scan of every upload by clamd (a Unix socket, or host and port); when one is
# set and clamd does not answer, uploads are refused.
CLAMD_SOCKET = tekst("CLAMD_SOCKET", "")
CLAMD_HOST = tekst("CLAMD_HOST", "")
CLAMD_PORT = getal("CLAMD_PORT", 3310)
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_PASSWORD_RESET_ENABLED = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": tekst("LOG_LEVEL", "WARNING")},
}

# Editorial roles, workflow notifications and login safety (redactie/)
LOGIN_URL = "/inloggen/"
LOGIN_REDIRECT_URL = "/"
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
# One login screen for members and editors: the admin sends its visitors to /inloggen/ too
# (and /admin/login/ redirects there, kennisplatform/inloggen.py).
WAGTAILADMIN_LOGIN_URL = LOGIN_URL
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # failed-login throttling first
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# "ip_address" is the client's address (drempels.client_adres), not the proxy's.
AXES_CLIENT_IP_CALLABLE = "kennisplatform.drempels.client_adres"
AXES_LOCKOUT_TEMPLATE = "redactie/geblokkeerd.html"
AXES_RESET_ON_SUCCESS = True
# Login records (django-axes: time, username, IP address, browser) are kept this many days;
# the planner removes older ones daily. The privacy statement names this term.
INLOGSPOREN_BEWAARD_DAGEN = getal("INLOGSPOREN_BEWAARD_DAGEN", 30)
if INLOGSPOREN_BEWAARD_DAGEN < 1:
    raise ConfiguratieFout("De omgevingsvariabele INLOGSPOREN_BEWAARD_DAGEN moet 1 of meer zijn.")
SESSION_COOKIE_HTTPONLY = True
# Group pages not (re)published for this many days appear in the review report.
HERZIENINGSTERMIJN_GROEPSPAGINA_DAGEN = getal("HERZIENINGSTERMIJN_GROEPSPAGINA_DAGEN", 365)

# Stable URIs of the SKOS export of the begrippen (never derived from the request's host).
BEGRIPPEN_URI_BASIS = tekst(
    "BEGRIPPEN_URI_BASIS", WAGTAILADMIN_BASE_URL.rstrip("/") + "/begrippen/"
)

# -- Caches, client address and rate limits (kennisplatform/drempels.py) ----------------------
# One shared cache for every worker: Redis when REDIS_URL is set, else the database.
REDIS_URL = tekst("REDIS_URL")
if REDIS_URL and not REDIS_URL.startswith(("redis://", "rediss://", "unix://")):
    raise ConfiguratieFout(
        "De omgevingsvariabele REDIS_URL moet een Redis-adres zijn, bijvoorbeeld "
        "redis://127.0.0.1:6379/0 (of rediss:// met TLS, unix:// voor een socket)."
    )
# CACHES itself: see the block "Gedeelde cache" at the end.

# Behind a reverse proxy every request comes from the proxy's address. Name the header in
# which the proxy passes on the client's address (e.g. X-Forwarded-For) and how many proxies
# of yours append to it; off by default, so a client cannot choose its own address.
VERTROUWDE_PROXY_HEADER = tekst("VERTROUWDE_PROXY_HEADER", "")
if VERTROUWDE_PROXY_HEADER and not re.fullmatch(r"[A-Za-z0-9_-]+", VERTROUWDE_PROXY_HEADER):
    raise ConfiguratieFout(
        "De omgevingsvariabele VERTROUWDE_PROXY_HEADER moet de naam van een header zijn, "
        "bijvoorbeeld X-Forwarded-For (letters, cijfers en streepjes, geen spaties)."
    )
PROXY_AANTAL = getal("PROXY_AANTAL", 1)
if PROXY_AANTAL < 1:
    raise ConfiguratieFout(
        "De omgevingsvariabele PROXY_AANTAL moet 1 of meer zijn: het aantal eigen proxy's "
        "dat het clientadres aan de header toevoegt."
    )
RATELIMIT_IP_META_KEY = "kennisplatform.drempels.client_adres"

# The rate limits: per rule a path (regular expression), the methods that count, what is
# counted per key ("adres" = client address, "ontvanger" = e-mail address in the form) and
# the rate ("5/m", "20/15m", "10/h"). "telt": "mislukte_inlog" counts failed logins only.
# "bij_storing": "weigeren": while the cache is unreachable the request is refused (503), for
# logins and password resets; every other rule then lets requests through (and logs it).
_INLOGPADEN = r"^/(inloggen|admin/login)/$"
_WACHTWOORD_VERGETEN = r"^/admin/password_reset/$"
DREMPELS = [
    {
        "naam": "inloggen-per-adres",
        "bij_storing": "weigeren",
        "pad": _INLOGPADEN,
        "methoden": ["POST"],
        "sleutel": "adres",
        "tempo": "20/15m",
        "telt": "mislukte_inlog",
        "melding": "Er is vanaf uw adres te vaak een verkeerd wachtwoord ingevuld. "
        "Probeer het over %(wachttijd)s opnieuw.",
    },
    {
        "naam": "wachtwoord-vergeten-per-adres",
        "bij_storing": "weigeren",
        "pad": _WACHTWOORD_VERGETEN,
        "methoden": ["POST"],
        "sleutel": "adres",
        "tempo": "5/m",
    },
    {
        "naam": "wachtwoord-vergeten-per-adres-per-uur",
        "bij_storing": "weigeren",
        "pad": _WACHTWOORD_VERGETEN,
        "methoden": ["POST"],
        "sleutel": "adres",
        "tempo": "20/h",
    },
    {
        "naam": "wachtwoord-vergeten-per-ontvanger",
        "bij_storing": "weigeren",
        "pad": _WACHTWOORD_VERGETEN,
        "methoden": ["POST"],
        "sleutel": "ontvanger",
        "tempo": "5/h",
    },
    {
        "naam": "export",
        "pad": r"/export/(csv|xlsx|json)/$",
        "methoden": ["GET"],
        "sleutel": "adres",
        "tempo": "20/m",
    },
    {"naam": "zoeken-api", "pad": r"^/api/zoeken/$", "sleutel": "adres", "tempo": "60/m"},
    {
        "naam": "zoeken-suggesties",
        "pad": r"^/api/zoeken/suggesties/$",
        "sleutel": "adres",
        "tempo": "120/m",
    },
]

# -- Content-Security-Policy and Permissions-Policy (kennisplatform/beveiliging.py) -----------
# The public site: scripts, styles, fonts and images only from this site; no inline code.
# (Wagtail's preview runs a page's own URL through this middleware, so previews get it too.)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        # Only the platform itself may frame its pages: the admin's preview panel does.
        "frame-ancestors": [SELF],
    }
}
# The Wagtail admin ships inline scripts and style attributes in some widgets, compiles the
# message templates of its accessibility checker (axe-core, doT) with new Function, and shows
# page previews in frames of its own.
CSP_BEHEER_PADEN = ["/admin/"]
CSP_BEHEER = {
    "default-src": [SELF],
    "script-src": [SELF, "'unsafe-inline'", "'unsafe-eval'"],
    "style-src": [SELF, "'unsafe-inline'"],
    "img-src": [SELF, "data:", "blob:"],
    "font-src": [SELF, "data:"],
    "connect-src": [SELF],
    "frame-src": [SELF],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [SELF],
}
# No avatars from an outside service (that would leak e-mail hashes and break the CSP).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Browser features the platform never uses stay off, also for anything it embeds.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "ambient-light-sensor",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}

# Public exports of the register (afspraken/export.py): at most this many agreements per
# export (more is refused with a request to filter), and finished exports kept on disk per
# filter for EXPORT_CACHE_SECONDEN, the folder pruned to EXPORT_CACHE_MAX_MB.
EXPORT_MAX_RIJEN = getal("EXPORT_MAX_RIJEN", 100000)
EXPORT_CACHE_MAP = tekst("EXPORT_CACHE_MAP", "")  # empty: <tempdir>/kennisplatform-exports
EXPORT_CACHE_SECONDEN = getal("EXPORT_CACHE_SECONDEN", 3600)
EXPORT_CACHE_MAX_MB = getal("EXPORT_CACHE_MAX_MB", 1000)

# Admin import (afspraken/admin_views.py): each upload waits for confirmation in its own
# temporary folder under this directory (empty: the system's temporary directory).
AFSPRAKEN_IMPORT_MAP = tekst("AFSPRAKEN_IMPORT_MAP", "")

# -- Health, logging and error reports (issue 18) ---------------------------------------------
# /gezond/ (kennisplatform/gezond.py) reads the task table of django-tasks-db for the worker.
# Every request gets an id (X-Request-ID from the proxy when sane, else a new one): in the
# answer's header and on every log record (kennisplatform/logboek.py). First, so everything
# after it logs with the id.
MIDDLEWARE.insert(0, "kennisplatform.logboek.VerzoekIdMiddleware")
# Log records on stderr: LOG_FORMAAT=tekst (default here: dev and tests) or json (JSON lines,
# the default in production.py), at LOG_LEVEL.
LOG_FORMAAT = tekst("LOG_FORMAAT", "tekst")
LOGGING = logging_config(LOG_FORMAAT, tekst("LOG_LEVEL", "WARNING"))
# Optional error reports to Sentry, only with SENTRY_DSN (sentry-sdk is not imported without).
SENTRY_DSN = tekst("SENTRY_DSN", "")
if SENTRY_DSN:
    start_sentry(
        SENTRY_DSN,
        omgeving=tekst("SENTRY_ENVIRONMENT", "productie"),
        release=tekst("SENTRY_RELEASE"),
    )
# -- Media en documenten (issue 18) -----------------------------------------------------------
# Images and renditions in STORAGES["media"] (MEDIA_ROOT, served under MEDIA_URL by the
# platform or, with MEDIA_VIA_PROXY, by a web server); documents in STORAGES["documenten"]
# (DOCUMENTEN_ROOT, outside MEDIA_ROOT, never served as files). An S3-compatible object store
# instead when OBJECTOPSLAG_BUCKET is set. See settings/opslag.py and kennisplatform/opslag.py.
from .opslag import documenten_root, opslag  # noqa: E402

DOCUMENTEN_ROOT = documenten_root(MEDIA_ROOT, BASE_DIR / "documentopslag")
MEDIA_VIA_PROXY = vlag("MEDIA_VIA_PROXY", False)
_opslag, _media_oorsprong = opslag(MEDIA_URL, DOCUMENTEN_ROOT)
STORAGES.update(_opslag)
if _media_oorsprong:  # images straight from the object store's public URL
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"].append(_media_oorsprong)
    CSP_BEHEER["img-src"].append(_media_oorsprong)
# -- back-up en herstel (issue 18) --
# manage.py maak_backup / herstel_backup (kennisplatform/backup/). The files of every storage in
# STORAGES except the static files go into the archive; set BACKUP_OPSLAG to a list of storage
# aliases to choose them yourself. A file field whose folder is not covered stops maak_backup.
BACKUP_OPSLAG = None
# Not in the database dump (app label or app.model), and emptied on restore: rebuilt by
# `zoekindex`/`update_index` after the restore, or transient. Content types and permissions
# are never dumped: migrate makes them, the dump refers to them by natural key.
# --- issue 15: zoeklog: the search log's term, and what of `search` is derived (settings/zoeklog.py)
from .zoeklog import ZOEKINDEX_TABELLEN, ZOEKLOG_BEWAARD_DAGEN  # noqa: E402,F401

BACKUP_UITGESLOTEN = [
    "sessions",  # logins do not survive a restore
    *ZOEKINDEX_TABELLEN,  # the platform's search documents and vocabulary
    "wagtailsearch",  # Wagtail's search index entries
    "django_tasks_db",  # the queue of background tasks and their results (when installed)
]
# -- E-mail over SMTP and the task queue (issue 18) --------------------------------------------
# Complete SMTP settings from the environment (dev prints mail on the console instead).
EMAIL_USE_TLS = vlag("EMAIL_USE_TLS", False)  # STARTTLS, usually port 587
EMAIL_USE_SSL = vlag("EMAIL_USE_SSL", False)  # TLS from the first byte, usually port 465
if EMAIL_USE_TLS and EMAIL_USE_SSL:
    raise ConfiguratieFout(
        "Zet EMAIL_USE_TLS (STARTTLS, meestal poort 587) of EMAIL_USE_SSL (meestal poort 465) "
        "op true, niet allebei."
    )
EMAIL_PORT = getal("EMAIL_PORT", 465 if EMAIL_USE_SSL else 587 if EMAIL_USE_TLS else 25)
EMAIL_HOST_USER = tekst("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = tekst("EMAIL_HOST_PASSWORD", "")
EMAIL_TIMEOUT = getal("EMAIL_TIMEOUT", 10)  # seconds; a hanging mail server never blocks a worker
SERVER_EMAIL = tekst("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
# -- Achtergrondtaken en planner (issue 18) ---------------------------------------------------
# Django's task framework as Wagtail 8 uses it (django-tasks). Here, and so in `make run` and
# the tests, tasks run at once in the process that enqueues them (ImmediateBackend): one
# `runserver` needs no worker. production.py queues them in the database instead
# (django_tasks_db), run by `manage.py db_worker`; `manage.py planner` enqueues the schedules.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# With EMAIL_BACKEND = "kennisplatform.mail.AchtergrondMailBackend" (production) mail is sent
# by the worker, through this backend.
ACHTERGROND_EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
# The hour (local time, 0-23) at which the planner runs the daily jobs (stuur_herinneringen,
# clearsessions, pruning old task results).
PLANNER_DAGELIJKS_UUR = getal("PLANNER_DAGELIJKS_UUR", 6)
if not 0 <= PLANNER_DAGELIJKS_UUR <= 23:
    raise ConfiguratieFout(
        "De omgevingsvariabele PLANNER_DAGELIJKS_UUR moet een uur van 0 tot en met 23 zijn."
    )
# -- Voortgang en import als taak (issue 18) --
# Long commands show progress (voortgang/): a bar on a terminal, otherwise a line at most every
# VOORTGANG_INTERVAL seconds. A confirmed import in the admin runs as a background task
# (afspraken/importeren/taak.py) through Django's task framework (TASKS above).
VOORTGANG_INTERVAL = getal("VOORTGANG_INTERVAL", 5)
# -- Gedeelde cache (issue 18) ----------------------------------------------------------------
# Every process shares one cache, never a per-process memory: Redis when REDIS_URL is set
# (short timeouts; while Redis is unreachable the site goes on as with an empty cache, see
# kennisplatform/cache.py), else Django's database cache, whose table `migrate` creates
# (kennisplatform/migrations/0002_cachetabel.py). The tests keep a memory cache (test.py).
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "kennisplatform.cache.RedisCacheMetUitval",
            "LOCATION": REDIS_URL,
            "OPTIONS": {
                # seconds: a dead or unreachable Redis costs this once, then PAUZE without it
                "socket_connect_timeout": 0.5,
                "socket_timeout": 1.0,
            },
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "kennisplatform_cache",
            # rate-limit counters are one entry per address and rule: room for many
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        }
    }

# --- Inloggen met de eigen organisatie (OpenID Connect, issue 17.3; app aanmelden) ---
# The identity providers from OIDC_PROVIDERS and OIDC_<NAAM>_* (settings/oidc.py, README).
from .oidc import oidc_aanbieders  # noqa: E402

INSTALLED_APPS.insert(INSTALLED_APPS.index("redactie") + 1, "aanmelden")
OIDC_AANBIEDERS = oidc_aanbieders()
# --- einde OpenID Connect ---

# -- API versie 1 (api/, issue 17) -------------------------------------------------------------
# /api/v1 by the Dutch API Design Rules. Its OpenAPI description names a contact and a licence
# (info.contact, info.license); the server address is WAGTAILADMIN_BASE_URL + /api/v1.
INSTALLED_APPS = [*INSTALLED_APPS, "api"]
# API-Version on every answer under /api/v1 and problem+json for every error there (also those
# of the middleware below it: rate limits, NUL in the address), Deprecation + Link on the older
# /api/ answers. Right after WhiteNoise, so the security headers still apply to its answers.
MIDDLEWARE.insert(
    MIDDLEWARE.index("whitenoise.middleware.WhiteNoiseMiddleware") + 1, "api.middleware.ApiHeaders"
)
API_CONTACT_NAAM = tekst("API_CONTACT_NAAM", WAGTAIL_SITE_NAME)
API_CONTACT_EMAIL = tekst("API_CONTACT_EMAIL", DEFAULT_FROM_EMAIL)
API_CONTACT_URL = tekst("API_CONTACT_URL", WAGTAILADMIN_BASE_URL.rstrip("/") + "/contact/")
API_LICENTIE_NAAM = tekst("API_LICENTIE_NAAM", "CC0 1.0 Universeel")
API_LICENTIE_URL = tekst(
    "API_LICENTIE_URL", "https://creativecommons.org/publicdomain/zero/1.0/deed.nl"
)
if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", API_CONTACT_EMAIL):
    raise ConfiguratieFout(
        "De omgevingsvariabele API_CONTACT_EMAIL (of DEFAULT_FROM_EMAIL) moet een e-mailadres "
        f"zijn, zoals api@kennisplatform.example, niet '{API_CONTACT_EMAIL}'."
    )
for _naam, _adres in (("API_CONTACT_URL", API_CONTACT_URL), ("API_LICENTIE_URL", API_LICENTIE_URL)):
    if not re.fullmatch(r"https?://[^\s/]+(/\S*)?", _adres):
        raise ConfiguratieFout(
            f"De omgevingsvariabele {_naam} moet een volledig adres zijn dat met http:// of "
            f"https:// begint, niet '{_adres}'."
        )
# /api/v1/zoeken has the limit of /api/zoeken/ (the other v1 lists, like /api/afspraken/, none).
DREMPELS = [
    *DREMPELS,
    {"naam": "zoeken-api-v1", "pad": r"^/api/v1/zoeken$", "sleutel": "adres", "tempo": "60/m"},
]

# -- Volgen en overzichtsmails (issue 17) -------------------------------------------------------
# The weekly digest goes out on this weekday (Dutch name); the daily one every day. The planner
# runs `stuur_digests` daily at PLANNER_DAGELIJKS_UUR.
WEEKDAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
_digest_weekdag = tekst("DIGEST_WEEKDAG", "maandag").strip().lower()
if _digest_weekdag not in WEEKDAGEN:
    raise ConfiguratieFout(
        "De omgevingsvariabele DIGEST_WEEKDAG moet een weekdag zijn (maandag tot en met "
        f"zondag), niet {_digest_weekdag!r}."
    )
DIGEST_WEEKDAG = WEEKDAGEN.index(_digest_weekdag)  # 0 = maandag, as date.weekday()

# -- Tweede factor voor redacteuren (issue 17.2) -----------------------------------------------
# Everyone with admin access (trekkers, coördinatoren, beheerders) confirms each login with a
# code from an authenticator app (TOTP) or a recovery code: django-otp's devices, the flow in
# kennisplatform/tweefactor/. On unless TWEEDE_FACTOR_VERPLICHT=false; dev.py turns it off for
# the demo accounts, and without DEBUG "off" is logged as a warning at every start.
TWEEDE_FACTOR_VERPLICHT = vlag("TWEEDE_FACTOR_VERPLICHT", True)
INSTALLED_APPS += [
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
]
# OTPMiddleware right after AuthenticationMiddleware (it wraps request.user), then the check
# that sends an unverified editor to the second-factor step.
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1,
    "django_otp.middleware.OTPMiddleware",
)
MIDDLEWARE.insert(
    MIDDLEWARE.index("django_otp.middleware.OTPMiddleware") + 1,
    "kennisplatform.tweefactor.middleware.TweedeFactorMiddleware",
)
# The name the authenticator app shows beside the account.
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
# Wrong codes: django-otp waits 1, 2, 4, 8 ... seconds per device after each failure; the rate
# limit below counts them per address, django-axes per account (like wrong passwords).
OTP_TOTP_THROTTLE_FACTOR = 1
OTP_STATIC_THROTTLE_FACTOR = 1
DREMPELS.append(
    {
        "naam": "tweede-factor-per-adres",
        "bij_storing": "weigeren",
        "pad": r"^/tweede-factor/(instellen/)?$",
        "methoden": ["POST"],
        "sleutel": "adres",
        "tempo": "20/15m",
        "telt": "mislukte_inlog",
        "melding": "Er is vanaf uw adres te vaak een verkeerde code ingevuld. "
        "Probeer het over %(wachttijd)s opnieuw.",
    }
)
from .paginacache import *  # noqa: E402,F403  (issue 16: page cache, ETag/304, CDN purge)

MIDDLEWARE, INSTALLED_APPS = met_paginacache(MIDDLEWARE, INSTALLED_APPS)  # noqa: F405
