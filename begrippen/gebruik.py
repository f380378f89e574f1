"""Where a begrip is used: agreements, groups, pages. The begrip page lists them.

begrippen (layer 1) knows none of those apps. An app that owns content registers a function
here, in its own begripgebruik.py (BegrippenConfig.ready finds those modules, as search finds
the zoeken.py modules):

    @gebruik.registreer
    def afspraken_met_begrip(begrip, request):
        return gebruik.Gebruik(volgorde=10, kop="Gebruikt in afspraken", items=[...], totaal=3)

The function returns a `Gebruik` or None (the request is for page URLs: `get_url(request)`
remembers the site's root paths for the rest of the request), shows only what anyone may read (published, public,
never a draft or a page behind a privacy setting) and uses a fixed number of queries, however
much content there is. `komt_voor` decides whether a text uses the begrip, by the same rules
as the links in group pages (koppelen.py)."""

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.utils.html import strip_tags

from wagtail.models import Site

from begrippen.koppelen import MIN_LENGTE
from inhoud.gedeeld import gedeeld

_functies = []

# How many items each section shows; the rest is behind `meer_url`.
MAX_ITEMS = 10


@dataclass
class Item:
    titel: str
    url: str
    toelichting: str = ""


@dataclass
class Gebruik:
    """One section of the begrip page, e.g. "Gebruikt in afspraken" with its first items."""

    volgorde: int
    kop: str
    items: list = field(default_factory=list)
    totaal: int = 0
    meer_url: str = ""
    meer_label: str = ""
    # What the `meer_url` link shows, when that is not simply all `totaal` of them.
    meer_toelichting: str = ""


def registreer(functie):
    """Decorator for a function (begrip, request) -> Gebruik | None (module docstring)."""
    if functie not in _functies:
        _functies.append(functie)
    return functie


def gebruik_van(begrip, request=None):
    """The sections for this begrip that have at least one item, in their order. Kept in the
    shared cache under the generation of public content (inhoud/gedeeld.py), per begrip and
    site: they are the same for every visitor (only what anyone may read), change only with
    public content (a begrip edit included), and finding them reads the texts of every
    agreement and page."""
    site = Site.find_for_request(request) if request is not None else None
    return gedeeld(
        f"gebruik:{begrip.pk}:{site.pk if site else ''}",
        lambda: _bereken(begrip, request),
        request,
    )


def _bereken(begrip, request):
    secties = []
    for functie in _functies:
        sectie = functie(begrip, request)
        if sectie is not None and sectie.totaal:
            secties.append(sectie)
    return sorted(secties, key=lambda s: (s.volgorde, str(s.kop)))


def labels(begrip):
    """(label, exact) for the term and each abbreviation: the words a text uses the begrip by.
    Abbreviations count only in their own spelling (exact)."""
    uit = [(begrip.term, False)] + [(a, True) for a in begrip.afkortingen_lijst]
    return [(label, exact) for label, exact in uit if len(label) >= MIN_LENGTE]


def _patroon(label):
    return re.compile(r"(?<![\w-])" + re.escape(label) + r"(?![\w-])", re.IGNORECASE)


def komt_voor(tekst, begrip):
    """Does this plain text use the begrip? The term in any case (a short term, under six
    letters, only in its own spelling: "programma" is also a word), an abbreviation only in
    its own spelling; always as a whole word."""
    if not tekst:
        return False
    for label, exact in labels(begrip):
        for match in _patroon(label).finditer(tekst):
            gevonden = match.group(0)
            if gevonden == label or (not exact and len(label) >= 6):
                return True
    return False


def platte_tekst(waarde):
    """The text in a StreamField's raw data (nested lists and dicts of HTML strings)."""
    stukken = []

    def verzamel(w):
        if isinstance(w, str):
            stukken.append(strip_tags(w))
        elif isinstance(w, dict):
            if "type" in w and "value" in w:
                verzamel(w["value"])
            else:
                for v in w.values():
                    verzamel(v)
        elif isinstance(w, Iterable):  # lists, and the RawDataView of a StreamField
            for v in w:
                verzamel(v)

    verzamel(waarde)
    return "\n".join(stukken)


def in_json(label):
    """How a JSON column (a StreamField) stores `label` when it escapes non-ASCII letters
    (SQLite: "coördinatie" as "co\\u00f6rdinatie"), for a first selection in the database."""
    return json.dumps(label)[1:-1]


def beperk(items, **velden):
    """A Gebruik with at most MAX_ITEMS of `items` and their total."""
    return Gebruik(items=items[:MAX_ITEMS], totaal=len(items), **velden)
