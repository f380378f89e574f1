"""Fill-in templates: find the placeholders in a template text, fill them, and write the
result as DOCX (python-docx) and PDF (reportlab), keeping headings and numbered articles.

Text conventions of a template (Sjabloon.tekst): blocks are separated by blank lines (a single
line break also starts a new block); "# ", "## " and "### " mark headings, and lines that
start with "Hoofdstuk <n>" or "Artikel <n>" are headings too. Lines starting with "a)", "1.",
"-" or "A:" are list items; their labels are kept exactly as written, so article and member
numbers never change.

Placeholders are found in the text itself:
- a bracketed instruction: "[invullen gemeentenaam]", "[****]", "[*naam organisatie*]";
- a run of asterisks: "bijlage **";
- an ellipsis or a run of dots standing on its own: "Datum: ….", "a) ..".
A placeholder without words of its own ("**", "[****]", "….") is told apart by the word
before it: "bijlage **" and "artikel **" are two different fields.
"""

import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

INVULPLEK = re.compile(
    r"\[[^\[\]\n]{1,200}\]"  # [invullen naam OD], [****], [*datum*]
    r"|\*{2,}"  # **
    r"|…+\.*"  # …. and ……
    r"|(?<!\S)\.{2,}(?!\S)"  # a lone ".." or "...."
)
KOP_MARKERING = re.compile(r"^(#{1,3})\s+(.*)$")
HOOFDSTUK = re.compile(r"^Hoofdstuk\s+\d+\b")
ARTIKEL = re.compile(r"^Artikel\s+\d+(\.\d+)*\b")
LIJSTITEM = re.compile(r"^\s*(-|•|[a-zA-Z]\)|\d+(\.\d+)*\.|[A-Z]:|[a-z]\.)\s+")
MAX_KOP_LENGTE = 150
# Characters a DOCX (XML 1.0) cannot hold and a PDF cannot show: control characters other than
# tab, line feed and carriage return, and the non-characters U+FFFE/U+FFFF.
STUURTEKENS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def zonder_stuurtekens(tekst):
    """The text without control characters (a fill value like "%01" is typed by nobody)."""
    return STUURTEKENS.sub("", tekst)


@dataclass
class Invulplek:
    sleutel: str  # what makes it distinct
    tekst: str  # the placeholder as written, e.g. "[invullen naam OD]"
    label: str  # the form label
    voorbeelden: list = field(default_factory=list)  # short contexts where it occurs
    aantal: int = 0
    veldnaam: str = ""  # the form field: plek_1, plek_2, ... in order of appearance


@dataclass
class Blok:
    soort: str  # "titel", "kop", "lijst" or "alinea"
    tekst: str
    niveau: int = 0  # headings: 0 = title, 1 = chapter, 2 = article


def _heeft_woorden(tekst):
    return any(teken.isalnum() for teken in tekst)


def _vorig_woord(tekst, positie):
    regel = tekst[:positie].rsplit("\n", 1)[-1]
    woorden = re.findall(r"[\w’'()-]+\)?", regel)
    return woorden[-1] if woorden else ""


def _sleutel(tekst, match):
    plek = match.group(0)
    if _heeft_woorden(plek):
        return " ".join(plek.split()), plek
    vorig = _vorig_woord(tekst, match.start())
    return f"{vorig.lower()} {plek}".strip(), plek


def _label(plek, sleutel):
    if _heeft_woorden(plek):
        binnen = plek.strip("[]").strip("* ").strip()
        binnen = re.sub(r"^invullen\s+", "", binnen, flags=re.IGNORECASE)
        return binnen[:1].upper() + binnen[1:]
    woord = sleutel[: -len(plek)].strip()
    return f"Invulplek na „{woord}”" if woord else "Invulplek"


def _context(tekst, match, breedte=45):
    begin = max(0, match.start() - breedte)
    eind = min(len(tekst), match.end() + breedte)
    fragment = " ".join(tekst[begin:eind].split())
    return ("…" if begin else "") + fragment + ("…" if eind < len(tekst) else "")


def invulplekken(tekst):
    """The distinct placeholders of a text, in order of first appearance."""
    gevonden = {}
    for match in INVULPLEK.finditer(tekst):
        sleutel, plek = _sleutel(tekst, match)
        item = gevonden.get(sleutel)
        if item is None:
            item = gevonden[sleutel] = Invulplek(
                sleutel=sleutel,
                tekst=plek,
                label=_label(plek, sleutel),
                veldnaam=f"plek_{len(gevonden) + 1}",
            )
        item.aantal += 1
        if len(item.voorbeelden) < 2:
            item.voorbeelden.append(_context(tekst, match))
    return list(gevonden.values())


def vul_in(tekst, waarden):
    """Replace every placeholder whose key has a non-empty value in `waarden` (key -> text)."""

    def vervang(match):
        sleutel, plek = _sleutel(tekst, match)
        waarde = zonder_stuurtekens(waarden.get(sleutel) or "").strip()
        return waarde if waarde else plek

    return INVULPLEK.sub(vervang, tekst)


def blokken(tekst):
    """The structure of a (filled) template text: title, headings, list items, paragraphs."""
    tekst = zonder_stuurtekens(tekst)  # the template itself may hold one too
    regels = [r.strip() for r in tekst.replace("\r\n", "\n").split("\n")]
    heeft_hoofdstukken = any(HOOFDSTUK.match(r) for r in regels)
    resultaat = []
    for regel in regels:
        if not regel:
            continue
        kop = KOP_MARKERING.match(regel)
        if kop:
            niveau = len(kop.group(1)) - 1
            resultaat.append(Blok("titel" if niveau == 0 else "kop", kop.group(2).strip(), niveau))
        elif len(regel) <= MAX_KOP_LENGTE and HOOFDSTUK.match(regel):
            resultaat.append(Blok("kop", regel, 1))
        elif len(regel) <= MAX_KOP_LENGTE and ARTIKEL.match(regel):
            resultaat.append(Blok("kop", regel, 2 if heeft_hoofdstukken else 1))
        elif LIJSTITEM.match(regel):
            resultaat.append(Blok("lijst", regel))
        else:
            resultaat.append(Blok("alinea", regel))
    return resultaat


def koppen(tekst):
    return [b.tekst for b in blokken(tekst) if b.soort in ("titel", "kop")]


# --- DOCX -------------------------------------------------------------------------------


def maak_docx(titel, tekst):
    from docx import Document
    from docx.shared import Cm, Pt

    document = Document()
    document.core_properties.title = zonder_stuurtekens(titel)
    document.core_properties.language = "nl-NL"
    stijl = document.styles["Normal"]
    stijl.font.name = "Calibri"
    stijl.font.size = Pt(11)
    for blok in blokken(tekst):
        if blok.soort in ("titel", "kop"):
            document.add_heading(blok.tekst, level=blok.niveau)
        elif blok.soort == "lijst":
            alinea = document.add_paragraph(blok.tekst)
            alinea.paragraph_format.left_indent = Cm(1)
            alinea.paragraph_format.first_line_indent = Cm(-0.6)
        else:
            document.add_paragraph(blok.tekst)
    uitvoer = io.BytesIO()
    document.save(uitvoer)
    return uitvoer.getvalue()


# --- PDF --------------------------------------------------------------------------------

_LETTERTYPEN_GEREGISTREERD = False


def _registreer_lettertypen():
    """Bitstream Vera (shipped with reportlab): full Unicode, unlike the PDF core fonts."""
    global _LETTERTYPEN_GEREGISTREERD
    if _LETTERTYPEN_GEREGISTREERD:
        return
    import reportlab
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    map_ = Path(reportlab.__file__).parent / "fonts"
    for naam, bestand in [
        ("Vera", "Vera.ttf"),
        ("Vera-Bold", "VeraBd.ttf"),
        ("Vera-Italic", "VeraIt.ttf"),
        ("Vera-BoldItalic", "VeraBI.ttf"),
    ]:
        pdfmetrics.registerFont(TTFont(naam, str(map_ / bestand)))
    addMapping("Vera", 0, 0, "Vera")
    addMapping("Vera", 1, 0, "Vera-Bold")
    addMapping("Vera", 0, 1, "Vera-Italic")
    addMapping("Vera", 1, 1, "Vera-BoldItalic")
    _LETTERTYPEN_GEREGISTREERD = True


def maak_pdf(titel, tekst):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, Spacer

    _registreer_lettertypen()
    basis = ParagraphStyle("basis", fontName="Vera", fontSize=10.5, leading=14, spaceAfter=6)
    stijlen = {
        0: ParagraphStyle("titel", parent=basis, fontName="Vera-Bold", fontSize=18, leading=22),
        1: ParagraphStyle("kop1", parent=basis, fontName="Vera-Bold", fontSize=14, leading=18),
        2: ParagraphStyle("kop2", parent=basis, fontName="Vera-Bold", fontSize=12, leading=16),
        3: ParagraphStyle("kop3", parent=basis, fontName="Vera-Bold", fontSize=11, leading=15),
    }
    lijst = ParagraphStyle("lijst", parent=basis, leftIndent=0.9 * cm, firstLineIndent=-0.6 * cm)

    verhaal = []
    for blok in blokken(tekst):
        inhoud = escape(blok.tekst)
        if blok.soort in ("titel", "kop"):
            paragraaf = Paragraph(inhoud, stijlen[min(blok.niveau, 3)])
            paragraaf.kop = (blok.tekst, blok.niveau)  # for the PDF outline (bookmarks)
            verhaal.append(Spacer(1, 4))
            verhaal.append(paragraaf)
        elif blok.soort == "lijst":
            verhaal.append(Paragraph(inhoud, lijst))
        else:
            verhaal.append(Paragraph(inhoud, basis))

    uitvoer = io.BytesIO()
    document = _DocumentMetInhoudsopgave(
        uitvoer,
        pagesize=A4,
        title=zonder_stuurtekens(titel),
        author="Kennisplatform Regionale Samenwerking",
        lang="nl-NL",
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
    )
    document.build(verhaal)
    return uitvoer.getvalue()


def _DocumentMetInhoudsopgave(*args, **kwargs):
    """A SimpleDocTemplate that adds every heading to the PDF outline, nested by level, so
    a reader can jump to a chapter or article."""
    from reportlab.platypus import SimpleDocTemplate

    class Document(SimpleDocTemplate):
        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            self._vorig_niveau = -1
            self._nummer = 0

        def afterFlowable(self, flowable):
            kop = getattr(flowable, "kop", None)
            if kop is None:
                return
            titel, niveau = kop
            # An outline level may go at most one deeper than the one before it.
            niveau = min(niveau, self._vorig_niveau + 1)
            self._vorig_niveau = niveau
            self._nummer += 1
            sleutel = f"kop-{self._nummer}"
            self.canv.bookmarkPage(sleutel)
            self.canv.addOutlineEntry(titel, sleutel, level=niveau, closed=False)

    return Document(*args, **kwargs)
