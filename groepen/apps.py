from django.apps import AppConfig


class GroepenConfig(AppConfig):
    name = "groepen"
    verbose_name = "Groepen: gedeelde basis, trekkers en lidmaatschap"
