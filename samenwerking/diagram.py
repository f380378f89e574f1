"""The diagram of the overlegstructuur as inline SVG, laid out from the data (issue 14.2).

Levels are horizontal bands with their label in a column on the left; each overleg (and each
group that a relation points to) is a box that links to its page; boxes wrap to several rows of
COLUMNS, so a band holds any number of them; names wrap on word boundaries.

Relations are labelled arrows drawn with right angles, and they never cross a box: an arrow
leaves its box from the top or bottom edge (each arrow at a point of its own, spread along the
edge in the order of where the arrows go), runs horizontally through the gap between two rows
(a channel, samenwerking/diagram_kanalen.py) and, when its boxes lie more than one row apart,
vertically through a lane in the gap between two columns. Each label lies on a horizontal run
on a track of its own stretch; the gaps grow with the number of tracks and lanes they hold.
So no label covers another label, a box or a band label, and all lie inside the SVG. The
layout only depends on the data and is the same on every request. The markup is the template
samenwerking/overlegstructuur_diagram.html."""

import math
import textwrap
from dataclasses import dataclass, field

from samenwerking.diagram_kanalen import (
    Stuk,
    herstel_labels,
    kies_label_x,
    sporen_met_grens,
    verdeel_sporen,
)

COLUMNS = 4
BOX_WIDTH = 200
KOLOM = 190  # the column on the left with the band labels
MARGIN = 20  # least room left of the first and right of the last column of boxes
GAP_X = 40  # least room between two columns of boxes
BAAN = 8  # between two vertical lanes in one gap
PADDING = 10
LINE = 19
CHARS_PER_LINE = 20  # at 15 px in a 200 wide box, also in a wide fallback font
LABEL_CHAR = 7.2  # average width of a character of an arrow label at 13 px
LABEL_HOOGTE = 20
SPOOR = 26  # height of a track: a label and some room
RAND = 12  # between a box or a band edge and the nearest track
MIN_KANAAL = 40  # least room between two rows of one band
MIN_RAND = 24  # least room between a row and the edge of its band
LEGE_BAND = 64  # height of a level without boxes
POORT = 16  # least room between two ends of arrows on a box edge
HOEK = 6  # radius of the rounded bends of an arrow


def getal(waarde):
    """A coordinate as SVG wants it, whatever the locale of the template (no 12,5)."""
    return f"{waarde:.1f}".removesuffix(".0")


@dataclass
class Vak:
    knoop: object
    rij: int
    kolom: int
    regels: list  # [(text, class)]
    x: float = 0
    y: float = 0
    hoogte: float = 0

    @property
    def midden(self):
        return (self.x + BOX_WIDTH / 2, self.y + self.hoogte / 2)

    def svg(self):
        """The numbers of the box for the template, as strings."""
        return {"x": getal(self.x), "y": getal(self.y), "hoogte": getal(self.hoogte)}

    def tekstregels(self):
        """[(x, y, text, class)] of the lines inside the box, vertically centred."""
        begin = self.y + (self.hoogte - len(self.regels) * LINE) / 2 + LINE - 5
        return [
            (getal(self.x + BOX_WIDTH / 2), getal(begin + i * LINE), tekst, klasse)
            for i, (tekst, klasse) in enumerate(self.regels)
        ]


@dataclass
class Band:
    waarde: str
    label: str
    y: float = 0
    hoogte: float = 0
    vakken: list = field(default_factory=list)

    def svg(self):
        return {
            "y": getal(self.y),
            "hoogte": getal(self.hoogte),
            "label_x": getal(16),
            "label_y": getal(self.y + 30),
        }


@dataclass
class Lijn:
    pad: str
    soort: str
    label: str
    label_x: float
    label_y: float
    label_breedte: float
    titel: str
    van: str = ""  # the keys of its boxes
    naar: str = ""

    def svg(self):
        return {
            "tekst_x": getal(self.label_x),
            "tekst_y": getal(self.label_y + 4.5),
            "vak_x": getal(self.label_x - self.label_breedte / 2),
            "vak_y": getal(self.label_y - LABEL_HOOGTE / 2),
            "breedte": getal(self.label_breedte),
        }


@dataclass
class Route:
    """The way of one arrow: from a port on an edge of `van` to a port on an edge of `naar`."""

    pijl: object
    van: Vak
    naar: Vak
    van_kant: str = ""  # "boven" or "onder": the edge of the box the arrow leaves or enters
    naar_kant: str = ""
    poort_van: float = 0
    poort_naar: float = 0
    spleet: int = -1  # the gap between columns of its lane, when its boxes lie rows apart
    baan: int = 0
    baan_x: float = 0
    stukken: list = field(default_factory=list)


def regels_van(knoop):
    """The lines of a box: the abbreviation (bold), the name wrapped on word boundaries, and
    the kind when it is not a plain overleg."""
    regels = []
    if knoop.afkorting:
        regels.append((knoop.afkorting, "kp-diagram__afkorting"))
    naam = textwrap.wrap(knoop.naam, CHARS_PER_LINE, break_long_words=False) or [knoop.naam]
    regels += [(regel, "") for regel in naam]
    if knoop.soort != "overleg":
        regels.append((knoop.soort_label, "kp-diagram__soort"))
    return regels


def _rijen(structuur, banden):
    """[(band number, row height, [Vak])] and {sleutel: Vak}: the boxes in rows of COLUMNS."""
    rijen, vakken = [], {}
    for nummer, (_, _, knopen) in enumerate(structuur.niveaus):
        for begin in range(0, len(knopen), COLUMNS):
            rij = [
                Vak(k, len(rijen), i, regels_van(k))
                for i, k in enumerate(knopen[begin : begin + COLUMNS])
            ]
            hoogte = max(len(v.regels) for v in rij) * LINE + 2 * PADDING
            for vak in rij:
                vak.hoogte = hoogte
                vakken[vak.knoop.sleutel] = vak
            banden[nummer].vakken += rij
            rijen.append((nummer, hoogte, rij))
    return rijen, vakken


def _routes(pijlen, vakken):
    """A route per arrow, in a fixed order (by the places of its boxes), with the edges its
    arrow leaves and enters: towards the other box, and for two boxes in one row above the
    row (the first, third, ... arrow between them) or below it."""
    routes = []
    per_paar = {}
    for pijl in sorted(
        pijlen,
        key=lambda p: (
            (vakken[p.van.sleutel].rij, vakken[p.van.sleutel].kolom),
            (vakken[p.naar.sleutel].rij, vakken[p.naar.sleutel].kolom),
            p.soort,
            p.label,
            p.toelichting,
        ),
    ):
        route = Route(pijl, vakken[pijl.van.sleutel], vakken[pijl.naar.sleutel])
        paar = frozenset((pijl.van.sleutel, pijl.naar.sleutel))
        volgnummer = per_paar[paar] = per_paar.get(paar, -1) + 1
        if route.van.rij == route.naar.rij:
            route.van_kant = route.naar_kant = "onder" if volgnummer % 2 else "boven"
        elif route.van.rij < route.naar.rij:
            route.van_kant, route.naar_kant = "onder", "boven"
        else:
            route.van_kant, route.naar_kant = "boven", "onder"
        routes.append(route)
    return routes


def _banen(routes):
    """Each arrow between boxes that lie more than one row apart gets a vertical lane in a gap
    between two columns (gap j lies left of column j): a gap between its columns, or beside
    its column, the least used first. Lanes in one gap are shared by arrows whose stretches of
    rows do not overlap. Returns the number of lanes per gap."""
    banen = [[] for _ in range(COLUMNS + 1)]  # per gap, per lane: [(first, last channel)]
    gebruik = [0] * (COLUMNS + 1)
    verre = [r for r in routes if abs(r.van.rij - r.naar.rij) > 1]
    for route in sorted(verre, key=lambda r: abs(r.van.rij - r.naar.rij)):
        a, b = sorted((route.van.kolom, route.naar.kolom))
        spleten = range(a + 1, b + 1) if a < b else (a, a + 1)
        midden = (a + b + 1) / 2
        route.spleet = min(spleten, key=lambda j: (gebruik[j], abs(j - midden), j))
        gebruik[route.spleet] += 1
        stuk = (min(route.van.rij, route.naar.rij) + 1, max(route.van.rij, route.naar.rij))
        for nummer, baan in enumerate(banen[route.spleet] + [[]]):
            if all(stuk[1] < b0 or b1 < stuk[0] for b0, b1 in baan):
                if not baan:
                    banen[route.spleet].append(baan)
                baan.append(stuk)
                route.baan = nummer
                break
    return [len(b) for b in banen]


def _kolommen(aantal_banen):
    """(x of each column, x where each gap starts, width of each gap, total width)."""
    breedtes = [
        max(MARGIN if j in (0, COLUMNS) else GAP_X, (n + 1) * BAAN)
        for j, n in enumerate(aantal_banen)
    ]
    kolom_x, spleet_x, x = [], [], KOLOM
    for j in range(COLUMNS):
        spleet_x.append(x)
        x += breedtes[j]
        kolom_x.append(x)
        x += BOX_WIDTH
    spleet_x.append(x)
    return kolom_x, spleet_x, breedtes, x + breedtes[COLUMNS]


def _poorten(routes):
    """Spread the ends of the arrows along each box edge, ordered by where each goes next;
    then make an arrow between two boxes of one column straight where its ends can move to
    one x without coming too close to the ends beside them."""
    per_kant = {}
    for nummer, route in enumerate(routes):
        for rol, vak, kant, ander in (
            ("van", route.van, route.van_kant, route.naar),
            ("naar", route.naar, route.naar_kant, route.van),
        ):
            if route.spleet >= 0:
                richting = route.baan_x
            elif ander is vak:  # a relation of an overleg with itself
                richting = vak.midden[0] + (-1 if rol == "van" else 1)
            elif ander.rij == vak.rij:
                # An arrow within a row arches over the shorter ones between its boxes: the
                # farther the other box, the nearer the middle of this edge its end.
                afstand = ander.midden[0] - vak.midden[0]
                richting = vak.midden[0] + math.copysign(
                    BOX_WIDTH / 2 / (1 + abs(afstand) / BOX_WIDTH), afstand
                )
            else:
                richting = ander.midden[0]
            per_kant.setdefault((id(vak), kant), []).append([richting, nummer, rol, route, vak])
    for einden in per_kant.values():
        einden.sort(key=lambda e: e[:3])
        for k, eind in enumerate(einden):
            eind[0] = eind[4].x + BOX_WIDTH * (k + 1) / (len(einden) + 1)
    plek = {
        (id(e[3]), e[2]): (einden, k) for einden in per_kant.values() for k, e in enumerate(einden)
    }
    for route in routes:
        if route.spleet >= 0 or route.van.rij == route.naar.rij:
            continue
        if route.van.kolom != route.naar.kolom:
            continue
        a, b = plek[(id(route), "van")], plek[(id(route), "naar")]
        xa, xb = a[0][a[1]][0], b[0][b[1]][0]
        for x in (xa, xb, (xa + xb) / 2):
            if _past(*a, x) and _past(*b, x):
                a[0][a[1]][0] = b[0][b[1]][0] = x
                break
    for einden in per_kant.values():
        for x, _, rol, route, _ in einden:
            setattr(route, f"poort_{rol}", x)


def _past(einden, k, x):
    """Whether end k of this box edge may move to x: in its order, not too close to the ends
    beside it or to the corners of the box."""
    vak = einden[k][4]
    links = einden[k - 1][0] + POORT if k > 0 else vak.x + POORT
    rechts = einden[k + 1][0] - POORT if k + 1 < len(einden) else vak.x + BOX_WIDTH - POORT
    return links <= x <= rechts


def _stukken(routes, aantal_kanalen):
    """The horizontal runs of every arrow per channel (channel i lies above row i), and per
    channel the x of the lanes that run straight through it."""
    kanalen = [[] for _ in range(aantal_kanalen)]
    door = [[] for _ in range(aantal_kanalen)]
    for route in routes:
        van, naar = route.van, route.naar
        omlaag = van.rij < naar.rij or (van.rij == naar.rij and route.van_kant == "onder")
        eerste = van.rij + 1 if route.van_kant == "onder" else van.rij
        if route.spleet < 0:
            if omlaag:
                boven, onder = (route.poort_van,), (route.poort_naar,)
            else:
                boven, onder = (route.poort_naar,), (route.poort_van,)
            if van.rij == naar.rij:
                boven = onder = ()
                if omlaag:
                    boven = (route.poort_van, route.poort_naar)
                else:
                    onder = (route.poort_van, route.poort_naar)
            route.stukken = [Stuk(eerste, route.poort_van, route.poort_naar, boven, onder)]
        else:
            laatste = naar.rij if omlaag else naar.rij + 1
            lx = route.baan_x
            if omlaag:
                a = Stuk(eerste, route.poort_van, lx, (route.poort_van,), (lx,))
                b = Stuk(laatste, lx, route.poort_naar, (lx,), (route.poort_naar,))
            else:
                a = Stuk(eerste, route.poort_van, lx, (lx,), (route.poort_van,))
                b = Stuk(laatste, lx, route.poort_naar, (route.poort_naar,), (lx,))
            route.stukken = [a, b]
            for kanaal in range(min(eerste, laatste) + 1, max(eerste, laatste)):
                door[kanaal].append(lx)
        for stuk in route.stukken:
            kanalen[stuk.kanaal].append(stuk)
        langste = max(route.stukken, key=lambda s: abs(s.xb - s.xa))
        langste.label_breedte = round(len(route.pijl.label) * LABEL_CHAR + 10, 1)
    return kanalen, door


def _plaats_labels(kanalen, door, breedte):
    """The x of each label: on its run, clear of the vertical lines in its channel."""
    for nummer, stukken in enumerate(kanalen):
        for stuk in stukken:
            if not stuk.label_breedte:
                continue
            andere = list(door[nummer])
            for ander in stukken:
                if ander is not stuk:
                    andere += ander.boven + ander.onder
            stuk.label_x = kies_label_x(stuk, andere, KOLOM + 4, breedte - 4)


def _sporen_y(begin, sporen, hoogte):
    """The y of `sporen` tracks centred in a section of this height."""
    eerste = begin + (hoogte - len(sporen) * SPOOR) / 2 + SPOOR / 2
    for k, stuk_lijst in enumerate(sporen):
        for stuk in stuk_lijst:
            stuk.y = eerste + k * SPOOR


def _hoogte_van(aantal, minimum):
    return max(minimum, 2 * RAND + aantal * SPOOR) if aantal else minimum


def _band_van(rijen, i, aantal_banden):
    """(band of the row above channel i, band of the row below it); -1 and the number of
    bands past the first and last row."""
    return (
        rijen[i - 1][0] if i > 0 else -1,
        rijen[i][0] if i < len(rijen) else aantal_banden,
    )


def _verticaal(rijen, kanalen, banden):
    """Lay out from top to bottom: each channel holds its tracks (split at the band edges it
    contains, with the levels without boxes between), then its row; sets the y of tracks,
    boxes and bands and returns the total height and the (top, bottom) of each channel."""
    y, aantal_rijen, randen = 0, len(rijen), []
    for i, stukken in enumerate(kanalen):
        begin = y
        band_boven, band_onder = _band_van(rijen, i, len(banden))
        if band_boven == band_onder:  # between two rows of one band
            aantal = verdeel_sporen(stukken)
        else:
            aantal, splits = sporen_met_grens(stukken)
        sporen = [[] for _ in range(aantal)]
        for stuk in stukken:
            sporen[stuk.spoor].append(stuk)
        if band_boven == band_onder:
            hoogte = _hoogte_van(len(sporen), MIN_KANAAL)
            _sporen_y(y, sporen, hoogte)
            y += hoogte
        else:
            if i > 0:
                hoogte = _hoogte_van(splits, MIN_RAND)
                _sporen_y(y, sporen[:splits], hoogte)
                y += hoogte
            for nummer in range(band_boven + 1, band_onder + 1):
                if nummer < len(banden):
                    banden[nummer].y = y
                if nummer < band_onder:  # a level without boxes
                    y += LEGE_BAND
            if i < aantal_rijen:
                hoogte = _hoogte_van(len(sporen) - splits, MIN_RAND)
                _sporen_y(y, sporen[splits:], hoogte)
                y += hoogte
        randen.append((begin, y))
        if i < aantal_rijen:
            for vak in rijen[i][2]:
                vak.y = y
            y += rijen[i][1]
    for band, volgende in zip(banden, banden[1:] + [None], strict=True):
        band.hoogte = (volgende.y if volgende else y) - band.y
    return y, randen


def _pad(punten):
    """An SVG path through these points, with rounded bends."""
    schoon = [punten[0]]
    for p in punten[1:]:
        if math.dist(p, schoon[-1]) > 0.05:
            schoon.append(p)
    delen = [f"M{getal(schoon[0][0])},{getal(schoon[0][1])}"]
    for vorige, hoek, volgende in zip(schoon, schoon[1:], schoon[2:], strict=False):
        straal = min(HOEK, math.dist(vorige, hoek) / 2, math.dist(hoek, volgende) / 2)
        a = _richting(hoek, vorige, straal)
        b = _richting(hoek, volgende, straal)
        delen.append(f"L{getal(a[0])},{getal(a[1])}")
        delen.append(f"Q{getal(hoek[0])},{getal(hoek[1])} {getal(b[0])},{getal(b[1])}")
    delen.append(f"L{getal(schoon[-1][0])},{getal(schoon[-1][1])}")
    return " ".join(delen)


def _richting(van, naar, afstand):
    lengte = math.dist(van, naar) or 1
    return (
        van[0] + (naar[0] - van[0]) * afstand / lengte,
        van[1] + (naar[1] - van[1]) * afstand / lengte,
    )


def _lijn(route):
    van, naar = route.van, route.naar
    begin_y = van.y if route.van_kant == "boven" else van.y + van.hoogte
    # The point of the arrow stops just outside the border of the box.
    eind_y = naar.y - 2 if route.naar_kant == "boven" else naar.y + naar.hoogte + 2
    punten = [(route.poort_van, begin_y)]
    for stuk in route.stukken:
        punten += [(stuk.xa, stuk.y), (stuk.xb, stuk.y)]
    punten.append((route.poort_naar, eind_y))
    label = next(s for s in route.stukken if s.label_breedte)
    pijl = route.pijl
    return Lijn(
        pad=_pad(punten),
        soort=pijl.soort,
        label=pijl.label,
        label_x=label.label_x,
        label_y=label.y,
        label_breedte=label.label_breedte,
        titel=f"{pijl.van.afkorting or pijl.van.naam} {pijl.label}: "
        f"{pijl.naar.afkorting or pijl.naar.naam}",
        van=pijl.van.sleutel,
        naar=pijl.naar.sleutel,
    )


def indeling(structuur):
    """{"breedte", "hoogte", "banden", "lijnen", ...} for the template."""
    banden = [Band(waarde, label) for waarde, label, _ in structuur.niveaus]
    rijen, vakken = _rijen(structuur, banden)
    routes = _routes(structuur.pijlen, vakken)
    aantal_banen = _banen(routes)
    kolom_x, spleet_x, spleet_breedte, breedte = _kolommen(aantal_banen)
    for vak in vakken.values():
        vak.x = kolom_x[vak.kolom]
    for route in routes:
        if route.spleet >= 0:
            j = route.spleet
            stap = spleet_breedte[j] / (aantal_banen[j] + 1)
            route.baan_x = spleet_x[j] + stap * (route.baan + 1)
    _poorten(routes)
    kanalen, door = _stukken(routes, len(rijen) + 1)
    _plaats_labels(kanalen, door, breedte)
    hoogte, randen = _verticaal(rijen, kanalen, banden)
    for stukken, lanen, (boven, onder) in zip(kanalen, door, randen, strict=True):
        herstel_labels(stukken, lanen, boven, onder, KOLOM + 4, breedte - 4)
    return {
        "breedte": getal(breedte),
        "hoogte": getal(hoogte),
        "kolom": getal(KOLOM),
        "vakbreedte": getal(BOX_WIDTH),
        "banden": banden,
        "lijnen": [_lijn(route) for route in routes],
    }
