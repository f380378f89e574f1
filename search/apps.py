from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Zoeken"

    def ready(self):
        # ready(): the signal handlers import the search models, which exist only now.
        from search import signalen

        # Every app declares what it puts in the search in its own zoeken.py.
        autodiscover_modules("zoeken")
        signalen.verbind()
