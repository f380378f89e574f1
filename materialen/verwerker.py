"""Reading an uploaded document, bounded in memory and time whatever the file contains.

This module never imports Django: it runs in a child process of its own
(`python -m materialen.verwerker <file> <kind> <title> <output folder>`), which first limits
its own address space (RLIMIT_AS) and CPU time, then writes the extracted text and the
preview into the output folder and reports on stdout (JSON). materialen/verwerking.py starts
it and applies a wall-clock timeout; a future background worker calls the same function.

Every limit of document processing is named here, once (also documented in README.md).
Besides the process limits, the reading itself is bounded, so an ordinary limit is reached
long before the memory limit:
- PDF: only the first MAX_PAGINAS pages are read; the preview is rendered at a scale chosen
  from the page size *before* rendering, so it is never wider than VOORBEELD_BREEDTE or
  higher than VOORBEELD_MAX_HOOGTE pixels, whatever size the page claims.
- Office files: the XML parts are streamed from the zip file (expat, in chunks), never loaded
  whole; reading stops after MAX_ALINEAS paragraphs, MAX_DIAS slides, MAX_TEKST characters or
  MAX_XML_BYTES of uncompressed XML; a DOCTYPE (entities) is refused.
A document that reaches a limit keeps what was read (bounded) and is marked "niet verwerkt"
with the reason (DocumentGegevens.niet_verwerkt)."""

import io
import json
import os
import re
import resource
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.parsers import expat

MAX_GEHEUGEN = 256 * 1024 * 1024  # bytes of address space for the child process
MAX_TIJD = 30  # seconds (wall clock; CPU time is limited to the same)
MAX_TEKST = 500_000  # characters kept for search
MAX_PAGINAS = 300  # PDF pages read for text
MAX_ALINEAS = 50_000  # paragraphs (and spreadsheet strings) read from an office file
MAX_DIAS = 500  # slides read from a presentation
MAX_XML_BYTES = 100 * 1024 * 1024  # uncompressed XML read from an office file
VOORBEELD_BREEDTE = 420  # px, preview width for an ordinary page
VOORBEELD_MAX_HOOGTE = 1200  # px, a preview is never higher
BLOK = 64 * 1024  # bytes read at a time

ALINEA_EINDE = {"p", "h", "si", "row", "tr"}  # w:p, a:p, text:p, text:h, si, row, table row
CEL_EINDE = {"tc", "c", "table-cell"}
TAB = {"tab", "s", "br", "line-break"}


class Grens(Exception):
    """A processing limit was reached; the message (Dutch) becomes the "niet verwerkt" reason."""


@dataclass
class Uitkomst:
    tekst: str = ""
    voorbeeld: bytes | None = None
    reden: str = ""  # empty: processed completely


def _getal(n):
    return f"{n:,}".replace(",", ".")


class _XmlTekst:
    """Character data of XML parts, streamed with expat; paragraphs become lines."""

    def __init__(self):
        self.delen, self.lengte, self.alineas, self.xml_bytes = [], 0, 0, 0
        self.regel = []

    def _start(self, naam, attributen):
        if naam.rpartition(":")[2] in TAB:
            self.regel.append(" ")

    def _einde(self, naam):
        lokaal = naam.rpartition(":")[2]
        if lokaal in CEL_EINDE:
            self.regel.append(" | ")
        elif lokaal in ALINEA_EINDE:
            self._alinea()

    def _alinea(self):
        regel = " ".join("".join(self.regel).replace(" | ", "\x01").split())
        regel = regel.replace("\x01", " | ").strip(" |")
        self.regel = []
        self.alineas += 1
        if regel:
            self.delen.append(regel)
            self.lengte += len(regel) + 1
        if self.lengte > MAX_TEKST:
            raise Grens(f"meer dan {_getal(MAX_TEKST)} tekens tekst")
        if self.alineas > MAX_ALINEAS:
            raise Grens(f"meer dan {_getal(MAX_ALINEAS)} alinea's")

    def _tekens(self, tekst):
        self.regel.append(tekst)
        if len(self.regel) > 10_000:  # one enormous paragraph: keep it bounded
            self.regel = ["".join(self.regel)]
            if len(self.regel[0]) > MAX_TEKST:
                self._alinea()

    def _doctype(self, *args):
        raise Grens("het bestand bevat een DOCTYPE-declaratie")

    def lees(self, bestand):
        parser = expat.ParserCreate()
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._einde
        parser.CharacterDataHandler = self._tekens
        parser.StartDoctypeDeclHandler = self._doctype
        parser.EntityDeclHandler = self._doctype
        parser.buffer_text = True
        while blok := bestand.read(BLOK):
            self.xml_bytes += len(blok)
            if self.xml_bytes > MAX_XML_BYTES:
                raise Grens(f"meer dan {_getal(MAX_XML_BYTES // 1024 // 1024)} MB aan tekstdelen")
            parser.Parse(blok, False)
        parser.Parse(b"", True)
        if self.regel:
            self._alinea()

    @property
    def tekst(self):
        return "\n".join(self.delen)


def _nummer(naam):
    return [int(d) if d.isdigit() else d for d in re.split(r"(\d+)", naam)]


def _office_tekst(bron, patroon, max_delen=None, wat_delen="delen"):
    lezer = _XmlTekst()
    reden = ""
    with zipfile.ZipFile(bron) as archief:
        namen = sorted((n for n in archief.namelist() if re.fullmatch(patroon, n)), key=_nummer)
        if max_delen is not None and len(namen) > max_delen:
            reden = f"meer dan {_getal(max_delen)} {wat_delen}"
            namen = namen[:max_delen]
        try:
            for naam in namen:
                with archief.open(naam) as deel:
                    lezer.lees(deel)
        except Grens as grens:
            reden = str(grens)
        except expat.ExpatError:
            if not lezer.delen:
                raise
            reden = "een tekstdeel is geen geldige XML"
    return Uitkomst(tekst=lezer.tekst[:MAX_TEKST], reden=reden)


def _pdf_tekst(bron):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(bron)
    try:
        delen, lengte, reden = [], 0, ""
        aantal = len(pdf)
        if aantal > MAX_PAGINAS:
            reden = f"meer dan {_getal(MAX_PAGINAS)} pagina's"
        for i in range(min(aantal, MAX_PAGINAS)):
            pagina = pdf[i]
            tekstpagina = pagina.get_textpage()
            deel = tekstpagina.get_text_range()[: MAX_TEKST - lengte + 1]
            tekstpagina.close()
            pagina.close()
            delen.append(deel)
            lengte += len(deel)
            if lengte > MAX_TEKST:
                reden = f"meer dan {_getal(MAX_TEKST)} tekens tekst"
                break
        return Uitkomst(tekst="\n".join(delen)[:MAX_TEKST], reden=reden)
    finally:
        pdf.close()


def schaal_voor(breedte, hoogte):
    """The render scale for a page of breedte × hoogte points: VOORBEELD_BREEDTE pixels wide,
    but never wider or higher than the caps, whatever the page claims."""
    if not (breedte > 0 and hoogte > 0):
        return None
    return min(VOORBEELD_BREEDTE / breedte, VOORBEELD_MAX_HOOGTE / hoogte)


def _pdf_voorbeeld(bron):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(bron)
    try:
        if len(pdf) == 0:
            return None
        pagina = pdf[0]
        try:
            breedte, hoogte = pagina.get_size()  # points; checked before anything is rendered
            schaal = schaal_voor(breedte, hoogte)
            if schaal is None or breedte * schaal < 1 or hoogte * schaal < 1:
                return None
            beeld = pagina.render(scale=schaal).to_pil()
        finally:
            pagina.close()
        uitvoer = io.BytesIO()
        beeld.convert("RGB").save(uitvoer, format="PNG", optimize=True)
        return uitvoer.getvalue()
    finally:
        pdf.close()


def _platte_tekst(bron):
    if isinstance(bron, (bytes, bytearray)):
        data = bytes(bron[: MAX_TEKST * 4])
    else:
        with open(bron, "rb") as bestand:
            data = bestand.read(MAX_TEKST * 4)
    for codering in ("utf-8-sig", "cp1252"):
        try:
            tekst = data.decode(codering)
            break
        except UnicodeDecodeError:
            continue
    else:
        tekst = data.decode("utf-8", "replace")
    reden = f"meer dan {_getal(MAX_TEKST)} tekens tekst" if len(tekst) > MAX_TEKST else ""
    return Uitkomst(tekst=tekst[:MAX_TEKST], reden=reden)


def lees_tekst(bron, soort):
    """The text of a document (bron: a path or bytes) of a kind from uploads.herken."""
    if isinstance(bron, (bytes, bytearray)) and soort != "pdf":
        bron = io.BytesIO(bron) if soort != "tekst" else bron
    if soort == "pdf":
        return _pdf_tekst(bron)
    if soort == "docx":
        return _office_tekst(bron, r"word/document\.xml")
    if soort == "pptx":
        return _office_tekst(bron, r"ppt/slides/slide\d+\.xml", MAX_DIAS, "dia's")
    if soort == "xlsx":
        return _office_tekst(bron, r"xl/sharedStrings\.xml")
    if soort in ("odt", "ods", "odp"):
        return _office_tekst(bron, r"content\.xml")
    if soort == "tekst":
        return _platte_tekst(bron)
    return Uitkomst()


def maak_voorbeeld(bron, soort, titel, tekst):
    """A PNG of the first page; for a file that is not a PDF, of its text set as a PDF (there
    is no office suite on the server to lay out the original)."""
    if soort == "pdf":
        return _pdf_voorbeeld(bron)
    if not tekst.strip():
        return None
    # Imported only when needed: this module runs in the sandboxed child process, where
    # reportlab (via sjablonen) would cost start-up time and memory for every document.
    from materialen.sjablonen import maak_pdf

    eerste_deel = "\n".join(tekst[:2500].splitlines()[:45])
    return _pdf_voorbeeld(maak_pdf(titel, f"# {titel}\n{eerste_deel}"))


def verwerk(bron, soort, titel):
    """Text and preview of one file. Raises only on a file that cannot be read at all."""
    uitkomst = lees_tekst(bron, soort)
    uitkomst.tekst = uitkomst.tekst.replace("\x00", "")
    uitkomst.voorbeeld = maak_voorbeeld(bron, soort, titel, uitkomst.tekst)
    return uitkomst


def begrens_proces(geheugen=MAX_GEHEUGEN, tijd=MAX_TIJD):
    """Limit this process: address space and CPU seconds (the parent adds a wall clock)."""
    resource.setrlimit(resource.RLIMIT_AS, (geheugen, geheugen))
    resource.setrlimit(resource.RLIMIT_CPU, (tijd, tijd + 1))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def piek_geheugen_kb():
    """Peak resident memory of this process in KB. VmHWM belongs to the process's own memory
    since exec; ru_maxrss would include the parent's size at fork on Linux."""
    try:
        with open("/proc/self/status") as status:
            for regel in status:
                if regel.startswith("VmHWM:"):
                    return int(regel.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main(argv):
    bestand, soort, titel, uitvoer = argv
    begrens_proces(
        int(os.environ.get("VERWERKER_GEHEUGEN", MAX_GEHEUGEN)),
        int(os.environ.get("VERWERKER_TIJD", MAX_TIJD)),
    )
    uitvoer = Path(uitvoer)
    melding = {"reden": "", "fout": ""}
    try:
        uitkomst = verwerk(bestand, soort, titel)
    except MemoryError:
        uitkomst = Uitkomst(reden="te veel geheugen nodig")
    except Grens as grens:
        uitkomst = Uitkomst(reden=str(grens))
    except Exception as fout:  # noqa: BLE001 - a damaged file: no text, no preview
        uitkomst = Uitkomst()
        melding["fout"] = f"{type(fout).__name__}: {fout}"[:500]
    (uitvoer / "tekst.txt").write_text(uitkomst.tekst, encoding="utf-8")
    if uitkomst.voorbeeld:
        (uitvoer / "voorbeeld.png").write_bytes(uitkomst.voorbeeld)
    melding["reden"] = uitkomst.reden
    melding["maxrss_kb"] = piek_geheugen_kb()
    sys.stdout.write(json.dumps(melding))
    sys.stdout.flush()
    os._exit(0)  # no interpreter teardown needed


if __name__ == "__main__":
    main(sys.argv[1:])
