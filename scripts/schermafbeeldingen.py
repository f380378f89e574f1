"""Screenshots of every page type at 320 and 1280 px, for reviewers who do not run the site.

    make schermafbeeldingen                      # fresh database: migrate, demo, own server
    .venv/bin/python scripts/schermafbeeldingen.py --url http://127.0.0.1:8000
                                                 # a server that already runs (its database
                                                 # is the one of DATABASE_URL / db.sqlite3)

The addresses are those of the browser check (te_controleren_adressen in
tests/browser/test_toegankelijkheid.py), asked of the database in a `manage.py shell`. Writes
docs/schermafbeeldingen/<naam>-320.png and <naam>-1280.png (full page, at most HOOGSTE_HOOGTE
px high) and docs/schermafbeeldingen/README.md, the index. Chromium as in the browser checks.
"""

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from PIL import Image

from django.utils.text import slugify

REPO = Path(__file__).resolve().parents[1]
DOEL = REPO / "docs" / "schermafbeeldingen"
BREEDTES = (320, 1280)
HOOGSTE_HOOGTE = 4000  # px; longer pages are cut off here (the file stays reviewable)
KLEUREN = 128  # a palette PNG: a third of the size, text stays sharp
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-component-update"]

ADRESSEN_VRAGEN = (
    "import json\n"
    "from tests.browser.test_toegankelijkheid import te_controleren_adressen\n"
    "print('ADRESSEN=' + json.dumps(te_controleren_adressen()))\n"
)


def manage(omgeving, *args, **kwargs):
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=REPO, env=omgeving, check=True, **kwargs
    )


def adressen(omgeving):
    """{naam: pad} of the browser check, from the database the server uses."""
    uitvoer = manage(omgeving, "shell", "-c", ADRESSEN_VRAGEN, capture_output=True, text=True)
    for regel in uitvoer.stdout.splitlines():
        if regel.startswith("ADRESSEN="):
            return json.loads(regel.removeprefix("ADRESSEN="))
    raise SystemExit("Geen adressen gevonden:\n" + uitvoer.stdout + uitvoer.stderr)


def vrije_poort():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wacht_op(url, seconden=60):
    einde = time.monotonic() + seconden
    while time.monotonic() < einde:
        try:
            urllib.request.urlopen(url, timeout=5)
            return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"De server op {url} antwoordt niet.")


def verklein(pad):
    beeld = Image.open(pad).convert("RGB")
    beeld.quantize(colors=KLEUREN, method=Image.Quantize.FASTOCTREE).save(pad, optimize=True)


def fotografeer(basis, lijst):
    from playwright.sync_api import sync_playwright

    DOEL.mkdir(parents=True, exist_ok=True)
    gemaakt = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for breedte in BREEDTES:
            context = browser.new_context(viewport={"width": breedte, "height": 800})
            pagina = context.new_page()
            for naam, pad in lijst.items():
                bestand = f"{slugify(naam)}-{breedte}.png"
                pagina.goto(basis + pad, wait_until="load")
                hoogte = pagina.evaluate("document.documentElement.scrollHeight")
                pagina.screenshot(
                    path=DOEL / bestand,
                    full_page=True,
                    clip={"x": 0, "y": 0, "width": breedte, "height": min(hoogte, HOOGSTE_HOOGTE)},
                )
                verklein(DOEL / bestand)
                gemaakt.append((naam, pad, bestand))
                print(f"{bestand}  ({pad})", flush=True)
            context.close()
        browser.close()
    return gemaakt


def schrijf_index(lijst):
    regels = [
        "# Schermafbeeldingen",
        "",
        "Elk paginatype van de demo op 320 en 1280 px breed (Chromium), gemaakt met "
        "`make schermafbeeldingen` (scripts/schermafbeeldingen.py). Lange pagina's zijn "
        f"afgekapt op {HOOGSTE_HOOGTE} px.",
        "",
        "| pagina | adres | 320 px | 1280 px |",
        "| --- | --- | --- | --- |",
    ]
    for naam, pad in lijst.items():
        s = slugify(naam)
        regels.append(
            f"| {naam} | `{pad}` | [{s}-320.png]({s}-320.png) | [{s}-1280.png]({s}-1280.png) |"
        )
    (DOEL / "README.md").write_text("\n".join(regels) + "\n", encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="een draaiende server (anders: verse database en server)")
    opties = parser.parse_args()
    omgeving = dict(os.environ, DEMO_PASSWORD=os.environ.get("DEMO_PASSWORD", "schermafbeelding"))
    server = None
    with tempfile.TemporaryDirectory() as map_:
        if opties.url:
            basis = opties.url.rstrip("/")
        else:
            # The test settings: DEBUG off (the real 404 page), static files from the apps.
            omgeving["DJANGO_SETTINGS_MODULE"] = "kennisplatform.settings.test"
            omgeving["DATABASE_URL"] = f"sqlite:///{Path(map_) / 'db.sqlite3'}"
            print("Verse database: migrate en demo laden ...", flush=True)
            manage(omgeving, "migrate", "--noinput", "-v0")
            manage(omgeving, "laad_demo", stdout=subprocess.DEVNULL)
            poort = vrije_poort()
            basis = f"http://127.0.0.1:{poort}"
            server = subprocess.Popen(
                [sys.executable, "manage.py", "runserver", f"127.0.0.1:{poort}", "--noreload"],
                cwd=REPO,
                env=omgeving,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        try:
            lijst = adressen(omgeving)
            wacht_op(basis + "/")
            fotografeer(basis, lijst)
            schrijf_index(lijst)
        finally:
            if server is not None:
                server.terminate()
                server.wait(timeout=30)
    print(f"Klaar: {len(lijst) * len(BREEDTES)} schermafbeeldingen in {DOEL.relative_to(REPO)}/")


if __name__ == "__main__":
    main()
