from django.apps import AppConfig


class KennisplatformConfig(AppConfig):
    name = "kennisplatform"
    verbose_name = "Kennisplatform"
