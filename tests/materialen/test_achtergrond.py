"""Issue 18.3: an upload returns at once; text and preview are made by the worker. Until then
the pages say "wordt verwerkt"; after the worker ran, the document's text is findable."""

import io
import time

import pypdfium2
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents import get_document_model

from groepen.models import Werkmateriaal
from materialen.models import DocumentGegevens, wordt_verwerkt
from redactie.demo import demo_groep
from tests.helpers.taken import DATABASE_WACHTRIJ, draai_werker, wachtend
from tests.helpers.zoeken import titels

pytestmark = pytest.mark.django_db

UNIEK = "Kwartelkoningsbroedplaatsregister"  # only on page 15 of the PDF
TITEL = "Verslag regionale werkconferentie"


def pdf_van_20_paginas():
    buffer = io.BytesIO()
    doek = canvas.Canvas(buffer, pagesize=A4)
    for pagina in range(1, 21):
        doek.setFont("Helvetica", 11)
        for regel in range(40):
            doek.drawString(
                60, 780 - regel * 18, f"Pagina {pagina}, regel {regel}: toezicht en handhaving."
            )
        if pagina == 15:
            doek.drawString(60, 40, f"Het {UNIEK} wordt jaarlijks bijgewerkt.")
        doek.showPage()
    doek.save()
    return buffer.getvalue()


def _upload(client, groep, inhoud):
    begin = time.perf_counter()
    antwoord = client.post(
        "/admin/documents/add/",
        {
            "title": TITEL,
            "file": SimpleUploadedFile("werkconferentie.pdf", inhoud),
            "collection": groep.rechten.collectie.pk,
        },
    )
    return antwoord, time.perf_counter() - begin


@DATABASE_WACHTRIJ
def test_upload_keert_meteen_terug_en_de_werker_maakt_de_tekst_vindbaar(client, django_user_model):
    groep = demo_groep()
    trekker = django_user_model.objects.get(username="trekker")
    client.force_login(trekker)
    inhoud = pdf_van_20_paginas()
    assert len(pypdfium2.PdfDocument(inhoud)) == 20

    antwoord, duur = _upload(client, groep, inhoud)

    assert antwoord.status_code == 302, antwoord.content.decode()[:2000]
    # Measured ~0.1 s here; the processing itself (a child process reading 20 pages) is not
    # part of the request any more.
    assert duur < 1.0, f"upload duurde {duur:.2f} s"
    document = get_document_model().objects.get(title=TITEL)
    assert wachtend("verwerk_document_taak").count() == 1
    assert not DocumentGegevens.objects.filter(document=document).exists()
    assert wordt_verwerkt(document)
    assert TITEL not in titels(UNIEK, trekker)

    # The group page lists the document as "wordt verwerkt", so does its page in the admin.
    Werkmateriaal.objects.create(groep=groep, titel="Werkconferentie", document=document)
    pagina = client.get(groep.url).content.decode()
    assert "Dit document wordt verwerkt" in pagina
    beheer = client.get(f"/admin/documents/edit/{document.pk}/").content.decode()
    assert "Dit document wordt verwerkt" in beheer

    draai_werker()

    assert not wachtend("verwerk_document_taak").exists()
    gegevens = DocumentGegevens.objects.get(document=document)
    assert UNIEK in gegevens.tekst and not gegevens.niet_verwerkt
    assert not wordt_verwerkt(document)
    assert TITEL in titels(UNIEK, trekker)
    pagina = client.get(groep.url).content.decode()
    assert "Dit document wordt verwerkt" not in pagina
    assert f"/materialen/voorbeeld/{document.pk}.png" in pagina
    beheer = client.get(f"/admin/documents/edit/{document.pk}/").content.decode()
    assert "Dit document wordt verwerkt" not in beheer and "Verwerkt:" in beheer


@DATABASE_WACHTRIJ
def test_taak_twee_keer_draaien_is_onschadelijk(client, django_user_model):
    from materialen.taken import verwerk_document_taak

    beheerder = django_user_model.objects.get(username="beheerder")
    client.force_login(beheerder)
    antwoord, _duur = _upload(client, demo_groep(), pdf_van_20_paginas())
    assert antwoord.status_code == 302
    document = get_document_model().objects.get(title=TITEL)
    verwerk_document_taak.enqueue(document.pk)  # a second one, e.g. after a re-save
    assert wachtend("verwerk_document_taak").count() == 2
    draai_werker()
    assert DocumentGegevens.objects.filter(document=document).count() == 1
    assert TITEL in titels(UNIEK, beheerder)
    # a task for a document deleted before the worker got to it does nothing
    verwerk_document_taak.enqueue(document.pk)
    document.delete()
    draai_werker()
    assert not wachtend("verwerk_document_taak").exists()


def test_vervangen_bestand_wordt_opnieuw_verwerkt(client, django_user_model):
    """With the ImmediateBackend (`make run`, the tests) the task runs at once; a replaced file
    makes the old text stale ("wordt verwerkt") until its task ran."""
    client.force_login(django_user_model.objects.get(username="beheerder"))
    antwoord, _duur = _upload(client, demo_groep(), pdf_van_20_paginas())
    assert antwoord.status_code == 302
    document = get_document_model().objects.get(title=TITEL)
    assert not wordt_verwerkt(document)
    get_document_model().objects.filter(pk=document.pk).update(file_hash="ander-bestand")
    document.refresh_from_db()
    assert wordt_verwerkt(document)
