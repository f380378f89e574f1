from django.apps import AppConfig


class BegrippenConfig(AppConfig):
    name = "begrippen"
    verbose_name = "Begrippen"
