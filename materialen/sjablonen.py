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
    partij: str = ""  # the party this field is for ("de gemeente"), see _analyse
    voorwoorden: list = field(default_factory=list)  # "Gemeente" in "Gemeente [naam]"
    uitleg: str = ""  # what to type, for the help text of the form
    kop: str = ""  # the heading (article) above its first occurrence: the form groups by it


@dataclass
class _Voorkomen:
    match: re.Match
    sleutel: str
    plek: str
    groep: object  # occurrences with the same group are one field (per party)
    partij: str  # the party of the list item it stands in ("Gemeente"), or ""
    voorwoord: str  # the capitalised word right before it ("Gemeente"), or ""
    voor: str  # the text of its line before it


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


def _binnentekst(plek):
    binnen = plek.strip("[]").strip("* ").strip()
    return re.sub(r"^invullen\s+", "", binnen, flags=re.IGNORECASE)


def _label(plek, sleutel):
    if _heeft_woorden(plek):
        binnen = _binnentekst(plek)
        return binnen[:1].upper() + binnen[1:]
    woord = sleutel[: -len(plek)].strip()
    return f"Invulplek na „{woord}”" if woord else "Invulplek"


def _context(tekst, match, breedte=45):
    """A short piece of the line around a placeholder, cut at whole words."""
    regel, begin = _regel(tekst, match.start())
    regel = KOP_MARKERING.sub(r"\2", regel)
    begin += len(_regel(tekst, match.start())[0]) - len(regel)
    start, eind = match.start() - begin, match.end() - begin
    links = regel[max(0, start - breedte) : start]
    rechts = regel[eind : eind + breedte]
    if start - breedte > 0 and " " in links:
        links = "…" + links.split(" ", 1)[1]
    if eind + breedte < len(regel) and " " in rechts:
        rechts = rechts.rsplit(" ", 1)[0] + "…"
    return " ".join((links + match.group(0) + rechts).split())


def _koppen_met_positie(tekst):
    """(position, heading) of every chapter, article or section heading, in order."""
    koppen, positie = [], 0
    for regel in tekst.split("\n"):
        schoon = regel.strip()
        kop = KOP_MARKERING.match(schoon)
        if kop and len(kop.group(1)) > 1:
            koppen.append((positie, kop.group(2).strip()))
        elif len(schoon) <= MAX_KOP_LENGTE and (HOOFDSTUK.match(schoon) or ARTIKEL.match(schoon)):
            koppen.append((positie, schoon))
        positie += len(regel) + 1
    return koppen


def _kop_bij(koppen, positie):
    vorige = [kop for begin, kop in koppen if begin <= positie]
    return vorige[-1] if vorige else ""


# --- Parties ----------------------------------------------------------------------------
# A template such as the modelconvenant lists its parties as list items, each starting with
# the kind of party and sharing placeholders:
#   a) Gemeente [invullen gemeentenaam], vertegenwoordigd door [invullen naam en rol], ...
#   b) Omgevingsdienst [invullen naam OD], vertegenwoordigd door [invullen naam en rol], ...
# A placeholder that stands in the list items of two or more parties is one field per party
# ("Vertegenwoordiger van de gemeente", "... van de omgevingsdienst"): one value for all of
# them would make one person the representative of every party.

MAX_PARTIJ_WOORDEN = 3
LIDWOORDEN = {"de", "het", "een"}
HET_WOORDEN = {"waterschap", "rijk", "ministerie", "college", "openbaar lichaam", "bestuur"}
VERTEGENWOORDIGD = re.compile(r"vertegenwoordigd\s+door\s*$", re.IGNORECASE)
VOORWOORD = re.compile(r"(?:^|[\s(])([^\W\d_][\w/-]*) $")
VELDNAAM_VOOR = re.compile(r"(?:^|\s)([^\W\d_]+):\s*$")  # "Datum: …."
LABEL_NA = {"te": "Plaats (te)"}
NUMMER_VAN = {"bijlage": "de bijlage", "artikel": "het artikel", "lid": "het lid"}
EENHEDEN = {"jaar", "jaren", "maanden", "maand", "weken", "dagen"}


def _regel(tekst, positie):
    begin = tekst.rfind("\n", 0, positie) + 1
    eind = tekst.find("\n", positie)
    return tekst[begin : len(tekst) if eind == -1 else eind], begin


def _partij(tekst, match):
    """The party a list item is about: the words between its label and its first
    placeholder ("Gemeente" in "a) Gemeente [invullen gemeentenaam], ..."), or ""."""
    regel, _ = _regel(tekst, match.start())
    lijst = LIJSTITEM.match(regel)
    if not lijst:
        return ""
    rest = regel[lijst.end() :]
    eerste = INVULPLEK.search(rest)
    if not eerste:
        return ""
    partij = " ".join(rest[: eerste.start()].split())
    woorden = partij.split()
    if not woorden or len(woorden) > MAX_PARTIJ_WOORDEN or not partij[0].isupper():
        return ""
    return partij if all(_heeft_woorden(w) for w in woorden) else ""


def _voorwoord(tekst, match):
    """The capitalised word the template puts right before a placeholder, with one space
    ("Gemeente" in "Gemeente [invullen gemeentenaam]"): the field asks for the name only."""
    regel, begin = _regel(tekst, match.start())
    gevonden = VOORWOORD.search(regel[: match.start() - begin])
    if gevonden and gevonden.group(1)[0].isupper():
        return gevonden.group(1)
    return ""


def met_lidwoord(partij):
    """ "Gemeente" -> "de gemeente", "GGD" -> "de GGD", "Waterschap" -> "het waterschap"."""
    woorden = partij.split()
    if len(woorden) > 1 and woorden[0].lower() in LIDWOORDEN:
        woorden = woorden[1:]
    if not woorden[0].isupper():
        woorden[0] = woorden[0].lower()
    naam = " ".join(woorden)
    lidwoord = "het" if naam.lower() in HET_WOORDEN or woorden[-1].lower() in HET_WOORDEN else "de"
    return f"{lidwoord} {naam}"


def _groep(sleutel, plek):
    """Placeholders written slightly differently for the same thing are one field:
    "[invullen GGD naam]" and "[invullen GGD-naam]", "[invullen naam OD]" and "[invullen OD naam]"."""
    if not _heeft_woorden(plek):
        return sleutel
    woorden = re.findall(r"\w+", _binnentekst(plek).lower())
    return tuple(sorted(woorden)) or sleutel


def _voorkomens(tekst):
    for match in INVULPLEK.finditer(tekst):
        sleutel, plek = _sleutel(tekst, match)
        yield _Voorkomen(
            match=match,
            sleutel=sleutel,
            plek=plek,
            groep=_groep(sleutel, plek),
            partij=_partij(tekst, match),
            voorwoord=_voorwoord(tekst, match),
            voor=tekst[: match.start()].rsplit("\n", 1)[-1],
        )


def _analyse(tekst):
    """Every placeholder occurrence with its field, and the fields in order of appearance."""
    voorkomens = list(_voorkomens(tekst))
    partijen = {}
    for v in voorkomens:
        if v.partij:
            partijen.setdefault(v.groep, set()).add(v.partij)
    per_partij = {groep for groep, namen in partijen.items() if len(namen) > 1}

    velden, eerste, paren = {}, {}, []
    koppen = _koppen_met_positie(tekst)
    for v in voorkomens:
        partij = v.partij if v.groep in per_partij else ""
        plek = velden.get((v.groep, partij))
        if plek is None:
            plek = velden[(v.groep, partij)] = Invulplek(
                sleutel=f"{v.sleutel} ({partij})" if partij else v.sleutel,
                tekst=v.plek,
                label=_label(v.plek, v.sleutel),
                veldnaam=f"plek_{len(velden) + 1}",
                partij=met_lidwoord(partij) if partij else "",
                kop=_kop_bij(koppen, v.match.start()),
            )
            eerste[plek.veldnaam] = v
        plek.aantal += 1
        if len(plek.voorbeelden) < 2:
            plek.voorbeelden.append(_context(tekst, v.match))
        if v.voorwoord and v.voorwoord not in plek.voorwoorden:
            plek.voorwoorden.append(v.voorwoord)
        paren.append((v, plek))

    # The word before a placeholder describes it when the list item is about that party
    # ("Gemeente [naam]" in the item of the gemeente), not in a slip such as the provincie's
    # "hierna te noemen GGD [invullen Provincie naam]".
    beschrijvend = {}
    for v, plek in paren:
        if v.voorwoord and (not v.partij or v.partij == v.voorwoord):
            beschrijvend.setdefault(plek.veldnaam, []).append(v.voorwoord)
    gebruikt = set()
    for plek in velden.values():
        _benoem(plek, eerste[plek.veldnaam], beschrijvend.get(plek.veldnaam, []))
        if plek.label.lower() in gebruikt:
            plek.label = f"{plek.label} ({_binnentekst(plek.tekst)})"
        gebruikt.add(plek.label.lower())
    return [(v.match, plek) for v, plek in paren], list(velden.values())


def _benoem(plek, voorkomen, voorwoorden):
    """A readable label and help text for a field of a party or a name after its kind."""
    basis = plek.label
    veldnaam = VELDNAAM_VOOR.search(voorkomen.voor)
    if plek.partij and VERTEGENWOORDIGD.search(voorkomen.voor):
        plek.label = f"Vertegenwoordiger van {plek.partij}"
        plek.uitleg = f"{basis} van wie {plek.partij} vertegenwoordigt en namens haar ondertekent."
    elif plek.partij:
        plek.label = f"{basis} van {plek.partij}"
        plek.uitleg = f"Alleen voor {plek.partij}; elke partij heeft haar eigen veld."
    elif voorwoorden and "naam" in basis.lower():
        plek.label = f"Naam van {met_lidwoord(voorwoorden[0])}"
        woorden = " of ".join(f"„{w}”" for w in dict.fromkeys(voorwoorden))
        plek.uitleg = f"Alleen de naam, zonder {woorden} ervoor: dat staat al in het sjabloon."
    elif veldnaam and not _heeft_woorden(plek.tekst):
        woord = veldnaam.group(1)
        plek.label = LABEL_NA.get(woord.lower(), woord[:1].upper() + woord[1:])
    elif not _heeft_woorden(plek.tekst):
        plek.label = _label_zonder_woorden(plek, voorkomen)


def _label_zonder_woorden(plek, voorkomen):
    """ "bijlage **" -> "Nummer van de bijlage", "van [****] jaar" -> "Aantal jaar",
    "a) .." -> "Punt a)"; otherwise "Invulplek na „…”"."""
    vorig = plek.sleutel[: -len(plek.tekst)].strip()
    na = voorkomen.match.string[voorkomen.match.end() :].split("\n", 1)[0].split()
    if vorig in NUMMER_VAN:
        return f"Nummer van {NUMMER_VAN[vorig]}"
    if na and na[0].strip(".,;:").lower() in EENHEDEN:
        return f"Aantal {na[0].strip('.,;:').lower()}"
    if re.fullmatch(r"[a-z]\)|\d+\.", vorig) and voorkomen.voor.strip() == vorig:
        return f"Punt {vorig}"
    return plek.label


def invulplekken(tekst):
    """The distinct placeholders (fields) of a text, in order of first appearance."""
    return _analyse(tekst)[1]


def schone_waarde(waarde):
    """A fill value on one line, without control characters: a line break typed into a
    value would otherwise start a new heading or article in the document."""
    return " ".join(zonder_stuurtekens(waarde or "").split())


def zonder_voorwoord(waarde, voorwoorden):
    """ "Gemeente Houten" -> "Houten" where the template itself says "Gemeente [naam]"."""
    for woord in voorwoorden:
        if waarde.lower().startswith(woord.lower() + " "):
            return waarde[len(woord) + 1 :].strip()
    return waarde


def vul_in(tekst, waarden):
    """Replace every placeholder whose field key has a non-empty value in `waarden`
    (Invulplek.sleutel -> text); the others stay as written."""
    delen, vanaf = [], 0
    for match, plek in _analyse(tekst)[0]:
        waarde = zonder_voorwoord(schone_waarde(waarden.get(plek.sleutel)), plek.voorwoorden)
        delen.append(tekst[vanaf : match.start()])
        delen.append(waarde or match.group(0))
        vanaf = match.end()
    delen.append(tekst[vanaf:])
    return "".join(delen)


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
