"""/robots.txt and /favicon.ico: the two addresses crawlers and browsers ask for by name."""

from django.http import HttpResponse
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from wagtail.models import Site

# Everything public may be crawled. Not: the admin, the login and logout screens, search
# results (endless combinations of queries and filters; the search page itself stays), the
# search API and every group's werkruimte (members only; a crawler would only meet the login).
VERBODEN = [
    "/admin/",
    "/inloggen/",
    "/uitloggen/",
    "/zoeken/?",
    "/zoeken/klik/",  # issue 15: the counted links of search results
    "/api/zoeken/",
    "/*/werkruimte/",
]


def _sitemap_adres(request):
    """Absolute, as in the sitemap itself: Wagtail builds those URLs from the Site."""
    pad = reverse("sitemap")
    site = Site.find_for_request(request)
    if site is not None:
        return site.root_url + pad
    return request.build_absolute_uri(pad)


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    regels = ["User-agent: *", *(f"Disallow: {pad}" for pad in VERBODEN), "Allow: /", ""]
    regels.append(f"Sitemap: {_sitemap_adres(request)}")
    return HttpResponse("\n".join(regels) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
def favicon_ico(request):
    """Browsers ask /favicon.ico on their own; the icon itself is a static file."""
    return redirect(static("kennisplatform/favicon.ico"), permanent=True)
