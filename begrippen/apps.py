from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules


class BegrippenConfig(AppConfig):
    name = "begrippen"
    verbose_name = "Begrippen"

    def ready(self):
        # Every app that uses begrippen in its content says how in its own begripgebruik.py
        # (begrippen.gebruik.registreer), as apps declare their search in zoeken.py.
        autodiscover_modules("begripgebruik")
        from begrippen import gedeeld  # noqa: F401, PLC0415 (connects its signal receivers)
