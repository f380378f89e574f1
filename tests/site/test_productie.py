"""Production hardening of issue 18: `check --deploy` without warnings, the public address
(SITE_URL) in the sitemap, complete SMTP settings, and a complete wheel."""

import base64
import re
import socketserver
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest

from django.test import override_settings

from wagtail.models import Site

from kennisplatform.settings.omgeving import ConfiguratieFout, openbaar_adres
from kennisplatform.site_adres import standaardsite_volgt_adres
from tests.helpers.productie import HOST, productie_omgeving
from tests.helpers.verse_database import kopie_na_migrate

REPO = Path(__file__).resolve().parents[2]


def manage(tmp, *args, **extra):
    static = tmp / "static"
    static.mkdir(exist_ok=True)
    # What collectstatic leaves, as far as the start-up check looks.
    (static / "staticfiles.json").write_text('{"paths": {}, "version": "1.1", "hash": ""}')
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env=productie_omgeving(tmp, **extra),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_met_productieomgeving_geeft_geen_waarschuwing(tmp_path):
    resultaat = manage(tmp_path, "check", "--deploy")
    assert resultaat.returncode == 0, resultaat.stderr
    assert "WARNINGS" not in resultaat.stdout + resultaat.stderr
    assert "System check identified no issues" in resultaat.stdout


def test_check_deploy_waarschuwt_zonder_site_url(tmp_path):
    resultaat = manage(tmp_path, "check", "--deploy", SITE_URL="")
    assert "(kennisplatform.W001) SITE_URL is niet gezet" in resultaat.stderr


@pytest.mark.parametrize(
    "waarde", ["kennisplatform.example", "https://kp.example/pad", "ftp://kp.example", "https://"]
)
def test_onbruikbare_site_url_stopt_met_een_zin(tmp_path, waarde):
    resultaat = manage(tmp_path, "check", SITE_URL=waarde)
    assert resultaat.returncode == 3
    assert resultaat.stderr.strip() == (
        "Configuratiefout: De omgevingsvariabele SITE_URL moet een adres zijn als "
        "https://kennisplatform.example (http of https, een hostnaam, eventueel een poort, "
        f"geen pad), niet '{waarde}'."
    )


def test_openbaar_adres_zonder_slash_en_met_poort(monkeypatch):
    monkeypatch.setenv("SITE_URL", "https://KP.example:8443/")
    assert openbaar_adres("SITE_URL") == "https://KP.example:8443"
    monkeypatch.setenv("SITE_URL", "https://kp.example:99999")
    with pytest.raises(ConfiguratieFout):
        openbaar_adres("SITE_URL")


@pytest.mark.django_db
def test_standaardsite_en_sitemap_volgen_site_url(client):
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("localhost", 80)
    with override_settings(SITE_URL=f"https://{HOST}"):
        standaardsite_volgt_adres(verbosity=0)
    site.refresh_from_db()
    assert (site.hostname, site.port) == (HOST, 443)
    inhoud = client.get("/sitemap.xml").content.decode()
    locaties = re.findall(r"<loc>([^<]+)</loc>", inhoud)
    assert len(locaties) > 5
    assert all(loc.startswith(f"https://{HOST}/") for loc in locaties)
    # Another port is kept, and without SITE_URL nothing changes.
    with override_settings(SITE_URL="http://kp.example:8080"):
        standaardsite_volgt_adres(verbosity=0)
    with override_settings(SITE_URL=""):
        standaardsite_volgt_adres(verbosity=0)
    site.refresh_from_db()
    assert site.root_url == "http://kp.example:8080"


class SmtpServer(socketserver.StreamRequestHandler):
    """Just enough SMTP (with AUTH PLAIN) to see what the platform sends and how it logs in."""

    ontvangen = []

    def schrijf(self, regel):
        self.wfile.write(regel.encode() + b"\r\n")

    def handle(self):
        self.schrijf("220 test")
        while regel := self.rfile.readline().decode().rstrip("\r\n"):
            opdracht = regel.split(" ", 1)[0].upper()
            if opdracht == "EHLO":
                self.schrijf("250-test\r\n250 AUTH PLAIN")
            elif opdracht == "AUTH":
                _leeg, gebruiker, wachtwoord = base64.b64decode(regel.split()[2]).split(b"\0")
                self.ontvangen.append(("login", gebruiker.decode(), wachtwoord.decode()))
                self.schrijf("235 ok")
            elif opdracht == "DATA":
                self.schrijf("354 verder")
                bericht = b""
                while (deel := self.rfile.readline()) != b".\r\n":
                    bericht += deel
                self.ontvangen.append(("bericht", bericht.decode()))
                self.schrijf("250 ok")
            elif opdracht == "QUIT":
                self.schrijf("221 dag")
                return
            else:
                self.schrijf("250 ok")


@pytest.fixture
def smtp_server():
    SmtpServer.ontvangen = []
    # A free port of the system's choosing: a fixed one clashed with other test runs on the
    # same machine ("Address already in use").
    server = socketserver.TCPServer(("127.0.0.1", 0), SmtpServer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield SmtpServer.ontvangen, server.server_address[1]
    server.shutdown()
    server.server_close()


def test_mail_gaat_via_de_ingestelde_smtp_server_met_login(tmp_path_factory, tmp_path, smtp_server):
    smtp_server, poort = smtp_server
    # The run's database after `migrate` (a fresh migrate costs some 15 s of CPU); the
    # `migrate` below then only applies what the production settings add, as on a host.
    kopie_na_migrate(tmp_path_factory, tmp_path / "db.sqlite3")
    # In production a message waits in the task queue; the worker sends it over SMTP.
    mail = {
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(poort),
        "EMAIL_HOST_USER": "kennisplatform",
        "EMAIL_HOST_PASSWORD": "geheim wachtwoord",
        "EMAIL_TIMEOUT": "5",
        "DEFAULT_FROM_EMAIL": "noreply@kennisplatform.example",
    }
    for stap in (
        ["migrate", "--noinput", "-v0"],
        ["sendtestemail", "coordinator@gemeente.example"],
        ["db_worker", "--batch", "--no-startup-delay"],
    ):
        resultaat = manage(tmp_path, *stap, **mail)
        assert resultaat.returncode == 0, resultaat.stderr
    assert smtp_server[0] == ("login", "kennisplatform", "geheim wachtwoord")
    assert smtp_server[1][0] == "bericht"
    assert "From: noreply@kennisplatform.example" in smtp_server[1][1]
    assert "To: coordinator@gemeente.example" in smtp_server[1][1]


TOON_MAIL = (
    "from django.conf import settings as s; print(s.EMAIL_PORT, s.EMAIL_USE_TLS, "
    "s.EMAIL_USE_SSL, s.EMAIL_TIMEOUT)"
)


@pytest.mark.parametrize(
    "omgeving,verwacht",
    [
        ({}, "25 False False 10"),
        ({"EMAIL_USE_TLS": "true"}, "587 True False 10"),
        ({"EMAIL_USE_SSL": "true", "EMAIL_TIMEOUT": "30"}, "465 False True 30"),
        ({"EMAIL_USE_SSL": "ja", "EMAIL_PORT": "2465"}, "2465 False True 10"),
    ],
)
def test_smtp_poort_volgt_tls_of_ssl(tmp_path, omgeving, verwacht):
    resultaat = manage(tmp_path, "shell", "--no-imports", "-c", TOON_MAIL, **omgeving)
    assert resultaat.stdout.strip() == verwacht, resultaat.stderr


def test_tls_en_ssl_tegelijk_is_een_configuratiefout(tmp_path):
    resultaat = manage(tmp_path, "check", EMAIL_USE_TLS="true", EMAIL_USE_SSL="true")
    assert resultaat.returncode == 3
    assert resultaat.stderr.strip().startswith(
        "Configuratiefout: Zet EMAIL_USE_TLS (STARTTLS, meestal poort 587) of EMAIL_USE_SSL"
    )


def test_wheel_bevat_alle_pakketten_en_hun_bestanden(tmp_path):
    # Before: only the top-level packages (no kennisplatform.settings, no migrations, no
    # templates), so a non-editable install could not even start.
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", ".", "--no-deps", "-q", "-w", str(tmp_path)],
        cwd=REPO,
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("kennisplatform-*.whl")
    inhoud = set(zipfile.ZipFile(wheel).namelist())
    apps = {p.parent.name for p in REPO.glob("*/__init__.py")} - {"tests", "bench"}
    assert {"site", "inhoud", "afspraken", "search"} <= apps
    bestanden = subprocess.run(
        ["git", "ls-files", *sorted(apps)], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.split()
    verwacht = {re.sub(r"^site/", "kennisplatform/", b) for b in bestanden}
    assert len(verwacht) > 200
    assert sorted(verwacht - inhoud) == []
    assert "kennisplatform/settings/production.py" in inhoud
    assert not [n for n in inhoud if n.startswith(("site/", "tests/", "bench/"))]


def test_elke_variabele_van_het_voorbeeld_staat_in_de_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    tabel = readme.split("## Configuratie (omgevingsvariabelen)", 1)[1].split("\n## ", 1)[0]
    voorbeeld = (REPO / "deploy" / "kennisplatform.env.voorbeeld").read_text(encoding="utf-8")
    namen = re.findall(r"^([A-Z_]+)=", voorbeeld, flags=re.MULTILINE)
    assert len(namen) > 10
    assert [n for n in namen if f"`{n}`" not in tabel] == []


def _omgevingstabel():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    tabel = readme.split("## Configuratie (omgevingsvariabelen)", 1)[1].split("\n## ", 1)[0]
    namen = []
    for regel in tabel.splitlines():
        if regel.startswith("| `"):
            namen += re.findall(r"`([A-Z][A-Z0-9_]+)`", regel.split(" | ")[0])
    return namen


def test_omgevingstabel_noemt_elke_variabele_een_keer():
    # two rows for one variable contradicted each other (defaults, what MEDIA_ROOT holds)
    namen = _omgevingstabel()
    assert len(namen) > 40
    assert sorted({n for n in namen if namen.count(n) > 1}) == []


def test_elke_variabele_van_de_instellingen_staat_in_de_omgevingstabel():
    gelezen = set()
    for bestand in [*(REPO / "site" / "settings").glob("*.py"), REPO / "gunicorn.conf.py"]:
        tekst = bestand.read_text(encoding="utf-8")
        gelezen |= set(re.findall(r"\b(?:tekst|lijst|vlag|getal)\(\s*\"([A-Z][A-Z0-9_]+)\"", tekst))
    assert {"SECRET_KEY", "REDIS_URL", "PORT", "DOCUMENTEN_ROOT"} <= gelezen
    assert sorted(gelezen - set(_omgevingstabel())) == []
