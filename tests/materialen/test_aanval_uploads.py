"""Issue 11.13: the upload check looks for active content in the whole file: markup after the
first 8 KB of a text file, JavaScript and embedded files in a PDF (also in compressed object
streams), executables and OLE objects in an office file; and, when configured, ClamAV."""

import io
import socket
import struct
import threading
import zipfile
import zlib

import pytest

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from wagtail.documents import get_document_model
from wagtail.models import Collection

from materialen.sjablonen import maak_docx, maak_pdf
from materialen.uploads import controleer_upload

DOCX = maak_docx("Werkagenda", "# Werkagenda\nVerkenning van de kennisbehoeften van gemeenten.")
PDF = maak_pdf("Plan", "# Plan\nDe kerngroep stelt een agenda op.")
TEKST = ("Verslag van de kerngroep, regel voor regel.\n" * 250).encode()  # > 8 KB
EICAR = rb"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


def _reden(inhoud, naam):
    with pytest.raises(ValidationError) as fout:
        controleer_upload(io.BytesIO(inhoud), naam)
    return " ".join(fout.value.messages)


# Text files: markup anywhere, not only in the first 8 KB


@pytest.mark.parametrize(
    "markup,verwacht",
    [
        (b"<script>fetch('/admin/')</script>", "HTML-bestand"),
        (b"<html><body onload=alert(1)>", "HTML-bestand"),
        (b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>", "SVG"),
        (b"<?xml-stylesheet type='text/xsl' href='x.xsl'?>", "XML-opmaak"),
        (b"<IFRAME src=//evil.example>", "HTML-bestand"),
    ],
)
def test_markup_na_de_eerste_8_kb_van_een_tekstbestand(markup, verwacht):
    assert verwacht in _reden(TEKST + markup, "verslag.txt")


def test_markup_op_de_grens_van_twee_blokken():
    inhoud = b"a" * (64 * 1024 - 3) + b"<script>alert(1)</script>"
    assert "HTML-bestand" in _reden(inhoud, "notities.txt")


def test_gewone_tekst_met_kleiner_dan_teken_blijft_welkom():
    inhoud = TEKST + b"Als a < b en b > c, dan <geen tag>. Zie <https://example.org>.\n"
    assert controleer_upload(io.BytesIO(inhoud), "notities.txt").code == "tekst"


# PDF: JavaScript, launch actions, embedded files


def _pdf(*objecten, versie=b"1.4"):
    uit = b"%PDF-" + versie + b"\n"
    for nummer, inhoud in enumerate(objecten, 1):
        uit += b"%d 0 obj\n%s\nendobj\n" % (nummer, inhoud)
    return uit + b"trailer<</Root 1 0 R>>\n%%EOF\n"


PAGINAS = (b"<</Type/Pages/Kids[3 0 R]/Count 1>>", b"<</Type/Page/Parent 2 0 R>>")


@pytest.mark.parametrize(
    "catalogus,verwacht",
    [
        (b"/OpenAction<</S/JavaScript/JS(app.alert('hallo'))>>", "JavaScript"),
        (b"/OpenAction<</S/J#61vaScript/J#53(app.alert(1))>>", "JavaScript"),
        (b"/OpenAction<</S/Launch/F(cmd.exe)>>", "programma te starten"),
        (b"/Names<</EmbeddedFiles<</Names[(a.exe)4 0 R]>>>>", "ingesloten bestand"),
        (b"/AcroForm<</XFA 5 0 R>>", "XFA"),
    ],
)
def test_pdf_met_actieve_inhoud_wordt_geweigerd(catalogus, verwacht):
    pdf = _pdf(b"<</Type/Catalog/Pages 2 0 R" + catalogus + b">>", *PAGINAS)
    reden = _reden(pdf, "plan.pdf")
    assert "actieve inhoud" in reden and verwacht in reden


def _pdf_met_objectstroom(inhoud, stroom=None):
    stroom = zlib.compress(inhoud) if stroom is None else stroom
    return _pdf(
        b"<</Type/Catalog/Pages 2 0 R/OpenAction 4 0 R>>",
        *PAGINAS,
        b"<</Type/ObjStm/N 1/First 4/Filter/FlateDecode/Length %d>>stream\n%s\nendstream"
        % (len(stroom), stroom),
        versie=b"1.5",
    )


def test_javascript_in_een_gecomprimeerde_objectstroom_wordt_gevonden():
    pdf = _pdf_met_objectstroom(b"4 0 <</S/JavaScript/JS(app.launchURL('x'))>>")
    assert b"JavaScript" not in pdf  # invisible in the raw bytes
    assert "JavaScript" in _reden(pdf, "plan.pdf")


def test_onleesbare_objectstroom_wordt_niet_vertrouwd():
    pdf = _pdf_met_objectstroom(b"", stroom=b"\x00geen zlib" * 20)
    assert "niet te controleren" in _reden(pdf, "plan.pdf")


def test_pdf_met_onschuldige_objectstroom_en_gewone_pdf_worden_geaccepteerd():
    pdf = _pdf_met_objectstroom(b"4 0 <</S/GoTo/D[3 0 R/Fit]>>")
    assert controleer_upload(io.BytesIO(pdf), "plan.pdf").code == "pdf"
    assert controleer_upload(io.BytesIO(PDF), "plan.pdf").code == "pdf"


# Office files: embedded executables and OLE objects


def _docx_met(extra):
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(DOCX)) as bron,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as doel,
    ):
        for lid in bron.infolist():
            doel.writestr(lid, bron.read(lid))
        for naam, inhoud in extra.items():
            doel.writestr(naam, inhoud)
    return buffer.getvalue()


def _xlsx(extra=None):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archief:
        archief.writestr("[Content_Types].xml", "<Types/>")
        archief.writestr("xl/workbook.xml", "<workbook/>")
        for naam, inhoud in (extra or {}).items():
            archief.writestr(naam, inhoud)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "extra,verwacht",
    [
        ({"word/embeddings/oleObject1.bin": OLE}, "OLE-object"),
        ({"word/embeddings/Pakket.bin": OLE}, "OLE-object"),
        ({"word/embeddings/setup.exe": b"MZ" + b"\x00" * 100}, "programma"),
        ({"word/media/image1.png": b"MZ\x90\x00" + b"\x00" * 100}, "Windows-programma"),
        ({"word/media/image2.png": b"\x7fELF" + b"\x00" * 100}, "Linux-programma"),
        ({"customXml/item9.xml": OLE}, "OLE-object"),
        ({"word/embeddings/Werkblad.xlsx": _xlsx({"xl/vbaProject.bin": b"\x00"})}, "macro"),
        ({"word/embeddings/Werkblad.xlsx": _xlsx({"xl/embeddings/x.bin": OLE})}, "OLE"),
    ],
)
def test_office_bestand_met_ingesloten_programma_of_ole_object(extra, verwacht):
    reden = _reden(_docx_met(extra), "verslag.docx")
    assert verwacht in reden


def test_office_bestand_met_ingesloten_werkblad_van_een_grafiek_is_welkom():
    docx = _docx_met({"word/embeddings/Microsoft_Excel_Worksheet.xlsx": _xlsx()})
    assert controleer_upload(io.BytesIO(docx), "verslag.docx").code == "docx"


def test_ingesloten_zipbom_wordt_niet_helemaal_uitgepakt():
    """Embedded workbooks are checked too, but within one budget of uncompressed bytes."""
    werkblad = _xlsx({"xl/leeg.xml": b"\x00" * (8 * 1024 * 1024)})
    docx = _docx_met({f"word/embeddings/Werkblad{i}.xlsx": werkblad for i in range(4)})
    assert len(docx) < 200_000
    assert "te veel of te grote ingesloten bestanden" in _reden(docx, "verslag.docx")


def test_opendocument_met_ole_object_wordt_geweigerd():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archief:
        archief.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archief.writestr("content.xml", "<office:text/>")
        archief.writestr("Object 1", OLE)
    assert "OLE-object" in _reden(buffer.getvalue(), "notitie.odt")


# ClamAV (clamd): optional, INSTREAM over a plain socket, fail closed


class NepClamd:
    """A clamd that speaks INSTREAM: FOUND for the EICAR test string, OK otherwise."""

    def __init__(self, luisteraar):
        self.luisteraar = luisteraar
        self.ontvangen = []
        threading.Thread(target=self._draai, daemon=True).start()

    def _lees(self, verbinding, aantal):
        data = b""
        while len(data) < aantal:
            deel = verbinding.recv(aantal - len(data))
            if not deel:
                raise ConnectionError
            data += deel
        return data

    def _draai(self):
        while True:
            try:
                verbinding, _ = self.luisteraar.accept()
            except OSError:
                return
            with verbinding:
                opdracht = self._lees(verbinding, len(b"zINSTREAM\0"))
                assert opdracht == b"zINSTREAM\0"
                data = b""
                while lengte := struct.unpack("!L", self._lees(verbinding, 4))[0]:
                    data += self._lees(verbinding, lengte)
                self.ontvangen.append(data)
                antwoord = b"stream: Eicar-Test-Signature FOUND" if EICAR in data else b"stream: OK"
                verbinding.sendall(antwoord + b"\0")


@pytest.fixture
def clamd_socket(tmp_path):
    pad = str(tmp_path / "clamd.sock")
    luisteraar = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    luisteraar.bind(pad)
    luisteraar.listen()
    nep = NepClamd(luisteraar)
    with override_settings(CLAMD_SOCKET=pad):
        yield nep
    luisteraar.close()


@pytest.fixture
def clamd_tcp():
    luisteraar = socket.create_server(("127.0.0.1", 0))
    nep = NepClamd(luisteraar)
    with override_settings(CLAMD_HOST="127.0.0.1", CLAMD_PORT=luisteraar.getsockname()[1]):
        yield nep
    luisteraar.close()


def _upload(client, naam, inhoud, titel):
    return client.post(
        "/admin/documents/add/",
        {
            "title": titel,
            "file": SimpleUploadedFile(naam, inhoud),
            "collection": Collection.get_first_root_node().pk,
        },
    )


@pytest.mark.django_db
def test_clamd_vindt_virus_en_de_upload_wordt_geweigerd(clamd_socket, client, django_user_model):
    client.force_login(django_user_model.objects.get(username="beheerder"))
    aantal = get_document_model().objects.count()
    antwoord = _upload(client, "test.txt", EICAR + b"\n", "Eicar")
    assert antwoord.status_code == 200
    fouten = " ".join(antwoord.context["form"].errors["file"])
    assert "virus" in fouten and "Eicar-Test-Signature" in fouten
    assert get_document_model().objects.count() == aantal
    assert clamd_socket.ontvangen[-1] == EICAR + b"\n"  # the whole file was streamed


@pytest.mark.django_db
def test_clamd_keurt_goed_en_de_upload_gaat_door(clamd_socket, client, django_user_model):
    client.force_login(django_user_model.objects.get(username="beheerder"))
    antwoord = _upload(client, "plan.pdf", PDF, "Schoon plan")
    assert antwoord.status_code == 302
    assert clamd_socket.ontvangen[-1] == PDF


def test_clamd_via_tcp(clamd_tcp):
    with pytest.raises(ValidationError, match="virus"):
        controleer_upload(io.BytesIO(EICAR), "eicar.txt")
    assert controleer_upload(io.BytesIO(TEKST), "verslag.txt").code == "tekst"


def test_onbereikbare_clamd_weigert_de_upload(tmp_path):
    with override_settings(CLAMD_SOCKET=str(tmp_path / "bestaat-niet.sock")):
        with pytest.raises(ValidationError, match="virusscanner niet bereikbaar"):
            controleer_upload(io.BytesIO(PDF), "plan.pdf")
    with override_settings(CLAMD_SOCKET="", CLAMD_HOST="127.0.0.1", CLAMD_PORT=1):
        with pytest.raises(ValidationError, match="virusscanner niet bereikbaar"):
            controleer_upload(io.BytesIO(PDF), "plan.pdf")


def test_zonder_clamd_geen_viruscontrole():
    assert controleer_upload(io.BytesIO(EICAR), "eicar.txt").code == "tekst"
