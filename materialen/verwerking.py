"""Text extraction and a first-page preview for uploaded documents.

PDF: text and preview from PDFium (pypdfium2). Word: text with python-docx. Other office
files (pptx, xlsx, odt, ods, odp): the text of their XML parts. For files that are not PDF,
the preview is the first page of the extracted text set as a PDF (reportlab) and rendered
like a PDF: there is no office suite on the server to lay out the original."""

import hashlib
import html
import io
import logging
import re
import zipfile

from materialen.uploads import herken

logger = logging.getLogger(__name__)

MAX_TEKST = 500_000  # characters kept for search
MAX_PAGINAS = 300
VOORBEELD_BREEDTE = 420  # px
XML_TEKST = re.compile(r"<[^>]+>")


def _pdf_tekst(data):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        delen, lengte = [], 0
        for i in range(min(len(pdf), MAX_PAGINAS)):
            pagina = pdf[i]
            tekstpagina = pagina.get_textpage()
            deel = tekstpagina.get_text_range()
            tekstpagina.close()
            pagina.close()
            delen.append(deel)
            lengte += len(deel)
            if lengte > MAX_TEKST:
                break
        return "\n".join(delen)
    finally:
        pdf.close()


def _pdf_voorbeeld(data):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        if len(pdf) == 0:
            return None
        pagina = pdf[0]
        breedte = pagina.get_width() or 595
        beeld = pagina.render(scale=VOORBEELD_BREEDTE / breedte).to_pil()
        pagina.close()
        uitvoer = io.BytesIO()
        beeld.convert("RGB").save(uitvoer, format="PNG", optimize=True)
        return uitvoer.getvalue()
    finally:
        pdf.close()


def _docx_tekst(data):
    from docx import Document

    document = Document(io.BytesIO(data))
    delen = [p.text for p in document.paragraphs]
    for tabel in document.tables:
        for rij in tabel.rows:
            delen.append(" | ".join(cel.text for cel in rij.cells))
    return "\n".join(d for d in delen if d.strip())


def _xml_tekst(data, patroon):
    delen = []
    with zipfile.ZipFile(io.BytesIO(data)) as archief:
        for naam in sorted(n for n in archief.namelist() if re.fullmatch(patroon, n)):
            info = archief.getinfo(naam)
            if info.file_size > 20_000_000:  # a zip bomb is not read
                continue
            xml = archief.read(naam).decode("utf-8", "replace")
            xml = re.sub(r"</(a:p|text:p|text:h|si|row)>", "\n", xml)
            delen.append(html.unescape(XML_TEKST.sub(" ", xml)))
    return "\n".join(" ".join(regel.split()) for d in delen for regel in d.splitlines()).strip()


def _tekst(data, soort):
    if soort == "pdf":
        return _pdf_tekst(data)
    if soort == "docx":
        return _docx_tekst(data)
    if soort == "pptx":
        return _xml_tekst(data, r"ppt/slides/slide\d+\.xml")
    if soort == "xlsx":
        return _xml_tekst(data, r"xl/sharedStrings\.xml")
    if soort in ("odt", "ods", "odp"):
        return _xml_tekst(data, r"content\.xml")
    if soort == "tekst":
        for codering in ("utf-8-sig", "cp1252"):
            try:
                return data.decode(codering)
            except UnicodeDecodeError:
                continue
    return ""


def _voorbeeld(data, soort, titel, tekst):
    if soort == "pdf":
        return _pdf_voorbeeld(data)
    if not tekst.strip():
        return None
    from materialen.sjablonen import maak_pdf

    eerste_deel = "\n".join(tekst[:2500].splitlines()[:45])
    return _pdf_voorbeeld(maak_pdf(titel, f"# {titel}\n{eerste_deel}"))


def verwerk_document(document, forceer=False):
    """Create or refresh the DocumentGegevens of a document. Never raises: a file that
    cannot be read simply gets no text and no preview."""
    from materialen.models import DocumentGegevens

    try:
        with document.open_file() as bestand:
            data = bestand.read()
    except (OSError, ValueError):
        logger.warning("Document %s is niet te lezen", document.pk)
        return None
    vingerafdruk = hashlib.sha256(data).hexdigest()
    gegevens = DocumentGegevens.objects.filter(document=document).first()
    if gegevens and gegevens.bestand_hash == vingerafdruk and not forceer:
        return gegevens
    gegevens = gegevens or DocumentGegevens(document=document)
    gegevens.bestand_hash = vingerafdruk
    try:
        soort = herken(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - a rejected or unknown kind: nothing to derive
        soort = ""
    gegevens.soort = soort
    try:
        gegevens.tekst = _tekst(data, soort)[:MAX_TEKST].replace("\x00", "")
    except Exception:  # noqa: BLE001 - a damaged file must not break an upload
        logger.warning("Geen tekst uit document %s", document.pk, exc_info=True)
        gegevens.tekst = ""
    try:
        gegevens.voorbeeld = _voorbeeld(data, soort, document.title, gegevens.tekst)
    except Exception:  # noqa: BLE001
        logger.warning("Geen voorbeeld van document %s", document.pk, exc_info=True)
        gegevens.voorbeeld = None
    gegevens.save()
    return gegevens
