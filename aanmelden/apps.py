from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AanmeldenConfig(AppConfig):
    name = "aanmelden"
    verbose_name = _("Inloggen met de eigen organisatie")
    default_auto_field = "django.db.models.BigAutoField"
