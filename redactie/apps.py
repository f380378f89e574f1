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
        # database: after the last app, when every app's permissions exist. Django sends
        # post_migrate only for apps with models, so the sender is the last app that has them.
        met_modellen = [app for app in apps.get_app_configs() if app.models_module is not None]
        post_migrate.connect(
            rollen.na_migratie,
            sender=met_modellen[-1],
            dispatch_uid="redactie.rollen.na_migratie",
        )
