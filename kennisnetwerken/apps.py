from django.apps import AppConfig


class KennisnetwerkenConfig(AppConfig):
    name = "kennisnetwerken"
    verbose_name = "Kennisnetwerken"
