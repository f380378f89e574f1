from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AfsprakenConfig(AppConfig):
    name = "afspraken"
    verbose_name = _("Uitvoeringsafspraken")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signalen  # noqa: F401
