"""The public exports of the register (CSV, JSON, XLSX): streamed, capped and cached.

- Streamed: CSV and JSON are written row by row while the rows are read in chunks
  (`.values().iterator(chunk_size=...)`, the keywords of each chunk in one query), so the first bytes leave at once
  and memory does not grow with the register. XLSX (a zip file, written at the end) is built with
  openpyxl's write-only mode into a file on disk and then sent with FileResponse.
- Capped: more than settings.EXPORT_MAX_RIJEN rows is refused (400) with a Dutch message that
  asks to filter; nothing is silently cut off.
- Cached: every finished export is kept on disk (settings.EXPORT_CACHE_MAP), keyed on the
  normalised filter, the format and a data version. The data version combines a token in
  Django's cache, renewed by a signal on every change of an agreement, keyword, kerninstrument
  or group, with a fingerprint read from the database (number of agreements, highest key, latest
  revision, latest log entry), which also changes on a bulk import that sends no signals. A
  cached file is used for at most settings.EXPORT_CACHE_SECONDEN; the folder is pruned to
  settings.EXPORT_CACHE_MAX_MB. The exports hold public data only, the same for every visitor,
  so one cached file serves everyone.
- CSV cells that a spreadsheet would read as a formula (starting with =, +, -, @, tab or carriage
  return) get a leading apostrophe. XLSX stores every cell as text; JSON is data, not formulas.
"""

import csv
import hashlib
import io
import json
import os
import tempfile
import time
import uuid
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, Max
from django.http import FileResponse, HttpResponseBadRequest, StreamingHttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Uitvoeringsafspraak
from .register import export_kolommen, export_rijen

FORMATEN = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
CHUNK = 1000  # rows read per query (and their keywords in one query per chunk)
RIJEN_PER_STUK = 200  # rows per piece of the streamed answer
VERSIE_SLEUTEL = "afspraken-export-versie"
FORMULE_TEKENS = ("=", "+", "-", "@", "\t", "\r")


def max_rijen():
    return int(getattr(settings, "EXPORT_MAX_RIJEN", 100_000))


def _cache_map():
    map_ = getattr(settings, "EXPORT_CACHE_MAP", None)
    return Path(map_) if map_ else Path(tempfile.gettempdir()) / "kennisplatform-exports"


# -- cells -------------------------------------------------------------------------------------


def neutraliseer(waarde):
    """A CSV cell a spreadsheet would run as a formula (=HYPERLINK(..), @SUM(..), -2+3, =cmd|..)
    is kept as text by a leading apostrophe (OWASP's advice for CSV injection)."""
    if isinstance(waarde, str) and waarde.startswith(FORMULE_TEKENS):
        return "'" + waarde
    return waarde


def _rijen(queryset):
    return export_rijen(queryset, chunk_size=CHUNK)


def _in_stukken(rijen, schrijf):
    """Pieces of text of about RIJEN_PER_STUK rows each: `schrijf(rij)` gives one row's text."""
    stuk = []
    for rij in rijen:
        stuk.append(schrijf(rij))
        if len(stuk) >= RIJEN_PER_STUK:
            yield "".join(stuk)
            stuk = []
    if stuk:
        yield "".join(stuk)


def csv_stukken(queryset, kolommen):
    uitvoer = io.StringIO()
    schrijver = csv.writer(uitvoer)
    schrijver.writerow(kolommen)
    yield "\ufeff" + uitvoer.getvalue()

    def regel(rij):
        uitvoer.seek(0)
        uitvoer.truncate()
        schrijver.writerow([neutraliseer(rij[k]) for k in kolommen])
        return uitvoer.getvalue()

    yield from _in_stukken(_rijen(queryset), regel)


def json_stukken(queryset):
    eerste = True

    def regel(rij):
        nonlocal eerste
        tekst = ("\n" if eerste else ",\n") + json.dumps(
            rij, ensure_ascii=False, cls=DjangoJSONEncoder
        )
        eerste = False
        return tekst

    yield "["
    yield from _in_stukken(_rijen(queryset), regel)
    yield "\n]\n"


def schrijf_xlsx(queryset, kolommen, bestand):
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, TYPE_STRING

    werkmap = Workbook(write_only=True)
    blad = werkmap.create_sheet(_("Uitvoeringsafspraken"))
    blad.append(kolommen)
    for rij in _rijen(queryset):
        cellen = []
        for kolom in kolommen:
            # control characters cannot be stored in the sheet's XML: left out
            cel = WriteOnlyCell(blad, value=ILLEGAL_CHARACTERS_RE.sub("", rij[kolom]))
            cel.data_type = TYPE_STRING  # text stays text: never a formula in a spreadsheet
            cellen.append(cel)
        blad.append(cellen)
    werkmap.save(bestand)


# -- data version and cache key ----------------------------------------------------------------


def vernieuw_versie(**kwargs):
    """Signal receiver: any change of what the exports show makes earlier files stale."""
    cache.set(VERSIE_SLEUTEL, uuid.uuid4().hex, None)


def verbind():
    """Connect vernieuw_versie to every change the exports can show (called once at start-up)."""
    from django.db.models.signals import m2m_changed, post_delete, post_save

    from taggit.models import Tag
    from wagtail.signals import page_published, page_unpublished, published, unpublished

    from kennisnetwerken.models import GroepPage

    from .models import Kerninstrument, Trefwoord

    for model in (Uitvoeringsafspraak, Trefwoord, Tag, Kerninstrument, GroepPage):
        post_save.connect(vernieuw_versie, sender=model, dispatch_uid=f"export-s-{model.__name__}")
        post_delete.connect(
            vernieuw_versie, sender=model, dispatch_uid=f"export-d-{model.__name__}"
        )
    m2m_changed.connect(vernieuw_versie, sender=Trefwoord, dispatch_uid="export-m2m")
    for signaal in (published, unpublished):
        signaal.connect(vernieuw_versie, sender=Uitvoeringsafspraak, dispatch_uid="export-p")
    for signaal in (page_published, page_unpublished):
        signaal.connect(vernieuw_versie, sender=GroepPage, dispatch_uid="export-pp")


def dataversie():
    from wagtail.models import ModelLogEntry

    token = cache.get(VERSIE_SLEUTEL)
    if token is None:
        token = uuid.uuid4().hex
        if not cache.add(VERSIE_SLEUTEL, token, None):
            token = cache.get(VERSIE_SLEUTEL, token)
    afspraken = Uitvoeringsafspraak.objects.aggregate(
        n=Count("pk"), hoogste=Max("pk"), revisie=Max("latest_revision_id")
    )
    log = ModelLogEntry.objects.order_by("-pk").values_list("pk", flat=True).first()
    return f"{token}|{afspraken['n']}|{afspraken['hoogste']}|{afspraken['revisie']}|{log}"


def cachesleutel(filter_, formaat):
    """Normalised: only the valid chosen filters and the sort order count (unknown or invalid
    parameters are ignored by the filter, so they cannot multiply the cached files)."""
    delen = [formaat, filter_.sortering, *sorted(f"{k}={v}" for k, v in filter_.gekozen.items())]
    delen.append(dataversie())
    return hashlib.sha256("\n".join(delen).encode()).hexdigest()[:40]


def _opruimen(map_):
    """Drop stale files and keep the folder under EXPORT_CACHE_MAX_MB (oldest first)."""
    grens = int(getattr(settings, "EXPORT_CACHE_MAX_MB", 1000)) * 1024 * 1024
    leeftijd = int(getattr(settings, "EXPORT_CACHE_SECONDEN", 3600))
    nu = time.time()
    bestanden = []
    for pad in map_.iterdir():
        try:
            stat = pad.stat()
        except FileNotFoundError:
            continue
        # unfinished files of another request are left alone for an hour
        oud = nu - stat.st_mtime > (leeftijd if not pad.name.startswith(".") else 3600)
        if oud:
            pad.unlink(missing_ok=True)
        elif not pad.name.startswith("."):
            bestanden.append((stat.st_mtime, stat.st_size, pad))
    totaal = sum(grootte for _t, grootte, _p in bestanden)
    for _t, grootte, pad in sorted(bestanden):
        if totaal <= grens:
            break
        pad.unlink(missing_ok=True)
        totaal -= grootte


def _uit_cache(pad):
    leeftijd = int(getattr(settings, "EXPORT_CACHE_SECONDEN", 3600))
    try:
        if time.time() - pad.stat().st_mtime > leeftijd:
            return None
        return open(pad, "rb")  # FileResponse closes it
    except FileNotFoundError:
        return None


def _tijdelijk(map_, sleutel):
    return map_ / f".{sleutel}.{os.getpid()}.{uuid.uuid4().hex[:8]}"


def _bewaar_terwijl_verstuurd(stukken, map_, sleutel, doel):
    """Pass the pieces on as bytes and write them to a file at the same time; the file becomes
    the cached export only when the whole export was written (not when the download stops)."""
    tijdelijk = _tijdelijk(map_, sleutel)
    try:
        bestand = open(tijdelijk, "wb")
    except OSError:  # no cache then, the export itself still works
        for stuk in stukken:
            yield stuk.encode()
        return
    compleet = False
    try:
        for stuk in stukken:
            data = stuk.encode()
            bestand.write(data)
            yield data
        compleet = True
    finally:
        bestand.close()
        if compleet:
            os.replace(tijdelijk, doel)
            _opruimen(map_)
        else:
            tijdelijk.unlink(missing_ok=True)


# -- the answer --------------------------------------------------------------------------------


def te_groot(aantal):
    return HttpResponseBadRequest(
        _(
            "Deze export zou %(aantal)s afspraken bevatten; een export bevat er hoogstens "
            "%(max)s. Kies eerst een of meer filters in het register (bijvoorbeeld een "
            "kerninstrument, status of groep) en exporteer dan opnieuw."
        )
        % {"aantal": f"{aantal:,}".replace(",", "."), "max": f"{max_rijen():,}".replace(",", ".")},
        content_type="text/plain; charset=utf-8",
    )


def bestandsnaam(formaat):
    return f"uitvoeringsafspraken-{timezone.localdate():%Y-%m-%d}.{formaat}"


def _met_naam(antwoord, formaat):
    antwoord["Content-Disposition"] = f'attachment; filename="{bestandsnaam(formaat)}"'
    antwoord["X-Content-Type-Options"] = "nosniff"
    return antwoord


def antwoord(filter_, formaat):
    queryset = filter_.resultaten()
    map_ = _cache_map()
    try:
        map_.mkdir(parents=True, exist_ok=True)
        sleutel = cachesleutel(filter_, formaat)
        doel = map_ / f"{sleutel}.{formaat}"
        bestand = _uit_cache(doel)
    except OSError:
        map_ = bestand = None
    if bestand is not None:
        return _met_naam(FileResponse(bestand, content_type=FORMATEN[formaat]), formaat)

    aantal = queryset.count()
    if aantal > max_rijen():
        return te_groot(aantal)

    if formaat == "xlsx":
        if map_ is not None:
            tijdelijk = _tijdelijk(map_, sleutel)
            try:
                schrijf_xlsx(queryset, export_kolommen(), tijdelijk)
                os.replace(tijdelijk, doel)
                bestand = open(doel, "rb")  # FileResponse closes it
            finally:
                tijdelijk.unlink(missing_ok=True)
            _opruimen(map_)  # the open file stays readable even if pruned at once
            return _met_naam(FileResponse(bestand, content_type=FORMATEN[formaat]), "xlsx")
        uitvoer = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)
        schrijf_xlsx(queryset, export_kolommen(), uitvoer)
        uitvoer.seek(0)
        return _met_naam(FileResponse(uitvoer, content_type=FORMATEN[formaat]), "xlsx")

    stukken = (
        csv_stukken(queryset, export_kolommen()) if formaat == "csv" else json_stukken(queryset)
    )
    if map_ is not None:
        inhoud = _bewaar_terwijl_verstuurd(stukken, map_, sleutel, doel)
    else:
        inhoud = (stuk.encode() for stuk in stukken)
    return _met_naam(StreamingHttpResponse(inhoud, content_type=FORMATEN[formaat]), formaat)
