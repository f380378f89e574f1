"""/media/ in every environment: images and their renditions, never anything else.

Served from STORAGES["media"] (a local folder or a bucket) unless MEDIA_VIA_PROXY says a web
server does it (README: "Media en documenten in productie"). Only the folders of Wagtail's
images, only image types, only canonical paths (no "..", ".", empty parts or backslashes:
no way out of those folders), no directory listings. GET and HEAD, one byte range (Range,
If-Range), Last-Modified / If-Modified-Since and a day of public caching. Documents are not
in this storage at all (kennisplatform/opslag.py); this view would refuse them anyway."""

import posixpath
import re

from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import storages
from django.http import (
    Http404,
    HttpResponse,
    HttpResponseNotModified,
    StreamingHttpResponse,
)
from django.utils.http import http_date
from django.views.decorators.http import require_safe
from django.views.static import was_modified_since

from kennisplatform.opslag import MEDIA

MEDIA_MAPPEN = ("original_images", "images")  # Wagtail: originals and renditions
BEELDSOORTEN = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".avif": "image/avif",
    ".ico": "image/x-icon",
}
MAX_LEEFTIJD = 24 * 3600  # seconds browsers and caches may keep an image
BLOK = 64 * 1024
# At most 18 digits (beyond any file): a longer number is no range we serve, and Python refuses
# to convert a string of more than 4300 digits (a server error).
BEREIK = re.compile(r"bytes=(\d{0,18})-(\d{0,18})")


def _geldig(pad):
    delen = pad.split("/")
    if len(delen) < 2 or delen[0] not in MEDIA_MAPPEN:
        return False
    return all(deel not in ("", ".", "..") and "\\" not in deel for deel in delen)


def _soort(pad):
    return BEELDSOORTEN.get(posixpath.splitext(pad)[1].lower())


def _bereik(kop, grootte):
    """(begin, einde) of a single byte range, "onvervulbaar", or None (serve everything:
    no, several, malformed or absurdly large ranges, as RFC 9110 allows)."""
    treffer = BEREIK.fullmatch(kop.strip())
    if not treffer or not (treffer[1] or treffer[2]):
        return None
    if treffer[1]:
        begin = int(treffer[1])
        einde = int(treffer[2]) if treffer[2] else max(begin, grootte - 1)
        if einde < begin:
            return None
    else:
        laatste = int(treffer[2])
        if laatste == 0:
            return "onvervulbaar"
        begin, einde = max(0, grootte - laatste), grootte - 1
    if begin >= grootte:
        return "onvervulbaar"
    return begin, min(einde, grootte - 1)


def _stukken(bestand, begin, lengte):
    try:
        bestand.seek(begin)
        while lengte > 0:
            blok = bestand.read(min(BLOK, lengte))
            if not blok:
                break
            lengte -= len(blok)
            yield blok
    finally:
        bestand.close()


@require_safe
def media(request, pad):
    soort = _soort(pad)
    if not _geldig(pad) or not soort:
        raise Http404
    opslag = storages[MEDIA]
    try:
        bestand = opslag.open(pad, "rb")
    except (OSError, SuspiciousFileOperation):  # missing, a folder, outside the root
        raise Http404 from None
    try:
        grootte = bestand.size
        try:
            gewijzigd = opslag.get_modified_time(pad).timestamp()
        except (NotImplementedError, OSError):
            gewijzigd = None
    except Exception:
        bestand.close()
        raise
    if gewijzigd is not None and not was_modified_since(
        request.META.get("HTTP_IF_MODIFIED_SINCE"), gewijzigd
    ):
        bestand.close()
        return HttpResponseNotModified()

    bereik = None
    kop = request.META.get("HTTP_RANGE")
    als_bereik = request.META.get("HTTP_IF_RANGE")
    if kop and (not als_bereik or (gewijzigd and als_bereik == http_date(gewijzigd))):
        bereik = _bereik(kop, grootte)
    if bereik == "onvervulbaar":
        bestand.close()
        antwoord = HttpResponse(status=416)
        antwoord["Content-Range"] = f"bytes */{grootte}"
        return antwoord
    begin, einde = bereik or (0, grootte - 1)
    lengte = max(0, einde - begin + 1)

    if request.method == "HEAD":
        bestand.close()
        antwoord = HttpResponse(content_type=soort, status=206 if bereik else 200)
    else:
        antwoord = StreamingHttpResponse(
            _stukken(bestand, begin, lengte), content_type=soort, status=206 if bereik else 200
        )
    antwoord["Content-Length"] = str(lengte)
    if bereik:
        antwoord["Content-Range"] = f"bytes {begin}-{einde}/{grootte}"
    antwoord["Accept-Ranges"] = "bytes"
    antwoord["Cache-Control"] = f"public, max-age={MAX_LEEFTIJD}"
    antwoord["X-Content-Type-Options"] = "nosniff"
    if gewijzigd is not None:
        antwoord["Last-Modified"] = http_date(gewijzigd)
    return antwoord
