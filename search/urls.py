from django.urls import path

from search import views

urlpatterns = [
    path("zoeken/", views.zoeken, name="zoeken"),
    path("api/zoeken/", views.api_zoeken, name="api-zoeken"),
    path("api/zoeken/suggesties/", views.api_suggesties, name="api-zoeken-suggesties"),
]
