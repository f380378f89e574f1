"""Attacks on and accidents with the import (issue 11: points 2, 7, 8, 14, 15). Each test
reproduces what went wrong and checks what a coördinator now sees instead."""

import csv
import io
import os
import re
import threading
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import PatternFill

from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from afspraken import admin_views
from afspraken.importeren import KOLOMMEN, ImportFout, formaat, importeer
from afspraken.models import PARTNER_VELDEN, Uitvoeringsafspraak

VOORBEELD = Path(__file__).resolve().parent.parent / "data" / "afspraken_voorbeeld.csv"
ADRES = "/admin/afspraken/importeren/"
pytestmark = pytest.mark.django_db


def rij_van(afspraak, **anders):
    """The row of the national table (16 columns, no status or groep) for an agreement."""
    rij = {
        "kerninstrument": afspraak.kerninstrument.naam,
        "juridische_onderbouwing": afspraak.juridische_onderbouwing,
        "juridische_tekst": afspraak.juridische_tekst,
        "samenwerkingsafspraak": afspraak.samenwerkingsafspraak,
        "typering": afspraak.typering,
        "trefwoorden": "; ".join(sorted(afspraak.trefwoorden.names())),
        "bron": afspraak.bron,
        "ambtelijk_bestuurlijk": afspraak.ambtelijk_bestuurlijk,
        "toelichting": afspraak.toelichting,
        **{veld: "x" if getattr(afspraak, veld) else "" for veld in PARTNER_VELDEN},
    }
    rij.update(anders)
    return rij


def als_csv(rijen, kolommen=KOLOMMEN):
    uit = io.StringIO()
    schrijver = csv.DictWriter(uit, fieldnames=kolommen)
    schrijver.writeheader()
    schrijver.writerows(rijen)
    return uit.getvalue().encode()


def als_xlsx(rijen):
    werkmap = Workbook()
    for rij in rijen:
        werkmap.active.append(rij)
    uit = io.BytesIO()
    werkmap.save(uit)
    return uit.getvalue()


def vervang_in_zip(inhoud, naam, nieuw):
    uit = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(inhoud)) as bron, zipfile.ZipFile(uit, "w") as doel:
        for deel in bron.infolist():
            data = bron.read(deel)
            doel.writestr(deel, nieuw(data) if deel.filename == naam else data)
    return uit.getvalue()


def xlsx_met_gedeelde_teksten(rijen, extra=0, pad="xl/sharedStrings.xml"):
    """An XLSX as Excel writes it: every text in the shared strings table (openpyxl writes
    inline strings), plus `extra` unused shared strings."""
    from xml.sax.saxutils import escape

    from openpyxl.utils import get_column_letter

    teksten, index, blad = [], {}, []
    for r, rij in enumerate(rijen, start=1):
        cellen = []
        for k, waarde in enumerate(rij, start=1):
            if waarde not in index:
                index[waarde] = len(teksten)
                teksten.append(waarde)
            cellen.append(f'<c r="{get_column_letter(k)}{r}" t="s"><v>{index[waarde]}</v></c>')
        blad.append(f'<row r="{r}">{"".join(cellen)}</row>')
    teksten += [f"ongebruikt {n}" for n in range(extra)]
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006"
    delen = {
        "[Content_Types].xml": f'<Types xmlns="{pkg}/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        f'<Override PartName="/{pad}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        "</Types>",
        "_rels/.rels": f'<Relationships xmlns="{pkg}/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>",
        "xl/workbook.xml": f'<workbook xmlns="{ns}" xmlns:r="{rel}"><sheets>'
        '<sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{pkg}/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/>'
        "</Relationships>",
        "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{ns}"><sheetData>{"".join(blad)}'
        "</sheetData></worksheet>",
        pad: f'<sst xmlns="{ns}" count="{len(teksten)}" '
        f'uniqueCount="{len(teksten)}">'
        + "".join(f"<si><t>{escape(t)}</t></si>" for t in teksten)
        + "</sst>",
    }
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as archief:
        for naam, tekst in delen.items():
            archief.writestr(naam, tekst)
    return uit.getvalue()


def geldige_rijen():
    return "".join(VOORBEELD.read_text(encoding="utf-8").splitlines(keepends=True)[:26])


@pytest.fixture(autouse=True)
def eigen_importmap(settings, tmp_path):
    """Waiting imports and error lists in the test's own folder, not the system's."""
    settings.AFSPRAKEN_IMPORT_MAP = str(tmp_path)


@pytest.fixture
def vastgesteld_in_groep():
    afspraak = (
        Uitvoeringsafspraak.objects.openbaar()
        .filter(status="vastgesteld", groep__isnull=False)
        .order_by("pk")
        .first()
    )
    assert afspraak is not None, "de demo-inhoud heeft een vastgestelde afspraak van een groep"
    return afspraak


@pytest.fixture
def coordinator(client):
    client.force_login(User.objects.get(username="coordinator"))
    return client


def upload(client, inhoud, naam="afspraken.csv"):
    return client.post(ADRES, {"bestand": SimpleUploadedFile(naam, inhoud)})


def bevestig(client, **extra):
    token = client.session["afspraken_import"]
    return client.post(ADRES, {"bevestig": "1", "token": token, **extra}, follow=True)


# -- point 2: the national table must not take agreements out of the register ------------


def test_landelijke_tabel_zonder_status_en_groep_laat_afspraak_in_register(
    client, vastgesteld_in_groep
):
    afspraak = vastgesteld_in_groep
    groep_id = afspraak.groep_id
    resultaat = importeer(als_csv([rij_van(afspraak)]))
    assert (len(resultaat.gewijzigd), resultaat.ongewijzigd) == (0, 1)
    afspraak.refresh_from_db()
    assert (afspraak.status, afspraak.groep_id, afspraak.live) == ("vastgesteld", groep_id, True)
    assert client.get(f"/api/afspraken/{afspraak.code}/").status_code == 200


def test_gewijzigde_tekst_in_landelijke_tabel_houdt_status_groep_en_titel(vastgesteld_in_groep):
    afspraak = vastgesteld_in_groep
    groep_id, titel = afspraak.groep_id, afspraak.titel
    rij = rij_van(afspraak, toelichting="Aangepast in de landelijke tabel.")
    resultaat = importeer(als_csv([rij]))
    # without a code column the row is found by instrument + text, so it is the same agreement
    assert [w.afspraak.pk for w in resultaat.gewijzigd] == [afspraak.pk]
    assert resultaat.gewijzigd[0].velden[0][0] == "toelichting"
    afspraak.refresh_from_db()
    assert (afspraak.status, afspraak.groep_id, afspraak.titel) == ("vastgesteld", groep_id, titel)
    assert afspraak.toelichting == "Aangepast in de landelijke tabel."
    assert Uitvoeringsafspraak.objects.openbaar().filter(pk=afspraak.pk).exists()


def test_voorvertoning_toont_het_gewijzigde_deel_van_een_lange_tekst(
    coordinator, vastgesteld_in_groep
):
    afspraak = vastgesteld_in_groep
    lang = "De partijen leggen vast wie welke rol heeft bij toezicht en handhaving. " * 3
    Uitvoeringsafspraak.objects.filter(pk=afspraak.pk).update(toelichting=lang.strip())
    afspraak.refresh_from_db()
    bestand = als_csv([rij_van(afspraak, toelichting=lang + "Evaluatie na twee jaar.")])
    html = upload(coordinator, bestand).content.decode()
    # the added sentence is visible, not twice the same first 60 characters
    assert "Evaluatie na twee jaar." in html


def test_statuswijziging_in_beheer_eerst_zichtbaar_en_alleen_met_vinkje(
    coordinator, vastgesteld_in_groep
):
    afspraak = vastgesteld_in_groep
    bestand = als_csv([{**rij_van(afspraak), "status": "concept"}], [*KOLOMMEN, "status"])
    html = upload(coordinator, bestand).content.decode()
    assert "0 nieuw, 1 gewijzigd" in html
    assert "status: vastgesteld → concept" in html
    assert 'name="status_wijzigen"' in html
    # confirming without ticking the box changes nothing and says why
    html = bevestig(coordinator).content.decode()
    assert "1 afspraak krijgt een andere status" in html  # one: singular
    afspraak.refresh_from_db()
    assert afspraak.status == "vastgesteld"
    # with the box ticked it goes through
    antwoord = bevestig(coordinator, status_wijzigen="1")
    assert "Import voltooid" in antwoord.content.decode()
    afspraak.refresh_from_db()
    assert afspraak.status == "concept"


def test_commando_vraagt_status_wijzigen_voor_statuswijziging(
    vastgesteld_in_groep, tmp_path, capsys
):
    afspraak = vastgesteld_in_groep
    bestand = tmp_path / "tabel.csv"
    bestand.write_bytes(
        als_csv([{**rij_van(afspraak), "status": "ingetrokken"}], [*KOLOMMEN, "status"])
    )
    with pytest.raises(CommandError):
        call_command("importeer_afspraken", str(bestand))
    uitvoer = capsys.readouterr()
    assert "--status-wijzigen" in uitvoer.err
    assert "status: vastgesteld → ingetrokken" in uitvoer.out
    afspraak.refresh_from_db()
    assert afspraak.status == "vastgesteld"
    call_command("importeer_afspraken", str(bestand), "--status-wijzigen")
    afspraak.refresh_from_db()
    assert afspraak.status == "ingetrokken"


def test_vergrendelde_afspraak_wordt_overgeslagen_tenzij_gekozen(vastgesteld_in_groep):
    afspraak = vastgesteld_in_groep
    afspraak.locked = True
    afspraak.locked_by = User.objects.get(username="trekker")
    afspraak.save(update_fields=["locked", "locked_by"])
    bestand = als_csv([rij_van(afspraak, toelichting="Overschreven door import.")])
    resultaat = importeer(bestand)
    assert [w.afspraak.pk for w in resultaat.overgeslagen] == [afspraak.pk]
    assert "overgeslagen" in resultaat.samenvatting
    afspraak.refresh_from_db()
    assert afspraak.toelichting != "Overschreven door import."
    importeer(bestand, ook_vergrendeld=True)
    afspraak.refresh_from_db()
    assert afspraak.toelichting == "Overschreven door import."


def test_openstaand_concept_wordt_niet_stil_vervangen(coordinator, vastgesteld_in_groep):
    afspraak = vastgesteld_in_groep
    concept = Uitvoeringsafspraak.objects.get(pk=afspraak.pk)
    concept.toelichting = "Concept van de trekker, nog niet gepubliceerd."
    revisie = concept.save_revision(user=User.objects.get(username="trekker"))
    bestand = als_csv([rij_van(afspraak, toelichting="Uit de landelijke tabel.")])
    html = upload(coordinator, bestand).content.decode()
    assert "Overgeslagen" in html and "concept dat nog niet gepubliceerd is" in html
    assert 'name="ook_vergrendeld"' in html
    bevestig(coordinator)
    afspraak.refresh_from_db()
    assert afspraak.latest_revision_id == revisie.pk
    assert afspraak.toelichting != "Uit de landelijke tabel."


def test_werkstroom_wordt_pas_met_vinkje_afgebroken_en_keuzes_blijven_staan(
    coordinator, vastgesteld_in_groep
):
    from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask

    afspraak = vastgesteld_in_groep
    werkstroom = Workflow.objects.create(name="Importtest")
    taak = GroupApprovalTask.objects.create(name="Beoordelen")
    WorkflowTask.objects.create(workflow=werkstroom, task=taak, sort_order=0)
    staat = werkstroom.start(afspraak, User.objects.get(username="trekker"))
    rij = {**rij_van(afspraak, toelichting="Uit de tabel."), "status": "ingetrokken"}
    html = upload(coordinator, als_csv([rij], [*KOLOMMEN, "status"])).content.decode()
    assert "in een werkstroom (moderatie)" in html
    # overriding the workflow brings the status change into view: asked, choice kept
    html = bevestig(coordinator, ook_vergrendeld="1").content.decode()
    assert "1 afspraak krijgt een andere status" in html  # one: singular
    assert 'name="ook_vergrendeld" value="1" checked' in html
    afspraak.refresh_from_db()
    assert afspraak.status == "vastgesteld"
    bevestig(coordinator, ook_vergrendeld="1", status_wijzigen="1")
    afspraak.refresh_from_db()
    staat.refresh_from_db()
    assert (afspraak.status, afspraak.toelichting) == ("ingetrokken", "Uit de tabel.")
    assert staat.status == staat.STATUS_CANCELLED


# -- point 7: broken XLSX and confirming twice at once ------------------------------------


def test_xlsx_met_kapotte_xml_geeft_nette_melding(coordinator):
    rijen = list(csv.reader(io.StringIO(geldige_rijen())))
    kapot = vervang_in_zip(
        als_xlsx(rijen), "xl/worksheets/sheet1.xml", lambda data: data[: len(data) // 2]
    )
    antwoord = upload(coordinator, kapot, "afspraken.xlsx")
    assert antwoord.status_code == 200
    assert "geen geldig XLSX-bestand" in antwoord.content.decode()


def test_tweede_gelijktijdige_bevestiging_wordt_geweigerd(coordinator, monkeypatch):
    """The second request arrives while the first is importing (same session, token still
    in it): it is refused instead of importing the file a second time."""
    Uitvoeringsafspraak.objects.all().delete()
    upload(coordinator, geldige_rijen().encode())
    token = coordinator.session["afspraken_import"]
    echte_start = admin_views.start_import
    antwoorden, imports = [], []

    def import_met_tweede_klik(*args, **kwargs):
        if not antwoorden:
            antwoorden.append(coordinator.post(ADRES, {"bevestig": "1", "token": token}))
        imports.append(1)
        return echte_start(*args, **kwargs)

    monkeypatch.setattr(admin_views, "start_import", import_met_tweede_klik)
    eerste = coordinator.post(ADRES, {"bevestig": "1", "token": token})
    assert eerste.status_code == antwoorden[0].status_code == 302
    assert len(imports) == 1  # the second click did not run the import again
    assert Uitvoeringsafspraak.objects.count() == 25


@pytest.mark.skipif("connection.vendor != 'postgresql'")
def test_gelijktijdige_imports_geven_geen_dubbelen_of_integrityerror():
    """Two imports at once in their own connections (as two web workers): the second waits
    for the first, then finds everything unchanged."""
    kenmerk = f"gelijktijdig-{time.time_ns()}"
    kolommen = [*KOLOMMEN]
    rijen = [
        {
            **{k: "" for k in kolommen},
            "kerninstrument": "Omgevingsplan",
            "samenwerkingsafspraak": f"Partijen stemmen af ({kenmerk}, {n}).",
            "trefwoorden": f"{kenmerk}-a; {kenmerk}-b",
        }
        for n in range(40)
    ]
    bestand = als_csv(rijen, kolommen)
    fouten, resultaten, start = [], [], threading.Barrier(2)

    def importeer_in_draad():
        try:
            start.wait()
            resultaten.append(importeer(bestand, index=False))
        except Exception as fout:  # noqa: BLE001 - what a worker would turn into a 500
            fouten.append(fout)
        finally:
            connection.close()

    draden = [threading.Thread(target=importeer_in_draad) for _ in range(2)]
    try:
        for draad in draden:
            draad.start()
        for draad in draden:
            draad.join(60)
        assert fouten == []
        assert sorted(len(r.nieuw) for r in resultaten) == [0, 40]
        assert sorted(r.ongewijzigd for r in resultaten) == [0, 40]
    finally:
        opruimen = threading.Thread(target=_ruim_gelijktijdig_op, args=(kenmerk,))
        opruimen.start()
        opruimen.join(60)


def _ruim_gelijktijdig_op(kenmerk):
    from taggit.models import Tag
    from wagtail.models import ModelLogEntry, Revision

    from afspraken.models import Statuswijziging

    try:
        afspraken = Uitvoeringsafspraak.objects.filter(samenwerkingsafspraak__contains=kenmerk)
        ids = [str(pk) for pk in afspraken.values_list("pk", flat=True)]
        aantal = len(ids)
        ModelLogEntry.objects.filter(object_id__in=ids, data__bron="import").delete()
        Statuswijziging.objects.filter(afspraak_id__in=ids).delete()
        afspraken.delete()
        Revision.objects.filter(object_id__in=ids).delete()
        Tag.objects.filter(name__startswith=kenmerk).delete()
        assert aantal in (0, 40)
    finally:
        connection.close()


# -- point 8: bounded memory and output ---------------------------------------------------


def test_na_max_fouten_stopt_het_lezen(monkeypatch):
    monkeypatch.setattr(formaat, "MAX_FOUTEN", 10)
    fout_rij = "Bestemmingsplan,,,tekst,,,,,,,,,,,,\n"
    bestand = ",".join(KOLOMMEN).encode() + b"\n" + (fout_rij * 1000).encode()
    with pytest.raises(ImportFout) as fout:
        importeer(bestand)
    assert len(fout.value.fouten) == 10 and fout.value.afgebroken
    assert "en meer fouten" in str(fout.value)


def test_xlsx_met_te_veel_gedeelde_teksten_wordt_niet_geopend(monkeypatch):
    monkeypatch.setattr(formaat, "MAX_GEDEELDE_TEKSTEN", 500)
    rijen = list(csv.reader(io.StringIO(geldige_rijen())))
    # the same file as Excel writes it is fine
    assert len(importeer(xlsx_met_gedeelde_teksten(rijen), droog=True).regels) == 25
    with pytest.raises(ImportFout) as fout:
        importeer(xlsx_met_gedeelde_teksten(rijen, extra=1000))
    assert "meer dan 500 verschillende teksten" in str(fout.value)
    # also when the table hides under another name (openpyxl follows the package's paths)
    verstopt = xlsx_met_gedeelde_teksten(rijen, pad="xl/teksten.dat")
    assert len(importeer(verstopt, droog=True).regels) == 25
    with pytest.raises(ImportFout) as fout:
        importeer(xlsx_met_gedeelde_teksten(rijen, extra=1000, pad="xl/teksten.dat"))
    assert "meer dan 500 verschillende teksten" in str(fout.value)


def test_te_veel_rijen_worden_geweigerd(monkeypatch):
    monkeypatch.setattr(formaat, "MAX_RIJEN", 20)
    with pytest.raises(ImportFout) as fout:
        importeer(geldige_rijen().encode())
    assert "meer dan 20 rijen" in str(fout.value)


def test_xlsx_die_een_enorme_breedte_claimt_is_snel_en_geldig():
    rijen = list(csv.reader(io.StringIO(geldige_rijen())))
    bestand = vervang_in_zip(
        als_xlsx(rijen),
        "xl/worksheets/sheet1.xml",
        lambda data: re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:XFD2000"/>', data),
    )
    begin = time.perf_counter()
    resultaat = importeer(bestand, droog=True)
    assert len(resultaat.regels) == 25
    assert time.perf_counter() - begin < 10


def test_foutentabel_in_beheer_is_gepagineerd(coordinator):
    fout_rij = "Bestemmingsplan,,,tekst,,,,,,,,,,,,\n"
    bestand = ",".join(KOLOMMEN).encode() + b"\n" + (fout_rij * 120).encode()
    html = upload(coordinator, bestand).content.decode()
    assert "120 fouten gevonden; er is niets opgeslagen" in html
    assert html.count("<td>kerninstrument</td>") == admin_views.FOUTEN_PER_PAGINA
    assert "Pagina 1 van 3" in html
    derde = coordinator.get(ADRES, {"foutpagina": 3}).content.decode()
    assert derde.count("<td>kerninstrument</td>") == 20
    assert "<td>121</td>" in derde


# -- point 14: ordinary Excel files ---------------------------------------------------------


def test_opgemaakte_lege_kolom_naast_de_kop_is_geen_fout():
    rijen = list(csv.reader(io.StringIO(geldige_rijen())))
    werkmap = Workbook()
    for rij in rijen:
        werkmap.active.append(rij)
    geel = PatternFill("solid", fgColor="FFFF00")
    for nummer in range(1, 30):
        werkmap.active.cell(row=nummer, column=len(KOLOMMEN) + 2).fill = geel
    uit = io.BytesIO()
    werkmap.save(uit)
    assert len(importeer(uit.getvalue(), droog=True).regels) == 25


def test_lege_kopcel_met_waarde_eronder_noemt_de_kolom():
    kop, *data = list(csv.reader(io.StringIO(geldige_rijen())))
    rijen = [[*kop, "", "groep"], [*data[0], "los", ""], *data[1:]]
    with pytest.raises(ImportFout) as fout:
        importeer(als_xlsx(rijen))
    letter = chr(ord("A") + len(kop))  # the column after the header
    assert [(f.rij, f.kolom) for f in fout.value.fouten] == [(2, f"{letter} (zonder kop)")]
    assert "geen naam in de kop" in str(fout.value)


# -- point 15: temporary files --------------------------------------------------------------


def import_mappen(basis):
    return sorted(p for p in basis.iterdir() if p.name.startswith(admin_views.VOORVOEGSEL))


def test_elke_import_eigen_map_weg_na_bevestigen_en_annuleren(coordinator, settings, tmp_path):
    settings.AFSPRAKEN_IMPORT_MAP = str(tmp_path)
    Uitvoeringsafspraak.objects.all().delete()
    upload(coordinator, geldige_rijen().encode())
    [eerste] = import_mappen(tmp_path)
    assert eerste.stat().st_mode & 0o777 == 0o700
    bevestig(coordinator)
    assert import_mappen(tmp_path) == []
    assert Uitvoeringsafspraak.objects.count() == 25

    upload(coordinator, geldige_rijen().encode())
    [tweede] = import_mappen(tmp_path)
    assert tweede != eerste
    token = coordinator.session["afspraken_import"]
    coordinator.post(ADRES, {"annuleer": "1", "token": token})
    assert import_mappen(tmp_path) == []


def test_oude_importmappen_worden_opgeruimd(coordinator, settings, tmp_path):
    settings.AFSPRAKEN_IMPORT_MAP = str(tmp_path)
    oud = tmp_path / f"{admin_views.VOORVOEGSEL}verlatenimport"
    oud.mkdir()
    (oud / "bestand").write_bytes(b"oud")
    uur_geleden = time.time() - 2 * 3600
    os.utime(oud, (uur_geleden, uur_geleden))
    vreemd = tmp_path / "iets-anders"
    vreemd.mkdir()
    os.utime(vreemd, (uur_geleden, uur_geleden))
    upload(coordinator, VOORBEELD.read_bytes())
    assert not oud.exists()
    assert vreemd.exists()


def test_onbruikbare_importmap_geeft_een_melding(coordinator, settings, tmp_path):
    """An operator's mistake (the folder is a file) answers with a Dutch message, not a 500."""
    bestand = tmp_path / "een-bestand"
    bestand.write_text("x")
    settings.AFSPRAKEN_IMPORT_MAP = str(bestand / "sub")
    antwoord = upload(coordinator, geldige_rijen().encode())
    assert antwoord.status_code == 200
    assert "AFSPRAKEN_IMPORT_MAP" in antwoord.content.decode()
