"""/api/v1: the API (v1.py), its OpenAPI description at /api/v1/openapi.json and the
documentation page. Included from kennisplatform/urls.py before Wagtail's pages."""

from django.urls import path, re_path

from . import views
from .v1 import api

urlpatterns = [
    path("api/v1", views.naar_documentatie, name="api-v1-start"),
    path("api/v1/documentatie", views.documentatie, name="api-v1-documentatie"),
    path("api/v1/", api.urls),
    # anything else under /api/v1 (also a trailing slash): a 404 problem, never Django's
    # redirect to the address with a slash or a page of Wagtail
    re_path(r"^api/v1/", views.niet_gevonden),
]
