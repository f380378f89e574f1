"""Headers of the APIs, for every answer whichever code made it.

Under /api/v1: the `API-Version` header on every answer (/core/version-header), and every error
that did not come from the API itself (an unknown path or a trailing slash, a rate limit of
kennisplatform.drempels, a NUL in the address, a server error) rewritten as a Dutch problem
detail. This middleware sits outside those (settings: right after WhiteNoise).

The older JSON APIs keep their answers and get `Deprecation` (RFC 9745) and a `Link` with
rel="successor-version" to the v1 equivalent."""

import datetime
import json
import re
from urllib.parse import quote

from .problemen import API_VERSIE, MEDIA_TYPE, PREFIX, probleem_antwoord

# Since when the older APIs are deprecated: the day version 1 was introduced.
DEPRECATIE_SINDS = datetime.datetime(2026, 12, 5, tzinfo=datetime.UTC)

OPVOLGERS = [
    (re.compile(r"^/api/afspraken/$"), lambda m: f"{PREFIX}/afspraken"),
    (
        re.compile(r"^/api/afspraken/(?P<code>[^/]+)/$"),
        lambda m: f"{PREFIX}/afspraken/{quote(m['code'], safe='')}",
    ),
    (re.compile(r"^/api/zoeken/$"), lambda m: f"{PREFIX}/zoeken"),
]
BEWAARDE_HEADERS = ("Retry-After", "Allow")


def onder_v1(pad):
    return pad == PREFIX or pad.startswith(PREFIX + "/")


def opvolger(request):
    """The v1 address of an older API request (with its query string), or None."""
    for patroon, maak in OPVOLGERS:
        if m := patroon.match(request.path_info):
            query = request.META.get("QUERY_STRING", "")
            return maak(m) + (f"?{query}" if query else "")
    return None


def _detail(antwoord):
    """The Dutch message of a JSON error ({"fout": ...}) from elsewhere in the platform."""
    if "json" not in antwoord.get("Content-Type", "") or antwoord.streaming:
        return None
    try:
        gegevens = json.loads(antwoord.content)
    except ValueError:
        return None
    return gegevens.get("fout") if isinstance(gegevens, dict) else None


class ApiHeaders:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        antwoord = self.get_response(request)
        if onder_v1(request.path_info):
            if antwoord.status_code >= 400 and not antwoord.get("Content-Type", "").startswith(
                MEDIA_TYPE
            ):
                nieuw = probleem_antwoord(request, antwoord.status_code, _detail(antwoord))
                for naam in BEWAARDE_HEADERS:
                    if naam in antwoord:
                        nieuw[naam] = antwoord[naam]
                antwoord = nieuw
            antwoord["API-Version"] = API_VERSIE
            return antwoord
        if adres := opvolger(request):
            antwoord["Deprecation"] = f"@{int(DEPRECATIE_SINDS.timestamp())}"
            antwoord["Link"] = f'<{request.build_absolute_uri(adres)}>; rel="successor-version"'
        return antwoord
