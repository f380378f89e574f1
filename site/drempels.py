"""Rate limits ("drempels") for expensive or abusable URLs, and the client address behind a proxy.

The rules live in one table in the settings (DREMPELS); the counters live in Django's cache
(django-ratelimit's fixed windows), which every worker shares (Redis or the database cache,
see kennisplatform/cache.py). A request beyond a limit is answered with 429, a Dutch message and Retry-After:
JSON ({"fout": ...}) under /api/, an HTML page elsewhere. The views themselves stay unaware.

A rule counts either every matching request, or (``"telt": "mislukte_inlog"``) only failed
logins, via Django's user_login_failed signal: then the rule still stops the next attempt
from the same address, whether its password is right or wrong (password spraying).
"""

import functools
import ipaddress
import logging
import math
import re

from django_ratelimit.core import get_usage

from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.core.cache import caches
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

logger = logging.getLogger(__name__)


def _meta_sleutel(header):
    """'X-Forwarded-For' -> 'HTTP_X_FORWARDED_FOR' (a META key is accepted as it is)."""
    sleutel = header.strip().upper().replace("-", "_")
    if sleutel in {"REMOTE_ADDR"} or sleutel.startswith("HTTP_"):
        return sleutel
    return "HTTP_" + sleutel


def _als_adres(waarde):
    """The IP address in a header entry ("1.2.3.4", "1.2.3.4:5678", "[::1]:80"), or None."""
    waarde = waarde.strip().strip('"')
    for kandidaat in (waarde, waarde.rsplit(":", 1)[0].strip("[]") if ":" in waarde else None):
        if not kandidaat:
            continue
        try:
            return str(ipaddress.ip_address(kandidaat))
        except ValueError:
            continue
    return None


def client_adres(request):
    """The address of the client, as far as this server can trust it.

    Without VERTROUWDE_PROXY_HEADER: REMOTE_ADDR, and any X-Forwarded-For is ignored (a client
    can write anything there). With it (e.g. "X-Forwarded-For" behind one reverse proxy that
    appends the address it sees): the PROXY_AANTAL-th entry from the right of that header,
    i.e. the address the outermost trusted proxy saw. Entries further left were written by
    the client and are never used. No usable entry: REMOTE_ADDR.
    """
    remote = request.META.get("REMOTE_ADDR", "") or ""
    header = getattr(settings, "VERTROUWDE_PROXY_HEADER", "")
    if not header:
        return remote
    waarde = request.META.get(_meta_sleutel(header), "")
    delen = [deel for deel in waarde.split(",") if deel.strip()]
    if not delen:
        return remote
    aantal = max(1, int(getattr(settings, "PROXY_AANTAL", 1)))
    # Fewer entries than proxies: the request skipped a proxy; the leftmost was still written
    # by a proxy of ours.
    return _als_adres(delen[-min(aantal, len(delen))]) or remote


def _sleutel_adres(groep, request):
    return client_adres(request)


def _sleutel_ontvanger(groep, request):
    return (request.POST.get("email") or "").strip().lower()


SLEUTELS = {"adres": _sleutel_adres, "ontvanger": _sleutel_ontvanger}
# Retry-After (seconds) of a refusal because the cache cannot be reached.
STORING_WACHTTIJD = 60


@functools.cache
def regels():
    """The DREMPELS of the settings, ready to match; compiled once, again when a test
    overrides the setting (see _vergeet_regels)."""
    return [
        {
            **regel,
            "patroon": re.compile(regel["pad"]),
            "methoden": tuple(m.upper() for m in regel.get("methoden", ("GET", "POST"))),
            "sleutelfunctie": SLEUTELS[regel.get("sleutel", "adres")],
            "telt": regel.get("telt", "verzoek"),
        }
        for regel in getattr(settings, "DREMPELS", ())
    ]


@receiver(setting_changed, dispatch_uid="kennisplatform.drempels.regels")
def _vergeet_regels(setting, **kwargs):
    if setting == "DREMPELS":
        regels.cache_clear()


# _gebruik's answer when the cache cannot be reached.
STORING = object()


def _cache_in_storing():
    """Whether the rate-limit cache reported itself unreachable (kennisplatform.cache)."""
    cache = caches[getattr(settings, "RATELIMIT_USE_CACHE", "default")]
    return bool(getattr(cache, "in_storing", lambda: False)())


def _gebruik(regel, request, ophogen):
    """django-ratelimit's counter for this rule and request, None when it does not apply, or
    STORING when the cache cannot be reached (logged as a warning)."""
    sleutel = regel["sleutelfunctie"](regel["naam"], request)
    if not sleutel:
        return None
    try:
        gebruik = get_usage(
            request,
            group=f"drempel:{regel['naam']}",
            key=lambda groep, verzoek: sleutel,
            rate=regel["tempo"],
            method=regel["methoden"],
            increment=ophogen,
        )
    except Exception as fout:  # the cache backend raises its own types (e.g. CacheStoring)
        logger.warning("drempel %s: de cache is niet bereikbaar (%s)", regel["naam"], fout)
        return STORING
    if _cache_in_storing():  # a read that found nothing because the cache is down
        logger.warning("drempel %s: de cache is niet bereikbaar", regel["naam"])
        return STORING
    return gebruik


def _past(regel, request):
    return request.method in regel["methoden"] and regel["patroon"].search(request.path_info)


def overschreden(request):
    """(rule, seconds to wait, cache down) of the first limit this request goes over, else None.

    Every matching rule counts the request (or, for failed-login rules, only looks). When the
    cache cannot be reached a rule lets the request through (reading pages, searching,
    exporting must keep working), unless it says "bij_storing": "weigeren" (logging in and
    password resets: without a counter an attacker would have no limit at all)."""
    gevonden = None
    for regel in regels():
        if not _past(regel, request):
            continue
        if regel["telt"] == "mislukte_inlog":
            gebruik = _gebruik(regel, request, ophogen=False)
            te_veel = gebruik not in (None, STORING) and gebruik["count"] >= gebruik["limit"]
        else:
            gebruik = _gebruik(regel, request, ophogen=True)
            te_veel = gebruik not in (None, STORING) and gebruik["should_limit"]
        if gebruik is STORING:
            if regel.get("bij_storing") == "weigeren" and gevonden is None:
                gevonden = (regel, STORING_WACHTTIJD, True)
            continue
        if te_veel and gevonden is None:
            gevonden = (regel, max(1, int(gebruik["time_left"])), False)
    return gevonden


@receiver(user_login_failed, dispatch_uid="kennisplatform.drempels.mislukte_inlog")
def tel_mislukte_inlog(sender, credentials=None, request=None, **kwargs):
    if request is None:
        return
    for regel in regels():
        if regel["telt"] == "mislukte_inlog" and _past(regel, request):
            _gebruik(regel, request, ophogen=True)  # a cache that is down: logged there


def _wachttijd(seconden):
    if seconden < 120:
        return ngettext("%(aantal)d seconde", "%(aantal)d seconden", seconden) % {
            "aantal": seconden
        }
    return _("%(aantal)d minuten") % {"aantal": math.ceil(seconden / 60)}


def te_veel_antwoord(request, regel, seconden, storing=False):
    if storing:
        melding = _(
            "Dit kan op dit moment niet: een onderdeel van het platform is tijdelijk niet "
            "bereikbaar. Probeer het over een paar minuten opnieuw."
        )
        titel, status = _("Tijdelijk niet beschikbaar"), 503
    else:
        melding = regel.get("melding") or _(
            "U heeft te veel verzoeken in korte tijd gedaan. Probeer het over %(wachttijd)s "
            "opnieuw."
        )
        melding = melding % {"wachttijd": _wachttijd(seconden)}
        titel, status = _("Even geduld"), 429
    if request.path_info.startswith("/api/"):
        antwoord = JsonResponse({"fout": melding}, status=status)
    else:
        antwoord = render(
            request,
            "kennisplatform/melding.html",
            {"titel": titel, "melding": melding},
            status=status,
        )
    antwoord["Retry-After"] = str(seconden)
    return antwoord


class DrempelMiddleware:
    """Answers 429 before the view runs when a request goes over one of the DREMPELS."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        uitkomst = overschreden(request)
        if uitkomst is not None:
            regel, seconden, storing = uitkomst
            logger.warning(
                "drempel %s %s voor %s op %s",
                regel["naam"],
                "zonder bereikbare cache: geweigerd" if storing else "overschreden",
                client_adres(request),
                request.path_info,
            )
            return te_veel_antwoord(request, regel, seconden, storing)
        return self.get_response(request)
