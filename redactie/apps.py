from django.apps import AppConfig


class RedactieConfig(AppConfig):
    name = "redactie"
    verbose_name = "Redactie, rollen en werkruimtes"

    def ready(self):
        from redactie import beheerrapporten, privacy, signalen  # noqa: F401 - signal handlers

        privacy.installeer()
        beheerrapporten.installeer()
