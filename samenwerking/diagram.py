"""The diagram of the overlegstructuur as inline SVG, laid out from the data (issue 14.2).

Levels are horizontal bands with a visible label; each overleg (and each group that a relation
points to) is a box that links to its page; boxes wrap to several rows of COLUMNS, so a band
holds any number of them without overlap; names wrap on word boundaries; relations are
labelled arrows. The geometry is computed here, the markup is the template
samenwerking/diagram.html."""

import math
import textwrap
from dataclasses import dataclass, field

WIDTH = 960
MARGIN = 20
COLUMNS = 4
BOX_WIDTH = 200
GAP_X = (WIDTH - 2 * MARGIN - COLUMNS * BOX_WIDTH) // (COLUMNS - 1)
GAP_Y = 64  # room between rows for arrows and their labels
BAND_HEADER = 46
BAND_FOOTER = 40
PADDING = 10
LINE = 19
CHARS_PER_LINE = 20  # at 15 px in a 200 wide box, also in a wide fallback font
LABEL_CHAR = 7.2  # average width of a character of an arrow label at 13 px


def getal(waarde):
    """A coordinate as SVG wants it, whatever the locale of the template (no 12,5)."""
    return f"{waarde:.1f}".removesuffix(".0")


@dataclass
class Vak:
    knoop: object
    x: float
    y: float
    regels: list  # [(text, class)]
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
    y: float
    hoogte: float
    vakken: list = field(default_factory=list)

    def svg(self):
        return {
            "y": getal(self.y),
            "hoogte": getal(self.hoogte),
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
    punten: tuple = ()

    def svg(self):
        return {
            "tekst_x": getal(self.label_x),
            "tekst_y": getal(self.label_y + 4.5),
            "vak_x": getal(self.label_x - self.label_breedte / 2),
            "vak_y": getal(self.label_y - 10),
            "breedte": getal(self.label_breedte),
        }


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


def _rand(vak, richting_x, richting_y):
    """Where a line from the centre of the box in this direction leaves the box."""
    mx, my = vak.midden
    halve_b, halve_h = BOX_WIDTH / 2 + 2, vak.hoogte / 2 + 2
    t = min(
        halve_b / abs(richting_x) if richting_x else math.inf,
        halve_h / abs(richting_y) if richting_y else math.inf,
    )
    return mx + richting_x * t, my + richting_y * t


def _lijn(pijl, van, naar, bocht, volgnummer):
    (x1, y1), (x2, y2) = van.midden, naar.midden
    lengte = math.hypot(x2 - x1, y2 - y1) or 1
    dx, dy = (x2 - x1) / lengte, (y2 - y1) / lengte
    if abs(y2 - y1) < 1:
        # Two boxes in one row: the arrow bends into the gap above the row (the first, third,
        # ... arrow of the pair) or below it, over any boxes between them and with room for
        # its label; the curve peaks at half its control point.
        hoogte = van.hoogte + GAP_Y + 24 * (volgnummer // 2)
        bocht = math.copysign(hoogte, dx) * (1 if volgnummer % 2 else -1)
    begin = _rand(van, dx, dy)
    eind = _rand(naar, -dx, -dy)
    cx = (begin[0] + eind[0]) / 2 - dy * bocht
    cy = (begin[1] + eind[1]) / 2 + dx * bocht
    if bocht:
        # Leave and enter the boxes towards the control point, not along the straight line.
        begin = _rand(van, cx - van.midden[0], cy - van.midden[1])
        eind = _rand(naar, cx - naar.midden[0], cy - naar.midden[1])
    return Lijn(
        pad=(f"M{begin[0]:.1f},{begin[1]:.1f} Q{cx:.1f},{cy:.1f} {eind[0]:.1f},{eind[1]:.1f}"),
        soort=pijl.soort,
        label=pijl.label,
        label_x=0,
        label_y=0,
        label_breedte=round(len(pijl.label) * LABEL_CHAR + 10, 1),
        titel=f"{pijl.van.afkorting or pijl.van.naam} {pijl.label}: "
        f"{pijl.naar.afkorting or pijl.naar.naam}",
        punten=(begin, (cx, cy), eind),
    )


# Where along an arrow its label may go, best first: the middle, then towards the ends.
LABEL_PLEKKEN = (0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85)
LABEL_HOOGTE = 20


def _botst(vlak, obstakels):
    x, y, b, h = vlak
    return sum(
        1
        for ox, oy, ob, oh in obstakels
        if x < ox + ob and ox < x + b and y < oy + oh and oy < y + h
    )


def _plaats_labels(lijnen, obstakels):
    """Put each arrow's label on its arrow where it covers no box, band label or other
    label; where every place collides, the place with the fewest collisions."""
    geplaatst = []
    for lijn in lijnen:
        (x0, y0), (cx, cy), (x2, y2) = lijn.punten
        beste = None
        for t in LABEL_PLEKKEN:
            x = (1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t**2 * x2
            y = (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t**2 * y2
            vlak = (
                x - lijn.label_breedte / 2,
                y - LABEL_HOOGTE / 2,
                lijn.label_breedte,
                LABEL_HOOGTE,
            )
            botsingen = _botst(vlak, obstakels + geplaatst)
            if beste is None or botsingen < beste[0]:
                beste = (botsingen, x, y, vlak)
            if not botsingen:
                break
        _, lijn.label_x, lijn.label_y, vlak = beste
        geplaatst.append(vlak)


def indeling(structuur):
    """{"breedte", "hoogte", "banden", "lijnen"} for the template."""
    banden, vakken, y = [], {}, 0
    for waarde, label, knopen in structuur.niveaus:
        band = Band(waarde, label, y, 0)
        rij_y = y + BAND_HEADER
        for begin in range(0, len(knopen), COLUMNS):
            rij = [
                Vak(k, MARGIN + i * (BOX_WIDTH + GAP_X), rij_y, regels_van(k))
                for i, k in enumerate(knopen[begin : begin + COLUMNS])
            ]
            hoogte = max(len(v.regels) for v in rij) * LINE + 2 * PADDING
            for vak in rij:
                vak.hoogte = hoogte
                vakken[vak.knoop.sleutel] = vak
            band.vakken += rij
            rij_y += hoogte + GAP_Y
        band.hoogte = (rij_y - GAP_Y + BAND_FOOTER if knopen else rij_y + BAND_FOOTER) - y
        banden.append(band)
        y += band.hoogte
    # Arrows between the same two boxes (either way) fan out, each with its own bend.
    per_paar = {}
    for pijl in structuur.pijlen:
        per_paar.setdefault(frozenset((pijl.van.sleutel, pijl.naar.sleutel)), []).append(pijl)
    lijnen = []
    for pijlen in per_paar.values():
        for i, pijl in enumerate(pijlen):
            bocht = (i - (len(pijlen) - 1) / 2) * 56
            if pijl.van.sleutel > pijl.naar.sleutel:
                bocht = -bocht  # same side of the pair whatever the direction
            van, naar = vakken[pijl.van.sleutel], vakken[pijl.naar.sleutel]
            lijnen.append(_lijn(pijl, van, naar, bocht, i))
    obstakels = [(v.x, v.y, BOX_WIDTH, v.hoogte) for v in vakken.values()]
    obstakels += [(MARGIN, b.y + 10, 240, 28) for b in banden]  # the band labels
    _plaats_labels(lijnen, obstakels)
    return {
        "breedte": getal(WIDTH),
        "hoogte": getal(y),
        "vakbreedte": getal(BOX_WIDTH),
        "banden": banden,
        "lijnen": lijnen,
    }
