"""The layout of the diagram of the overlegstructuur stays readable (issue 14.2): read from
the SVG itself, no two relation labels overlap, no label covers a box or a band label, every
label lies inside the viewBox, and no arrow runs through a box; each arrow starts at the edge
of its own box and ends at the other. For the structure of the demo (built here from the same
YAML) and for a dense generated one, with a level without boxes too."""

import itertools
import random
import re
from pathlib import Path

import pytest
import yaml

from django.conf import settings

from groepen.models import GroepPage
from organisaties.models import Overleg, OverlegRelatie
from tests.factories import KennisnetwerkPageFactory, OverlegFactory
from tests.samenwerking.helpers import SVG, relaties_in_svg, structuurpagina_html, svg_van

pytestmark = pytest.mark.django_db

DEMO = Path(settings.BASE_DIR) / "organisaties" / "demo" / "overleggen.yaml"
# Levels of the demo groups that the relations of the demo point to (kennisnetwerken.yaml).
DEMO_GROEPEN = {
    "rollen-houding-en-gemeenschappelijke-afspraken": "strategisch",
    "relatie-en-ontmoeten": "tactisch",
    "versterken-kennispositie-overheden": "operationeel",
}
NIVEAU_TEKEN = 9.2  # width of a character of a band label (18 px bold), measured 9.05


def _rect(element):
    return tuple(float(element.get(k)) for k in ("x", "y", "width", "height"))


def _overlapt(a, b):
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def _punten(d):
    """The corners of an arrow's path (M, L and the points of Q); its bends are rounded
    inside these corners, so the straight lines between them cover the whole arrow."""
    getallen = [float(g) for g in re.findall(r"-?\d+(?:\.\d+)?", d)]
    return list(zip(getallen[::2], getallen[1::2], strict=True))


def _raakt(p, q, rect):
    """Whether the straight line p-q comes inside the rectangle (x, y, w, h)."""
    x, y, b, h = rect
    return any(
        x < p[0] + (q[0] - p[0]) * t / 50 < x + b and y < p[1] + (q[1] - p[1]) * t / 50 < y + h
        for t in range(51)
    )


def _op_rand(punt, rect, marge):
    x, y, b, h = rect
    binnen_x = x - marge <= punt[0] <= x + b + marge
    binnen_y = y - marge <= punt[1] <= y + h + marge
    langs = min(abs(punt[1] - y), abs(punt[1] - y - h)) <= marge
    return binnen_x and binnen_y and langs


def meet(svg):
    """(viewBox width and height, {key: box}, [(relation, label rect)], [band label rect],
    [(relation, from key, to key, corners)]) as the SVG draws them."""
    breedte, hoogte = (float(v) for v in svg.get("viewBox").split()[2:])
    vakken = {a.get("data-sleutel"): _rect(a.find(f"{SVG}rect")) for a in svg.iter(f"{SVG}a")}
    labels = [
        (g.get("data-relatie"), _rect(g.find(f"{SVG}rect")))
        for g in svg.iter(f"{SVG}g")
        if g.get("class") == "kp-diagram__label"
    ]
    niveaus = [
        (float(t.get("x")), float(t.get("y")) - 18, len(t.text) * NIVEAU_TEKEN, 23)
        for t in svg.iter(f"{SVG}text")
        if t.get("class") == "kp-diagram__niveau"
    ]
    pijlen = [
        (p.get("data-relatie"), p.get("data-van"), p.get("data-naar"), _punten(p.get("d")))
        for p in svg.iter(f"{SVG}path")
        if "kp-diagram__pijl" in (p.get("class") or "")
    ]
    return (breedte, hoogte), vakken, labels, niveaus, pijlen


def fouten_in_de_indeling(svg):
    """Every way in which the layout is not readable, as short sentences (empty: readable)."""
    (breedte, hoogte), vakken, labels, niveaus, pijlen = meet(svg)
    fouten = []
    for (a, ra), (b, rb) in itertools.combinations(labels, 2):
        if _overlapt(ra, rb):
            fouten.append(f"label {a} over label {b}")
    for naam, rect in labels:
        for sleutel, vak in vakken.items():
            if _overlapt(rect, vak):
                fouten.append(f"label {naam} over vak {sleutel}")
        if any(_overlapt(rect, niveau) for niveau in niveaus):
            fouten.append(f"label {naam} over een niveaulabel")
        x, y, b, h = rect
        if x < 0 or y < 0 or x + b > breedte or y + h > hoogte:
            fouten.append(f"label {naam} buiten het schema")
    for naam, van, naar, punten in pijlen:
        for p, q in itertools.pairwise(punten):
            for sleutel, (x, y, b, h) in vakken.items():
                if _raakt(p, q, (x + 2, y + 2, b - 4, h - 4)):
                    fouten.append(f"pijl {naam} door vak {sleutel}")
        if not _op_rand(punten[0], vakken[van], 0.5):
            fouten.append(f"pijl {naam} begint niet aan de rand van zijn vak")
        if not _op_rand(punten[-1], vakken[naar], 3):
            fouten.append(f"pijl {naam} eindigt niet bij zijn vak")
        if not all(0 <= x <= breedte and 0 <= y <= hoogte for x, y in punten):
            fouten.append(f"pijl {naam} buiten het schema")
    return fouten


def labels_over_andere_pijlen(svg):
    _, _, labels, _, pijlen = meet(svg)
    return [
        (naam, ander)
        for naam, (x, y, b, h) in labels
        for ander, _, _, punten in pijlen
        if ander != naam
        and any(_raakt(p, q, (x + 1, y + 1, b - 2, h - 2)) for p, q in itertools.pairwise(punten))
    ]


def _overleg(sleutel):
    return Overleg.objects.filter(afkorting=sleutel).first() or Overleg.objects.get(naam=sleutel)


def maak_demostructuur():
    """The 5 reference overleggen (from migrate) with the relations of the demo content, read
    from the demo's own YAML; the groups they point to are the demo's, or made here."""
    OverlegRelatie.objects.all().delete()
    Overleg.objects.exclude(volgorde__in=range(1, 6)).delete()
    for slug, niveau in DEMO_GROEPEN.items():
        if not GroepPage.objects.filter(slug=slug).exists():
            KennisnetwerkPageFactory(title=slug, slug=slug, niveau=niveau, publiceren=True)
    rijen = yaml.safe_load(DEMO.read_text())["relaties"]
    for rij in rijen:
        OverlegRelatie.objects.create(
            van=_overleg(rij["van"]),
            soort=rij["soort"],
            naar_overleg=_overleg(rij["naar"]) if rij.get("naar") else None,
            naar_groep=GroepPage.objects.get(slug=rij["naar_groep"])
            if rij.get("naar_groep")
            else None,
        )
    return len(rijen)


def test_demostructuur_zonder_overlap_en_zonder_pijlen_door_vakken(client):
    aantal = maak_demostructuur()
    assert aantal >= 11
    svg = svg_van(structuurpagina_html(client))
    assert len(relaties_in_svg(svg)) == aantal
    assert fouten_in_de_indeling(svg) == []
    # With this few arrows no label even covers a line of another arrow.
    assert labels_over_andere_pijlen(svg) == []


def maak_dichte_structuur(zaad=14, per_niveau=5, aantal_relaties=45):
    """Many overleggen with long names on every level, groups, and random relations of every
    kind between them: within a row, both ways, and from the strategic to the operational
    level; the same every time (a fixed seed)."""
    toeval = random.Random(zaad)
    OverlegRelatie.objects.all().delete()
    overleggen = list(Overleg.objects.all())
    for niveau in ("strategisch", "tactisch", "operationeel"):
        for i in range(per_niveau):
            overleggen.append(
                OverlegFactory(
                    naam=f"Werkgroep {niveau} {i} " + "lange naam " * toeval.randint(0, 4),
                    afkorting=toeval.choice(["", f"W{i}"]),
                    niveau=niveau,
                    soort=toeval.choice(["overleg", "werkgroep", "klankbordgroep"]),
                )
            )
    groepen = [
        KennisnetwerkPageFactory(title=f"Kennisnetwerk Dicht {i}", niveau=n, publiceren=True)
        for i, n in enumerate(("strategisch", "tactisch", "operationeel"))
    ]
    soorten = ["informeert", "adviseert", "bereidt_voor", "besluit"]
    gemaakt = set()
    while len(gemaakt) < aantal_relaties:
        van, soort = toeval.choice(overleggen), toeval.choice(soorten)
        naar = toeval.choice(overleggen + groepen)
        if naar == van or (van.pk, naar.pk, soort) in gemaakt:
            continue
        gemaakt.add((van.pk, naar.pk, soort))
        if isinstance(naar, Overleg):
            OverlegRelatie.objects.create(van=van, soort=soort, naar_overleg=naar)
        else:
            OverlegRelatie.objects.create(van=van, soort=soort, naar_groep=naar)
    return aantal_relaties


def test_dichte_structuur_blijft_leesbaar_en_gelijk(client):
    aantal = maak_dichte_structuur()
    html = structuurpagina_html(client)
    svg = svg_van(html)
    assert len(relaties_in_svg(svg)) == aantal
    assert fouten_in_de_indeling(svg) == []
    # The same data gives the same diagram.
    begin = html.index("<svg")
    nog_eens = structuurpagina_html(client)
    assert (
        nog_eens[nog_eens.index("<svg") : nog_eens.index("</svg>")]
        == html[begin : html.index("</svg>")]
    )


def test_niveau_zonder_vakken_en_pijl_erdoorheen(client):
    """A level without boxes keeps its band; an arrow from the strategic to the operational
    level runs through it without covering its label."""
    OverlegRelatie.objects.all().delete()
    Overleg.evaluatiemomenten.rel.related_model.objects.all().delete()
    Overleg.objects.filter(niveau="tactisch").delete()
    bpso = Overleg.objects.get(afkorting="B-PSO")
    operationeel = Overleg.objects.filter(niveau="operationeel").first()
    OverlegRelatie.objects.create(van=bpso, soort="besluit", naar_overleg=operationeel)
    OverlegRelatie.objects.create(van=operationeel, soort="informeert", naar_overleg=bpso)
    OverlegRelatie.objects.create(van=operationeel, soort="adviseert", naar_overleg=bpso)
    svg = svg_van(structuurpagina_html(client))
    assert fouten_in_de_indeling(svg) == []
    banden = [
        _rect(g.find(f"{SVG}rect"))
        for g in svg.iter(f"{SVG}g")
        if "kp-diagram__band" in (g.get("class") or "")
    ]
    assert len(banden) == 3 and all(h > 40 for _, _, _, h in banden)
    # The bands lie one below the other, the empty tactical band between the other two.
    assert banden[0][1] + banden[0][3] == banden[1][1]
    assert banden[1][1] + banden[1][3] == banden[2][1]
