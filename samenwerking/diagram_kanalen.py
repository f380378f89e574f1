"""The channels of the diagram of the overlegstructuur: the horizontal gaps between two rows of
boxes (and above the first and below the last row). Every arrow runs through them in
horizontal runs on tracks; a run with the arrow's label gets a track of its own stretch, so no
two labels can overlap: labels of two tracks lie a full label height apart, and the runs of one
track never overlap. Pure geometry on x (the y of a track follows from its number); used by
samenwerking/diagram.py."""

import math
from dataclasses import dataclass

TUSSEN = 10  # least room between two runs on one track
VRIJ = 4  # least room between a label and a line it does not belong to
BOTSING = 6  # two vertical lines closer than this would run on top of each other


@dataclass
class Stuk:
    """One horizontal run of an arrow in channel `kanaal`, from xa to xb. `boven` holds the x
    of the arrow's vertical lines that come into the channel from above (from a box or a lane
    of the row above) and end at this run; `onder` those that leave it downwards."""

    kanaal: int
    xa: float
    xb: float
    boven: tuple = ()
    onder: tuple = ()
    label_breedte: float = 0  # 0: the arrow's label is on another run
    label_x: float = 0
    spoor: int = 0
    y: float = 0

    @property
    def links(self):
        if self.label_breedte:
            return min(self.xa, self.xb, self.label_x - self.label_breedte / 2)
        return min(self.xa, self.xb)

    @property
    def rechts(self):
        if self.label_breedte:
            return max(self.xa, self.xb, self.label_x + self.label_breedte / 2)
        return max(self.xa, self.xb)


def _kandidaten(midden, van, tot, stap=3):
    """Centres from `midden` outwards, alternately left and right, within [van, tot]."""
    m = min(max(midden, van), tot)
    yield m
    k = 1
    while m - k * stap >= van or m + k * stap <= tot:
        for c in (m - k * stap, m + k * stap):
            if van <= c <= tot:
                yield c
        k += 1


def _zoek(stuk, links, rechts, kosten):
    """The best centre for the label of this run by `kosten(centre, on_the_run)` (a number
    of lines covered, or None where it may not go): on the run and clear of its own bends if
    it fits, else centred somewhere on the run, else just touching it; nearest the middle of
    the run first. Returns (cost, centre), or None where it may go nowhere."""
    b = stuk.label_breedte
    lo, hi = min(stuk.xa, stuk.xb), max(stuk.xa, stuk.xb)
    pogingen = (
        (lo + b / 2 + VRIJ, hi - b / 2 - VRIJ, True),
        (lo, hi, False),
        (lo - b / 2 + 12, hi + b / 2 - 12, False),
    )
    beste = None
    for van, tot, op_het_stuk in pogingen:
        van, tot = max(van, links + b / 2), min(tot, rechts - b / 2)
        if van > tot:
            continue
        for c in _kandidaten((lo + hi) / 2, van, tot):
            prijs = kosten(c, op_het_stuk)
            if prijs == 0:
                return (0, c)
            if prijs is not None and (beste is None or prijs < beste[0]):
                beste = (prijs, c)
    return beste


def kies_label_x(stuk, andere, links, rechts):
    """The centre of the label on this run, covering no vertical line of another arrow in the
    channel (`andere`: their x) where it can, and within [links, rechts]."""
    b = stuk.label_breedte
    eigen = (stuk.xa, stuk.xb) if stuk.xa != stuk.xb else ()

    def kosten(c, op_het_stuk):
        lijnen = andere + list(eigen) if op_het_stuk else andere
        return sum(1 for x in lijnen if abs(x - c) < b / 2 + VRIJ)

    beste = _zoek(stuk, links, rechts, kosten)
    if beste:
        return beste[1]
    return min(max((stuk.xa + stuk.xb) / 2, links + b / 2), rechts - b / 2)


def herstel_labels(stukken, door, boven, onder, links, rechts):
    """Once the tracks have their y: move a label that still covers a vertical line of
    another arrow to where it covers fewer, counting only the lines that really reach its
    track (a line from above ends at its own track), and only where it stays clear of the
    runs on its own track; so what verdeel_sporen guarantees still holds. `boven` and `onder`
    are the y of the top and bottom of the channel."""
    lijnen = [(x, boven, onder, None) for x in door]
    for s in stukken:
        lijnen += [(x, boven, s.y, s) for x in s.boven]
        lijnen += [(x, s.y, onder, s) for x in s.onder]
    for stuk in stukken:
        if not stuk.label_breedte:
            continue
        b, y = stuk.label_breedte, stuk.y
        raakbaar = [
            x
            for x, y0, y1, eigenaar in lijnen
            if eigenaar is not stuk and y0 < y + 10 + VRIJ and y - 10 - VRIJ < y1
        ]
        buren = [t for t in stukken if t.spoor == stuk.spoor and t is not stuk]

        def kosten(c, _op_het_stuk, b=b, raakbaar=raakbaar, buren=buren, stuk=stuk):
            lo = min(stuk.xa, stuk.xb, c - b / 2)
            hi = max(stuk.xa, stuk.xb, c + b / 2)
            if any(lo < t.rechts + TUSSEN and t.links < hi + TUSSEN for t in buren):
                return None
            return sum(1 for x in raakbaar if abs(x - c) < b / 2 + VRIJ)

        nu = kosten(stuk.label_x, False)
        if nu == 0:
            continue
        beste = _zoek(stuk, links, rechts, kosten)
        if beste and (nu is None or beste[0] < nu):
            stuk.label_x = beste[1]


def _dekt(stuk, x):
    return min(stuk.xa, stuk.xb) + BOTSING < x < max(stuk.xa, stuk.xb) - BOTSING


def verdeel_sporen(stukken, eerste=0):
    """Give every run of one channel a track (counting from `eerste`, top down) and return the
    number of tracks. Runs on one track do not overlap (labels included). A run whose line
    comes in from above at x lies above a run whose line leaves downwards at (nearly) the same
    x, so the two vertical lines do not run on top of each other (the vertical constraints of
    channel routing); in a cycle of such constraints one of them gives way. Where it costs no
    such constraint, a run also lies above a run whose vertical line it would otherwise cross
    (so an arrow between two boxes of a row arches over a shorter one between them)."""
    moet = [set() for _ in stukken]  # moet[j]: the runs that must lie above run j
    liefst = [set() for _ in stukken]  # liefst[j]: the runs that had better lie above run j
    for i, a in enumerate(stukken):
        for j, b in enumerate(stukken):
            if i == j:
                continue
            if any(abs(x - y) < BOTSING for x in a.boven for y in b.onder):
                moet[j].add(i)
            if any(_dekt(a, x) for x in b.onder) or any(_dekt(b, x) for x in a.boven):
                liefst[j].add(i)
    rest = sorted(range(len(stukken)), key=lambda i: (stukken[i].links, stukken[i].rechts, i))
    geplaatst = set()
    spoor = eerste
    while rest:
        klaar = [i for i in rest if moet[i] <= geplaatst]
        if not klaar:
            klaar = [min(rest, key=lambda i: (len(moet[i] - geplaatst), rest.index(i)))]
        # First the runs with nothing left that had better lie above them, then, in the room
        # that is left on the track, the others.
        wachten = {i: len(liefst[i] - geplaatst) for i in klaar}
        eerst = [i for i in klaar if wachten[i] == min(wachten.values())]
        bezet = []
        for groep in (eerst, [i for i in klaar if i not in eerst]):
            for i in groep:
                a, b = stukken[i].links, stukken[i].rechts
                if all(b + TUSSEN <= c or d + TUSSEN <= a for c, d in bezet):
                    stukken[i].spoor = spoor
                    geplaatst.add(i)
                    bezet.append((a, b))
        rest = [i for i in rest if i not in geplaatst]
        spoor += 1
    return spoor - eerste


def sporen_met_grens(stukken):
    """Tracks for a channel that holds the edge between two bands: first the runs between two
    boxes of the row above (all their lines come from above), then the runs that cross the
    edge, then those between boxes of the row below; so an arrow between two boxes of one band
    stays inside that band. Returns (number of tracks, tracks above the edge)."""
    boven = [s for s in stukken if not s.onder]
    onder = [s for s in stukken if s.boven == () and s.onder]
    kruisend = [s for s in stukken if s.boven and s.onder]
    a = verdeel_sporen(boven)
    b = verdeel_sporen(kruisend, a)
    c = verdeel_sporen(onder, a + b)
    return a + b + c, a + math.ceil(b / 2)
