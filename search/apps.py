from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Zoeken"

    def ready(self):
        from search import signalen, soorten

        soorten.registreer_standaard()
        signalen.verbind()
