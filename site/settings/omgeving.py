"""Reading configuration from environment variables, in one place.

Every setting that differs between machines comes from the environment. A value that
cannot be understood stops the start-up with one clear (Dutch) sentence.
"""

import os
from urllib.parse import urlsplit

import dj_database_url

from django.core.exceptions import ImproperlyConfigured

# Exit code of a server process that stops on a configuration error: gunicorn's code for "worker
# failed to boot" (it then stops instead of restarting); systemd units say RestartPreventExitStatus.
CONFIGURATIEFOUT = 3


class ConfiguratieFout(ImproperlyConfigured):
    """A configuration value is missing or malformed; the message is one sentence for people."""


def tekst(naam, standaard=None):
    waarde = os.environ.get(naam)
    if waarde is None or waarde.strip() == "":
        return standaard
    return waarde.strip()


def lijst(naam, standaard=()):
    waarde = tekst(naam)
    if waarde is None:
        return list(standaard)
    return [deel.strip() for deel in waarde.split(",") if deel.strip()]


def vlag(naam, standaard=False):
    waarde = tekst(naam)
    if waarde is None:
        return standaard
    if waarde.lower() in {"1", "true", "ja", "yes", "on"}:
        return True
    if waarde.lower() in {"0", "false", "nee", "no", "off"}:
        return False
    raise ConfiguratieFout(
        f"De omgevingsvariabele {naam} moet 'true' of 'false' zijn, niet '{waarde}'."
    )


def getal(naam, standaard):
    waarde = tekst(naam)
    if waarde is None:
        return standaard
    try:
        return int(waarde)
    except ValueError:
        raise ConfiguratieFout(
            f"De omgevingsvariabele {naam} moet een geheel getal zijn, niet '{waarde}'."
        ) from None


ONDERSTEUNDE_DATABASES = {
    "django.db.backends.sqlite3": "SQLite",
    "django.db.backends.postgresql": "PostgreSQL",
}


SQLITE_WACHTTIJD = 20  # seconds a SQLite transaction waits for another one's write lock


def database(standaard_url):
    """The default database from DATABASE_URL (SQLite when unset)."""
    url = tekst("DATABASE_URL", standaard_url)
    uitleg = (
        "gebruik bijvoorbeeld postgres://gebruiker@127.0.0.1:5432/naam of sqlite:///db.sqlite3."
    )
    try:
        config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    except Exception:  # dj-database-url raises several types for bad input
        # The value itself is not repeated: it may hold a password.
        raise ConfiguratieFout(
            f"De omgevingsvariabele DATABASE_URL is geen geldige database-URL; {uitleg}"
        ) from None
    engine = config.get("ENGINE")
    if engine not in ONDERSTEUNDE_DATABASES:
        raise ConfiguratieFout(
            f"De omgevingsvariabele DATABASE_URL noemt een database die dit platform niet "
            f"ondersteunt; alleen SQLite en PostgreSQL werken, {uitleg}"
        )
    if engine == "django.db.backends.postgresql" and not config.get("NAME"):
        raise ConfiguratieFout(
            f"De omgevingsvariabele DATABASE_URL noemt geen databasenaam; {uitleg}"
        )
    if engine == "django.db.backends.sqlite3":
        config.pop("CONN_MAX_AGE", None)
        config["CONN_MAX_AGE"] = 0
        # Every transaction takes SQLite's write lock when it begins (BEGIN IMMEDIATE) and
        # waits up to SQLITE_WACHTTIJD seconds for it, so two processes that write at once
        # (two workers, an import and an edit) wait for each other instead of one failing
        # halfway with "database is locked".
        config["OPTIONS"] = {
            **config.get("OPTIONS", {}),
            "transaction_mode": "IMMEDIATE",
            "timeout": SQLITE_WACHTTIJD,
        }
    return config


def openbaar_adres(naam, standaard=""):
    """A public base address such as https://kennisplatform.example (scheme, host, port only).

    Returned without a trailing slash; empty when unset. Anything else stops the start-up.
    """
    waarde = tekst(naam, standaard)
    if not waarde:
        return ""
    fout = ConfiguratieFout(
        f"De omgevingsvariabele {naam} moet een adres zijn als https://kennisplatform.example "
        f"(http of https, een hostnaam, eventueel een poort, geen pad), niet '{waarde}'."
    )
    try:
        delen = urlsplit(waarde)
        delen.port  # noqa: B018 - raises ValueError for a port that is no number or too large
    except ValueError:
        raise fout from None
    if (
        delen.scheme not in {"http", "https"}
        or not delen.hostname
        or delen.username
        or delen.path not in {"", "/"}
        or delen.query
        or delen.fragment
    ):
        raise fout
    return f"{delen.scheme}://{delen.netloc}"
