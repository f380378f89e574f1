from django.apps import AppConfig


class RedactieConfig(AppConfig):
    name = "redactie"
    verbose_name = "Redactie, rollen en werkruimtes"

    def ready(self):
        from django.apps import apps
        from django.db.models.signals import post_migrate

        # Receivers, admin reports and the roles need the app registry ready (they import models).
        from redactie import beheerrapporten, privacy, rollen, signalen  # noqa: F401

        privacy.installeer()
        beheerrapporten.installeer()
        # The roles and the review workflow come with `migrate`, also on an empty production
        # database: after the last app, when every app's permissions exist.
        post_migrate.connect(
            rollen.na_migratie,
            sender=list(apps.get_app_configs())[-1],
            dispatch_uid="redactie.rollen.na_migratie",
        )
