"""The registry of what the search covers: one registered soort per content type.

The domain apps register their soorten in their own `zoeken.py` (found by
SearchConfig.ready with autodiscover_modules("zoeken")); search itself imports no domain app.
What search needs to know about a domain is supplied here too: the concepts (begrippen with
their abbreviations and synonyms) used for query expansion, through `registreer_concepten`."""

from dataclasses import dataclass

from wagtail.models import Page

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


def registreer_concepten(bron):
    """`bron()` returns the current concepts (an iterable of Concept); called when the index
    is built and once per index version for questions."""
    if bron not in _CONCEPTBRONNEN:
        _CONCEPTBRONNEN.append(bron)
    return bron


def alle_concepten():
    return [concept for bron in _CONCEPTBRONNEN for concept in bron()]
