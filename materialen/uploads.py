"""The one upload check of the platform: what a file *is* follows from its content, never
from its name. Used by the document form (WAGTAILDOCS_DOCUMENT_FORM_BASE), the multiple
uploader (same base form) and the image form (WAGTAILIMAGES_IMAGE_FORM_BASE).

Rejected, with a Dutch reason: executables (also when renamed), HTML, SVG (with or without
script), archives and macro-enabled office files, empty or oversized files, and any file
whose content does not match its extension. Active content is looked for in the whole file,
not only in its first bytes: markup anywhere in a text file; JavaScript, launch actions and
embedded files in a PDF (also inside compressed object streams); executables, OLE objects and
macros embedded in an office file. Optionally every upload is also scanned by ClamAV (clamd,
settings CLAMD_SOCKET or CLAMD_HOST); when clamd is configured but unreachable, uploads are
refused (fail closed)."""

import io
import re
import socket
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import PurePath

import filetype

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

KOP_GROOTTE = 8192


@dataclass(frozen=True)
class Bestandssoort:
    code: str
    naam: str  # Dutch, for messages
    extensies: tuple
    mime: str


SOORTEN = {
    s.code: s
    for s in [
        Bestandssoort("pdf", "PDF-document", ("pdf",), "application/pdf"),
        Bestandssoort(
            "docx",
            "Word-document",
            ("docx",),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        Bestandssoort(
            "xlsx",
            "Excel-werkmap",
            ("xlsx",),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
        Bestandssoort(
            "pptx",
            "PowerPoint-presentatie",
            ("pptx",),
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        ),
        Bestandssoort(
            "odt", "OpenDocument-tekst", ("odt",), "application/vnd.oasis.opendocument.text"
        ),
        Bestandssoort(
            "ods",
            "OpenDocument-rekenblad",
            ("ods",),
            "application/vnd.oasis.opendocument.spreadsheet",
        ),
        Bestandssoort(
            "odp",
            "OpenDocument-presentatie",
            ("odp",),
            "application/vnd.oasis.opendocument.presentation",
        ),
        Bestandssoort("tekst", "tekstbestand", ("txt", "csv"), "text/plain"),
        Bestandssoort("png", "PNG-afbeelding", ("png",), "image/png"),
        Bestandssoort("jpg", "JPEG-afbeelding", ("jpg", "jpeg"), "image/jpeg"),
        Bestandssoort("webp", "WebP-afbeelding", ("webp",), "image/webp"),
    ]
}
DOCUMENT_SOORTEN = ("pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "tekst")
AFBEELDING_SOORTEN = ("png", "jpg", "webp")
OPENDOCUMENT = {
    "application/vnd.oasis.opendocument.text": "odt",
    "application/vnd.oasis.opendocument.spreadsheet": "ods",
    "application/vnd.oasis.opendocument.presentation": "odp",
}
UITVOERBAAR = [
    (b"MZ", "Windows-programma"),
    (b"\x7fELF", "Linux-programma"),
    (b"\xcf\xfa\xed\xfe", "macOS-programma"),
    (b"\xce\xfa\xed\xfe", "macOS-programma"),
    (b"\xca\xfe\xba\xbe", "macOS- of Java-programma"),
    (b"#!", "script"),
]
UITVOERBARE_MIMES = {
    "application/x-msdownload",
    "application/x-executable",
    "application/x-mach-binary",
    "application/x-sharedlib",
    "application/x-shockwave-flash",
    "application/vnd.microsoft.portable-executable",
}
HTML_TEKENS = re.compile(
    rb"<\s*(!doctype\s+html|html|head|body|script|iframe|object|embed|meta|link|form)\b", re.I
)
SVG_SCRIPT = re.compile(rb"<\s*script\b|\bon[a-z]+\s*=|javascript:|<\s*foreignobject\b", re.I)
# Markup that a browser could render or run, looked for in the whole of a text file.
MARKUP = re.compile(
    rb"<\s{0,32}(svg|\?xml|!doctype\s+html|html|head|body|script|iframe|frameset|frame|object"
    rb"|embed|meta|link|form|style|base|math)\b",
    re.I,
)
BLOK = 64 * 1024
OVERLAP = 128  # bytes carried to the next block, so a tag on a block border is still found

# PDF names that start code or other programs, or carry files (PDF 32000-1, 12.6 and 7.11).
PDF_ACTIEF = {
    b"JavaScript": "JavaScript",
    b"JS": "JavaScript",
    b"Launch": "een opdracht om een programma te starten",
    b"EmbeddedFile": "een ingesloten bestand",
    b"EmbeddedFiles": "ingesloten bestanden",
    b"RichMedia": "multimedia (Flash)",
    b"XFA": "een XFA-formulier met scripts",
}
PDF_NAAM = re.compile(rb"/((?:[A-Za-z0-9_.+*-]|#[0-9A-Fa-f]{2})+)")
PDF_STREAM = re.compile(rb"stream(?:\r\n|\n|\r)")
MAX_PDF_UITGEPAKT = 64 * 1024 * 1024  # bytes of object streams unpacked for the check

MAX_ZIP_LEDEN = 10_000  # parts of an office file
MAX_INGESLOTEN = 20 * 1024 * 1024  # bytes of embedded office files checked as well (in all)
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # compound file: OLE objects, old Office files
UITVOERBARE_EXTENSIES = {
    "exe", "dll", "com", "bat", "cmd", "scr", "msi", "msp", "cpl", "pif", "vbs", "vbe", "js",
    "jse", "wsf", "wsh", "ps1", "hta", "jar", "lnk", "sh", "app", "so", "dylib", "ocx", "sys",
}  # fmt: skip


def _fout(bericht, code):
    return ValidationError(bericht, code=code)


def _lees(bestand, aantal=None):
    bestand.seek(0)
    data = bestand.read() if aantal is None else bestand.read(aantal)
    bestand.seek(0)
    return data


def _extensie(naam):
    return PurePath(naam or "").suffix.lower().lstrip(".")


def _lijst(codes):
    namen = []
    for code in codes:
        soort = SOORTEN[code]
        namen.append(f"{soort.naam} (.{', .'.join(soort.extensies)})")
    return "; ".join(namen)


def _zip_leden(bestand):
    """The number of parts a zip file declares (end of central directory), read before the
    directory itself is loaded; None when there is no such record."""
    bestand.seek(0, 2)
    lengte = bestand.tell()
    bestand.seek(max(0, lengte - 66_000))
    staart = bestand.read()
    bestand.seek(0)
    plek = staart.rfind(b"PK\x05\x06")
    if plek < 0 or plek + 22 > len(staart):
        return None
    return struct.unpack("<H", staart[plek + 10 : plek + 12])[0]


def _ingesloten_fout(wat):
    return _fout(
        _(
            "Dit Office-bestand bevat een ingesloten %(wat)s. Zo'n onderdeel kan code "
            "uitvoeren en wordt daarom niet geaccepteerd; verwijder het uit het bestand of "
            "lever het document aan als PDF."
        )
        % {"wat": wat},
        "ingesloten",
    )


def _controleer_onderdelen(archief, diepte=0, budget=None):
    """Reject macros, executables and OLE objects anywhere in an office file, also inside an
    embedded office file (a chart's workbook in a Word document). budget: bytes of embedded
    files that may still be unpacked, shared by all of them (a zip bomb stops here)."""
    budget = budget if budget is not None else [MAX_INGESLOTEN]
    leden = archief.infolist()
    if len(leden) > MAX_ZIP_LEDEN:
        raise _fout(
            _("Dit Office-bestand bestaat uit te veel onderdelen om te controleren."), "te_veel"
        )
    for lid in leden:
        naam = lid.filename.lower()
        kort = naam.rsplit("/", 1)[-1]
        if kort.endswith("vbaproject.bin") or kort.endswith("vbadata.xml"):
            raise _fout(
                _(
                    "Dit Office-bestand bevat macro's. Bestanden met macro's worden niet "
                    "geaccepteerd; sla het op zonder macro's (bijvoorbeeld als .docx)."
                ),
                "macro",
            )
        if kort.rpartition(".")[2] in UITVOERBARE_EXTENSIES and "." in kort:
            raise _ingesloten_fout(_("programma of script (%(naam)s)") % {"naam": kort})
        if kort.startswith("oleobject") or ("embeddings/" in naam and kort.endswith(".bin")):
            raise _ingesloten_fout(_("OLE-object (%(naam)s)") % {"naam": kort})
        if lid.is_dir() or lid.file_size == 0:
            continue
        with archief.open(lid) as deel:
            kop = deel.read(8)
        if kop.startswith(OLE):
            raise _ingesloten_fout(_("OLE-object (%(naam)s)") % {"naam": kort})
        for handtekening, wat in UITVOERBAAR:
            if kop.startswith(handtekening):
                raise _ingesloten_fout(_("programma (%(wat)s)") % {"wat": wat})
        if kop.startswith(b"PK\x03\x04"):
            if diepte >= 2:
                raise _ingesloten_fout(_("archief (%(naam)s)") % {"naam": kort})
            te_groot = _fout(
                _(
                    "Dit Office-bestand bevat te veel of te grote ingesloten bestanden om te "
                    "controleren."
                ),
                "te_veel",
            )
            if lid.file_size > budget[0]:
                raise te_groot
            with archief.open(lid) as deel:
                inhoud = deel.read(budget[0] + 1)
            budget[0] -= len(inhoud)
            if budget[0] < 0:
                raise te_groot
            try:
                with zipfile.ZipFile(io.BytesIO(inhoud)) as binnen:
                    _controleer_onderdelen(binnen, diepte + 1, budget)
            except zipfile.BadZipFile as fout:
                raise _ingesloten_fout(_("archief (%(naam)s)") % {"naam": kort}) from fout


def _office_soort(bestand):
    """docx/xlsx/pptx/odt/ods/odp from the inside of a zip file; None for any other zip."""
    aantal = _zip_leden(bestand)
    if aantal is not None and aantal >= min(MAX_ZIP_LEDEN, 0xFFFF):
        raise _fout(
            _("Dit Office-bestand bestaat uit te veel onderdelen om te controleren."), "te_veel"
        )
    try:
        with zipfile.ZipFile(bestand) as archief:
            namen = archief.namelist()
            _controleer_onderdelen(archief)
            if "mimetype" in namen:
                mimetype = archief.read("mimetype")[:100].decode("ascii", "replace").strip()
                return OPENDOCUMENT.get(mimetype)
            if "[Content_Types].xml" in namen:
                for map_, soort in (("word/", "docx"), ("xl/", "xlsx"), ("ppt/", "pptx")):
                    if any(n.startswith(map_) for n in namen):
                        return soort
    except zipfile.BadZipFile:
        return None
    except (RuntimeError, NotImplementedError, zlib.error, EOFError, ValueError) as fout:
        # an encrypted part ("password required") or a compression method zipfile cannot read
        raise _fout(
            _(
                "Dit Office-bestand is versleuteld of op een onbekende manier ingepakt, zodat "
                "de inhoud niet te controleren is. Sla het opnieuw op zonder wachtwoord."
            ),
            "onleesbaar",
        ) from fout
    finally:
        bestand.seek(0)
    return None


def _is_tekst(data):
    if b"\x00" in data:
        return False
    for codering in ("utf-8-sig", "cp1252"):
        try:
            tekst = data.decode(codering)
        except UnicodeDecodeError:
            continue
        stuurtekens = sum(1 for t in tekst if ord(t) < 32 and t not in "\r\n\t\f")
        return stuurtekens == 0
    return False


def _blokken(bestand, maximum):
    """The file in blocks of BLOK bytes, each preceded by the last OVERLAP bytes before it."""
    bestand.seek(0)
    staart, gelezen = b"", 0
    try:
        while gelezen < maximum and (blok := bestand.read(min(BLOK, maximum - gelezen))):
            gelezen += len(blok)
            yield staart + blok
            staart = (staart + blok)[-OVERLAP:]
    finally:
        bestand.seek(0)


def _markup(bestand):
    """The first markup tag anywhere in the file (lower case, without "<"), or None."""
    for blok in _blokken(bestand, settings.WAGTAILDOCS_MAX_UPLOAD_SIZE):
        if gevonden := MARKUP.search(blok):
            return gevonden.group(1).decode("ascii").lower()
    return None


def _pdf_namen(data):
    """The PDF names in data, with #xx escapes decoded (/J#53 is /JS)."""
    for gevonden in PDF_NAAM.finditer(data):
        naam = gevonden.group(1)
        if b"#" in naam:
            naam = re.sub(rb"#([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), naam)
        yield naam, gevonden.end()


def _pdf_uitgepakt(data, vanaf, budget):
    """The unpacked content of the (Flate) stream that follows position vanaf."""
    begin = PDF_STREAM.search(data, vanaf, vanaf + 4096)
    if begin is None:
        raise ValueError("geen stream")
    uitpakker = zlib.decompressobj()
    delen, plek = [], begin.end()
    while not uitpakker.eof and plek < len(data):
        delen.append(uitpakker.decompress(data[plek : plek + BLOK], budget + 1))
        budget -= len(delen[-1])
        if budget < 0 or uitpakker.unconsumed_tail:
            raise OverflowError
        plek += BLOK
    if not uitpakker.eof:
        raise ValueError("onvolledige stream")
    return b"".join(delen)


def _pdf_actief(bestand):
    """What active content a PDF holds (Dutch), or None. The raw file is read, and also the
    compressed object streams (PDF 1.5+), where dictionaries are otherwise invisible; an
    object stream that cannot be unpacked is refused rather than trusted."""
    data = _lees(bestand, settings.WAGTAILDOCS_MAX_UPLOAD_SIZE)
    budget = MAX_PDF_UITGEPAKT
    te_doen = [data]
    while te_doen:
        deel = te_doen.pop()
        for naam, einde in _pdf_namen(deel):
            if naam in PDF_ACTIEF:
                return PDF_ACTIEF[naam]
            if naam == b"ObjStm" and deel is data:
                try:
                    uitgepakt = _pdf_uitgepakt(data, einde, budget)
                except OverflowError:
                    return _("te veel gecomprimeerde onderdelen om te controleren")
                except (ValueError, zlib.error):
                    return _("gecomprimeerde onderdelen die niet te controleren zijn")
                budget -= len(uitgepakt)
                te_doen.append(uitgepakt)
    return None


def herken(bestand):
    """The Bestandssoort code of a file's content, or raise ValidationError with the reason
    it is never accepted (executable, HTML, SVG, archive, macros)."""
    kop = _lees(bestand, KOP_GROOTTE)
    for handtekening, wat in UITVOERBAAR:
        if kop.startswith(handtekening):
            raise _fout(
                _(
                    "Dit bestand is een uitvoerbaar bestand (%(wat)s), ook al zegt de naam "
                    "iets anders. Programma's en scripts worden niet geaccepteerd."
                )
                % {"wat": wat},
                "uitvoerbaar",
            )
    soort = filetype.guess(kop)
    if soort is not None and soort.mime in UITVOERBARE_MIMES:
        raise _fout(
            _("Dit bestand is een uitvoerbaar programma. Programma's worden niet geaccepteerd."),
            "uitvoerbaar",
        )
    if kop.startswith(b"%PDF-"):
        actief = _pdf_actief(bestand)
        if actief:
            raise _fout(
                _(
                    "Dit PDF-bestand bevat actieve inhoud (%(wat)s). PDF's met JavaScript, "
                    "startopdrachten of ingesloten bestanden worden niet geaccepteerd; maak de "
                    "PDF opnieuw zonder die onderdelen (bijvoorbeeld met Afdrukken naar PDF)."
                )
                % {"wat": actief},
                "pdf_actief",
            )
        return "pdf"
    if kop.startswith(b"PK\x03\x04"):
        office = _office_soort(bestand)
        if office:
            return office
        raise _fout(
            _(
                "Dit bestand is een zip-archief. Archieven worden niet geaccepteerd, omdat de "
                "inhoud niet te controleren is; upload de bestanden afzonderlijk."
            ),
            "archief",
        )
    if soort is not None and soort.extension in ("png", "jpg", "webp"):
        return soort.extension
    # Markup anywhere in the file, not only in its first block.
    markup = _markup(bestand)
    if markup == "svg" or (markup and re.search(rb"<\s*svg\b", kop, re.I)):
        volledig = _lees(bestand, settings.WAGTAILDOCS_MAX_UPLOAD_SIZE)
        if SVG_SCRIPT.search(volledig):
            raise _fout(
                _(
                    "Dit is een SVG-afbeelding met script. Zo'n bestand kan code uitvoeren in de "
                    "browser van wie het opent en wordt daarom niet geaccepteerd."
                ),
                "svg_script",
            )
        raise _fout(
            _(
                "SVG-bestanden worden niet geaccepteerd, omdat ze script kunnen bevatten. "
                "Lever de afbeelding aan als PNG of als PDF."
            ),
            "svg",
        )
    if markup == "?xml":
        raise _fout(
            _(
                "Dit bestand bevat XML-opmaak. XML wordt niet geaccepteerd, omdat een browser "
                "het als webpagina met script kan tonen; lever de inhoud aan als PDF of als "
                "Word-document."
            ),
            "xml",
        )
    if markup and not HTML_TEKENS.search(kop):  # text with markup further on
        raise _fout(
            _(
                "Dit bestand bevat HTML- of scriptcode (<%(tag)s>) en geldt daarom als "
                "HTML-bestand (webpagina). HTML wordt niet geaccepteerd, omdat het script kan "
                "bevatten; haal de code uit de tekst of lever de inhoud aan als PDF."
            )
            % {"tag": markup},
            "html",
        )
    if markup or HTML_TEKENS.search(kop):
        raise _fout(
            _(
                "Dit is een HTML-bestand (webpagina). HTML wordt niet geaccepteerd, omdat het "
                "script kan bevatten; lever de inhoud aan als PDF of als Word-document."
            ),
            "html",
        )
    if soort is not None:
        raise _fout(
            _("Dit bestandstype (%(mime)s) wordt niet geaccepteerd.") % {"mime": soort.mime},
            "soort",
        )
    if _is_tekst(_lees(bestand, settings.WAGTAILDOCS_MAX_UPLOAD_SIZE)):
        return "tekst"
    raise _fout(
        _(
            "Het soort bestand is niet te herkennen aan de inhoud en wordt daarom niet geaccepteerd."
        ),
        "onbekend",
    )


def _clamd_verbinding():
    """A connection to clamd, or None when no virus scanner is configured."""
    tijd = getattr(settings, "CLAMD_TIMEOUT", 30)
    pad = getattr(settings, "CLAMD_SOCKET", "")
    if pad:
        verbinding = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        verbinding.settimeout(tijd)
        verbinding.connect(pad)
        return verbinding
    host = getattr(settings, "CLAMD_HOST", "")
    if host:
        return socket.create_connection((host, getattr(settings, "CLAMD_PORT", 3310)), tijd)
    return None


def _clamd_antwoord(bestand):
    """Stream the file to clamd (INSTREAM) and return its answer, e.g. "stream: OK"."""
    verbinding = _clamd_verbinding()
    if verbinding is None:
        return None
    with verbinding:
        verbinding.sendall(b"zINSTREAM\0")
        bestand.seek(0)
        while blok := bestand.read(BLOK):
            verbinding.sendall(struct.pack("!L", len(blok)) + blok)
        bestand.seek(0)
        verbinding.sendall(struct.pack("!L", 0))
        antwoord = b""
        while not antwoord.endswith(b"\0") and len(antwoord) < 4096:
            deel = verbinding.recv(4096)
            if not deel:
                break
            antwoord += deel
    return antwoord.rstrip(b"\0").decode("utf-8", "replace").strip()


def controleer_op_virussen(bestand):
    """With CLAMD_SOCKET or CLAMD_HOST set: reject what clamd finds, and refuse the upload
    when clamd cannot give an answer (fail closed). Without either: nothing to do."""
    try:
        antwoord = _clamd_antwoord(bestand)
    except OSError:
        antwoord = ""
    if antwoord is None:
        return
    if antwoord.endswith("FOUND"):
        virus = antwoord.partition(":")[2].removesuffix("FOUND").strip()
        raise _fout(
            _(
                "De virusscanner heeft in dit bestand een virus of schadelijke code gevonden "
                "(%(virus)s). Het bestand wordt niet geaccepteerd."
            )
            % {"virus": virus[:100]},
            "virus",
        )
    if not antwoord.endswith("OK"):
        raise _fout(
            _(
                "Het bestand kon niet op virussen worden gecontroleerd, omdat de virusscanner "
                "niet bereikbaar is. Probeer het later opnieuw of neem contact op met de "
                "beheerder."
            ),
            "virusscanner",
        )


def controleer_upload(bestand, naam=None, toegestaan=DOCUMENT_SOORTEN, max_grootte=None):
    """Check an uploaded file; return its Bestandssoort or raise ValidationError (Dutch)."""
    naam = naam or getattr(bestand, "name", "")
    if max_grootte is None:
        max_grootte = settings.WAGTAILDOCS_MAX_UPLOAD_SIZE
    grootte = getattr(bestand, "size", None)
    if grootte is None:
        grootte = len(_lees(bestand))
    if grootte == 0:
        raise _fout(_("Het bestand is leeg."), "leeg")
    if max_grootte and grootte > max_grootte:
        raise _fout(
            _("Het bestand is te groot (%(grootte)s); de grens is %(max)s.")
            % {"grootte": filesizeformat(grootte), "max": filesizeformat(max_grootte)},
            "te_groot",
        )
    code = herken(bestand)
    soort = SOORTEN[code]
    if code not in toegestaan:
        raise _fout(
            _("Een %(soort)s wordt hier niet geaccepteerd. Toegestaan zijn: %(lijst)s.")
            % {"soort": soort.naam, "lijst": _lijst(toegestaan)},
            "niet_toegestaan",
        )
    extensie = _extensie(naam)
    if extensie not in soort.extensies:
        raise _fout(
            _(
                "De naam eindigt op „.%(extensie)s”, maar de inhoud is een %(soort)s. Geef het "
                "bestand de juiste extensie (.%(juist)s) en probeer het opnieuw."
            )
            % {"extensie": extensie, "soort": soort.naam, "juist": soort.extensies[0]},
            "extensie",
        )
    controleer_op_virussen(bestand)
    return soort
