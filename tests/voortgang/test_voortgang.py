"""The progress helper (voortgang/): what an operator sees on a terminal, in a log file, and at
the end of the work."""

import io
import re

import pytest

from django.core.management.base import OutputWrapper

from voortgang import Fasen, Voortgang


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_zonder_terminal_een_regel_per_interval_en_een_slotregel():
    uit = io.StringIO()
    with Voortgang("Importeren", totaal=300, eenheid="rijen", uit=uit, interval=0) as v:
        for _ in range(3):
            v.bij(100)
    regels = uit.getvalue().splitlines()
    assert re.fullmatch(
        r"Importeren: 100 van 300 rijen \(33%\), [\d.]+ per seconde, nog ~\d+ (s|min)",
        regels[0],
    )
    assert regels[2].startswith("Importeren: 300 van 300 rijen (100%)")
    assert re.fullmatch(
        r"Importeren klaar: 300 rijen in [\d.]+ s \([\d.]+ per seconde\)\.", regels[-1]
    )
    assert "\r" not in uit.getvalue()  # a log file gets whole lines, no bar


def test_niet_vaker_dan_het_interval():
    uit = io.StringIO()
    with Voortgang("Zoekindex", totaal=10_000, uit=uit, interval=3600) as v:
        for _ in range(10_000):
            v.bij()
    # no progress line within the hour, but always the summary
    assert uit.getvalue().splitlines() == [uit.getvalue().strip()]
    assert uit.getvalue().startswith("Zoekindex klaar: 10000 in ")


def test_onbekend_totaal_toont_aantal_en_tempo():
    uit = io.StringIO()
    with Voortgang("Lezen", eenheid="rijen", uit=uit, interval=0) as v:
        v.zet(250)
    assert re.match(r"Lezen: 250 rijen, [\d.]+ per seconde$", uit.getvalue().splitlines()[0])


def test_afgebroken_werk_meldt_hoe_ver_het_kwam():
    uit = io.StringIO()
    with pytest.raises(RuntimeError), Voortgang("Back-up", 10, "tabellen", uit=uit) as v:
        v.bij(3)
        raise RuntimeError("schijf vol")
    assert re.fullmatch(
        r"Back-up afgebroken na 3 van 10 tabellen \([\d.]+ s\)\.", uit.getvalue().strip()
    )


def test_op_een_terminal_een_balk_en_de_slotregel():
    terminal = Terminal()
    with Voortgang("Importeren", totaal=200, eenheid="rijen", uit=terminal, interval=0) as v:
        for _ in range(200):
            v.bij()
    tekst = terminal.getvalue()
    assert "\r" in tekst and "Importeren" in tekst  # tqdm redraws its bar in place
    assert "per seconde, nog" not in tekst  # no log lines on a terminal
    assert "Importeren klaar: 200 rijen in " in tekst


def test_schrijft_via_de_outputwrapper_van_een_commando_zonder_extra_regeleinden():
    buffer = io.StringIO()
    with Voortgang("Lezen", 2, "rijen", uit=OutputWrapper(buffer), interval=0) as v:
        v.bij(2)
    assert "\n\n" not in buffer.getvalue()
    assert buffer.getvalue().endswith(")." + "\n")


def test_fasen_geeft_per_fase_een_slotregel():
    uit = io.StringIO()
    with Fasen(uit=uit, eenheid="rijen", eenheden={"Zoekindex": "documenten"}) as melder:
        melder("Lezen", 50, 100)
        melder("Lezen", 100, 100)
        melder("Opslaan", 100, 100)
        melder("Zoekindex", 7, 7)
    slot = [r for r in uit.getvalue().splitlines() if " klaar: " in r]
    assert [r.split(" in ")[0] for r in slot] == [
        "Lezen klaar: 100 rijen",
        "Opslaan klaar: 100 rijen",
        "Zoekindex klaar: 7 documenten",
    ]
