"""Two real server processes share one database (issue 18, item 2): a synonym that a
coordinator adds through one process is used by the search of the other on its next request.

Before, the search kept its concepts (begrippen with their synonyms) per process, keyed on a
version in the process's own memory cache: the other process went on without the synonym
until a restart. The servers here run with the test settings, so each has its own memory
cache on purpose: the version of the index must come from the database."""

import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from django.db import connection

from begrippen.models import Begrip
from tests.helpers.tweefactor import code_uit_geheim

REPO = Path(__file__).resolve().parents[2]
POORT_A, POORT_B = 8121, 8122
NIEUW_SYNONIEM = "kwartelkoning"  # a word nothing in the demo contains


def _postgres_kopie(naam):
    """A copy of the test database (with the demo, as committed) under another name."""
    import psycopg

    instellingen = connection.settings_dict
    connection.close()  # CREATE DATABASE ... TEMPLATE wants no sessions on the template
    parameters = {
        "dbname": "postgres",
        "host": instellingen["HOST"] or "127.0.0.1",
        "port": instellingen["PORT"] or 5432,
        "user": instellingen["USER"],
        "password": instellingen["PASSWORD"] or None,
        "autocommit": True,
    }
    with psycopg.connect(**parameters) as beheer:
        beheer.execute(f'DROP DATABASE IF EXISTS "{naam}" WITH (FORCE)')
        beheer.execute(f'CREATE DATABASE "{naam}" TEMPLATE "{instellingen["NAME"]}"')
    wachtwoord = f":{instellingen['PASSWORD']}" if instellingen["PASSWORD"] else ""
    url = (
        f"postgres://{instellingen['USER']}{wachtwoord}@{parameters['host']}:"
        f"{parameters['port']}/{naam}"
    )

    def opruimen():
        with psycopg.connect(**parameters) as beheer:
            beheer.execute(f'DROP DATABASE IF EXISTS "{naam}" WITH (FORCE)')

    return url, opruimen


@pytest.fixture(scope="module")
def gedeelde_database(django_db_setup, django_db_blocker, tmp_path_factory):
    """DATABASE_URL of a copy of the test database (with the demo) that both servers use:
    a SQLite file, or a PostgreSQL database next to the test database. Module scope: the
    copy is made before any test opens its transaction on the test database."""
    with django_db_blocker.unblock():
        if connection.vendor == "sqlite":
            bestand = tmp_path_factory.mktemp("twee") / "gedeeld.sqlite3"
            doel = sqlite3.connect(bestand)
            connection.ensure_connection()
            connection.connection.backup(doel)
            doel.close()
            yield f"sqlite:///{bestand}"
            return
        url, opruimen = _postgres_kopie(f"{connection.settings_dict['NAME']}_twee")
    try:
        yield url
    finally:
        opruimen()


def _start(poort, database_url, log):
    omgeving = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "kennisplatform.settings.test",
        "DATABASE_URL": database_url,
        "PYTHONUNBUFFERED": "1",
    }
    omgeving.pop("REDIS_URL", None)
    return subprocess.Popen(
        [
            sys.executable,
            "manage.py",
            "runserver",
            "--noreload",
            "--skip-checks",
            f"127.0.0.1:{poort}",
        ],
        cwd=REPO,
        env=omgeving,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def _wacht_tot_bereikbaar(proces, poort, log_pad):
    grens = time.monotonic() + 90
    while time.monotonic() < grens:
        if proces.poll() is not None:
            pytest.fail(f"server op poort {poort} stopte:\n{Path(log_pad).read_text()}")
        try:
            if requests.get(f"http://127.0.0.1:{poort}/", timeout=5).status_code == 200:
                return
        except requests.ConnectionError:
            pass
        time.sleep(0.3)
    pytest.fail(f"server op poort {poort} kwam niet op:\n{Path(log_pad).read_text()}")


@pytest.fixture
def twee_servers(gedeelde_database, tmp_path):
    processen = []
    try:
        for poort in (POORT_A, POORT_B):
            log_pad = tmp_path / f"server-{poort}.log"
            proces = _start(poort, gedeelde_database, open(log_pad, "w"))  # noqa: SIM115
            processen.append(proces)
            _wacht_tot_bereikbaar(proces, poort, log_pad)
        yield f"http://127.0.0.1:{POORT_A}", f"http://127.0.0.1:{POORT_B}"
    finally:
        for proces in processen:
            os.killpg(proces.pid, signal.SIGTERM)
        for proces in processen:
            try:
                proces.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proces.pid, signal.SIGKILL)
                proces.wait()


def _csrf(sessie, url):
    antwoord = sessie.get(url, timeout=30)
    assert antwoord.status_code == 200, antwoord.status_code
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', antwoord.text).group(1)


def _inloggen_als_coordinator(basis, wachtwoord):
    sessie = requests.Session()
    token = _csrf(sessie, f"{basis}/admin/login/")
    antwoord = sessie.post(
        f"{basis}/admin/login/",
        data={"username": "coordinator", "password": wachtwoord, "csrfmiddlewaretoken": token},
        allow_redirects=False,
        timeout=30,
    )
    assert antwoord.status_code == 302, "inloggen als coördinator mislukt"
    # The second factor (issue 17.2): the coördinator sets up an app from the secret shown.
    instellen = f"{basis}/tweede-factor/instellen/"
    assert antwoord.headers["Location"].startswith("/tweede-factor/instellen/")
    pagina = sessie.get(instellen, timeout=30)
    antwoord = sessie.post(
        instellen,
        data={
            "code": code_uit_geheim(pagina.text),
            "csrfmiddlewaretoken": re.search(
                r'name="csrfmiddlewaretoken" value="([^"]+)"', pagina.text
            ).group(1),
        },
        allow_redirects=False,
        timeout=30,
    )
    assert antwoord.status_code == 302, "tweede factor instellen mislukt"
    return sessie


def _zoek(basis, q):
    antwoord = requests.get(f"{basis}/api/zoeken/", params={"q": q}, timeout=60)
    assert antwoord.status_code == 200, antwoord.text
    return antwoord.json()


def _pk_in_de_admin(sessie, basis, term):
    """The pk of a begrip in the database of that server, as its admin lists it."""
    lijst = sessie.get(f"{basis}/admin/snippets/begrippen/begrip/", params={"q": term})
    return re.search(r"/admin/snippets/begrippen/begrip/edit/(\d+)/", lijst.text).group(1)


@pytest.mark.django_db
def test_synoniem_via_proces_a_werkt_meteen_in_proces_b(twee_servers, demo_wachtwoord):
    a, b = twee_servers
    begrip = Begrip.objects.get(term="Convenant")  # the demo: the same text in the copy
    assert begrip.groep_id is None and not begrip.verwante_begrippen.exists()

    # Process B searches first, so its memo of the concepts is warm; nothing has the word.
    assert _zoek(b, NIEUW_SYNONIEM)["count"] == 0
    assert _zoek(b, "samenwerkingsconvenant")["count"] > 0

    # A coordinator adds the synonym in the admin of process A.
    sessie = _inloggen_als_coordinator(a, demo_wachtwoord)
    bewerken = (
        f"{a}/admin/snippets/begrippen/begrip/edit/{_pk_in_de_admin(sessie, a, begrip.term)}/"
    )
    antwoord = sessie.post(
        bewerken,
        data={
            "csrfmiddlewaretoken": _csrf(sessie, bewerken),
            "term": begrip.term,
            "definitie": begrip.definitie,
            "afkortingen": begrip.afkortingen,
            "synoniemen": f"{begrip.synoniemen}; {NIEUW_SYNONIEM}",
            "bron": begrip.bron,
        },
        allow_redirects=False,
        timeout=60,
    )
    assert antwoord.status_code == 302, "opslaan van het begrip in het beheer mislukt"

    # Process B's very next request expands the new synonym to the concept: it finds the
    # texts about the convenant, not only the begrip whose own text now holds the word.
    uitkomst = _zoek(b, NIEUW_SYNONIEM)
    soorten = {r["soort"] for r in uitkomst["results"]}
    assert "begrip" in soorten
    assert soorten - {"begrip"}, uitkomst["results"]
