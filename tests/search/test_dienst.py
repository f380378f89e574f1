"""search is a service the apps register with: it imports no domain app (not even inside a
function), and every app's zoeken.py is found and registered."""

import ast
from pathlib import Path

import search
from search.register import alle_concepten, alle_soorten

DOMEIN = {
    "organisaties",
    "begrippen",
    "groepen",
    "kennisnetwerken",
    "themagroepen",
    "projectgroepen",
    "materialen",
    "afspraken",
    "redactie",
    "kennisplatform",
}


def test_search_importeert_geen_domein_app():
    map_ = Path(search.__file__).parent
    gevonden = []
    for bestand in map_.rglob("*.py"):
        boom = ast.parse(bestand.read_text(encoding="utf-8"))
        for knoop in ast.walk(boom):
            if isinstance(knoop, ast.Import):
                namen = [a.name for a in knoop.names]
            elif isinstance(knoop, ast.ImportFrom) and not knoop.level:
                namen = [knoop.module or ""]
            else:
                continue
            for naam in namen:
                if naam.split(".")[0] in DOMEIN:
                    gevonden.append(f"{bestand.relative_to(map_)}:{knoop.lineno} {naam}")
    assert gevonden == []


def test_elke_app_meldt_haar_soorten_aan():
    # by model name: the app of some models changes in the restructuring
    soorten = {(s.naam, s.model.__name__) for s in alle_soorten()}
    assert soorten == {
        ("uitvoeringsafspraak", "Uitvoeringsafspraak"),
        ("begrip", "Begrip"),
        ("kennisnetwerk", "KennisnetwerkPage"),
        ("themagroep", "ThemagroepPage"),
        ("projectgroep", "ProjectgroepPage"),
        ("pagina", "InhoudPage"),
        ("pagina", "WerkruimtePage"),
        ("document", "Document"),
        ("sjabloon", "Sjabloon"),
    }


def test_begrippen_leveren_de_concepten(db):
    from begrippen.models import Begrip

    begrip = Begrip.objects.exclude(afkortingen="").first()
    concept = next(c for c in alle_concepten() if c.token == f"bgr{begrip.pk}")
    assert concept.term == begrip.term and concept.afkortingen == tuple(begrip.afkortingen_lijst)
