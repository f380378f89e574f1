"""The one upload check of the platform: what a file *is* follows from its content, never
from its name. Used by the document form (WAGTAILDOCS_DOCUMENT_FORM_BASE), the multiple
uploader (same base form) and the image form (WAGTAILIMAGES_IMAGE_FORM_BASE).

Rejected, with a Dutch reason: executables (also when renamed), HTML, SVG (with or without
script), archives and macro-enabled office files, empty or oversized files, and any file
whose content does not match its extension."""

import re
import zipfile
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


def _office_soort(bestand):
    """docx/xlsx/pptx/odt/ods/odp from the inside of a zip file; None for any other zip."""
    try:
        with zipfile.ZipFile(bestand) as archief:
            namen = archief.namelist()
            if any(n.lower().endswith("vbaproject.bin") for n in namen):
                raise _fout(
                    _(
                        "Dit Office-bestand bevat macro's. Bestanden met macro's worden niet "
                        "geaccepteerd; sla het op zonder macro's (bijvoorbeeld als .docx)."
                    ),
                    "macro",
                )
            if "mimetype" in namen:
                mimetype = archief.read("mimetype")[:100].decode("ascii", "replace").strip()
                return OPENDOCUMENT.get(mimetype)
            if "[Content_Types].xml" in namen:
                for map_, soort in (("word/", "docx"), ("xl/", "xlsx"), ("ppt/", "pptx")):
                    if any(n.startswith(map_) for n in namen):
                        return soort
    except zipfile.BadZipFile:
        return None
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
    # Markup: look past a byte order mark, comments and whitespace.
    if re.search(rb"<\s*svg\b", kop, re.I):
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
    if HTML_TEKENS.search(kop):
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
    return soort
