"""Which Wagtail Site answers a request, from the shared cache (issue 16, query budgets).

Wagtail looks the Site up with a query on every request (`Site.find_for_request`), and then
the specific page of its root (the home page) with another, before it routes. Both change only
with the site's composition: kept under the generation of public content (inhoud/gedeeld.py),
which a saved Site and a published or moved page renew. Wagtail reads the Site from
`request._wagtail_site` when it is set (its documented per-request cache); this middleware
sets it, with the root's specific page already known. Relies on Wagtail 8.0 (pinned):
tests/site/test_sitekeuze.py fails when Wagtail stops reading either."""

from django.conf import settings
from django.http.request import split_domain_port

from wagtail.models import Site

from inhoud.gedeeld import gedeeld


def _site_met_startpagina(request):
    site = Site.find_for_request(request)
    if site is not None:
        site.root_page.specific  # noqa: B018 (evaluated now: kept along in the cache)
    return site


class SiteUitGedeeldeCache:
    """After CommonMiddleware: the host has been checked against ALLOWED_HOSTS there. Not for
    the health check, which must answer without the database or the cache when they are down
    (kennisplatform/gezond.py), nor for the static and media files."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(("/gezond/", settings.STATIC_URL, settings.MEDIA_URL)):
            # What Wagtail matches on: the host name (not the port a client writes after it,
            # so no client makes a cache entry per port) and the server's port.
            naam = split_domain_port(request.get_host())[0]
            sleutel = f"site:{naam}:{request.get_port()}"
            request._wagtail_site = gedeeld(sleutel, lambda: _site_met_startpagina(request))
        return self.get_response(request)
