"""`make serve` for real: the production stack in a subprocess, on a fresh SQLite file.

The command is the one of deploy/kennisplatform.service (what `make serve` runs after
installing). It migrates an empty database, collects the static files and starts gunicorn, the
task worker and (once it exists) the planner. Checked as a visitor and an operator notice it:
the first 200, two gunicorn workers, the CSP header, hashed static files with far-future caching,
the sitemap naming the configured host, and a clean stop on SIGTERM. A configuration error stops
everything with one Dutch line and exit code 3 (systemd: don't restart).
"""

import configparser
import re
import shlex
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.helpers import productie as helpers

REPO = Path(__file__).resolve().parents[2]


def _vrije_poort():
    # A port the system just handed out: a fixed one clashed with other test runs on the
    # same machine. (Released again before gunicorn binds it; that window is tiny.)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


POORT = _vrije_poort()
HOST = helpers.HOST
UNIT = REPO / "deploy" / "kennisplatform.service"
# The planner (`manage.py planner`) is made in parallel; until it exists the stack runs without.
MET_PLANNER = any(REPO.glob("*/management/commands/planner.py"))
STARTTIJD = 180  # seconds; a fresh migrate takes 10-30 s, longer on a busy machine


def productie_omgeving(tmp, **extra):
    poort = {"PORT": str(POORT), "WEB_BIND": "127.0.0.1", "WEB_CONCURRENCY": "2"}
    return helpers.productie_omgeving(tmp, **{**poort, **extra})


def startcommando():
    """ExecStart of the example systemd unit, with this checkout's Python."""
    unit = configparser.ConfigParser(interpolation=None, strict=False)
    unit.read(UNIT)
    commando = shlex.split(unit["Service"]["ExecStart"])
    assert commando[0].endswith("/.venv/bin/python")
    return [sys.executable, *commando[1:]]


def haal(pad, **headers):
    # Behind the proxy: the request came over HTTPS for the real host name.
    verzoek = urllib.request.Request(
        f"http://127.0.0.1:{POORT}{pad}",
        headers={"Host": HOST, "X-Forwarded-Proto": "https", **headers},
    )
    try:
        with urllib.request.urlopen(verzoek, timeout=10) as antwoord:
            return antwoord.status, antwoord.headers, antwoord.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as fout:
        return fout.code, fout.headers, fout.read().decode("utf-8", "replace")


def kinderen(pid):
    uitkomst = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            velden = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(velden[1]) == pid and velden[0] != "Z":
            uitkomst.append(int(stat.parent.name))
    return uitkomst


def opdracht(pid):
    try:
        return (Path("/proc") / str(pid) / "cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


@pytest.fixture(scope="module")
def stapel(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("serve")
    processen = "web,werker,planner" if MET_PLANNER else "web,werker"
    log = open(tmp / "serve.log", "w+")  # read back by the tests, closed at the end
    begin = time.monotonic()
    proces = subprocess.Popen(
        startcommando(),
        cwd=REPO,
        env=productie_omgeving(tmp, SERVE_PROCESSEN=processen),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    stapel = {"proces": proces, "log": log, "tmp": tmp}
    try:
        while time.monotonic() - begin < STARTTIJD:
            if proces.poll() is not None:
                log.seek(0)
                pytest.fail(f"make serve stopte (code {proces.returncode}):\n{log.read()}")
            try:
                if haal("/")[0] == 200:
                    break
            except OSError:
                pass
            time.sleep(0.25)
        else:
            log.seek(0)
            pytest.fail(f"geen 200 binnen {STARTTIJD} s:\n{log.read()[-3000:]}")
        stapel["eerste_200"] = time.monotonic() - begin
        print(f"\nmake serve op een lege database tot de eerste 200: {stapel['eerste_200']:.1f} s")
        yield stapel
    finally:
        if proces.poll() is None:
            proces.send_signal(signal.SIGTERM)
            try:
                proces.wait(60)
            except subprocess.TimeoutExpired:
                proces.kill()
        log.close()


def test_serveert_op_de_gegeven_poort_met_twee_gunicorn_workers(stapel):
    toezicht = stapel["proces"].pid
    web = [p for p in kinderen(toezicht) if "gunicorn" in opdracht(p)]
    assert len(web) == 1, [opdracht(p) for p in kinderen(toezicht)]
    workers = [p for p in kinderen(web[0]) if "gunicorn" in opdracht(p)]
    assert len(workers) == 2
    werker = [p for p in kinderen(toezicht) if "db_worker" in opdracht(p)]
    assert len(werker) == 1


@pytest.mark.parametrize("pad", ["/", "/admin/password_reset/"])
def test_elke_html_pagina_heeft_een_csp_header(stapel, pad):
    status, headers, inhoud = haal(pad)
    assert status == 200
    assert headers["Content-Type"].startswith("text/html")
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in headers["Content-Security-Policy"]


def test_statische_bestanden_hebben_gehashte_namen_en_lange_cache(stapel):
    _status, _headers, inhoud = haal("/admin/password_reset/")
    gehasht = re.findall(r"""(/static/[^"'?\s]+\.[0-9a-f]{12}\.(?:css|js))""", inhoud)
    assert gehasht, "de pagina noemt geen statisch bestand met een hash in de naam"
    status, headers, _inhoud = haal(gehasht[0])
    assert status == 200
    assert headers["Cache-Control"] == "max-age=315360000, public, immutable"
    # collectstatic also wrote a gzip version once; WhiteNoise serves it.
    assert haal(gehasht[0], **{"Accept-Encoding": "gzip"})[1]["Content-Encoding"] == "gzip"


def test_sitemap_noemt_de_ingestelde_host(stapel):
    status, _headers, inhoud = haal("/sitemap.xml")
    assert status == 200
    locaties = re.findall(r"<loc>([^<]+)</loc>", inhoud)
    assert locaties and all(loc.startswith(f"https://{HOST}/") for loc in locaties), inhoud
    assert "localhost" not in inhoud


# Enqueued by another process (as the web server does), run by the stack's worker.
TAAK = """
import time
from wagtail.tasks import update_reference_index_task
resultaat = update_reference_index_task.enqueue("wagtailcore", "page", 2)
for _ in range(120):
    resultaat.refresh()
    if resultaat.is_finished:
        break
    time.sleep(0.5)
print(resultaat.backend, resultaat.status.name)
"""


def test_werker_voert_achtergrondtaken_uit(stapel):
    resultaat = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", TAAK],
        cwd=REPO,
        env=productie_omgeving(stapel["tmp"]),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert resultaat.stdout.split() == ["default", "SUCCESSFUL"], resultaat.stderr


def test_toegangsregel_eindigt_met_de_request_id(stapel):
    status, headers, _inhoud = haal("/", **{"X-Request-ID": "toegang-42"})
    assert status == 200 and headers["X-Request-ID"] == "toegang-42"
    regels = []
    for _ in range(40):  # gunicorn writes the access line just after the answer
        stapel["log"].seek(0)
        regels = [r for r in stapel["log"].read().splitlines() if '"GET / HTTP/1.1" 200' in r]
        if any(r.endswith(" toegang-42") for r in regels):
            break
        time.sleep(0.25)
    assert any(r.endswith(" toegang-42") for r in regels), regels[-3:]


def test_stopt_netjes_op_sigterm(stapel):
    proces = stapel["proces"]
    alle = kinderen(proces.pid)
    alle += [w for p in alle for w in kinderen(p)]
    proces.send_signal(signal.SIGTERM)
    assert proces.wait(60) == 0
    assert [p for p in alle if Path(f"/proc/{p}").exists() and opdracht(p)] == []
    stapel["log"].seek(0)
    log = stapel["log"].read()
    assert "SIGTERM ontvangen: alle processen stoppen." in log
    assert "[serve] web gestopt (code 0)." in log
    assert "[serve] werker gestopt (code 0)." in log
    assert "Traceback" not in log


def test_zonder_secret_key_start_niets_en_zegt_het_in_een_zin(tmp_path):
    omgeving = productie_omgeving(tmp_path)
    del omgeving["SECRET_KEY"]
    resultaat = subprocess.run(
        startcommando(), cwd=REPO, env=omgeving, capture_output=True, text=True, timeout=120
    )
    assert resultaat.returncode == 3
    fouten = [r for r in resultaat.stderr.splitlines() if not r.startswith("[serve]")]
    assert fouten == [
        "Configuratiefout: Productie start niet zonder een echte SECRET_KEY: zet de "
        "omgevingsvariabele SECRET_KEY op een geheime, willekeurige waarde van minstens 50 tekens "
        "(geen voorbeeldwaarde en niet steeds dezelfde paar tekens)."
    ]
    assert not (tmp_path / "db.sqlite3").exists()  # nothing migrated, nothing started


@pytest.mark.parametrize(
    "zonder,extra,melding",
    [
        ("ALLOWED_HOSTS", {}, "Configuratiefout: Productie start niet zonder ALLOWED_HOSTS"),
        ("", {"PORT": "achtduizend"}, "Configuratiefout: De omgevingsvariabele PORT moet een"),
        ("", {"WEB_CONCURRENCY": "0"}, "Configuratiefout: De omgevingsvariabele WEB_CONCURRENCY"),
    ],
)
def test_gunicorn_stopt_bij_een_configuratiefout_met_code_3(tmp_path, zonder, extra, melding):
    # Before: sys.exit(text) gave code 1, and gunicorn restarted the worker again and again.
    omgeving = productie_omgeving(tmp_path, **extra)
    omgeving.pop(zonder, None)
    resultaat = subprocess.run(
        [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py"],
        cwd=REPO,
        env=omgeving,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert resultaat.returncode == 3
    regels = [r for r in resultaat.stderr.splitlines() if r.strip()]
    assert len(regels) == 1 and regels[0].startswith(melding), resultaat.stderr


def test_systemd_unit_herstart_niet_na_een_configuratiefout():
    unit = configparser.ConfigParser(interpolation=None, strict=False)
    unit.read(UNIT)
    assert unit["Service"]["RestartPreventExitStatus"] == "3"
    assert unit["Service"]["Environment"] == (
        "DJANGO_SETTINGS_MODULE=kennisplatform.settings.production"
    )
