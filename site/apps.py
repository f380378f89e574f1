from django.apps import AppConfig


class KennisplatformConfig(AppConfig):
    name = "kennisplatform"
    verbose_name = "Kennisplatform"

    def ready(self):
        # The start-up checks, the failed-login counter of the rate limits, and the storage
        # check and post-migrate move of documents out of the public media (opslag.py).
        from . import beveiliging, drempels, opslag  # noqa: F401
