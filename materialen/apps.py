from django.apps import AppConfig


class MaterialenConfig(AppConfig):
    name = "materialen"
    verbose_name = "Werkmateriaal, bijeenkomsten en sjablonen"

    def ready(self):
        from materialen import signalen  # noqa: F401
