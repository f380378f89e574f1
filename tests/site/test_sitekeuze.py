"""Issue 16: the Wagtail Site of a request from the shared cache (kennisplatform/sitekeuze.py).
Fails when Wagtail stops reading `request._wagtail_site` or the root's cached specific page,
and checks that a changed Site is there on the next request."""

import pytest

from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, Site

from inhoud import gedeeld

pytestmark = pytest.mark.django_db


def test_wagtail_leest_de_site_van_het_verzoek():
    """What the middleware relies on: Wagtail's lookup and its router use the Site set on the
    request, and the specific root page kept on it, without a query."""
    verzoek = RequestFactory().get("/")
    site = Site.objects.select_related("root_page").get(is_default_site=True)
    site.root_page.specific  # noqa: B018
    verzoek._wagtail_site = site
    with CaptureQueriesContext(connection) as queries:
        assert Site.find_for_request(verzoek) is site
        assert Page.route_for_request(verzoek, "/")[0].pk == site.root_page_id
    assert len(queries) == 0


def test_tweede_verzoek_zoekt_de_site_niet_op():
    anoniem = Client()
    anoniem.get("/")
    with CaptureQueriesContext(connection) as queries:
        assert anoniem.get("/").status_code == 200
    assert not [q for q in queries if '"wagtailcore_site"' in q["sql"]]
    gedeeld.vernieuw()
    with CaptureQueriesContext(connection) as queries:
        assert anoniem.get("/").status_code == 200
    assert [q for q in queries if '"wagtailcore_site"' in q["sql"]]


def test_een_gewijzigde_site_geldt_bij_het_volgende_verzoek(django_capture_on_commit_callbacks):
    anoniem = Client()
    assert anoniem.get("/").status_code == 200
    site = Site.objects.get(is_default_site=True)
    with django_capture_on_commit_callbacks(execute=True):
        site.site_name = "Nieuwe sitenaam"
        site.save()
    assert Site.find_for_request(anoniem.get("/").wsgi_request).site_name == "Nieuwe sitenaam"


def test_een_andere_poort_in_de_host_is_geen_nieuwe_opzoeking():
    """A client cannot make a cache entry per port it writes after the host name."""
    Client(HTTP_HOST="testserver:1").get("/")
    with CaptureQueriesContext(connection) as queries:
        assert Client(HTTP_HOST="testserver:2").get("/").status_code == 200
    assert not [q for q in queries if '"wagtailcore_site"' in q["sql"]]
