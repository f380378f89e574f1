"""The public register at /afspraken/ (list, exports, Atom feed, a page per agreement) and the
JSON API at /api/afspraken/. Included from kennisplatform/urls.py before Wagtail's pages."""

from django.urls import path, re_path

from . import views

app_name = "afspraken"

urlpatterns = [
    path("api/afspraken/", views.api_lijst, name="api-lijst"),
    path("api/afspraken/<str:code>/", views.api_detail, name="api-detail"),
    path("afspraken/", views.register, name="register"),
    re_path(r"^afspraken/export/(?P<formaat>csv|xlsx|json)/$", views.export, name="export"),
    path("afspraken/feed/", views.feed, name="feed"),
    re_path(r"^afspraken/(?P<slug>[-\w]+)/$", views.detail, name="detail"),
]
