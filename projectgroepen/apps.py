from django.apps import AppConfig


class ProjectgroepenConfig(AppConfig):
    name = "projectgroepen"
    verbose_name = "Projectgroepen"
