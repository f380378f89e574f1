"""Issue 11.3: a tiny upload must not take the memory or the time of the server. Text and
preview are made in a child process with its own limits, and the reading itself is bounded."""

import io
import zipfile

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents import get_document_model
from wagtail.models import Collection

from materialen import verwerker
from materialen.models import DocumentGegevens
from materialen.verwerking import verwerk_bestand

GRENS_KB = 300 * 1024  # peak resident memory allowed for the process that reads the file


def reuzenpagina_pdf(breedte=10, hoogte=14_400):
    """A PDF of under 200 bytes whose only page is breedte × hoogte points (no cross-reference
    table: PDF readers, PDFium too, rebuild it)."""
    return (
        b"%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 %d %d]>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%%%EOF\n" % (breedte, hoogte)
    )


def _zip_gestreamd(bestanden):
    """A zip file whose (large) parts are written in pieces, never held whole in memory."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archief:
        for naam, delen in bestanden.items():
            with archief.open(naam, "w", force_zip64=False) as deel:
                for stuk in delen:
                    deel.write(stuk)
    return buffer.getvalue()


INHOUDSTYPEN = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    b'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELATIES = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def miljoen_alineas_docx(aantal=1_000_000):
    """A valid Word document (python-docx opens it) of a million short paragraphs."""
    alinea = b"<w:p><w:r><w:t>a</w:t></w:r></w:p>"
    kop = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body>"
    )
    return _zip_gestreamd(
        {
            "[Content_Types].xml": [INHOUDSTYPEN],
            "_rels/.rels": [RELATIES],
            "word/document.xml": [kop, *(alinea * 10_000 for _ in range(aantal // 10_000))]
            + [b"</w:body></w:document>"],
        }
    )


def grote_pptx(dias=6, alineas=1_400_000):
    """Slides of almost 20 MB of XML each (the old reader skipped only parts above 20 MB)."""
    alinea = b"<a:p>dia</a:p>"
    dia = [b'<p:sld xmlns:p="p" xmlns:a="a"><p:txBody>']
    dia += [alinea * 10_000] * (alineas // 10_000) + [b"</p:txBody></p:sld>"]
    bestanden = {"[Content_Types].xml": [b"<Types/>"]}
    bestanden.update({f"ppt/slides/slide{i}.xml": dia for i in range(1, dias + 1)})
    return _zip_gestreamd(bestanden)


@pytest.fixture(scope="module")
def aanvallen():
    return {
        "pdf": reuzenpagina_pdf(),
        "docx": miljoen_alineas_docx(),
        "pptx": grote_pptx(),
    }


def test_de_aanvalsbestanden_zijn_klein(aanvallen):
    assert len(aanvallen["pdf"]) < 250
    assert len(aanvallen["docx"]) < 400_000
    assert len(aanvallen["pptx"]) < 400_000


@pytest.mark.parametrize("soort", ["pdf", "docx", "pptx"])
def test_verwerking_blijft_onder_300_mb(aanvallen, soort, tmp_path):
    """The child process that reads the file reports its own peak RSS (ru_maxrss)."""
    pad = tmp_path / f"aanval.{soort}"
    pad.write_bytes(aanvallen[soort])
    uitkomst = verwerk_bestand(pad, soort, "Aanval")
    print(f"{soort}: {len(aanvallen[soort])} bytes, piek {uitkomst.geheugen_kb // 1024} MB")
    assert 0 < uitkomst.geheugen_kb < GRENS_KB
    if soort == "pdf":
        # Scaled to at most 1,200 pixels high, the page would be under one pixel wide: no
        # preview (the old code rendered it 420 × 604,800 pixels).
        assert uitkomst.voorbeeld is None and uitkomst.reden == ""
    else:
        assert "meer dan" in uitkomst.reden
        assert len(uitkomst.tekst) <= verwerker.MAX_TEKST


@pytest.mark.parametrize("breedte,hoogte", [(14_400, 14_400), (14_400, 400), (300, 14_400)])
def test_pdf_voorbeeld_van_grote_pagina_heeft_begrensde_pixelmaat(breedte, hoogte, tmp_path):
    from PIL import Image

    pad = tmp_path / "groot.pdf"
    pad.write_bytes(reuzenpagina_pdf(breedte, hoogte))
    uitkomst = verwerk_bestand(pad, "pdf", "Groot")
    beeld = Image.open(io.BytesIO(uitkomst.voorbeeld))
    assert beeld.width <= verwerker.VOORBEELD_BREEDTE
    assert beeld.height <= verwerker.VOORBEELD_MAX_HOOGTE
    assert uitkomst.geheugen_kb < GRENS_KB


METEN = """
import resource, sys
from materialen.verwerking import verwerk_bestand
uitkomst = verwerk_bestand(sys.argv[1], sys.argv[2], "Aanval")
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


@pytest.mark.parametrize("soort", ["pdf", "docx", "pptx"])
def test_piekgeheugen_gemeten_van_buiten(aanvallen, soort, tmp_path):
    """Measured by a fresh process (RUSAGE_CHILDREN), not by the child's own report."""
    import subprocess
    import sys

    pad = tmp_path / f"aanval.{soort}"
    pad.write_bytes(aanvallen[soort])
    uit = subprocess.run(
        [sys.executable, "-c", METEN, str(pad), soort], capture_output=True, check=True
    )
    piek_kb = int(uit.stdout.split()[-1])
    print(f"{soort}: piek van het verwerkende proces {piek_kb // 1024} MB")
    assert piek_kb < GRENS_KB


def test_pdf_voorbeeld_is_begrensd_in_breedte_en_hoogte():
    assert verwerker.schaal_voor(10, 14_400) * 14_400 <= verwerker.VOORBEELD_MAX_HOOGTE
    assert verwerker.schaal_voor(14_400, 10) * 14_400 <= verwerker.VOORBEELD_BREEDTE
    assert verwerker.schaal_voor(595, 842) * 595 == pytest.approx(verwerker.VOORBEELD_BREEDTE)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "soort,naam", [("pdf", "reus.pdf"), ("docx", "alineas.docx"), ("pptx", "dias.pptx")]
)
def test_upload_van_aanvalsbestand_komt_terug_en_blijft_downloadbaar(
    aanvallen, soort, naam, client, django_user_model
):
    client.force_login(django_user_model.objects.get(username="beheerder"))
    antwoord = client.post(
        "/admin/documents/add/",
        {
            "title": f"Aanval {soort}",
            "file": SimpleUploadedFile(naam, aanvallen[soort]),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert antwoord.status_code == 302
    document = get_document_model().objects.get(title=f"Aanval {soort}")
    gegevens = DocumentGegevens.objects.get(document=document)
    assert gegevens.soort == soort
    if soort != "pdf":
        assert not gegevens.is_verwerkt and "alinea" in gegevens.niet_verwerkt
    download = client.get(document.url)
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == aanvallen[soort]


@pytest.mark.django_db
def test_verwerking_die_te_lang_duurt_wordt_gestopt(tmp_path, monkeypatch):
    pad = tmp_path / "a.pdf"
    pad.write_bytes(reuzenpagina_pdf())
    uitkomst = verwerk_bestand(pad, "pdf", "Traag", tijd=0.01)
    assert "langer dan" in uitkomst.reden and uitkomst.tekst == ""


def test_verwerking_met_te_weinig_geheugen_wordt_niet_verwerkt(aanvallen, tmp_path):
    pad = tmp_path / "a.docx"
    pad.write_bytes(aanvallen["docx"])
    uitkomst = verwerk_bestand(pad, "docx", "Krap", geheugen=20 * 1024 * 1024)
    assert "geheugen" in uitkomst.reden
