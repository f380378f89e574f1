from django.urls import path

from . import views

app_name = "tweefactor"
urlpatterns = [
    path("", views.controleren, name="controleren"),
    path("instellen/", views.instellen, name="instellen"),
    path("herstelcodes/", views.herstelcodes, name="herstelcodes"),
    path("mijn/", views.mijn, name="mijn"),
]
