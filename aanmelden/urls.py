from django.urls import path

from . import views

urlpatterns = [
    path("inloggen/oidc/<slug:naam>/", views.start, name="oidc-start"),
    path("inloggen/oidc/<slug:naam>/terug/", views.terug, name="oidc-terug"),
]
