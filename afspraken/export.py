"""The public exports of the register (CSV, JSON, XLSX): streamed, capped and cached.

- Streamed: CSV, JSON and XLSX are written row by row while the rows are read in chunks
  (`.values().iterator(chunk_size=...)`, the keywords of each chunk in one query), so the first
  bytes leave at once and memory does not grow with the register. XLSX is a zip file written
  to an unseekable stream (see xlsx_stukken), not built by openpyxl first: openpyxl's
  write-only mode would still have to finish the whole file before the first byte.
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
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from django.conf import settings
from django.core.cache import cache
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, Max
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import FileResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from taggit.models import Tag
from wagtail.models import ModelLogEntry
from wagtail.signals import page_published, page_unpublished, published, unpublished

from groepen.models import GroepPage

from .models import Kerninstrument, Trefwoord, Uitvoeringsafspraak
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


_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_KOP = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_XLSX_DELEN = {
    "[Content_Types].xml": (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        "</Types>"
    ),
    "_rels/.rels": (
        f'<Relationships xmlns="{_RELS}"><Relationship Id="rId1" '
        f'Type="{_DOC}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    ),
    "xl/workbook.xml": (
        f'<workbook xmlns="{_MAIN}" xmlns:r="{_DOC}"><sheets>'
        '<sheet name="Uitvoeringsafspraken" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        f'<Relationships xmlns="{_RELS}">'
        f'<Relationship Id="rId1" Type="{_DOC}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{_DOC}/styles" Target="styles.xml"/>'
        "</Relationships>"
    ),
    "xl/styles.xml": (
        f'<styleSheet xmlns="{_MAIN}">'
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
        "</cellStyleXfs>"
        '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        "</cellXfs>"
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        "</styleSheet>"
    ),
}


class _Doorgeefbuffer:
    """A write-only, unseekable file for zipfile: what is written is taken out in pieces."""

    def __init__(self):
        self.stukken = []

    def write(self, data):
        self.stukken.append(bytes(data))
        return len(data)

    def flush(self):
        pass

    def neem(self):
        data = b"".join(self.stukken)
        self.stukken.clear()
        return data


def _xlsx_cel(kolomletter, nummer, waarde):
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    # control characters cannot be stored in the sheet's XML: left out
    tekst = escape(ILLEGAL_CHARACTERS_RE.sub("", waarde)).replace("\r", "&#13;")
    return (
        f'<c r="{kolomletter}{nummer}" t="inlineStr">'
        f'<is><t xml:space="preserve">{tekst}</t></is></c>'
    )


def xlsx_stukken(queryset, kolommen):
    """An XLSX workbook written while the rows are read: the zip file is written to an
    unseekable buffer (zipfile then puts each entry's sizes after its data), the worksheet row
    by row with inline strings, so every cell is text (never a formula) and nothing waits for
    the last row. Readable by Excel, LibreOffice, openpyxl and the importer."""
    from openpyxl.utils import get_column_letter

    letters = [get_column_letter(i) for i in range(1, len(kolommen) + 1)]
    buffer = _Doorgeefbuffer()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zip_:
        for naam, inhoud in _XLSX_DELEN.items():
            zip_.writestr(naam, _KOP + inhoud)
        with zip_.open("xl/worksheets/sheet1.xml", "w") as blad:

            def rij_xml(nummer, waarden):
                cellen = "".join(
                    _xlsx_cel(letter, nummer, waarde)
                    for letter, waarde in zip(letters, waarden, strict=True)
                )
                return f'<row r="{nummer}">{cellen}</row>'

            blad.write(
                (_KOP + f'<worksheet xmlns="{_MAIN}"><sheetData>' + rij_xml(1, kolommen)).encode()
            )
            yield buffer.neem()
            nummer = 1

            def regel(rij):
                nonlocal nummer
                nummer += 1
                return rij_xml(nummer, [rij[k] for k in kolommen])

            for stuk in _in_stukken(_rijen(queryset), regel):
                blad.write(stuk.encode())
                yield buffer.neem()
            blad.write(b"</sheetData></worksheet>")
    yield buffer.neem()


# -- data version and cache key ----------------------------------------------------------------


def vernieuw_versie(**kwargs):
    """Signal receiver: any change of what the exports show makes earlier files stale."""
    cache.set(VERSIE_SLEUTEL, uuid.uuid4().hex, None)


def verbind():
    """Connect vernieuw_versie to every change the exports can show (called once at start-up)."""
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
    if filter_.q:  # the free-text question narrows the rows too
        delen.append(f"q={filter_.q}")
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


def _bytes(stuk):
    return stuk if isinstance(stuk, bytes) else stuk.encode()


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
            yield _bytes(stuk)
        return
    compleet = False
    try:
        for stuk in stukken:
            data = _bytes(stuk)
            bestand.write(data)
            yield data
        compleet = True
    finally:
        bestand.close()
        try:
            if compleet:
                os.replace(tijdelijk, doel)
                _opruimen(map_)
            else:
                tijdelijk.unlink(missing_ok=True)
        except OSError:  # the download itself is complete; only the cache copy is lost
            pass


# -- the answer --------------------------------------------------------------------------------


def te_groot(request, aantal, terug):
    melding = _(
        "Deze export zou %(aantal)s afspraken bevatten; een export bevat er hoogstens "
        "%(max)s. Kies eerst een of meer filters in het register (bijvoorbeeld een "
        "kerninstrument, status of groep) en exporteer dan opnieuw."
    ) % {"aantal": f"{aantal:,}".replace(",", "."), "max": f"{max_rijen():,}".replace(",", ".")}
    return render(
        request,
        "kennisplatform/melding.html",
        {
            "titel": _("Export te groot"),
            "melding": melding,
            "terug": terug,
            "terug_tekst": _("Terug naar het register"),
        },
        status=400,
    )


def bestandsnaam(formaat):
    return f"uitvoeringsafspraken-{timezone.localdate():%Y-%m-%d}.{formaat}"


def _met_naam(antwoord, formaat):
    antwoord["Content-Disposition"] = f'attachment; filename="{bestandsnaam(formaat)}"'
    antwoord["X-Content-Type-Options"] = "nosniff"
    return antwoord


def antwoord(request, filter_, formaat, terug):
    """The export of the register's selection; `terug` is that selection in the register
    (the way back when the export is refused)."""
    queryset = filter_.resultaten()
    map_ = _cache_map()
    try:
        map_.mkdir(mode=0o700, parents=True, exist_ok=True)
        if map_.stat().st_uid != os.getuid():  # a folder planted by another user: not used
            raise PermissionError(map_)
        sleutel = cachesleutel(filter_, formaat)
        doel = map_ / f"{sleutel}.{formaat}"
        bestand = _uit_cache(doel)
    except OSError:
        map_ = bestand = None
    if bestand is not None:
        return _met_naam(FileResponse(bestand, content_type=FORMATEN[formaat]), formaat)

    aantal = queryset.count()
    if aantal > max_rijen():
        return te_groot(request, aantal, terug)

    if formaat == "csv":
        stukken = csv_stukken(queryset, export_kolommen())
    elif formaat == "json":
        stukken = json_stukken(queryset)
    else:
        stukken = xlsx_stukken(queryset, export_kolommen())
    if map_ is not None:
        inhoud = _bewaar_terwijl_verstuurd(stukken, map_, sleutel, doel)
    else:
        inhoud = (_bytes(stuk) for stuk in stukken)
    return _met_naam(StreamingHttpResponse(inhoud, content_type=FORMATEN[formaat]), formaat)
