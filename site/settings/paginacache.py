"""The anonymous full-page cache (issue 16, kennisplatform/paginacache.py) and the purge of a CDN
or reverse proxy in front of the platform (Wagtail's frontend cache). Star-imported by base.py;
production.py switches the page cache on by default."""

import re

from .omgeving import ConfiguratieFout, getal, tekst, vlag

# Off here (development, tests: a changed template shows at once; the tests that need it switch
# it on), on in production.py. PAGINACACHE=true/false overrides both.
PAGINACACHE = vlag("PAGINACACHE", False)
# Seconds a browser or proxy may keep an anonymous page without asking again (max-age). The
# shared cache itself is exact; this is how stale a page in a browser or CDN may be.
PAGINACACHE_MAX_AGE = getal("PAGINACACHE_MAX_AGE", 60)
# Seconds a page stays in the shared cache at most. Invalidation is exact for changes of the
# data; this bounds what depends on the clock alone (e.g. "upcoming meetings").
PAGINACACHE_DUUR = getal("PAGINACACHE_DUUR", 600)
for _naam, _waarde in (
    ("PAGINACACHE_MAX_AGE", PAGINACACHE_MAX_AGE),
    ("PAGINACACHE_DUUR", PAGINACACHE_DUUR),
):
    if _waarde < 0:
        raise ConfiguratieFout(f"De omgevingsvariabele {_naam} moet 0 of meer seconden zijn.")

# Wagtail's frontend cache: with FRONTEND_CACHE_URL (the purge address of a reverse proxy such
# as Varnish or nginx) a published or unpublished page is purged there at once; other changes
# (a move, an import, a begrip) reach a CDN within PAGINACACHE_MAX_AGE. Off when unset.
FRONTEND_CACHE_URL = tekst("FRONTEND_CACHE_URL", "")
if FRONTEND_CACHE_URL and not re.fullmatch(r"https?://[^\s/]+(/\S*)?", FRONTEND_CACHE_URL):
    raise ConfiguratieFout(
        "De omgevingsvariabele FRONTEND_CACHE_URL moet een volledig adres zijn dat met http:// "
        f"of https:// begint, niet '{FRONTEND_CACHE_URL}'."
    )
WAGTAILFRONTENDCACHE = (
    {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_URL,
        }
    }
    if FRONTEND_CACHE_URL
    else {}
)


def met_paginacache(middleware, installed_apps):
    """MIDDLEWARE and INSTALLED_APPS with the page cache. Django's ConditionalGetMiddleware
    (ETag, 304) sits just outside the page cache, so a cached answer gets its 304 too; both
    sit inside the security, CSP and request-id middleware (their headers stay per request)
    and outside the session, so a cached answer costs no session, CSRF or user lookup."""
    plek = middleware.index("kennisplatform.middleware.WeigerNulTekens") + 1
    middleware = [
        *middleware[:plek],
        "django.middleware.http.ConditionalGetMiddleware",
        "kennisplatform.paginacache.PaginaCacheMiddleware",
        *middleware[plek:],
    ]
    if FRONTEND_CACHE_URL:
        installed_apps = [*installed_apps, "wagtail.contrib.frontend_cache"]
    return middleware, installed_apps


__all__ = [
    "FRONTEND_CACHE_URL",
    "PAGINACACHE",
    "PAGINACACHE_DUUR",
    "PAGINACACHE_MAX_AGE",
    "WAGTAILFRONTENDCACHE",
    "met_paginacache",
]
