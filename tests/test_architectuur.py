"""The architecture of docs/architectuur.md, checked: which app may import which (at module level
and inside functions), no cycle between apps, search knows no domain app, models never import
views, few imports hidden in functions (each with its reason), and no Python file over 600 lines.

These tests read the source as text (ast); they do not import the apps."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Folder -> import name (the project package in site/ is imported as "kennisplatform").
APPS = {
    "inhoud": "inhoud",
    "voortgang": "voortgang",
    "organisaties": "organisaties",
    "begrippen": "begrippen",
    "search": "search",
    "groepen": "groepen",
    "kennisnetwerken": "kennisnetwerken",
    "themagroepen": "themagroepen",
    "projectgroepen": "projectgroepen",
    "materialen": "materialen",
    "afspraken": "afspraken",
    "samenwerking": "samenwerking",
    "redactie": "redactie",
    "aanmelden": "aanmelden",
    "api": "api",
    "volgen": "volgen",
    "site": "kennisplatform",
}
NAAM_NAAR_MAP = {naam: map_ for map_, naam in APPS.items()}

# What each app may import (besides itself, Django, Wagtail and other libraries). The same table
# stands in docs/architectuur.md; change both together.
# Everything in layers 0 to 3: what the apps of layer 4 may import.
LAGEN_0_TOT_3 = {
    "groepen",
    "kennisnetwerken",
    "themagroepen",
    "projectgroepen",
    "materialen",
    "afspraken",
    "samenwerking",
    "inhoud",
    "organisaties",
    "begrippen",
    "search",
    "voortgang",
}
MAG_IMPORTEREN = {
    "inhoud": set(),
    "voortgang": set(),
    "search": {"voortgang"},
    "organisaties": {"inhoud", "search", "voortgang"},
    "begrippen": {"inhoud", "search", "voortgang"},
    "groepen": {"inhoud", "organisaties", "begrippen", "search", "voortgang"},
    "kennisnetwerken": {"groepen", "inhoud", "organisaties", "begrippen", "search", "voortgang"},
    "themagroepen": {"groepen", "inhoud", "organisaties", "begrippen", "search", "voortgang"},
    "projectgroepen": {"groepen", "inhoud", "organisaties", "begrippen", "search", "voortgang"},
    "materialen": {"groepen", "inhoud", "organisaties", "begrippen", "search", "voortgang"},
    "afspraken": {"groepen", "inhoud", "organisaties", "begrippen", "search", "voortgang"},
    # issue 14: the cooperation as data, shown; layer 3 because it must respect group privacy
    "samenwerking": {"groepen", "inhoud", "organisaties", "begrippen", "search", "voortgang"},
    "redactie": LAGEN_0_TOT_3,
    # /api/v1 (issue 17): layer 4 beside redactie, reads the apps of layers 0 to 3
    "api": LAGEN_0_TOT_3,
    # login with the user's own organisation (OIDC): above redactie, whose roles it grants
    "aanmelden": LAGEN_0_TOT_3 | {"redactie"},
    # issue 17: volgen sits beside redactie in layer 4 (layers 0-3, never redactie)
    "volgen": LAGEN_0_TOT_3,
    "site": set(APPS) - {"site"},
}

# --- issue 17 (SKOS-AP-NL): verwijzingen, references to laws (wetten.overheid.nl) and other
# sources, is a package in layer 0 like voortgang: it knows nothing of the platform and every
# app above layer 0 may use it (docs/architectuur.md).
APPS["verwijzingen"] = "verwijzingen"
NAAM_NAAR_MAP["verwijzingen"] = "verwijzingen"
for _app, _toegestaan in MAG_IMPORTEREN.items():
    if _app != "search" and "voortgang" in _toegestaan:  # search uses voortgang only
        _toegestaan.add("verwijzingen")
MAG_IMPORTEREN["verwijzingen"] = set()
# --- end issue 17
DOMEIN = set(APPS) - {"search", "inhoud", "voortgang", "site"}

MAX_IMPORTS_IN_FUNCTIES = 10
MAX_REGELS = 600


def _bronbestanden():
    for map_ in APPS:
        for pad in sorted((ROOT / map_).rglob("*.py")):
            if "migrations" not in pad.parts:
                yield map_, pad


def _imports(pad, map_):
    """(imported app folder, line number, inside a function?) for every first-party import."""
    boom = ast.parse(pad.read_text(encoding="utf-8"))
    uitkomst = []

    def bezoek(knoop, in_functie):
        for kind in ast.iter_child_nodes(knoop):
            binnen = in_functie or isinstance(kind, ast.FunctionDef | ast.AsyncFunctionDef)
            if isinstance(kind, ast.Import):
                namen = [alias.name for alias in kind.names]
            elif isinstance(kind, ast.ImportFrom):
                # relative imports stay inside the app; keep the imported names ("views")
                basis = kind.module or ""
                if kind.level:
                    basis = ".".join(filter(None, [APPS[map_], basis]))
                namen = [f"{basis}.{alias.name}" for alias in kind.names]
            else:
                namen = []
            for naam in namen:
                doel = NAAM_NAAR_MAP.get(naam.split(".")[0])
                if doel:
                    uitkomst.append((doel, kind.lineno, in_functie, naam))
            bezoek(kind, binnen)

    bezoek(boom, False)
    return uitkomst


@pytest.fixture(scope="module")
def imports():
    alles = []
    for map_, pad in _bronbestanden():
        for doel, regel, in_functie, naam in _imports(pad, map_):
            alles.append((map_, pad, doel, regel, in_functie, naam))
    return alles


def _graaf(imports):
    graaf = {map_: set() for map_ in APPS}
    for bron, _pad, doel, *_ in imports:
        if doel != bron:
            graaf[bron].add(doel)
    return graaf


def test_elke_app_importeert_alleen_wat_de_lagen_toestaan(imports):
    verboden = sorted(
        f"{pad.relative_to(ROOT)}:{regel} importeert {naam}"
        for bron, pad, doel, regel, _f, naam in imports
        if doel != bron and doel not in MAG_IMPORTEREN[bron]
    )
    assert verboden == []


def test_geen_kring_tussen_apps(imports):
    graaf = _graaf(imports)
    bezocht, op_pad = set(), []

    def diep(app):
        if app in op_pad:
            kring = op_pad[op_pad.index(app) :] + [app]
            pytest.fail("kring: " + " -> ".join(kring))
        if app in bezocht:
            return
        op_pad.append(app)
        for doel in sorted(graaf[app]):
            diep(doel)
        op_pad.pop()
        bezocht.add(app)

    for app in APPS:
        diep(app)


def test_zoeken_kent_geen_domeinapp(imports):
    assert sorted({doel for bron, _p, doel, *_ in imports if bron == "search"} & DOMEIN) == []


def test_models_importeren_geen_views(imports):
    fout = [
        f"{pad.relative_to(ROOT)}:{regel} importeert {naam}"
        for _b, pad, _d, regel, _f, naam in imports
        if (pad.stem == "models" or "models" in pad.parent.parts)
        and any(deel.endswith("views") for deel in naam.split("."))
    ]
    assert fout == []


def test_weinig_imports_in_functies_en_elk_met_reden(imports):
    # one import statement may name several things: count statements
    in_functies = sorted(
        {(pad, regel): (pad, regel, naam) for _b, pad, _d, regel, f, naam in imports if f}.values()
    )
    assert len(in_functies) <= MAX_IMPORTS_IN_FUNCTIES, [
        f"{p.relative_to(ROOT)}:{r}" for p, r, _ in in_functies
    ]
    zonder_reden = []
    for pad, regel, naam in in_functies:
        regels = pad.read_text(encoding="utf-8").splitlines()
        # the reason: a comment on the import line or on the line(s) just above it
        omgeving = regels[max(0, regel - 3) : regel]
        if not any("#" in r for r in omgeving):
            zonder_reden.append(f"{pad.relative_to(ROOT)}:{regel} {naam}")
    assert zonder_reden == []


def test_geen_python_bestand_boven_600_regels():
    te_lang = []
    for pad in ROOT.rglob("*.py"):
        deel = pad.relative_to(ROOT).parts
        if deel[0].startswith(".") or deel[0] == "node_modules" or "migrations" in deel:
            continue
        aantal = len(pad.read_text(encoding="utf-8").splitlines())
        if aantal > MAX_REGELS:
            te_lang.append(f"{pad.relative_to(ROOT)}: {aantal}")
    assert te_lang == []
