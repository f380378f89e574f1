"""The platform search: `zoek()` and `suggesties()`, orchestrating the steps.

1. vraag.py: parse the Dutch query into terms, phrases, a typo correction;
2. kandidaten.py: retrieve candidates from the search backend (analysed tokens, OR);
3. toegang.py: keep what this user may see (index keys, then the live content);
4. rangschikking.py: rank the best candidates with the Dutch scoring;
5. facetten.py: count the facet values of all results;
6. markering.py: a snippet with the matching words marked, per result on the page.

Everything is computed from what the user may see. The tuned numbers are in afstemming.py."""

import logging
import math
import re
from dataclasses import dataclass, field

from django.db.models import Sum
from django.utils.translation import gettext as _

from wagtail.search.backends import get_search_backend

from search import afstemming, analyse, facetten, kandidaten, toegang, zoeklog
from search.facetten import FACETTEN
from search.indexeren import concepten, vocabulaire
from search.markering import Markering, markeer
from search.models import Zoekdocument, Zoekterm
from search.rangschikking import documentfrequenties, rangschik
from search.register import zwakke_concepttokens
from search.soorten import TITELVELDEN
from search.vraag import (
    OngeldigeZoekvraag,
    alle_tokens,
    inhoudsgroepen,
    ontleed,
    schoon,
    verbeter,
    zoektermen,
)

__all__ = [
    "FACETTEN",
    "OngeldigeZoekvraag",
    "Resultaat",
    "Uitkomst",
    "suggesties",
    "zoek",
    "zoek_objecten",
]

logger = logging.getLogger(__name__)


@dataclass
class Resultaat:
    doc: Zoekdocument
    highlight: str = ""
    uitgelicht: bool = False  # promoted by the editors for this question (Promotie)
    toelichting: str = ""  # the editors' explanation of a promoted result
    # helper verwant: not an exact result of a phrase question, but one of the same question
    # without quotes, shown after the exact ones (not counted, not faceted)
    verwant: bool = False


@dataclass
class Uitkomst:
    query: str
    count: int = 0
    resultaten: list = field(default_factory=list)
    facetten: dict = field(default_factory=dict)
    suggestie: str | None = None
    melding: str | None = None
    pagina: int = 1
    meer_dan: bool = False
    # every matching search document (its pk), best first; only the page is in `resultaten`
    ids: list = field(default_factory=list)

    @property
    def exacte(self):
        """The results that match the question (for a phrase: the exact phrase)."""
        return [r for r in self.resultaten if not r.verwant]

    @property
    def verwante(self):
        """The related results shown after the exact ones of a phrase question."""
        return [r for r in self.resultaten if r.verwant]

    @property
    def paginas(self):
        return max(1, math.ceil(self.count / afstemming.PER_PAGINA))


def _ids(uitkomst, tokens, df, sleutels, filters, verplicht, groepen):
    """Candidate ids from the configured backend; the database when the engine is down."""
    alias = kandidaten.backend_naam()
    try:
        return kandidaten.zoek_ids(tokens, df, sleutels, filters, alias, verplicht, groepen)
    except Exception:
        if alias == "default":
            raise
        logger.warning("Zoekmachine %s niet bereikbaar; terugval op de database", alias)
        uitkomst.melding = _(
            "De zoekmachine is op dit moment niet bereikbaar. U ziet resultaten uit de "
            "eenvoudigere databasezoekfunctie."
        )
        return kandidaten.zoek_ids(tokens, df, sleutels, filters, "default", verplicht, groepen)


def _fragment(doc, veld, termen, markering):
    """The snippet: from the best matching field, unless that is the title."""
    tekst = doc.tekst
    if veld is not None and doc.velden[veld]["naam"] not in TITELVELDEN:
        tekst = doc.velden[veld]["tekst"]
    return markeer(tekst or doc.titel, termen, markering=markering)


def _uitgelicht(q, user, sleutels, filters, rijen, zicht):
    """The search documents promoted for this question that this user may see and that pass
    the filters, in the editors' order. Adds their facet values to `rijen`."""
    promoties = zoeklog.promoties(q)
    if not promoties:
        return []
    volgorde = list(promoties)
    docs = list(Zoekdocument.objects.filter(sleutel__in=volgorde))
    rijen.update(toegang.rijen([d.pk for d in docs], sleutels, filters))
    zichtbaar = toegang.alleen_zichtbaar([d for d in docs if d.pk in rijen], user, zicht)
    for doc in zichtbaar:
        doc.toelichting = promoties[doc.sleutel]
    return sorted(zichtbaar, key=lambda d: volgorde.index(d.sleutel))


def _verwant(q, user, filters, exact, ruimte):
    """helper verwant: for a phrase question with few exact results, what the same question
    without quotes finds (the normal ranking, same user and filters), without the exact ones:
    at most `ruimte` and afstemming.VERWANT, marked `verwant`."""
    aantal = min(ruimte, afstemming.VERWANT)
    if aantal <= 0:
        return []
    los = zoek(q.replace('"', " "), user, filters, per_pagina=aantal + len(exact), verwant=False)
    uit = [r for r in los.resultaten if r.doc.pk not in exact][:aantal]
    for r in uit:
        r.verwant, r.uitgelicht, r.toelichting = True, False, ""
    return uit


def zoek(q, user=None, filters=None, pagina=1, per_pagina=None, verwant=True):
    """The results of question `q` for `user` on page `pagina`. A phrase question with fewer
    exact results than a page holds gets related results after them (`verwant`; see
    _verwant); the count, facets and ids are those of the exact results only."""
    per_pagina = per_pagina or afstemming.PER_PAGINA
    q = schoon(q)
    uitkomst = Uitkomst(query=q, pagina=pagina)
    filters = {k: v for k, v in (filters or {}).items() if k in FACETTEN and v}
    if not q:
        return uitkomst
    conc = concepten()
    vocab = vocabulaire()
    termen = zoektermen(q, vocab, conc)
    zinnen, verplicht = ontleed(q)
    if not termen:
        return uitkomst
    sleutels = toegang.toegangssleutels(user)
    uitkomst.suggestie = verbeter(termen, sleutels, conc, vocab)
    tokens = alle_tokens(termen)
    df = documentfrequenties(tokens)  # for retrieval and ranking
    # retrieval asks for the question's content, not its frame ("afspraken over", "rol van"):
    # a document that has only the frame is no result
    groepen = inhoudsgroepen(termen)
    # issue 15 (thesaurus): a related term that many documents hold picks no candidates (the
    # backend would have to go through all of them); it still counts in the ranking of what
    # the question's own words find
    zwak = {t for t in zwakke_concepttokens(tokens) if df.get(t, 0) > afstemming.VERWANT_OPHALEN}
    groepen = [g - zwak for g in groepen]
    zoektokens = set().union(*groepen) if groepen else tokens - zwak
    ids = _ids(uitkomst, zoektokens, df, sleutels, filters, verplicht, groepen)

    # The best KANDIDATEN are ranked with the Dutch scoring; the rest (weak matches of one
    # expanded token) follow in the backend's order. Phrase queries retrieve the documents
    # with every word of the phrase; the best KANDIDATEN_ZIN are checked for the phrase.
    rijen = toegang.rijen(ids, sleutels, filters)
    ids = [i for i in ids if i in rijen]
    zicht = {}
    n = afstemming.KANDIDATEN_ZIN if zinnen else afstemming.KANDIDATEN
    if not zinnen and len(groepen) > 1:
        n = afstemming.KANDIDATEN_BEGRIPPEN
    top = toegang.alleen_zichtbaar(kandidaten.laad(ids[:n]), user, zicht)
    gerangschikt = [(doc, veld) for _s, doc, veld in rangschik(top, termen, zinnen, df)]
    rest = [] if zinnen else ids[n:]
    # issue 15: the results the editors promoted for this question come first (once)
    uitgelicht = _uitgelicht(q, user, sleutels, filters, rijen, zicht)
    voor = {doc.pk for doc in uitgelicht}
    if voor:
        gerangschikt = [(doc, None) for doc in uitgelicht] + [
            (doc, veld) for doc, veld in gerangschikt if doc.pk not in voor
        ]
        rest = [i for i in rest if i not in voor]
    alle_ids = [doc.pk for doc, _veld in gerangschikt] + rest
    uitkomst.facetten = facetten.tel([rijen[i] for i in alle_ids])
    uitkomst.count = len(alle_ids)
    uitkomst.ids = alle_ids
    uitkomst.meer_dan = len(ids) >= afstemming.MAX_TREFFERS and not zinnen
    begin = (pagina - 1) * per_pagina
    pagina_docs = gerangschikt[begin : begin + per_pagina]
    if len(pagina_docs) < per_pagina and rest:
        van = max(0, begin - len(gerangschikt))
        extra = kandidaten.laad(rest[van : van + per_pagina - len(pagina_docs)])
        pagina_docs += [(doc, None) for doc in toegang.alleen_zichtbaar(extra, user, zicht)]
    markering = Markering(termen)
    for doc, veld in pagina_docs:
        fragment = _fragment(doc, veld, termen, markering)
        resultaat = Resultaat(doc, fragment, uitgelicht=doc.pk in voor)
        resultaat.toelichting = getattr(doc, "toelichting", "") if resultaat.uitgelicht else ""
        uitkomst.resultaten.append(resultaat)
    if verwant and zinnen and pagina == 1 and uitkomst.count < per_pagina:
        ruimte = per_pagina - uitkomst.count
        uitkomst.resultaten += _verwant(q, user, filters, set(alle_ids), ruimte)
    if uitkomst.suggestie and uitkomst.suggestie == analyse.vouw(q):
        uitkomst.suggestie = None
    return uitkomst


def zoek_objecten(q, soort, user=None):
    """For an app that searches within its own list (the register of agreements searches
    within its filters): the pks (as text) of the objects of one soort that match q, best
    first, at most afstemming.MAX_TREFFERS (`meer_dan` says when there were more). Raises
    OngeldigeZoekvraag as zoek() does. Returns the Uitkomst with `objecten` added."""
    uitkomst = zoek(q, user, {"soort": soort}, per_pagina=1, verwant=False)
    pks = dict(
        Zoekdocument.objects.filter(pk__in_lijst=uitkomst.ids).values_list("pk", "object_pk")
    )
    uitkomst.objecten = [pks[i] for i in uitkomst.ids if i in pks]
    return uitkomst


def suggesties(q, user=None, aantal=None):
    """Autocomplete: the typed words with the last one completed from the visible vocabulary,
    then titles of visible documents with words starting like the typed ones."""
    aantal = aantal or afstemming.SUGGESTIES
    woorden = re.findall(r"[a-z0-9]+", analyse.vouw(q or "")[: afstemming.SUGGESTIE_INVOER])
    if not woorden or len(woorden[-1]) < afstemming.MIN_SUGGESTIE:
        return []
    sleutels = sorted(toegang.toegangssleutels(user))
    begin, laatste = woorden[:-1], woorden[-1]
    aanvullingen = (
        Zoekterm.objects.filter(toegang__in=sleutels, is_woord=True, term__startswith=laatste)
        .exclude(term=laatste)
        .values("term")
        .annotate(n=Sum("aantal"))
        .order_by("-n", "term")
        .values_list("term", flat=True)[: aantal // 2]
    )
    uit = [" ".join([*begin, term]) for term in aanvullingen]
    queryset = Zoekdocument.objects.filter(toegang__in=sleutels)
    try:
        resultaten = get_search_backend("default").autocomplete(
            " ".join(woorden[-afstemming.SUGGESTIE_WOORDEN :]), queryset, order_by_relevance=False
        )
        docs = toegang.alleen_zichtbaar(list(resultaten[: afstemming.SUGGESTIE_TITELS]), user, {})
    except Exception:
        logger.exception("Autocomplete mislukt")
        docs = []
    for doc in docs:
        if doc.titel not in uit:
            uit.append(doc.titel)
    return uit[:aantal]
