from django.apps import AppConfig


class KennisplatformConfig(AppConfig):
    name = "kennisplatform"
    verbose_name = "Kennisplatform"

    def ready(self):
        # The failed-login counter of the rate limits listens from the start.
        from . import drempels  # noqa: F401
