"""The registry of what the search covers: one registered soort per content type.

The domain apps register their soorten in their own `zoeken.py` (found by
SearchConfig.ready with autodiscover_modules("zoeken")); search itself imports no domain app.
What search needs to know about a domain is supplied here too: the concepts (begrippen with
their abbreviations and synonyms) used for query expansion, through `registreer_concepten`."""

from dataclasses import dataclass, replace

from wagtail.models import Page

from search import afstemming, analyse

_REGISTER = []
_CONCEPTBRONNEN = []


def registreer(soort):
    """Add a soort (an instance of a search.soorten.Soort subclass); a later registration
    for the same model replaces the earlier one."""
    _REGISTER[:] = [s for s in _REGISTER if s.model is not soort.model] + [soort]
    return soort


def alle_soorten():
    return list(_REGISTER)


def soort_voor(obj):
    """The soort registered for this object's own model (for a page: its specific class);
    None when that exact model is not registered (a subclass does not inherit a soort)."""
    klasse = obj.specific_class if isinstance(obj, Page) else type(obj)
    for soort in _REGISTER:
        if soort.model is klasse:
            return soort
    return None


def soort_op_naam(naam):
    return [s for s in _REGISTER if s.naam == naam]


def soort_labels():
    labels = {}
    for soort in _REGISTER:
        labels.setdefault(soort.naam, soort.label)
    return labels


@dataclass(frozen=True)
class Concept:
    """A concept for query expansion: a text with any of its names (term, abbreviations,
    synonyms) gets the concept's token, on the index and the query side."""

    token: str
    term: str
    afkortingen: tuple = ()
    synoniemen: tuple = ()


def registreer_concepten(bron, voorvoegsel="bgr", gewicht="CONCEPT"):
    """`bron()` returns the current concepts (an iterable of Concept); called when the index
    is built and once per index version for questions. Every token of a source starts with
    its `voorvoegsel`; a match through it counts as afstemming.<gewicht> in the ranking, and a
    source with a higher weight claims an abbreviation before one with a lower weight (a
    glossary abbreviation wins over a learned one with the same letters)."""
    _CONCEPTBRONNEN[:] = [b for b in _CONCEPTBRONNEN if b[0] is not bron]
    _CONCEPTBRONNEN.append((bron, voorvoegsel, gewicht))
    return bron


# --- issue 15: concepts of several sources (glossary, organisations, learned abbreviations) --


def concept_gewicht(token):
    """The weight of a match through this concept token (padding spaces allowed): that of
    the source whose prefix it carries (the longest prefix), afstemming.CONCEPT otherwise."""
    token = token.strip()
    beste, gewicht = "", "CONCEPT"
    for _bron, voorvoegsel, naam in _CONCEPTBRONNEN:
        if token.startswith(voorvoegsel) and len(voorvoegsel) > len(beste):
            beste, gewicht = voorvoegsel, naam
    # issue 15 (rang): the broad token of a concept (its core word, analyse.ruim_token)
    ruim = afstemming.RUIM if token.endswith(analyse.RUIM) else 1.0
    return getattr(afstemming, gewicht) * ruim


def zwakke_concepttokens(tokens):
    """issue 15 (thesaurus): the tokens of concept sources weighted below a compound part
    (afstemming.DEEL; the related terms of the thesaurus): a prefix of such a source followed
    by its number."""
    voorvoegsels = tuple(
        v for _bron, v, naam in _CONCEPTBRONNEN if getattr(afstemming, naam) < afstemming.DEEL
    )
    return {
        t
        for t in tokens
        for v in voorvoegsels
        if t.startswith(v) and t[len(v) : len(v) + 1].isdigit()
    }


def _afkortingsleutel(afkorting):
    return "".join(c for c in analyse.vouw(afkorting) if c.isalnum())


def alle_concepten():
    """The concepts of every source, the heaviest source first. An abbreviation already
    claimed by a heavier source is dropped from a lighter one's concept; a concept of a
    lighter source left without abbreviations and synonyms adds nothing and is dropped."""
    bronnen = sorted(_CONCEPTBRONNEN, key=lambda b: -getattr(afstemming, b[2]))
    geclaimd, uit = set(), []
    for nummer, (bron, _voorvoegsel, _gewicht) in enumerate(bronnen):
        for concept in bron():
            eigen = tuple(a for a in concept.afkortingen if _afkortingsleutel(a) not in geclaimd)
            if nummer and len(eigen) < len(concept.afkortingen):
                if not eigen and not concept.synoniemen:
                    continue
                concept = replace(concept, afkortingen=eigen)
            uit.append(concept)
        geclaimd |= {_afkortingsleutel(a) for c in uit for a in c.afkortingen}
    return uit
