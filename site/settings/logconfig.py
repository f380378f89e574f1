"""LOGGING for the settings: one handler on stderr, as JSON lines (python-json-logger) or as
plain text, each record with the request id (kennisplatform/logboek.py). Plain Python,
imported by the settings."""

from .omgeving import ConfiguratieFout

FORMATEN = ("json", "tekst")


def logging_config(formaat, niveau="WARNING"):
    if formaat not in FORMATEN:
        raise ConfiguratieFout(
            f"De omgevingsvariabele LOG_FORMAAT moet 'json' of 'tekst' zijn, niet '{formaat}'."
        )
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"verzoek_id": {"()": "kennisplatform.logboek.VerzoekIdFilter"}},
        "formatters": {
            # JSON: time, level, logger, message, request_id; a traceback as exc_info
            "json": {
                "()": "pythonjsonlogger.json.JsonFormatter",
                "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s",
                "rename_fields": {"asctime": "tijd", "levelname": "niveau", "name": "logger"},
                # ISO 8601 with the UTC offset: the server's local time is not ambiguous in a
                # log collector (gunicorn's own lines carry the offset too)
                "datefmt": "%Y-%m-%dT%H:%M:%S%z",
            },
            "tekst": {
                "format": "%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s",
            },
        },
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "stream": "ext://sys.stderr",
                "formatter": formaat,
                "filters": ["verzoek_id"],
            }
        },
        "root": {"handlers": ["console"], "level": niveau},
    }
