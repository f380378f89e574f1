from django.urls import path

from . import views

app_name = "afspraken"

urlpatterns = [
    path("", views.api_lijst, name="api-lijst"),
    path("<str:code>/", views.api_detail, name="api-detail"),
]
