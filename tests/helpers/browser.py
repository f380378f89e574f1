"""Browser helpers: axe-core, the Nu HTML checker and Content-Security-Policy reports."""

import json
import subprocess
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
VNU = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def laad_axe(pagina):
    """axe-core into the page, through the browser's DevTools protocol: the site's
    Content-Security-Policy refuses an inline <script> (Playwright's add_script_tag)."""
    pagina.evaluate(AXE.read_text() + "\n;void 0")


def volg_csp_blokkades(pagina, blokkades):
    """Collect what the page's Content-Security-Policy blocks (the browser reports it on the
    console): a policy that breaks a page shows up here."""

    def bij_bericht(bericht):
        if "Content Security Policy" in bericht.text:
            blokkades.append(f"{pagina.url}: {bericht.text}")

    pagina.on("console", bij_bericht)
    return blokkades


def axe_controle(pagina):
    """axe-core with the WCAG 2.1 A/AA rules on the page as it is now; returns violations."""
    laad_axe(pagina)
    resultaat = pagina.evaluate(
        """async () => await axe.run(document, {runOnly: {type: "tag",
            values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})"""
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in resultaat["violations"]
    ]


def nu_controle(html_per_naam):
    """The Nu HTML checker over all pages in one call; returns {naam: [errors]}."""
    with tempfile.TemporaryDirectory() as map_:
        bestanden = {}
        for i, (naam, html) in enumerate(html_per_naam.items()):
            pad = Path(map_) / f"pagina-{i}.html"
            pad.write_text(html, encoding="utf-8")
            bestanden[pad.as_uri()] = naam
            bestanden[str(pad)] = naam
        uitvoer = subprocess.run(
            [
                "java",
                "-jar",
                str(VNU),
                "--format",
                "json",
                "--stdout",
                *[str(Path(map_) / f"pagina-{i}.html") for i in range(len(html_per_naam))],
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )
        berichten = json.loads(uitvoer.stdout or "{}").get("messages", [])
        fouten = {naam: [] for naam in html_per_naam}
        for bericht in berichten:
            if bericht.get("type") != "error":
                continue
            naam = bestanden.get(bericht.get("url", ""), bericht.get("url", "?"))
            fouten.setdefault(naam, []).append(
                f"regel {bericht.get('lastLine')}: {bericht.get('message')} [{bericht.get('extract', '')[:80]}]"
            )
        return fouten
