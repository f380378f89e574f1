"""Long imports show progress (issue 18, item 7): the importer reports rows through a callback
and never prints; the command shows progress lines when its output is not a terminal and ends
with a summary; zoekindex and laad_demo do the same."""

import io
import re

import pytest

from django.core.management import call_command

from afspraken.importeren import KOLOMMEN, importeer
from afspraken.models import Kerninstrument, Uitvoeringsafspraak
from bench.meting import als_csv, synthetische_rijen
from groepen.models import GroepPage
from search.indexeren import FASE_DOCUMENTEN, FASE_WOORDEN, herbouw

pytestmark = pytest.mark.django_db


def bestand(aantal, start=0):
    instrumenten = list(Kerninstrument.objects.values_list("naam", flat=True))
    groepen = list(GroepPage.objects.values_list("slug", flat=True))
    rijen = synthetische_rijen(start, aantal, instrumenten, groepen)
    return als_csv(rijen, ["code", *KOLOMMEN, "status", "groep"])


def test_importer_meldt_voortgang_in_rijen_en_drukt_niets_af(capsys):
    meldingen = []
    resultaat = importeer(bestand(300), voortgang=lambda *m: meldingen.append(m), index=False)
    assert len(resultaat.nieuw) == 300
    per_fase = {}
    for fase, verwerkt, totaal in meldingen:
        per_fase.setdefault(fase, []).append((verwerkt, totaal))
    assert list(per_fase) == ["Lezen", "Opslaan"]
    for stappen in per_fase.values():
        aantallen = [verwerkt for verwerkt, _ in stappen]
        assert aantallen == sorted(aantallen) and len(aantallen) > 1  # more than one report
        assert stappen[-1] == (300, 300)  # ends at the total
    assert capsys.readouterr() == ("", "")  # library code prints nothing


def test_commando_toont_voortgangsregels_zonder_terminal_en_eindigt_met_samenvatting(
    tmp_path, settings
):
    settings.VOORTGANG_INTERVAL = 0  # a line at every report, instead of every few seconds
    pad = tmp_path / "groot.csv"
    pad.write_bytes(bestand(400))
    uit = io.StringIO()
    call_command("importeer_afspraken", str(pad), stdout=uit)
    regels = uit.getvalue().splitlines()
    assert any(
        re.fullmatch(r"Lezen: \d+ van 400 rijen \(\d+%\), .* per seconde.*", r) for r in regels
    )
    assert any(
        re.fullmatch(r"Opslaan: \d+ van 400 rijen \(\d+%\), [\d.]+ per seconde.*", r)
        for r in regels
    )
    assert any(r.startswith("Lezen klaar: 400 rijen in ") for r in regels)
    assert any(r.startswith("Opslaan klaar: 400 rijen in ") for r in regels)
    assert re.fullmatch(
        r"Geïmporteerd: 400 rijen; 400 nieuw, 0 gewijzigd, 0 ongewijzigd \([\d.]+ s\)\.",
        regels[-1],
    )
    assert "\r" not in uit.getvalue()  # no progress bar in a log file
    assert Uitvoeringsafspraak.objects.filter(code__startswith="BENCH-").count() == 400


def test_zonder_kort_interval_alleen_slotregels(tmp_path):
    pad = tmp_path / "klein.csv"
    pad.write_bytes(bestand(30))
    uit = io.StringIO()
    call_command("importeer_afspraken", str(pad), "--dry-run", stdout=uit)
    regels = uit.getvalue().splitlines()
    assert regels[0].startswith("Lezen klaar: 30 rijen in ")
    assert regels[-1].startswith("Controle geslaagd (niets opgeslagen): 30 rijen; 30 nieuw")


def test_zoekindex_meldt_beide_rondes():
    meldingen = []
    aantal = herbouw(voortgang=lambda *m: meldingen.append(m))
    fasen = [fase for fase, *_ in meldingen]
    assert fasen.index(FASE_DOCUMENTEN) > fasen.index(FASE_WOORDEN)
    laatste = {fase: (verwerkt, totaal) for fase, verwerkt, totaal in meldingen}
    # every object passes both rounds; documents are what of them may be indexed
    assert laatste[FASE_WOORDEN] == laatste[FASE_DOCUMENTEN]
    assert laatste[FASE_DOCUMENTEN][0] >= aantal > 0


def test_zoekindex_commando_toont_voortgang_en_samenvatting(settings):
    settings.VOORTGANG_INTERVAL = 0
    uit = io.StringIO()
    call_command("zoekindex", stdout=uit)
    regels = uit.getvalue().splitlines()
    assert any(r.startswith("Zoekindex: woorden verzamelen klaar: ") for r in regels)
    assert any(r.startswith("Zoekindex: documenten klaar: ") for r in regels)
    assert re.fullmatch(r"Zoekindex: \d+ documenten, \d+ termen\.", regels[-1])


def test_laad_demo_toont_stappen_en_samenvatting(settings):
    settings.VOORTGANG_INTERVAL = 0
    uit = io.StringIO()
    call_command("laad_demo", "--geen-index", stdout=uit)
    tekst = uit.getvalue()
    assert re.search(r"Demo-inhoud laden: \d+ van 17 stappen \(\d+%\)", tekst)
    assert "Demo-inhoud laden klaar: 17 stappen in " in tekst
    assert "Demo-inhoud was al compleet; er is niets veranderd." in tekst
