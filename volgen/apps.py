from django.apps import AppConfig


class VolgenConfig(AppConfig):
    name = "volgen"
    verbose_name = "Volgen en overzichtsmails"
    default_auto_field = "django.db.models.BigAutoField"
