"""The SKOS export of the begrippen; beside the glossary page, outside Wagtail's page tree
(Wagtail's page URLs cannot end in a file extension)."""

from django.urls import path

from begrippen import views

app_name = "begrippen"

urlpatterns = [
    path("begrippen/skos.ttl", views.skos_turtle, name="skos_turtle"),
    path("begrippen/skos.jsonld", views.skos_jsonld, name="skos_jsonld"),
]
