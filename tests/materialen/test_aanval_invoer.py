"""Hostile input to the public materialen views (issue 11, point 7): a template fill with a
control character, and numbers in the URL too large for the database. A clear answer, never a
server error."""

import io

import pytest

from materialen import sjablonen
from materialen.models import Sjabloon

pytestmark = pytest.mark.django_db

STUURTEKENS = ["\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\ufffe"]


def _sjabloon():
    return Sjabloon.objects.get(titel="Modelconvenant risicogericht samenwerken")


def _tekst(soort, data):
    if soort == "docx":
        from docx import Document

        return "\n".join(p.text for p in Document(io.BytesIO(data)).paragraphs)
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


@pytest.mark.parametrize("soort", ["docx", "pdf"])
@pytest.mark.parametrize("teken", STUURTEKENS)
def test_invulling_met_stuurteken_geeft_een_bestand_zonder_dat_teken(client, soort, teken):
    sjabloon = _sjabloon()
    plek = sjablonen.invulplekken(sjabloon.tekst)[0]
    antwoord = client.post(
        f"/sjablonen/{sjabloon.pk}/",
        {plek.veldnaam: f"Gemeente{teken}Utrecht", "actie": soort, "bevestigd": "ja"},
    )
    assert antwoord.status_code == 200
    assert f'.{soort}"' in antwoord["Content-Disposition"]
    tekst = _tekst(soort, antwoord.content)
    assert "GemeenteUtrecht" in tekst
    assert teken not in tekst


def test_invulling_met_nul_teken_geeft_een_foutmelding(client):
    sjabloon = _sjabloon()
    plek = sjablonen.invulplekken(sjabloon.tekst)[0]
    antwoord = client.post(
        f"/sjablonen/{sjabloon.pk}/",
        {plek.veldnaam: "Gemeente\x00Utrecht", "actie": "docx", "bevestigd": "ja"},
    )
    assert antwoord.status_code == 200
    assert "Content-Disposition" not in antwoord
    assert "Null-tekens zijn niet toegestaan" in antwoord.content.decode()


@pytest.mark.parametrize("soort", ["docx", "pdf"])
def test_sjabloontekst_met_stuurteken_geeft_toch_een_bestand(client, soort):
    sjabloon = _sjabloon()
    sjabloon.tekst = "# Titel\x01 van het sjabloon\n\nArtikel 1 Doel\x0b\n\nTekst met [naam]."
    sjabloon.save()
    antwoord = client.post(f"/sjablonen/{sjabloon.pk}/", {"plek_1": "x", "actie": soort})
    assert antwoord.status_code == 200
    assert "Titel van het sjabloon" in _tekst(soort, antwoord.content)


TE_GROOT = "99999999999999999999"


@pytest.mark.parametrize(
    "adres",
    [
        f"/bijeenkomsten/groep-{TE_GROOT}.ics",
        f"/bijeenkomsten/{TE_GROOT}/",
        f"/sjablonen/{TE_GROOT}/",
        f"/materialen/voorbeeld/{TE_GROOT}.png",
        "/bijeenkomsten/groep-9223372036854775808.ics",  # 2**63: one past the largest key
    ],
)
def test_te_groot_getal_in_het_adres_geeft_404(client, adres):
    assert client.get(adres).status_code == 404
