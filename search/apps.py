from django.apps import AppConfig, apps
from django.db.models.signals import post_migrate
from django.utils.module_loading import autodiscover_modules


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Zoeken"

    def ready(self):
        # ready(): the signal handlers import the search models, which exist only now.
        from search import na_migratie, signalen

        # Every app declares what it puts in the search in its own zoeken.py.
        autodiscover_modules("zoeken")
        signalen.verbind()

        # --- issue 15: what the migrations created is searchable (search/na_migratie.py),
        # after the last app with models, when every table exists
        met_modellen = [app for app in apps.get_app_configs() if app.models_module is not None]
        post_migrate.connect(
            na_migratie.na_migratie,
            sender=met_modellen[-1],
            dispatch_uid="search.na_migratie",
        )
