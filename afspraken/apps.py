from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AfsprakenConfig(AppConfig):
    name = "afspraken"
    verbose_name = _("Uitvoeringsafspraken")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Signal receivers connect when the app registry is ready (they import models).
        from . import signalen

        post_migrate.connect(
            signalen.na_migratie, sender=self, dispatch_uid="afspraken.na_migratie"
        )
