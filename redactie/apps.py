from django.apps import AppConfig


class RedactieConfig(AppConfig):
    name = "redactie"
    verbose_name = "Redactie, rollen en werkruimtes"

    def ready(self):
        from redactie import privacy, signalen  # noqa: F401 - connects the signal handlers

        privacy.installeer()
