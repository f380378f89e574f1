"""Ranking: the Dutch scoring of the candidates.

Ranking by the question's meaning: the question is a set of concepts (vraag._groepeer: a word
with its synonyms, compound parts and corrections; words that together name one begrip; a
repeated word), each weighted by its rarity (idf), frame words ("afspraken over", "rol van",
"hoe") far below content. Per concept the best match counts: exact above stemmed above concept
above compound above fuzzy (afstemming.EXACT .. FUZZY), times the field's weight (title and main
text above explanatory text), with a bonus for short fields. Documents that cover more of the
question (by weight) rank clearly higher, and a little more when the question's concepts occur
near each other in one field. Phrase queries require the phrase."""

import itertools
import math
import re
from dataclasses import dataclass

from django.db.models import Sum

from search import afstemming, analyse
from search.indexeren import _per_versie
from search.models import Zoekdocument, Zoekterm
from search.register import concept_gewicht


def documentfrequenties(tokens):
    """In how many documents each token occurs (all access levels), remembered per index
    version: the same words come back in many questions."""
    bekend = _per_versie("df", dict)
    nieuw = [t for t in tokens if t not in bekend]
    if nieuw:
        if len(bekend) > afstemming.MAX_DF:
            bekend.clear()
        gevonden = dict(
            Zoekterm.objects.filter(term__in=nieuw)
            .values("term")
            .annotate(n=Sum("aantal"))
            .values_list("term", "n")
        )
        bekend.update((t, gevonden.get(t, 0)) for t in nieuw)
    return {t: bekend[t] for t in tokens if bekend.get(t)}


def _aantal_documenten():
    return _per_versie("aantal", lambda: Zoekdocument.objects.count() or 1)


def _gepad(token):
    """A token as it appears in a stored token string: between spaces (" a b c ")."""
    return f" {token} "


@dataclass
class _Gezocht:
    """One query term's tokens, padded for substring tests on padded token strings."""

    woord: str
    stam: str
    concepten: tuple
    delen: tuple
    fuzzy: tuple
    stam_fuzzy: tuple
    kop: str = ""  # the head of a compound: its last part, which names what it is
    samenstellingen: tuple = ()  # issue 15: compounds it forms with a neighbouring word
    delen_fuzzy: tuple = ()  # the compound parts of a typo's best correction
    concepten_fuzzy: tuple = ()  # and the concepts it names
    # every token above: a field that has none of them is no match (_per_veld skips it)
    alle: tuple = ()

    @classmethod
    def van(cls, term):
        g = cls(
            _gepad(term.woord),
            _gepad(term.stam),
            tuple(map(_gepad, term.concepten)),
            tuple(map(_gepad, term.delen[: afstemming.SAMENGESTELD_DELEN])),
            tuple(map(_gepad, term.fuzzy)),
            tuple(_gepad(analyse.stam(w)) for w in term.fuzzy),
            _gepad(term.delen[1]) if len(term.delen) > 1 else "",
            tuple(map(_gepad, term.samenstellingen)),
            tuple(map(_gepad, term.fuzzy_delen[: afstemming.SAMENGESTELD_DELEN])),
            tuple(map(_gepad, sorted(term.fuzzy_concepten))),
        )
        if len(g.delen_fuzzy) > 1:
            g.kop = g.delen_fuzzy[1]  # a typo's head is its correction's ("effect")
        tokens = (g.woord, g.stam, *g.concepten, *g.delen, *g.fuzzy, *g.stam_fuzzy, g.kop)
        tokens += g.delen_fuzzy + g.concepten_fuzzy
        g.alle = tuple(dict.fromkeys(t for t in (*tokens, *g.samenstellingen) if t))
        return g


def _soort_treffer(g, a):
    """How well this term matches one field's token strings (0: not at all)."""
    if g.woord in a["w"]:
        return afstemming.EXACT
    if any(c in a["w"] for c in g.samenstellingen):
        return afstemming.SAMENSTELLING_GETYPT  # issue 15: "strategie toezicht"
    if g.stam in a["s"]:
        return afstemming.STAM
    # issue 15: a concept counts with its source's weight (glossary above organisation above
    # learned abbreviation: register.concept_gewicht)
    concept = max((concept_gewicht(c) for c in g.concepten if c in a["c"]), default=0.0)
    if concept >= afstemming.DEEL:
        return concept
    # a broad concept match (analyse.ruim_token) counts only where nothing better matches
    return max(concept, _zwakke_treffer(g, a))


def _alle_delen(delen, a):
    """Whether a field has every one of these compound parts, as a word or as a part."""
    return bool(delen) and all(d in a["s"] or d in a["d"] for d in delen)


def _zwakke_treffer(g, a):
    """A match through a compound part, a correction or the head of a compound (0: none)."""
    if g.stam in a["d"]:
        return afstemming.DEEL
    if _alle_delen(g.delen, a):
        return afstemming.SAMENGESTELD
    if g.fuzzy and g.fuzzy[0] in a["w"]:
        return afstemming.FUZZY
    if any(w in a["w"] for w in g.fuzzy[1:]):
        # a less likely correction (further away, or shorter: vraag.verbeter sorts them) counts
        # as the best correction's stem: "toezichtplam" means "toezichtplan" before
        # "toezichtsplan"
        return afstemming.FUZZY * afstemming.FUZZY_STAM
    if any(s in a["s"] or s in a["d"] for s in g.stam_fuzzy):
        return afstemming.FUZZY * afstemming.FUZZY_STAM
    # what the correction finds through its parts (SAMENGESTELD: anywhere in the field) or
    # the concepts it names, discounted as a correction
    concept = max((concept_gewicht(c) for c in g.concepten_fuzzy if c in a["c"]), default=0.0)
    delen = _alle_delen(g.delen_fuzzy, a)
    zwak = max(concept, afstemming.SAMENGESTELD if delen else 0.0)
    if zwak:
        return afstemming.FUZZY * zwak
    if g.kop and (g.kop in a["s"] or g.kop in a["d"]):
        return afstemming.DEELS  # the head of the compound ("lozingen" in "afvalwaterlozingen")
    return 0.0


def _per_veld(g, velden):
    """[(score, field index, kind of match)] of this term in every field it matches."""
    uit = []
    for i, veld in enumerate(velden):
        a = veld["sets"]
        # most fields match no token of the term: one pass over all its tokens says so (every
        # test of _soort_treffer looks for one of them in one of these token strings)
        alles = a["alle"]
        if g.alle and not any(t in alles for t in g.alle):
            continue
        v = _soort_treffer(g, a)
        if not v:
            continue
        # short fields (a title of one or two words) count a little more, as in BM25
        woorden = a["w"].count(" ") - 1
        uit.append((veld["gewicht"] * v * (1 + afstemming.KORT_VELD / max(1, woorden)), i, v))
    return uit


def _score_term(g, velden):
    """The best score of this term over the fields, and the index of that field."""
    beste = max(_per_veld(g, velden), default=(0.0, None, 0.0))
    return beste[:2]


def zin_patroon(zin):
    """The pattern of a phrase (its folded words) in a folded text: the words in order,
    separated by spaces or punctuation or written together ("één loket", "één-loket",
    "eenloket")."""
    return re.compile(r"\b" + r"[^a-z0-9]*".join(map(re.escape, zin)) + r"\b")


def _bevat_zin(velden, zin):
    patroon = zin_patroon(zin)
    return any(patroon.search(analyse.vouw(v["tekst"])) for v in velden)


@dataclass
class _Begrip:
    """One concept of the question: its words (several when they name one begrip together),
    its weight (idf, lower for a frame word) and how to find its words in a text."""

    termen: list
    gezocht: list
    gewicht: float
    kader: bool

    def raakt(self, woord):
        """Whether a word of a text is one of this concept's words (for proximity)."""
        st = analyse.stam(woord)
        for t in self.termen:
            if woord == t.woord or st == t.stam or woord in t.fuzzy or woord in t.samenstellingen:
                return True
            if len(woord) >= afstemming.MIN_SAMENSTELLING and t.stam in woord:
                return True  # a compound with the word as a part
        return False


def _begrippen(termen, df):
    n = _aantal_documenten()
    groepen = {}
    for t in termen:
        groepen.setdefault(t.groep, []).append(t)
    uit = []
    # the head of a compound alone counts for a question of one concept only (recall for
    # "afvalwaterlozingen"); in a longer question it pulls in texts that match only the head
    koppen = sum(1 for leden in groepen.values() if not all(t.kader for t in leden)) <= 1
    for leden in groepen.values():
        uniek = list({t.stam: t for t in leden}.values())  # a repeated word counts once
        idf = 0.0
        for t in uniek:
            aantal = max([df.get(t.stam, 0), df.get(t.woord, 0)])
            idf = max(idf, math.log(1 + n / (1 + aantal)) + afstemming.IDF_MINIMUM)
        kader = all(t.kader for t in uniek)
        gewicht = idf * (afstemming.KADER if kader else 1.0)
        if all(t.werkwoord for t in uniek):
            gewicht *= afstemming.VRAAGWERKWOORD  # helper taal: "wie adviseert ..."
        gezocht = [_Gezocht.van(t) for t in uniek]
        if not koppen:
            for g in gezocht:
                g.kop = ""
        uit.append(_Begrip(uniek, gezocht, gewicht, kader))
    return uit


def _posities(tekst, begrippen):
    """Per concept the word positions in a field's text where one of its words occurs."""
    posities = [[] for _ in begrippen]
    for p, woord in enumerate(analyse.woorden(tekst[: afstemming.NABIJ_TEKST])):
        for i, b in enumerate(begrippen):
            if b.raakt(woord):
                posities[i].append(p)
    return posities


def _afstand(a, b):
    """The smallest distance between entries of two sorted position lists (None if empty)."""
    i = j = 0
    beste = None
    while i < len(a) and j < len(b):
        d = abs(a[i] - b[j])
        beste = d if beste is None else min(beste, d)
        if a[i] < b[j]:
            i += 1
        else:
            j += 1
    return beste


def _nabijheid(begrippen, velden, raak):
    """The share (by weight) of neighbouring content concepts of the question that occur near
    each other in one field. `raak[i]`: the fields where concept i matched."""
    inhoud = [i for i, b in enumerate(begrippen) if not b.kader and raak[i]]
    paren = list(itertools.pairwise(inhoud))
    if not paren:
        return 0.0
    totaal = sum(min(begrippen[i].gewicht, begrippen[j].gewicht) for i, j in paren)
    gemeen = set().union(*(raak[i] & raak[j] for i, j in paren))
    posities = {}
    for v in gemeen:
        posities[v] = _posities(velden[v]["tekst"] or "", [begrippen[i] for i in inhoud])
    plaats = {i: k for k, i in enumerate(inhoud)}
    dicht = 0.0
    for i, j in paren:
        afstanden = [
            _afstand(posities[v][plaats[i]], posities[v][plaats[j]]) for v in raak[i] & raak[j]
        ]
        afstand = min((a for a in afstanden if a is not None), default=None)
        if afstand is not None and afstand <= afstemming.NABIJ:
            deel = 1.0 if afstand <= afstemming.NABIJ_DIRECT else 0.5
            dicht += deel * min(begrippen[i].gewicht, begrippen[j].gewicht)
    return dicht / totaal


def _score_begrip(b, velden):
    """(score, share of its words matched, best field, fields matched) of one concept: the
    mean over its words of their best match (a word and its synonyms, compound parts and
    corrections count once: the best of them)."""
    totaal, geraakt, beste, velden_geraakt = 0.0, 0, (0.0, None), set()
    for g in b.gezocht:
        per_veld = _per_veld(g, velden)
        if not per_veld:
            continue
        hoogste = max(per_veld)
        # only a part of a compound covers the word only partly
        soort = max(v for _w, _i, v in per_veld)
        geraakt += 1 if soort > afstemming.DEELS else afstemming.DEELS_DEKKING
        overig = sum(w for w, _i, v in per_veld if v > afstemming.DEELS) - hoogste[0]
        extra = min(afstemming.MEER_VELDEN * overig, afstemming.MEER_VELDEN_MAX * hoogste[0])
        totaal += hoogste[0] + extra
        beste = max(beste, hoogste[:2], key=lambda r: r[0])
        velden_geraakt.update(i for _w, i, _v in per_veld)
    n = len(b.gezocht)
    return totaal / n, geraakt / n, beste[1], velden_geraakt


def rangschik(docs, termen, zinnen, df):
    """[(score, doc, index of the best field)], best first (see the module docstring)."""
    if not termen:
        return []
    begrippen = _begrippen(termen, df)
    som = sum(b.gewicht for b in begrippen)
    uit = []
    for doc in docs:
        velden = doc.velden or []
        for veld in velden:  # " a b c ": token lookup as a substring test, no sets to build
            veld["sets"] = {k: f" {v} " for k, v in veld["a"].items()}
            veld["sets"]["alle"] = " " + " ".join(veld["a"].values()) + " "
        if zinnen and not all(_bevat_zin(velden, zin) for zin in zinnen):
            continue
        totaal, dekking, beste_veld, beste_waarde, raak = 0.0, 0.0, None, 0.0, []
        for b in begrippen:
            waarde, aandeel, veld, geraakt = _score_begrip(b, velden)
            raak.append(geraakt)
            if not waarde:
                continue
            totaal += waarde * b.gewicht
            dekking += b.gewicht * aandeel**afstemming.DEEL_BEGRIP
            if waarde * b.gewicht > beste_waarde:
                beste_waarde, beste_veld = waarde * b.gewicht, veld
        if not totaal:
            continue
        dekking /= som
        score = totaal * (afstemming.DEKKING_BASIS + afstemming.DEKKING_GEWICHT * dekking * dekking)
        score *= 1 + afstemming.NABIJHEID * _nabijheid(begrippen, velden, raak)
        uit.append((score, doc, beste_veld))
    uit.sort(key=lambda r: (-r[0], r[1].titel.lower()))
    return uit
