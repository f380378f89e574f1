"""Uploads are checked by content, not by name; a rejected upload says why, in Dutch."""

import io
import zipfile

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from wagtail.documents import get_document_model
from wagtail.models import Collection

from materialen.models import DocumentGegevens
from materialen.sjablonen import maak_docx, maak_pdf

pytestmark = pytest.mark.django_db

PDF = maak_pdf(
    "Uitvoeringsplan",
    "# Uitvoeringsplan VTH-samenwerking\nDe kerngroep stelt een samenwerkingsagenda op.",
)
DOCX = maak_docx("Werkagenda", "# Werkagenda\nVerkenning van de kennisbehoeften van gemeenten.")
EXE = (
    b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff"
    + b"\x00" * 200
    + b"This program cannot be run in DOS mode."
)
HTML = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
SVG_SCRIPT = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
)


@pytest.fixture
def beheerder(client, django_user_model):
    client.force_login(django_user_model.objects.get(username="beheerder"))
    return client


def _upload(client, naam, inhoud, titel="Testdocument"):
    return client.post(
        "/admin/documents/add/",
        {
            "title": titel,
            "file": SimpleUploadedFile(naam, inhoud),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def _fouten(antwoord):
    form = antwoord.context["form"]
    return " ".join(str(f) for f in form.errors.get("file", []))


@pytest.mark.parametrize(
    "naam,inhoud,verwacht",
    [
        ("verslag.pdf", EXE, "uitvoerbaar bestand"),
        ("verslag.docx", EXE, "uitvoerbaar bestand"),
        ("pagina.txt", HTML, "HTML-bestand"),
        ("tekening.pdf", SVG_SCRIPT, "SVG-afbeelding met script"),
        ("notities.pdf", b"Gewone tekst, geen PDF.", "de inhoud is een tekstbestand"),
        ("verslag.docx", PDF, "de inhoud is een PDF-document"),
    ],
)
def test_verboden_uploads_worden_met_reden_geweigerd(beheerder, naam, inhoud, verwacht):
    aantal = get_document_model().objects.count()
    antwoord = _upload(beheerder, naam, inhoud)
    assert antwoord.status_code == 200  # the form again, with the reason
    fouten = antwoord.context["form"].errors.get("file", [])
    assert verwacht in " ".join(fouten)
    # one reason, not also a misleading one about an empty file extension
    assert len(fouten) == 1 and "Bestandsextensie" not in " ".join(fouten)
    assert get_document_model().objects.count() == aantal


def test_zip_met_macros_wordt_geweigerd(beheerder):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archief:
        archief.writestr("[Content_Types].xml", "<Types/>")
        archief.writestr("word/document.xml", "<w:document/>")
        archief.writestr("word/vbaProject.bin", b"\x00\x01")
    antwoord = _upload(beheerder, "verslag.docx", buffer.getvalue())
    assert "macro's" in _fouten(antwoord)


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1024)
def test_te_groot_bestand_wordt_geweigerd(beheerder):
    antwoord = _upload(beheerder, "groot.txt", b"a" * 2048)
    fouten = _fouten(antwoord)
    assert "te groot" in fouten.lower()


@pytest.mark.parametrize(
    "naam,inhoud,soort", [("plan.pdf", PDF, "pdf"), ("agenda.docx", DOCX, "docx")]
)
def test_pdf_en_docx_worden_geaccepteerd_met_tekst_en_voorbeeld(beheerder, naam, inhoud, soort):
    antwoord = _upload(beheerder, naam, inhoud, titel=f"Toegestaan {soort}")
    assert antwoord.status_code == 302, _fouten(antwoord) if antwoord.status_code == 200 else ""
    document = get_document_model().objects.get(title=f"Toegestaan {soort}")
    gegevens = DocumentGegevens.objects.get(document=document)
    assert gegevens.soort == soort
    assert ("kerngroep" if soort == "pdf" else "kennisbehoeften") in gegevens.tekst
    assert bytes(gegevens.voorbeeld).startswith(b"\x89PNG")
    voorbeeld = beheerder.get(f"/materialen/voorbeeld/{document.pk}.png")
    assert voorbeeld.status_code == 200 and voorbeeld["Content-Type"] == "image/png"


def test_meervoudige_upload_gebruikt_dezelfde_controle(beheerder):
    antwoord = beheerder.post(
        "/admin/documents/multiple/add/",
        {"files[]": SimpleUploadedFile("programma.pdf", EXE)},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    data = antwoord.json()
    assert data["success"] is False
    assert "uitvoerbaar bestand" in str(data)


def test_afbeelding_upload_weigert_svg_met_script(beheerder):
    from wagtail.images import get_image_model

    aantal = get_image_model().objects.count()
    antwoord = beheerder.post(
        "/admin/images/add/",
        {
            "title": "Logo",
            "file": SimpleUploadedFile("logo.png", SVG_SCRIPT),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert antwoord.status_code == 200
    fouten = " ".join(str(f) for f in antwoord.context["form"].errors.get("file", []))
    assert "svg" in fouten.lower() and "Geen geldige" in fouten
    assert get_image_model().objects.count() == aantal


def test_controle_herkent_afbeeldingen_aan_de_inhoud():
    from django.core.exceptions import ValidationError

    from materialen.uploads import AFBEELDING_SOORTEN, controleer_upload

    with pytest.raises(ValidationError, match="SVG-afbeelding met script"):
        controleer_upload(io.BytesIO(SVG_SCRIPT), "logo.png", toegestaan=AFBEELDING_SOORTEN)
    with pytest.raises(ValidationError, match="wordt hier niet geaccepteerd"):
        controleer_upload(io.BytesIO(PDF), "logo.pdf", toegestaan=AFBEELDING_SOORTEN)


def _zip(bestanden):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archief:
        for naam, inhoud in bestanden.items():
            archief.writestr(naam, inhoud)
    return buffer.getvalue()


def test_tekst_uit_presentatie_en_opendocument_en_een_voorbeeld():
    from materialen.uploads import controleer_upload
    from materialen.verwerker import lees_tekst, maak_voorbeeld

    def _tekst(data, soort):
        return lees_tekst(data, soort).tekst

    _voorbeeld = maak_voorbeeld

    pptx = _zip(
        {
            "[Content_Types].xml": "<Types/>",
            "ppt/slides/slide1.xml": "<p:sld><a:p><a:t>Waarom regionale samenwerkingsafspraken?</a:t></a:p></p:sld>",
        }
    )
    odt = _zip(
        {
            "mimetype": "application/vnd.oasis.opendocument.text",
            "content.xml": "<office:text><text:p>Puzzelen in 4D!</text:p></office:text>",
        }
    )
    assert controleer_upload(io.BytesIO(pptx), "slides.pptx").code == "pptx"
    assert controleer_upload(io.BytesIO(odt), "notitie.odt").code == "odt"
    tekst = _tekst(pptx, "pptx")
    assert tekst == "Waarom regionale samenwerkingsafspraken?"
    assert _tekst(odt, "odt") == "Puzzelen in 4D!"
    assert _voorbeeld(pptx, "pptx", "Slides", tekst).startswith(b"\x89PNG")


def test_kapot_document_breekt_de_upload_niet(beheerder):
    kapot = b"%PDF-1.7\n" + b"geen echte pdf" * 10
    antwoord = _upload(beheerder, "kapot.pdf", kapot, titel="Kapotte PDF")
    assert antwoord.status_code == 302
    gegevens = DocumentGegevens.objects.get(document__title="Kapotte PDF")
    assert gegevens.tekst == "" and not gegevens.heeft_voorbeeld


def test_tekst_uit_pdf_en_docx_is_doorzoekbaar(beheerder, client):
    """What the upload extracts reaches the platform search (issue 4: document text)."""
    _upload(beheerder, "oogst.docx", maak_docx("Notitie", "# Notitie\nOver de kievietsbloem."))
    _upload(beheerder, "veld.pdf", maak_pdf("Veldwerk", "# Veldwerk\nOver de pimpernelblauwtje."))
    client.logout()
    for woord, titel in (("kievietsbloem", "Testdocument"), ("pimpernelblauwtje", "Testdocument")):
        antwoord = client.get("/api/zoeken/", {"q": woord}).json()
        assert titel in [r["titel"] for r in antwoord["results"]], woord
