"""Snippets and highlighting: an escaped fragment of a result's text with the words that
match the query (exactly, by stem, fuzzily, or as part of a compound) in <mark>."""

import html
import re

from search import afstemming, analyse
from search.indexeren import _per_versie, vocabulaire

_WOORD_OF_REF = re.compile(r"\d{1,3}\.\d{1,3}(?:\.\d{1,3})?|\w+")


def _delen(woord, vocab):
    """The stems of the parts of a compound, remembered per index version."""
    geheugen = _per_versie("delen", dict)
    if woord not in geheugen:
        if len(geheugen) > afstemming.MAX_DELEN:
            geheugen.clear()
        geheugen[woord] = frozenset(analyse.gestamde_delen(woord, vocab))
    return geheugen[woord]


class Markering:
    """Which words of a text to mark for one query; the verdict per word is remembered, as
    long texts repeat their words."""

    def __init__(self, termen):
        self.exact = {t.woord for t in termen} | {w for t in termen for w in t.fuzzy}
        self.exact |= {w for t in termen for w in t.samenstellingen}  # issue 15
        self.stammen = {t.stam for t in termen} | {analyse.stam(w) for t in termen for w in t.fuzzy}
        self.vocab = vocabulaire()
        self.oordeel = {}

    def raak(self, woord):
        if woord not in self.oordeel:
            self.oordeel[woord] = self._raak(woord)
        return self.oordeel[woord]

    def _raak(self, woord):
        if "." in woord:
            woord = analyse.ref_token(*woord.split("."))
        if woord in analyse.STOPWOORDEN:
            return False
        stammen = self.stammen
        return (
            woord in self.exact
            or analyse.stam(woord) in stammen
            # a compound with a searched part (that part's stem appears in the word)
            or len(woord) >= afstemming.MIN_SAMENSTELLING
            and any(st in woord for st in stammen)
            and bool(stammen & _delen(woord, self.vocab))
        )


def _treffers(tekst, markering, lengte):
    """(start, end) of the marked words up to the end of the snippet."""
    treffers = []
    for m in _WOORD_OF_REF.finditer(tekst):
        if treffers and m.start() > treffers[0][0] + lengte:
            break  # past the snippet, which starts at or before the first match
        if not treffers and m.start() > afstemming.MAX_SCAN:
            break  # a long document without a visible match: its snippet is its beginning
        if markering.raak(analyse.vouw(m.group(0))):
            treffers.append((m.start(), m.end()))
    return treffers


def markeer(tekst, termen, lengte=None, markering=None):
    """An escaped snippet of the text with the matching words in <mark>."""
    lengte = lengte or afstemming.FRAGMENT
    markering = markering or Markering(termen)
    treffers = _treffers(tekst, markering, lengte)
    begin = 0
    if treffers and treffers[0][0] > lengte // afstemming.VERDER_DAN:
        begin = tekst.rfind(" ", 0, treffers[0][0] - lengte // afstemming.AANLOOP) + 1
    eind = min(len(tekst), begin + lengte)
    if eind < len(tekst):
        spatie = tekst.rfind(" ", begin, eind)
        eind = spatie if spatie > begin else eind
    delen, positie = [], begin
    for s, e in treffers:
        if s < begin or e > eind:
            continue
        delen.append(html.escape(tekst[positie:s]))
        delen.append("<mark>" + html.escape(tekst[s:e]) + "</mark>")
        positie = e
    delen.append(html.escape(tekst[positie:eind]))
    snippet = "".join(delen).strip()
    return ("… " if begin > 0 else "") + snippet + (" …" if eind < len(tekst) else "")
