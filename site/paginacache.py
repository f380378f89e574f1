"""The anonymous full-page cache (issue 16).

An anonymous GET (or HEAD) of a public page, the register with its filters, agreement and
begrip pages, feeds and the public JSON is answered from the shared cache (caches["default"]:
Redis in production). What is stored is what the view answered with status 200, its headers
and body; the middleware outside this one (security headers, CSP, request id) still runs for
every request.

Never from the cache, never into it:
- a request with a session or a pending message (a logged-in user, a page password entered):
  always a fresh render, with `Cache-Control: private`;
- the paths of UITGESLOTEN: the admin, documents, media, the search (its log counts every
  question), login, the health check, the exports (their own file cache and rate limit);
- an answer that sets a cookie (a CSRF token, so every page with a POST form), that asked for a
  CSP nonce, that says private/no-cache/no-store, or that is not a plain 200;
- a page (or the register's page) with a view restriction, or in a workspace
  (redactie.WerkruimtePage and below): `markeer_pagina`, from the before_serve_page hook.

Invalidation: every key carries nothing of the content; instead each entry holds the
generation of the cache it was made in (inhoud/gedeeld.py), and a change of public content sets
a new generation in the shared cache when its transaction commits (`vernieuw`). Every worker reads the
generation together with the page (one get_many), so every process sees a change on its next
request. The signals that change public output are connected in `verbind()` (from
KennisplatformConfig.ready): publish, unpublish, move and delete of pages and of snippets with
a draft state (a vaststelling publishes), the import (afspraken.importeren.schrijven sends
`geimporteerd`: new rows are written in bulk), and save/delete of the models of GEVOLGD. Writes
of anything else (search log, sessions, login attempts, tasks) leave the cache alone.
"""

import hashlib
from urllib.parse import parse_qsl, urlencode

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.db.models import Q
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers, set_response_etag

from wagtail.models import DraftStateMixin, Page
from wagtail.signals import (
    page_published,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from afspraken.importeren.schrijven import geimporteerd
from inhoud.gedeeld import CACHE, GENERATIE, huidige_generatie, vernieuw
from redactie.models import WerkruimtePage

VOORVOEGSEL = "paginacache:pagina:"
HEADER = "X-Paginacache"

# Path prefixes never cached (besides MEDIA_URL and STATIC_URL).
UITGESLOTEN = (
    "/admin/",
    "/documenten/",
    "/zoeken/",  # the search page and its click counter: the search log counts every question
    "/api/zoeken/",
    "/api/v1/zoeken",
    "/gezond/",
    "/inloggen/",
    "/uitloggen/",
    "/tweede-factor/",
    "/volglijst/",
    "/materialen/voorbeeld/",  # previews of documents, maybe of a workspace
    "/afspraken/export/",  # a file cache and a rate limit of their own
)
# A longer query string is answered but not stored: no visitor types one, and each would be
# an entry of its own (the register's filters and paging stay far below).
MAX_QUERYSTRING = 1000
# Vary values an anonymous answer may have and still be stored under its address alone: the
# cache only serves requests without a session, and the site speaks one language.
VARY_TOEGESTAAN = {"cookie", "accept-language"}

# Models without a draft state whose save or delete can change what a public page shows.
# Pages and snippets with a draft state count only when (un)published, moved or deleted: a
# draft save changes nothing public.
GEVOLGD = [
    "organisaties.Organisatie",
    "organisaties.Partijschap",
    "organisaties.Overleg",
    "organisaties.OverlegRelatie",
    "organisaties.Deelname",
    "organisaties.Evaluatiemoment",
    "organisaties.AgendaOnderwerp",
    "organisaties.Onderwerp",
    "organisaties.Samenwerkingsverband",
    "begrippen.Begrip",  # linked in the texts of every page
    "groepen.Trekker",
    "groepen.Werkmateriaal",
    "groepen.GroepRechten",  # which collection is the workspace: documents shown or not
    "projectgroepen.Resultaat",
    "afspraken.Kerninstrument",
    "afspraken.Trefwoord",
    "afspraken.Statuswijziging",
    "materialen.Bijeenkomst",
    "materialen.DocumentGegevens",
    "materialen.Sjabloon",
    "wagtailimages.Image",
    "wagtaildocs.Document",  # its collection says whether the public may see it
    "wagtailcore.CollectionViewRestriction",
    "wagtailcore.PageViewRestriction",
    "wagtailcore.Site",
    "taggit.Tag",
]


# -- invalidation ------------------------------------------------------------------------------


def _pagina_weg(sender, instance, **kwargs):
    if isinstance(instance, Page | DraftStateMixin) and getattr(instance, "live", True):
        vernieuw()


def _veld_gekoppeld(sender, instance, action, **kwargs):
    if action.startswith("post_") and instance._meta.label in GEVOLGD:
        vernieuw()


def verbind():
    """Connect `vernieuw` to every change of public output (once, at start-up)."""
    for signaal in (page_published, page_unpublished, post_page_move, published, unpublished):
        signaal.connect(vernieuw, dispatch_uid=f"paginacache-{id(signaal)}")
    geimporteerd.connect(vernieuw, dispatch_uid="paginacache-import")
    post_delete.connect(_pagina_weg, dispatch_uid="paginacache-pagina-weg")
    m2m_changed.connect(_veld_gekoppeld, dispatch_uid="paginacache-m2m")
    for label in GEVOLGD:
        model = apps.get_model(label)
        post_save.connect(vernieuw, sender=model, dispatch_uid=f"paginacache-s-{label}")
        post_delete.connect(vernieuw, sender=model, dispatch_uid=f"paginacache-d-{label}")


# -- which requests and answers ----------------------------------------------------------------


def _uitgesloten(request):
    paden = (*UITGESLOTEN, settings.MEDIA_URL, settings.STATIC_URL)
    return request.method not in ("GET", "HEAD") or request.path.startswith(paden)


def _anoniem(request):
    """No session, no pending message, no credentials: nothing in the answer can be personal."""
    koekjes = request.COOKIES
    return (
        settings.SESSION_COOKIE_NAME not in koekjes
        and "messages" not in koekjes  # django.contrib.messages' CookieStorage
        and "HTTP_AUTHORIZATION" not in request.META
    )


def markeer_pagina(page, request):
    """From the before_serve_page hook (also run by the register's own views): a page behind a
    view restriction or in a workspace is never stored, whatever its answer says."""
    if not getattr(request, "_paginacache_kandidaat", False):
        return
    werkruimte = ContentType.objects.get_for_model(WerkruimtePage)  # cached per process
    if (  # one query: the page or an ancestor is restricted or a workspace
        Page.objects.ancestor_of(page, inclusive=True)
        .filter(Q(view_restrictions__isnull=False) | Q(content_type=werkruimte))
        .exists()
    ):
        request._paginacache_uit = True


def _cachebaar(request, response):
    if (
        response.status_code != 200
        or response.streaming
        or response.cookies
        or getattr(request, "_paginacache_uit", False)
        or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        # the CSP middleware made a nonce for this answer: it would be stale in a copy
        or isinstance(getattr(request, "_csp_nonce", None), str)
    ):
        return False
    regels = {d.split("=")[0].strip().lower() for d in response.get("Cache-Control", "").split(",")}
    if regels & {"private", "no-cache", "no-store"}:
        return False
    vary = {deel.strip().lower() for deel in response.get("Vary", "").split(",") if deel.strip()}
    return vary <= VARY_TOEGESTAAN


def _sleutel(request):
    """The address with its query parameters sorted: ?b=2&a=1 and ?a=1&b=2 are one entry."""
    query = request.META.get("QUERY_STRING", "")
    if len(query) > MAX_QUERYSTRING:
        return None
    delen = sorted(parse_qsl(query, keep_blank_values=True))
    adres = f"{request.scheme}://{request.get_host()}{request.path}?{urlencode(delen)}"
    return VOORVOEGSEL + hashlib.sha256(adres.encode()).hexdigest()


def _privé(response):
    if response.has_header("Cache-Control"):
        patch_cache_control(response, private=True)
    else:
        patch_cache_control(response, private=True, no_cache=True)


def _openbaar(response):
    if response.has_header("Cache-Control"):
        patch_cache_control(response, public=True)
    else:
        patch_cache_control(response, public=True, max_age=settings.PAGINACACHE_MAX_AGE)
    # a shared cache in front must not give this copy to someone who is logged in
    patch_vary_headers(response, ["Cookie"])
    set_response_etag(response)


# -- the middleware ----------------------------------------------------------------------------


class PaginaCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _uitgesloten(request):
            return self.get_response(request)
        if not _anoniem(request):
            response = self.get_response(request)
            _privé(response)
            return response
        sleutel = _sleutel(request) if settings.PAGINACACHE else None
        if sleutel is None:
            return self.get_response(request)
        cache = caches[CACHE]
        gevonden = cache.get_many([GENERATIE, sleutel])
        opgeslagen = gevonden.get(sleutel)
        if opgeslagen is not None and opgeslagen[0] == gevonden.get(GENERATIE):
            return _uit_cache(opgeslagen)
        generatie = huidige_generatie(gevonden)
        request._paginacache_kandidaat = True
        response = self.get_response(request)
        if generatie is None or not _cachebaar(request, response):
            if not response.has_header("Cache-Control"):
                _privé(response)
            return response
        _openbaar(response)
        if request.method == "GET":
            # the generation read before the render: a change committed meanwhile makes this
            # entry stale at once
            cache.set(
                sleutel,
                (generatie, response.status_code, list(response.items()), response.content),
                settings.PAGINACACHE_DUUR,
            )
        response[HEADER] = "MISS"
        return response


def _uit_cache(opgeslagen):
    _generatie, status, headers, inhoud = opgeslagen
    response = HttpResponse(inhoud, status=status)
    for naam, waarde in headers:
        response[naam] = waarde
    response[HEADER] = "HIT"
    return response
