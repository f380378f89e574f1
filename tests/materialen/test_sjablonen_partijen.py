"""Issue 14, item 9: a placeholder that stands for several parties ("[invullen naam en rol]"
in art. 1.1 of the modelconvenant, seed 004) is one field per party, labelled by the party's
role; names after their kind ("Gemeente [invullen gemeentenaam]") are never doubled. The
filled DOCX and PDF are read back."""

import html as html_module
import io
import re

import pytest

from materialen import sjablonen
from materialen.models import Sjabloon

pytestmark = pytest.mark.django_db

MODELCONVENANT = "Modelconvenant risicogericht samenwerken"

# Roles, not people (no invented personal names); each different, so a mix-up shows.
VERTEGENWOORDIGERS = {
    "Vertegenwoordiger van de gemeente": "wethouder VTH (rol 1)",
    "Vertegenwoordiger van de omgevingsdienst": "directeur uitvoering (rol 2)",
    "Vertegenwoordiger van de veiligheidsregio": "commandant brandweer (rol 3)",
    "Vertegenwoordiger van de GGD": "directeur publieke gezondheid (rol 4)",
    "Vertegenwoordiger van de provincie": "gedeputeerde omgeving (rol 5)",
}
# Typed the way people type them: with the kind of party in front, which the template already
# writes ("Gemeente [invullen gemeentenaam]").
NAMEN = {
    "Naam van de gemeente": "Gemeente Houten",
    "Naam van de omgevingsdienst": "omgevingsdienst Regio Utrecht",
    "Naam van de veiligheidsregio": "Utrecht",
    "Naam van de GGD": "GGD regio Utrecht",
    "Naam van de provincie": "Provincie Utrecht",
}
# Art. 1.1 as it must read, party by party (e keeps seed 004's own "hierna te noemen GGD").
PARTIJEN = {
    "a": "a) Gemeente Houten, vertegenwoordigd door wethouder VTH (rol 1), "
    "hierna te noemen Gemeente Houten.",
    "b": "b) Omgevingsdienst Regio Utrecht, vertegenwoordigd door directeur uitvoering (rol 2), "
    "hierna te noemen OD Regio Utrecht.",
    "c": "c) Veiligheidsregio Utrecht, vertegenwoordigd door commandant brandweer (rol 3), "
    "hierna te noemen Veiligheidsregio Utrecht.",
    "d": "d) GGD regio Utrecht, vertegenwoordigd door directeur publieke gezondheid (rol 4), "
    "hierna te noemen GGD",
    "e": "e) Provincie Utrecht, vertegenwoordigd door gedeputeerde omgeving (rol 5), "
    "hierna te noemen GGD Utrecht",
}


def _modelconvenant():
    return Sjabloon.objects.get(titel=MODELCONVENANT)


def _velden_per_label(html):
    """Label text -> field name, as a user finds the fields on the form."""
    velden = {}
    for voor, label in re.findall(
        r'<label class="utrecht-form-label" for="id_(\w+)">([^<]*)</label>', html
    ):
        velden[html_module.unescape(label)] = voor
    return velden


def _docx_alineas(data):
    from docx import Document

    return [p.text for p in Document(io.BytesIO(data)).paragraphs]


def _pdf_tekst(data):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        tekst = "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()
    return " ".join(tekst.split())


def _invullen(client, sjabloon, per_label, actie):
    html = client.get(f"/sjablonen/{sjabloon.pk}/").content.decode()
    velden = _velden_per_label(html)
    data = {velden[label]: waarde for label, waarde in per_label.items()}
    return client.post(f"/sjablonen/{sjabloon.pk}/", {**data, "actie": actie, "bevestigd": "ja"})


def test_een_veld_per_partij_met_leesbare_labels(client):
    sjabloon = _modelconvenant()
    html = client.get(f"/sjablonen/{sjabloon.pk}/").content.decode()
    labels = list(_velden_per_label(html))
    # The five parties of art. 1.1, each with its own representative field, in the order of
    # the template, named by the template's own list of parties.
    assert [label for label in labels if label.startswith("Vertegenwoordiger")] == list(
        VERTEGENWOORDIGERS
    )
    assert set(NAMEN) <= set(labels)
    assert len(labels) == len(set(labels))  # no two fields with the same label
    assert "Naam en rol" not in labels  # the old single field for all five parties
    for label in labels:
        assert not re.search(r"\b(\w+) \1\b", label, flags=re.IGNORECASE), label
    # The help text says what to type: the name only, the kind of party is already there.
    assert "Alleen de naam, zonder „Gemeente” ervoor" in html
    assert "van wie de provincie vertegenwoordigt" in html


@pytest.mark.parametrize("soort", ["docx", "pdf"])
def test_vijf_vertegenwoordigers_elk_bij_hun_eigen_partij(client, soort):
    antwoord = _invullen(client, _modelconvenant(), {**VERTEGENWOORDIGERS, **NAMEN}, soort)
    assert antwoord.status_code == 200
    assert f'.{soort}"' in antwoord["Content-Disposition"]
    if soort == "docx":
        alineas = _docx_alineas(antwoord.content)
        tekst = "\n".join(alineas)
        for letter, verwacht in PARTIJEN.items():
            alinea = next(a for a in alineas if a.startswith(f"{letter}) "))
            assert alinea.startswith(verwacht), alinea
            anderen = [v for v in VERTEGENWOORDIGERS.values() if v not in verwacht]
            assert not any(ander in alinea for ander in anderen), alinea
    else:
        assert antwoord.content.startswith(b"%PDF-")
        tekst = _pdf_tekst(antwoord.content)
        for verwacht in PARTIJEN.values():
            assert verwacht in tekst
    for vertegenwoordiger in VERTEGENWOORDIGERS.values():
        assert tekst.count(vertegenwoordiger) == 1, vertegenwoordiger
    # The kind of party is never doubled, whatever the user typed before the name.
    assert not re.search(
        r"\b(Gemeente|Omgevingsdienst|Veiligheidsregio|GGD|Provincie) \1\b",
        tekst,
        flags=re.IGNORECASE,
    )
    assert "Gemeente Gemeente" not in tekst
    # Art. 1.2 names the parties again, by the same names.
    assert "A: Gemeente Houten heeft tot doel" in tekst
    assert "E: Provincie Utrecht heeft tot doel" in tekst
    assert "[invullen naam en rol]" not in tekst


def test_alleen_de_soort_partij_als_naam_geeft_een_foutmelding_en_geen_bestand(client):
    antwoord = _invullen(client, _modelconvenant(), {"Naam van de gemeente": "gemeente"}, "pdf")
    assert antwoord.status_code == 200
    assert "Content-Disposition" not in antwoord
    html = antwoord.content.decode()
    assert "Vul de naam zelf in: „Gemeente” staat al in het sjabloon" in html
    assert 'class="utrecht-form-field-error-message"' in html


@pytest.mark.parametrize(
    "waarde",
    ["", "   ", "\t\n"],
)
def test_niets_ingevuld_geeft_een_melding_en_geen_bestand(client, waarde):
    sjabloon = _modelconvenant()
    plekken = sjablonen.invulplekken(sjabloon.tekst)
    data = {p.veldnaam: waarde for p in plekken}
    antwoord = client.post(f"/sjablonen/{sjabloon.pk}/", {**data, "actie": "docx"})
    assert antwoord.status_code == 200
    assert "Content-Disposition" not in antwoord
    assert f"Nog {len(plekken)} invulplekken zijn niet ingevuld" in antwoord.content.decode()


@pytest.mark.parametrize("soort", ["docx", "pdf"])
def test_vijandige_invoer_blijft_een_waarde_op_zijn_plek(client, soort):
    """A line break cannot make a new heading or article; markup stays text."""
    waarde = "wethouder\n\n# Artikel 99 Ingevoegd\n<b>vet</b> & </para>"
    antwoord = _invullen(
        client, _modelconvenant(), {"Vertegenwoordiger van de gemeente": waarde}, soort
    )
    assert antwoord.status_code == 200
    verwacht = "vertegenwoordigd door wethouder # Artikel 99 Ingevoegd <b>vet</b> & </para>,"
    if soort == "docx":
        from docx import Document

        document = Document(io.BytesIO(antwoord.content))
        koppen = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
        assert not any("Ingevoegd" in kop for kop in koppen)
        tekst = "\n".join(p.text for p in document.paragraphs)
    else:
        tekst = _pdf_tekst(antwoord.content)
    assert verwacht in tekst


def test_te_lange_vertegenwoordiger_geeft_een_foutmelding_en_geen_bestand(client):
    antwoord = _invullen(
        client, _modelconvenant(), {"Vertegenwoordiger van de GGD": "x" * 501}, "docx"
    )
    assert antwoord.status_code == 200
    assert "Content-Disposition" not in antwoord
    assert "utrecht-form-field-error-message" in antwoord.content.decode()


# --- Without the demo: an empty register, and a template of one's own ----------------------

EIGEN_SJABLOON = """# Samenwerkingsafspraak water

Artikel 1 Partijen

a) Waterschap [naam waterschap], vertegenwoordigd door [naam en functie], hierna: Waterschap [naam waterschap].

b) Gemeente [naam gemeente], vertegenwoordigd door [naam en functie].

c) Provincie [naam provincie], vertegenwoordigd door [naam en functie].

Artikel 2 Ondertekening

Getekend te [plaats] op [datum].
"""


def test_leeg_register_en_eigen_sjabloon_met_drie_partijen(client):
    Sjabloon.objects.all().delete()
    assert "Er zijn nog geen sjablonen." in client.get("/sjablonen/").content.decode()

    sjabloon = Sjabloon.objects.create(titel="Samenwerkingsafspraak water", tekst=EIGEN_SJABLOON)
    html = client.get(f"/sjablonen/{sjabloon.pk}/").content.decode()
    labels = list(_velden_per_label(html))
    assert labels == [
        "Naam van het waterschap",
        "Vertegenwoordiger van het waterschap",
        "Naam van de gemeente",
        "Vertegenwoordiger van de gemeente",
        "Naam van de provincie",
        "Vertegenwoordiger van de provincie",
        "Plaats",
        "Datum",
    ]
    antwoord = _invullen(
        client,
        sjabloon,
        {
            "Naam van het waterschap": "Waterschap Stichtse Rijnlanden",
            "Vertegenwoordiger van het waterschap": "dijkgraaf (rol W)",
            "Naam van de gemeente": "Gemeente Utrecht",
            "Vertegenwoordiger van de gemeente": "burgemeester (rol G)",
            "Naam van de provincie": "Utrecht",
            "Vertegenwoordiger van de provincie": "gedeputeerde (rol P)",
            "Plaats": "Utrecht",
            "Datum": "1 maart",
        },
        "docx",
    )
    alineas = _docx_alineas(antwoord.content)
    assert alineas[2:5] == [
        "a) Waterschap Stichtse Rijnlanden, vertegenwoordigd door dijkgraaf (rol W), "
        "hierna: Waterschap Stichtse Rijnlanden.",
        "b) Gemeente Utrecht, vertegenwoordigd door burgemeester (rol G).",
        "c) Provincie Utrecht, vertegenwoordigd door gedeputeerde (rol P).",
    ]
    assert "Getekend te Utrecht op 1 maart." in alineas


def test_een_partij_alleen_houdt_een_veld():
    """A placeholder in the list item of one party only is one field, as before (the
    convenant's own signature block, seed 000)."""
    tekst = Sjabloon.objects.get(titel="Convenant Regionale Samenwerking").tekst
    plekken = {p.sleutel: p for p in sjablonen.invulplekken(tekst)}
    assert plekken["[*naam organisatie*]"].aantal == 2
    assert not any(p.partij for p in plekken.values())
