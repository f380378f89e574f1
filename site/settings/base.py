"""Settings shared by every environment. Machine-specific values come from the environment
(see omgeving.py and the README); dev.py, test.py and production.py only add what differs."""

from pathlib import Path

from .omgeving import database, lijst, tekst

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
    "kennisnetwerken",
    "themagroepen",
    "afspraken",
    "search",
    "redactie",
    "materialen",
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
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "kennisplatform.middleware.WeigerNulTekens",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
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
STATIC_ROOT = BASE_DIR / "static"
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
WAGTAILADMIN_BASE_URL = tekst("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The platform search (search/) analyses Dutch itself and stores the analysed tokens;
# on PostgreSQL the "dutch" configuration applies on top (same on index and query side).
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "dutch"},
}
# Optional: Elasticsearch or OpenSearch for installations that outgrow one database. The
# platform search falls back to the database (with a notice) when the engine is unreachable.
SEARCH_URL = tekst("SEARCH_URL", "")
if SEARCH_URL:
    from search.backends import zoekmachine_backend

    WAGTAILSEARCH_BACKENDS["zoekmachine"] = zoekmachine_backend(SEARCH_URL)
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "odp", "pdf", "pptx", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Every upload is checked by content, not by name (materialen/uploads.py).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "materialen.formulieren.DocumentFormulier"
WAGTAILIMAGES_IMAGE_FORM_BASE = "materialen.formulieren.AfbeeldingFormulier"
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
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # failed-login throttling first
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "redactie/geblokkeerd.html"
AXES_RESET_ON_SUCCESS = True
SESSION_COOKIE_HTTPONLY = True
# Group pages not (re)published for this many days appear in the review report.
HERZIENINGSTERMIJN_GROEPSPAGINA_DAGEN = int(tekst("HERZIENINGSTERMIJN_GROEPSPAGINA_DAGEN", "365"))

# Stable URIs of the SKOS export of the begrippen (never derived from the request's host).
BEGRIPPEN_URI_BASIS = tekst(
    "BEGRIPPEN_URI_BASIS", WAGTAILADMIN_BASE_URL.rstrip("/") + "/begrippen/"
)

# Public exports of the register (afspraken/export.py): at most this many agreements per
# export (more is refused with a request to filter), and finished exports kept on disk per
# filter for EXPORT_CACHE_SECONDEN, the folder pruned to EXPORT_CACHE_MAX_MB.
EXPORT_MAX_RIJEN = int(tekst("EXPORT_MAX_RIJEN", "100000"))
EXPORT_CACHE_MAP = tekst("EXPORT_CACHE_MAP", "")  # empty: <tempdir>/kennisplatform-exports
EXPORT_CACHE_SECONDEN = int(tekst("EXPORT_CACHE_SECONDEN", "3600"))
EXPORT_CACHE_MAX_MB = int(tekst("EXPORT_CACHE_MAX_MB", "1000"))
