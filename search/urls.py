from django.urls import path

from search import views

urlpatterns = [
    path("zoeken/", views.zoeken, name="zoeken"),
    path("zoeken/klik/", views.klik, name="zoeken-klik"),  # issue 15: opened results
    path("api/zoeken/", views.api_zoeken, name="api-zoeken"),
    path("api/zoeken/suggesties/", views.api_suggesties, name="api-zoeken-suggesties"),
]
