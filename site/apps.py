from django.apps import AppConfig


class KennisplatformConfig(AppConfig):
    name = "kennisplatform"
    verbose_name = "Kennisplatform"

    def ready(self):
        # The start-up checks and the failed-login counter of the rate limits.
        from . import beveiliging, drempels  # noqa: F401
