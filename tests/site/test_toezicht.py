"""The supervisor of `make serve` (kennisplatform/serve.py), with small stand-in processes:
all stop together, on a stop request and when one of them stops, with an honest exit code."""

import os
import signal
import sys
import threading
import time

import pytest

from kennisplatform import serve


def python(code):
    return [sys.executable, "-c", code]


SLAAPT = python("import time; time.sleep(60)")


def leeft(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie (not yet reaped by anyone) counts as stopped.
    with open(f"/proc/{pid}/stat") as stat:
        return stat.read().rsplit(")", 1)[1].split()[0] != "Z"


def toezicht(processen, **kwargs):
    return serve.Toezicht(processen, cwd=os.getcwd(), env=dict(os.environ), **kwargs)


def test_stopt_er_een_met_een_fout_dan_stoppen_de_anderen_en_volgt_die_code(capfd):
    t = toezicht(
        {"web": python("import sys, time; time.sleep(0.3); sys.exit(3)"), "werker": SLAAPT}
    )
    begin = time.monotonic()
    assert t.draai() == 3
    assert time.monotonic() - begin < 10
    assert not leeft(t.lopend["werker"].pid)
    assert t.lopend["werker"].returncode == -signal.SIGTERM
    uitvoer = capfd.readouterr().err
    assert "[serve] web is gestopt (code 3); de andere processen stoppen ook." in uitvoer
    assert "[serve] werker gestopt (signaal SIGTERM)." in uitvoer


def test_een_proces_dat_ongevraagd_met_0_stopt_is_toch_een_fout():
    t = toezicht({"planner": python("pass"), "werker": SLAAPT})
    assert t.draai() == 1
    assert not leeft(t.lopend["werker"].pid)


def test_een_gedood_proces_geeft_128_plus_het_signaal():
    t = toezicht({"web": python("import os, signal; os.kill(os.getpid(), signal.SIGKILL)")})
    assert t.draai() == 128 + signal.SIGKILL


def test_op_sigterm_stopt_alles_en_is_de_uitkomst_0():
    t = toezicht({"web": SLAAPT, "werker": SLAAPT, "planner": SLAAPT})
    # The signal arrives while the supervisor watches (the handler runs in the main thread).
    threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGTERM)).start()
    assert t.draai() == 0
    assert [leeft(p.pid) for p in t.lopend.values()] == [False, False, False]
    # The supervisor's handlers are gone again: pytest's own SIGTERM handling is back.
    assert signal.getsignal(signal.SIGTERM) is not t._signaal


def test_wie_sigterm_negeert_krijgt_na_de_stoptijd_sigkill(capfd, tmp_path):
    teken = tmp_path / "negeert-sigterm"
    # "koppig" ignores SIGTERM (only SIGKILL stops it); "web" stops once that is in place.
    koppig = python(
        "import pathlib, signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); "
        f"pathlib.Path({str(teken)!r}).touch(); time.sleep(60)"
    )
    web = python(f"import os, time\nwhile not os.path.exists({str(teken)!r}): time.sleep(0.05)")
    t = toezicht({"koppig": koppig, "web": web}, stoptijd=1)
    begin = time.monotonic()
    assert t.draai() == 1  # web stopped unasked (code 0)
    assert 1 <= time.monotonic() - begin < 10
    assert t.lopend["koppig"].returncode == -signal.SIGKILL
    assert "na 1 s nog niet gestopt, nu geforceerd (SIGKILL): koppig" in capfd.readouterr().err


@pytest.mark.parametrize(
    "waarde,namen",
    [
        (None, ["web", "werker", "planner"]),
        ("", ["web", "werker", "planner"]),
        ("web, werker", ["web", "werker"]),
        ("planner", ["planner"]),
        ("web,db", None),
        (",", None),
    ],
)
def test_serve_processen_kiest_de_processen(waarde, namen):
    gekozen = serve.gekozen_processen(waarde)
    assert (list(gekozen) if gekozen is not None else None) == namen


def test_onbekend_proces_in_serve_processen_is_een_configuratiefout(monkeypatch, capfd):
    monkeypatch.setenv("SERVE_PROCESSEN", "web,cron")
    assert serve.main() == 3
    fout = capfd.readouterr().err.strip()
    assert fout == (
        "Configuratiefout: De omgevingsvariabele SERVE_PROCESSEN moet een of meer van web, "
        "werker, planner noemen, gescheiden door komma's, niet 'web,cron'."
    )
