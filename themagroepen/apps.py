from django.apps import AppConfig


class ThemagroepenConfig(AppConfig):
    name = "themagroepen"
    verbose_name = "Themagroepen"
