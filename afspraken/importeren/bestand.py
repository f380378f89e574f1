"""Reading an uploaded file (CSV or XLSX) into rows of cells, within the limits of formaat.py.
Every file is untrusted: the limits bound memory and time, whatever the file claims."""

import codecs
import csv
import io
import zipfile
import zlib
from xml.etree.ElementTree import ParseError

from django.utils.translation import gettext as _

from . import formaat
from .formaat import Fout, ImportFout


def _controleer_utf8(inhoud):
    """Validate UTF-8 in pieces (no copy of the whole file as text); the error names the row."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    stuk = 1024 * 1024
    for begin in range(0, len(inhoud), stuk):
        try:
            decoder.decode(inhoud[begin : begin + stuk], final=begin + stuk >= len(inhoud))
        except UnicodeDecodeError as fout:
            regel = inhoud[: begin + fout.start].count(b"\n") + 1
            raise ImportFout(
                [Fout(regel, "", _("het bestand is geen UTF-8-tekst (sla het op als CSV UTF-8)"))]
            ) from None


def _rijen_uit_csv(inhoud):
    _controleer_utf8(inhoud)
    if b"\x00" in inhoud:
        raise ImportFout([Fout(1, "", _("het bestand is geen CSV- of XLSX-bestand"))])
    eerste_regel = inhoud[: 64 * 1024].split(b"\n", 1)[0]
    scheiding = ";" if eerste_regel.count(b";") > eerste_regel.count(b",") else ","
    # Decoded while reading: the file is never held a second time as one large string.
    tekst = io.TextIOWrapper(io.BytesIO(inhoud), encoding="utf-8-sig", newline="")
    lezer = csv.reader(tekst, delimiter=scheiding, strict=True)
    try:
        yield from lezer
    except csv.Error as fout:
        raise ImportFout(
            [Fout(lezer.line_num, "", _("ongeldige CSV: %(fout)s") % {"fout": fout})]
        ) from None


def _geen_xlsx(reden=None):
    tekst = _("het bestand is geen geldig XLSX-bestand")
    if reden:
        tekst = f"{tekst} ({reden})"
    return ImportFout([Fout(1, "", tekst)])


def _is_xml(archief, deel):
    """Whether a part is XML by its content (whatever its name: openpyxl follows the paths in
    the package, so shared strings could hide under any name)."""
    with archief.open(deel) as bron:
        begin = bron.read(1024)
    if begin[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16
        return True
    begin = begin.removeprefix(b"\xef\xbb\xbf").lstrip()
    return not begin or begin.startswith(b"<")


def _controleer_xlsx(archief):
    """Check an XLSX archive against the limits before openpyxl opens it: openpyxl reads the
    shared strings table whole (a small file can hold millions of them) and builds each row
    completely. Streams every XML part once, keeping no elements, and counts."""
    from defusedxml.ElementTree import iterparse

    delen = archief.infolist()
    if sum(deel.file_size for deel in delen) > formaat.MAX_XLSX_UITGEPAKT:
        raise _geen_xlsx(
            _("uitgepakt groter dan %(m)s MB") % {"m": formaat.MAX_XLSX_UITGEPAKT >> 20}
        )
    teksten = cellen = 0
    for deel in delen:
        if not _is_xml(archief, deel):
            continue  # images and other binary parts: openpyxl does not parse them
        in_rij = 0
        with archief.open(deel) as bron:
            stapel = []
            for gebeurtenis, element in iterparse(bron, events=("start", "end")):
                if gebeurtenis == "start":
                    stapel.append(element)
                    continue
                stapel.pop()
                if stapel:
                    stapel[-1].remove(element)  # keep nothing: memory stays constant
                naam = element.tag.rpartition("}")[2]
                if naam == "si":
                    teksten += 1
                    if teksten > formaat.MAX_GEDEELDE_TEKSTEN:
                        raise _geen_xlsx(
                            _("meer dan %(m)s verschillende teksten")
                            % {"m": formaat.MAX_GEDEELDE_TEKSTEN}
                        )
                elif naam == "c":
                    cellen += 1
                    in_rij += 1
                    if cellen > formaat.MAX_CELLEN or in_rij > formaat.MAX_CELLEN_PER_RIJ:
                        raise _geen_xlsx(_("te veel cellen"))
                elif naam == "row":
                    in_rij = 0


# What openpyxl and the XML parsers raise on a damaged or hostile file.
XLSX_FOUTEN = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    RuntimeError,  # an encrypted part ("password required")
    NotImplementedError,  # a compression method zipfile cannot read
    zlib.error,
    EOFError,
    KeyError,
    ValueError,
    TypeError,
    IndexError,
    AttributeError,
    OSError,
    ParseError,
    SyntaxError,  # lxml's XMLSyntaxError
)


def _rijen_uit_xlsx(inhoud):
    from defusedxml import DefusedXmlException
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(io.BytesIO(inhoud)) as archief:
            _controleer_xlsx(archief)
        werkmap = load_workbook(io.BytesIO(inhoud), read_only=True, data_only=True)
    except ImportFout:
        raise
    except (*XLSX_FOUTEN, DefusedXmlException):
        raise _geen_xlsx() from None
    try:
        blad = werkmap.worksheets[0]
        # The stored dimension may claim any width; rows end at their last real cell.
        blad.reset_dimensions()
        for rij in blad.iter_rows(values_only=True):
            yield ["" if cel is None else str(cel) for cel in rij]
    except (*XLSX_FOUTEN, DefusedXmlException):
        raise _geen_xlsx() from None
    finally:
        werkmap.close()


def geschat_aantal_rijen(inhoud):
    """Data rows in the file, for progress: a CSV's line count minus the header (a cell with
    line breaks makes it a little high); None for XLSX (unknown before reading)."""
    if inhoud.startswith(b"PK\x03\x04"):
        return None
    regels = inhoud.count(b"\n") + (0 if inhoud.endswith(b"\n") else 1)
    return max(0, regels - 1)


def rijen(inhoud):
    """The rows of a file as lists of strings (a generator: close it when done, which also
    releases a workbook). Raises ImportFout for a file that is too large, empty or unreadable."""
    if len(inhoud) > formaat.MAX_BESTANDSGROOTTE:
        raise ImportFout([Fout(0, "", formaat.te_groot())])
    if not inhoud or inhoud.isspace():  # (strip() would copy the whole file)
        raise ImportFout([Fout(1, "", _("het bestand is leeg"))])
    if inhoud.startswith(b"PK\x03\x04"):
        return _rijen_uit_xlsx(inhoud)
    return _rijen_uit_csv(inhoud)
