"""Ranking: the Dutch scoring of the candidates.

Exact above stemmed above concept above compound above fuzzy matches (afstemming.EXACT ..
FUZZY), times the field's weight (title and main text above explanatory text), with a bonus
for short fields; each term weighted by its idf; documents that match more of the query
words rank higher. Phrase queries require the phrase."""

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

    @classmethod
    def van(cls, term):
        return cls(
            _gepad(term.woord),
            _gepad(term.stam),
            tuple(map(_gepad, term.concepten)),
            tuple(map(_gepad, term.delen[: afstemming.SAMENGESTELD_DELEN])),
            tuple(map(_gepad, term.fuzzy)),
            tuple(_gepad(analyse.stam(w)) for w in term.fuzzy),
        )


def _soort_treffer(g, a):
    """How well this term matches one field's token strings (0: not at all)."""
    if g.woord in a["w"]:
        return afstemming.EXACT
    if g.stam in a["s"]:
        return afstemming.STAM
    # issue 15: a concept counts with its source's weight (glossary above organisation above
    # learned abbreviation: register.concept_gewicht)
    concept = max((concept_gewicht(c) for c in g.concepten if c in a["c"]), default=0.0)
    if concept:
        return concept
    if g.stam in a["d"]:
        return afstemming.DEEL
    if g.delen and all(d in a["s"] or d in a["d"] for d in g.delen):
        return afstemming.SAMENGESTELD
    if any(w in a["w"] for w in g.fuzzy):
        return afstemming.FUZZY
    if any(s in a["s"] or s in a["d"] for s in g.stam_fuzzy):
        return afstemming.FUZZY * afstemming.FUZZY_STAM
    return 0.0


def _score_term(g, velden):
    """The best score of this term over the fields, and the index of that field."""
    beste, veld_beste = 0.0, None
    for i, veld in enumerate(velden):
        a = veld["sets"]
        v = _soort_treffer(g, a)
        if not v:
            continue
        # short fields (a title of one or two words) count a little more, as in BM25
        woorden = a["w"].count(" ") - 1
        waarde = veld["gewicht"] * v * (1 + afstemming.KORT_VELD / max(1, woorden))
        if waarde > beste:
            beste, veld_beste = waarde, i
    return beste, veld_beste


def _bevat_zin(velden, zin):
    patroon = re.compile(r"\b" + r"[^a-z0-9]+".join(map(re.escape, zin)) + r"\b")
    return any(patroon.search(analyse.vouw(v["tekst"])) for v in velden)


def rangschik(docs, termen, zinnen, df):
    """[(score, doc, index of the best field)], best first (see the module docstring)."""
    if not termen:
        return []
    n = _aantal_documenten()
    gewichten = []
    for t in termen:
        aantal = max(df.get(t.stam, 0), df.get(t.woord, 0))
        gewichten.append(math.log(1 + n / (1 + aantal)) + afstemming.IDF_MINIMUM)
    gezocht = [_Gezocht.van(t) for t in termen]
    uit = []
    for doc in docs:
        velden = doc.velden or []
        for veld in velden:  # " a b c ": token lookup as a substring test, no sets to build
            veld["sets"] = {k: f" {v} " for k, v in veld["a"].items()}
        if zinnen and not all(_bevat_zin(velden, zin) for zin in zinnen):
            continue
        totaal, geraakt, beste_veld, beste_waarde = 0.0, 0, None, 0.0
        for t, g in zip(gezocht, gewichten, strict=True):
            waarde, veld = _score_term(t, velden)
            if waarde:
                geraakt += 1
                totaal += waarde * g
                if waarde * g > beste_waarde:
                    beste_waarde, beste_veld = waarde * g, veld
        if not geraakt:
            continue
        dekking = geraakt / len(termen)
        score = totaal * (afstemming.DEKKING_BASIS + afstemming.DEKKING_GEWICHT * dekking * dekking)
        uit.append((score, doc, beste_veld))
    uit.sort(key=lambda r: (-r[0], r[1].titel.lower()))
    return uit
