"""The question: parsing a Dutch query into terms (word, stem, compound parts, concepts),
phrases in double quotes, and typo correction against the visible vocabulary.

Only analysed tokens (see analyse.py) reach the backend, so no user input reaches a query
syntax."""

import itertools
import re
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from django.utils.translation import gettext as _

from search import afstemming, analyse
from search.indexeren import _per_versie, woordenverzameling
from search.models import Zoekterm
from search.register import zwakke_concepttokens


class OngeldigeZoekvraag(ValueError):
    """A query we refuse with a Dutch message (answered with 400)."""


@dataclass
class Term:
    """One word of the query with what it is also searched as."""

    woord: str
    stam: str
    delen: list = field(default_factory=list)
    concepten: set = field(default_factory=set)
    fuzzy: list = field(default_factory=list)
    # the question's concept this word belongs to (words naming one begrip together, and
    # repeats of a word, share it), and whether the word only frames the question
    groep: int = 0
    kader: bool = False
    # helper taal: the finite verb right after the question word ("wie adviseert", "hoe
    # betrekken we"): part of the question, but what it is about are its nouns
    werkwoord: bool = False
    # issue 15: compounds of the vocabulary this word forms with a neighbouring word of the
    # question ("toezichtstrategie" for "strategie toezicht"), found as this word itself
    samenstellingen: list = field(default_factory=list)
    # the compound parts of the best correction of a typo ("gezondheid", "effect" for
    # "gezondheidsefecten"): the typo finds what its correction finds through them, below
    # the correction itself
    fuzzy_delen: list = field(default_factory=list)
    # and the names of the concepts it names (synonyms, abbreviations; not related subjects),
    # below the correction too
    fuzzy_concepten: set = field(default_factory=set)

    def tokens(self):
        tokens = {self.woord, self.stam, *self.delen, *self.concepten, *self.samenstellingen}
        tokens |= set(self.fuzzy_delen) | self.fuzzy_concepten
        for w in self.fuzzy:
            tokens |= {w, analyse.stam(w)}
        return tokens


def schoon(q):
    """The query without NUL characters and surrounding space; refuses one that is too long."""
    q = (q or "").replace("\x00", " ")
    if len(q) > afstemming.MAX_LENGTE:
        raise OngeldigeZoekvraag(
            _("De zoekvraag is te lang: gebruik hoogstens %(n)s tekens.")
            % {"n": afstemming.MAX_LENGTE}
        )
    return q.strip()


def ontleed(q):
    """The phrases of a query (in double quotes): per phrase its words, and the indexed
    words every result must contain. Unbalanced quotes count as plain characters."""
    zinnen, verplicht = [], []
    if q.count('"') >= 2:
        for m in re.finditer(r'"([^"]*)"', q):
            woorden = re.findall(r"[a-z0-9]+", analyse.vouw(m.group(1)))
            if len(woorden) > 1:
                zinnen.append(woorden)
                verplicht += analyse.woorden(m.group(1))
    return zinnen, verplicht


def zoektermen(q, vocab, conc):
    """The terms of the query: each word with its stem and compound parts, and the concepts
    (begrippen) that a sequence of its words names."""
    woorden = analyse.woorden(q)[: afstemming.MAX_WOORDEN]
    termen = []
    for w in woorden:
        termen.append(Term(w, analyse.stam(w), analyse.gestamde_delen(w, vocab)))
    stammen = [t.stam for t in termen]
    treffers = conc.treffers(stammen)
    for i, n, token in treffers:
        for t in termen[i : i + n]:
            t.concepten.add(token)
    # issue 15 (thesaurus): an abbreviation also asks for its long form's other names, not for
    # subjects related to it (the weak sources of register.zwakke_concepttokens)
    for t in termen:
        for token in t.concepten & conc.strikt:
            namen = conc.lange_vorm(token)
            t.concepten |= namen - zwakke_concepttokens(namen)
    _groepeer(q, termen, treffers)
    _verbind_samenstellingen(termen, vocab, conc)
    return termen


def _verbind_samenstellingen(termen, vocab, conc):
    """Neighbouring content words of the question that together form a compound of the
    vocabulary, in either order ("strategie toezicht", "vergunning voor evenementen"), each
    find that compound as themselves. Not for frame words, words of one concept, or a word
    that names a concept by an abbreviation (it asks for the concept's strict token only)."""
    inhoud = [t for t in termen if not t.kader and not t.concepten & conc.strikt]
    for t, u in itertools.pairwise(inhoud):
        if t.groep == u.groep:
            continue
        for w in analyse.samenstellingen(t.woord, u.woord, vocab):
            for term in (t, u):
                if w not in term.samenstellingen:
                    term.samenstellingen.append(w)


def _kader_in_vraag(q, termen):
    """Per term whether it frames the question: a question word ("hoe", "mag", "moet") always,
    a frame noun ("afspraken", "rol", "regels") only where the question uses it as a frame:
    followed by a function word ("afspraken over", "rol van", "regels voor") or after a
    question word ("welke regels"). "regels maatwerk" is about rules. Also per term whether
    it is the question's finite verb: the word right after an interrogative ("wie adviseert",
    "hoe betrekken we"; Dutch puts the verb second in a question)."""
    vraagwoorden = {analyse.stam(w) for w in afstemming.VRAAGWOORDEN}
    kadernamen = {analyse.stam(w) for w in afstemming.KADERWOORDEN}
    voorzetsels = set(afstemming.KADERVOORZETSELS)
    alle = re.findall(r"[a-z0-9]+", analyse.vouw(q))
    uit, werkwoorden, j = [], [], 0
    for t in termen:
        while j < len(alle) and alle[j] != t.woord:
            j += 1
        volgend = alle[j + 1] if j + 1 < len(alle) else ""
        vorig = alle[j - 1] if 0 < j <= len(alle) else ""
        uit.append(
            t.stam in vraagwoorden
            or t.stam in kadernamen
            and (volgend in voorzetsels or analyse.stam(vorig) in vraagwoorden)
        )
        werkwoorden.append(vorig in afstemming.VRAAGVOORNAAMWOORDEN)
        j += 1
    return uit, werkwoorden


def _groepeer(q, termen, treffers):
    """Concepts, not tokens: words that together name one begrip ("omgevingsdienst utrecht")
    and repeats of a word (same stem) form one concept of the question. Words of the
    question's frame (afstemming.VRAAGWOORDEN, KADERWOORDEN) are marked, unless the question
    has nothing else or the word is part of a begrip of several words."""
    ouder = list(range(len(termen)))

    def wortel(i):
        while ouder[i] != i:
            ouder[i] = ouder[ouder[i]]
            i = ouder[i]
        return i

    eerste = {}
    for i, t in enumerate(termen):
        j = eerste.setdefault(t.stam, i)
        ouder[wortel(i)] = wortel(j)
    in_begrip = set()
    for i, n, _token in treffers:
        if n > 1:
            in_begrip.update(range(i, i + n))
            for j in range(i + 1, i + n):
                ouder[wortel(j)] = wortel(i)
    kaders, werkwoorden = _kader_in_vraag(q, termen)
    for i, (t, kader, werkwoord) in enumerate(zip(termen, kaders, werkwoorden, strict=True)):
        t.groep = wortel(i)
        t.kader = kader and i not in in_begrip
        t.werkwoord = werkwoord and not kader and i not in in_begrip
    if all(t.kader for t in termen):
        for t in termen:
            t.kader = False


def inhoudsgroepen(termen):
    """The tokens per concept of the question that is not frame, in question order: the
    retrieval asks for documents with every one of them (or most)."""
    groepen = {}
    for t in termen:
        if not t.kader:
            groepen.setdefault(t.groep, set()).update(t.tokens())
    return [{tok for tok in g if tok} for g in groepen.values()]


def alle_tokens(termen):
    """Every token the backend is asked for."""
    return {t for t in set().union(*(t.tokens() for t in termen)) if t}


def _zichtbare_woorden(sleutels):
    def maak():
        rijen = Zoekterm.objects.filter(toegang__in=sleutels, is_woord=True)
        # numbers and codes are not corrected (and would swamp the vocabulary)
        woorden = sorted({w for w in rijen.values_list("term", flat=True) if w.isalpha()})
        # a tuple of strings and a woordenverzameling: nothing the garbage collector walks
        return tuple(woorden), woordenverzameling(woorden)

    return _per_versie(("woorden", tuple(sorted(sleutels))), maak)


def _niet_te_verbeteren(woord, bekend):
    return (
        woord in bekend
        or woord.isdigit()
        or woord.startswith("ref")
        or len(woord) < afstemming.MIN_VERBETER
    )


def verbeter(termen, sleutels, conc=None, vocab=None):
    """Typo tolerance: unknown words get close words of the visible vocabulary (as fuzzy
    tokens of the term), and the broad concepts the best of them names (`conc`, analyse.
    Concepten: "omgevingsplanactivitiet" also finds the texts that say "bopa") and, with the
    vocabulary `vocab`, the compound parts of the best of them. Returns the corrected query,
    or None."""
    woorden, bekend = _zichtbare_woorden(sleutels)
    veranderd = False
    verbeterd = []
    for t in termen:
        if _niet_te_verbeteren(t.woord, bekend):
            verbeterd.append(t.woord)
            continue
        kort = len(t.woord) <= afstemming.KORT_WOORD
        grens = afstemming.KORT_AFSTAND if kort else afstemming.LANG_AFSTAND
        kandidaten = process.extract(
            t.woord,
            woorden,
            scorer=Levenshtein.distance,
            score_cutoff=grens,
            limit=afstemming.VERBETER_KANDIDATEN,
        )
        if kandidaten:
            kandidaten.sort(key=lambda k: (k[1], -len(k[0])))
            t.fuzzy = [k[0] for k in kandidaten[: afstemming.VERBETER_GEBRUIKT]]
            if conc is not None:
                _concepten_van_de_verbetering(t, kandidaten[0][0], conc)
            if vocab is not None:
                t.fuzzy_delen = analyse.gestamde_delen(kandidaten[0][0], vocab)
            verbeterd.append(kandidaten[0][0])
            veranderd = True
        else:
            verbeterd.append(t.woord)
    return " ".join(verbeterd) if veranderd else None


def _concepten_van_de_verbetering(t, woord, conc):
    """The concepts the correction `woord` names on its own: their broad tokens (analyse.
    ruim_token) as the term's own concepts, their other names (not related subjects: the weak
    sources of register.zwakke_concepttokens) as the correction's."""
    namen = {token for _i, _n, token in conc.treffers([analyse.stam(woord)])}
    t.concepten |= {token for token in namen if token.endswith(analyse.RUIM)}
    namen -= t.concepten
    t.fuzzy_concepten = namen - zwakke_concepttokens(namen)
