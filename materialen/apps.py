from django.apps import AppConfig


class MaterialenConfig(AppConfig):
    name = "materialen"
    verbose_name = "Werkmateriaal, bijeenkomsten en sjablonen"

    def ready(self):
        # Signal receivers connect when the app registry is ready (they import models).
        from materialen import signalen  # noqa: F401
