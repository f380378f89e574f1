"""Follow, "Mijn volglijst", unsubscribe and the group feeds. Included from kennisplatform/urls.py
before Wagtail's pages."""

from django.urls import path

from . import feeds, views

app_name = "volgen"

urlpatterns = [
    path("volglijst/", views.volglijst, name="volglijst"),
    path("volglijst/volg/", views.volg, name="volg"),
    path("volglijst/frequentie/", views.frequentie, name="frequentie"),
    path("volglijst/<int:pk>/verwijder/", views.verwijder, name="verwijder"),
    path("volglijst/afmelden/<str:sleutel>/", views.afmelden, name="afmelden"),
    path("groepen/<int:pk>/feed/", feeds.GroepFeed(), name="groepfeed"),
]
