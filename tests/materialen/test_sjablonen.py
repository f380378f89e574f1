"""Fill-in templates: placeholders found in the text, DOCX and PDF read back."""

import io
import re

import pytest

from materialen import sjablonen
from materialen.models import Sjabloon

pytestmark = pytest.mark.django_db

MODELCONVENANT = "Modelconvenant risicogericht samenwerken"


def _modelconvenant():
    return Sjabloon.objects.get(titel=MODELCONVENANT)


def _waarden(plekken):
    return {p.veldnaam: f"Ingevuld-{i}" for i, p in enumerate(plekken, start=1)}


def _docx_tekst(data):
    from docx import Document

    document = Document(io.BytesIO(data))
    return document, "\n".join(p.text for p in document.paragraphs)


def _pdf_tekst(data):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        tekst = "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()
    return " ".join(tekst.split())


def _pdf_inhoudsopgave(data):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        return [item.get_title() for item in pdf.get_toc()]
    finally:
        pdf.close()


def test_invulplekken_van_het_modelconvenant_worden_in_de_tekst_gevonden():
    plekken = {p.sleutel: p for p in sjablonen.invulplekken(_modelconvenant().tekst)}
    for verwacht in [
        "[invullen gemeentenaam]",
        "[invullen naam OD]",
        "[invullen VR naam]",
        "[invullen naam en rol] (Gemeente)",  # one field per party: see test_sjablonen_partijen
        "[invullen naam en rol] (Provincie)",
        "van [****]",
        "bijlage **",
        "artikel **",
    ]:
        assert verwacht in plekken, verwacht
    assert plekken["[invullen gemeentenaam]"].aantal == 3
    assert plekken["[invullen gemeentenaam]"].label == "Naam van de gemeente"
    assert "[invullen naam en rol]" not in plekken
    # "bijlage **" and "artikel **" are different fields: one value would not fit both.
    assert plekken["bijlage **"].veldnaam != plekken["artikel **"].veldnaam


def test_convenant_heeft_de_ondertekeningsplekken():
    tekst = Sjabloon.objects.get(titel="Convenant Regionale Samenwerking").tekst
    sleutels = {p.sleutel for p in sjablonen.invulplekken(tekst)}
    assert {"[*naam organisatie*]", "[*datum*]", "[*plaats*]"} <= sleutels


def test_formulier_toont_een_veld_per_invulplek(client):
    sjabloon = _modelconvenant()
    plekken = sjablonen.invulplekken(sjabloon.tekst)
    html = client.get(f"/sjablonen/{sjabloon.pk}/").content.decode()
    for plek in plekken:
        assert f'name="{plek.veldnaam}"' in html
    assert html.count('class="utrecht-textbox"') == len(plekken)
    assert "Download als PDF" not in html  # first the check, then the download


def test_open_invulplekken_worden_voor_het_downloaden_genoemd(client):
    sjabloon = _modelconvenant()
    plekken = sjablonen.invulplekken(sjabloon.tekst)
    data = {plekken[0].veldnaam: "Utrecht", "actie": "docx"}
    antwoord = client.post(f"/sjablonen/{sjabloon.pk}/", data)
    assert antwoord.status_code == 200
    assert antwoord["Content-Type"].startswith("text/html")
    html = antwoord.content.decode()
    assert f"Nog {len(plekken) - 1} invulplekken zijn niet ingevuld" in html
    assert "Naam van de omgevingsdienst" in html
    assert 'name="bevestigd" value="ja"' in html
    # After the check the user may download anyway; the open ones stay in the document.
    data["bevestigd"] = "ja"
    antwoord = client.post(f"/sjablonen/{sjabloon.pk}/", data)
    _, tekst = _docx_tekst(antwoord.content)
    assert "[invullen naam OD]" in tekst and "Gemeente Utrecht" in tekst


@pytest.mark.parametrize("soort", ["docx", "pdf"])
def test_volledig_ingevuld_modelconvenant_zonder_invulplekken_met_alle_koppen(client, soort):
    sjabloon = _modelconvenant()
    plekken = sjablonen.invulplekken(sjabloon.tekst)
    waarden = _waarden(plekken)
    controle = client.post(f"/sjablonen/{sjabloon.pk}/", {**waarden, "actie": "controleren"})
    assert "Alle invulplekken zijn ingevuld." in controle.content.decode()

    antwoord = client.post(f"/sjablonen/{sjabloon.pk}/", {**waarden, "actie": soort})
    assert antwoord.status_code == 200
    assert f'.{soort}"' in antwoord["Content-Disposition"]
    koppen = sjablonen.koppen(sjabloon.tekst)
    artikelen = [k for k in koppen if k.startswith("Artikel")]
    assert len(artikelen) == 23 and "Artikel 4.8 Kosten" in artikelen
    if soort == "docx":
        document, tekst = _docx_tekst(antwoord.content)
        kop_alineas = [
            p.text for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))
        ]
        assert kop_alineas == koppen  # every heading, in order, as a real Word heading
    else:
        assert antwoord.content.startswith(b"%PDF-")
        tekst = _pdf_tekst(antwoord.content)
        assert _pdf_inhoudsopgave(antwoord.content) == koppen  # headings as PDF bookmarks
        for kop in koppen:
            assert " ".join(kop.split()) in tekst, kop
    assert sjablonen.invulplekken(tekst) == []
    assert not re.search(r"\[|\*\*|…", tekst)
    for waarde in waarden.values():
        assert waarde in tekst
    # The member lists keep their labels: a) ... i) in art. 1.4, a) ... d) in art. 3.4.
    assert "i) Het bevoegd gezag" in tekst


def test_onbekend_sjabloon_geeft_404(client):
    assert client.get("/sjablonen/999999/").status_code == 404


def test_te_lange_waarde_geeft_een_foutmelding_en_geen_download(client):
    sjabloon = _modelconvenant()
    plek = sjablonen.invulplekken(sjabloon.tekst)[0]
    antwoord = client.post(f"/sjablonen/{sjabloon.pk}/", {plek.veldnaam: "x" * 600, "actie": "pdf"})
    assert antwoord.status_code == 200
    assert antwoord["Content-Type"].startswith("text/html")
    assert "utrecht-form-field-error-message" in antwoord.content.decode()
