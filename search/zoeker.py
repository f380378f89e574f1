"""The platform search: parse a Dutch query, expand it, retrieve candidates through Wagtail's
search backend, rank them, and build facets, highlights and a "Bedoelde u ...?" suggestion.

Retrieval uses the analysed tokens only (see analyse.py), combined with OR, so no user input
reaches a query syntax. Ranking puts exact above stemmed above compound/synonym above fuzzy
matches, and title and main text above explanatory text; documents that match more of the
query words rank higher. Everything is computed from what the user may see."""

import html
import logging
import math
import re
from collections import Counter, OrderedDict
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from django.conf import settings
from django.db import connection
from django.db.models import F, Sum, Value
from django.utils.translation import gettext as _

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from search import analyse, lookups, ophalen  # noqa: F401 (lookups: registers in_lijst)
from search.indexeren import _per_versie, concepten, vocabulaire
from search.models import Zoekdocument, Zoekterm
from search.soorten import PaginaSoort, soort_op_naam, toegangssleutels, verborgen_paden

logger = logging.getLogger(__name__)

MAX_LENGTE = 1000
MAX_WOORDEN = 30
KANDIDATEN = 40  # ranked by the Dutch scoring below: the first two pages
KANDIDATEN_ZIN = 100  # documents with every word of a phrase, checked for the phrase itself
MAX_TREFFERS = 500  # counted and faceted; beyond this the count says "more than"
PER_PAGINA = 20
MAX_SCAN = 20_000  # characters of a text searched for a snippet
FACETTEN = ("soort", "kerninstrument", "ketenpartner", "groep", "status", "typering")

EXACT, STAM, CONCEPT, DEEL, SAMENGESTELD, FUZZY = 1.0, 0.85, 0.8, 0.6, 0.55, 0.45


class OngeldigeZoekvraag(ValueError):
    """A query we refuse with a Dutch message (answered with 400)."""


@dataclass
class Zoekterm_:
    woord: str
    stam: str
    delen: list = field(default_factory=list)
    concepten: set = field(default_factory=set)
    fuzzy: list = field(default_factory=list)

    def tokens(self):
        tokens = {self.woord, self.stam, *self.delen, *self.concepten}
        for w in self.fuzzy:
            tokens |= {w, analyse.stam(w)}
        return tokens


@dataclass
class Resultaat:
    doc: Zoekdocument
    score: float
    highlight: str = ""


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

    @property
    def paginas(self):
        return max(1, math.ceil(self.count / PER_PAGINA))


def ontleed(q):
    """The phrases of a query (in double quotes): per phrase its words, and the indexed
    words every result must contain. Unbalanced quotes count as plain characters."""
    zinnen, verplicht = [], []
    if q.count('"') >= 2:
        for m in re.finditer(r'"([^"]*)"', q):
            woorden = [w for w in analyse.vouw(m.group(1)).split() if w]
            woorden = re.findall(r"[a-z0-9]+", " ".join(woorden))
            if len(woorden) > 1:
                zinnen.append(woorden)
                verplicht += analyse.woorden(m.group(1))
    return zinnen, verplicht


def zoektermen(q, vocab, conc):
    woorden = analyse.woorden(q)[:MAX_WOORDEN]
    termen = []
    for w in woorden:
        delen = [analyse.stam(d) for d in analyse.splits(w, vocab)]
        termen.append(Zoekterm_(w, analyse.stam(w), delen))
    stammen = [t.stam for t in termen]
    for i, n, token in conc.treffers(stammen):
        for t in termen[i : i + n]:
            t.concepten.add(token)
    return termen


def _zichtbare_woorden(sleutels):
    def maak():
        rijen = Zoekterm.objects.filter(toegang__in=sleutels, is_woord=True)
        # numbers and codes are not corrected (and would swamp the vocabulary)
        woorden = sorted({w for w in rijen.values_list("term", flat=True) if w.isalpha()})
        return woorden, frozenset(woorden)

    return _per_versie(("woorden", tuple(sorted(sleutels))), maak)


def _verbeter(termen, sleutels):
    """Typo tolerance: unknown words get close words of the visible vocabulary. Returns the
    corrected query, or None."""
    woorden, bekend = _zichtbare_woorden(sleutels)
    veranderd = False
    verbeterd = []
    for t in termen:
        if t.woord in bekend or t.woord.isdigit() or t.woord.startswith("ref") or len(t.woord) < 4:
            verbeterd.append(t.woord)
            continue
        grens = 1 if len(t.woord) <= 6 else 2
        kandidaten = process.extract(
            t.woord, woorden, scorer=Levenshtein.distance, score_cutoff=grens, limit=5
        )
        if kandidaten:
            kandidaten.sort(key=lambda k: (k[1], -len(k[0])))
            t.fuzzy = [k[0] for k in kandidaten[:3]]
            verbeterd.append(kandidaten[0][0])
            veranderd = True
        else:
            verbeterd.append(t.woord)
    return " ".join(verbeterd) if veranderd else None


def _df(tokens):
    """In how many documents each token occurs (all access levels), remembered per index
    version: the same words come back in many questions."""
    bekend = _per_versie("df", dict)
    nieuw = [t for t in tokens if t not in bekend]
    if nieuw:
        if len(bekend) > 100_000:
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
            tuple(map(_gepad, term.delen[:2])),
            tuple(map(_gepad, term.fuzzy)),
            tuple(_gepad(analyse.stam(w)) for w in term.fuzzy),
        )


def _score_term(g, velden):
    beste, veld_beste = 0.0, None
    for i, veld in enumerate(velden):
        a = veld["sets"]
        if g.woord in a["w"]:
            v = EXACT
        elif g.stam in a["s"]:
            v = STAM
        elif any(c in a["c"] for c in g.concepten):
            v = CONCEPT
        elif g.stam in a["d"]:
            v = DEEL
        elif g.delen and all(d in a["s"] or d in a["d"] for d in g.delen):
            v = SAMENGESTELD
        elif any(w in a["w"] for w in g.fuzzy):
            v = FUZZY
        elif any(s in a["s"] or s in a["d"] for s in g.stam_fuzzy):
            v = FUZZY * 0.8
        else:
            continue
        # short fields (a title of one or two words) count a little more, as in BM25
        woorden = a["w"].count(" ") - 1
        waarde = veld["gewicht"] * v * (1 + 0.3 / max(1, woorden))
        if waarde > beste:
            beste, veld_beste = waarde, i
    return beste, veld_beste


def _bevat_zin(velden, zin):
    patroon = re.compile(r"\b" + r"[^a-z0-9]+".join(map(re.escape, zin)) + r"\b")
    return any(patroon.search(analyse.vouw(v["tekst"])) for v in velden)


def _rangschik(docs, termen, zinnen, df):
    """Score each candidate (see module docstring); phrase queries require the phrase."""
    if not termen:
        return []
    n = _aantal_documenten()
    gewichten = []
    for t in termen:
        aantal = max(df.get(t.stam, 0), df.get(t.woord, 0))
        gewichten.append(math.log(1 + n / (1 + aantal)) + 0.5)
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
        score = totaal * (0.2 + 0.8 * dekking * dekking)
        uit.append((score, doc, beste_veld))
    uit.sort(key=lambda r: (-r[0], r[1].titel.lower()))
    return uit


# --- highlighting ----------------------------------------------------------------------------

_WOORD_OF_REF = re.compile(r"\d{1,3}\.\d{1,3}(?:\.\d{1,3})?|\w+")


def _delen(woord, vocab):
    """The stems of the parts of a compound, remembered per index version."""
    geheugen = _per_versie("delen", dict)
    if woord not in geheugen:
        if len(geheugen) > 50_000:
            geheugen.clear()
        geheugen[woord] = frozenset(analyse.stam(d) for d in analyse.splits(woord, vocab))
    return geheugen[woord]


class _Markering:
    """Which words of a text to mark for one query; the verdict per word is remembered, as
    long texts repeat their words."""

    def __init__(self, termen):
        self.exact = {t.woord for t in termen} | {w for t in termen for w in t.fuzzy}
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
            or len(woord) >= 8
            and any(st in woord for st in stammen)
            and bool(stammen & _delen(woord, self.vocab))
        )


def _markeer(tekst, termen, lengte=240, markering=None):
    """An escaped snippet of the text with the matching words in <mark>."""
    markering = markering or _Markering(termen)
    treffers = []
    for m in _WOORD_OF_REF.finditer(tekst):
        if treffers and m.start() > treffers[0][0] + lengte:
            break  # past the snippet, which starts at or before the first match
        if not treffers and m.start() > MAX_SCAN:
            break  # a long document without a visible match: its snippet is its beginning
        if markering.raak(analyse.vouw(m.group(0))):
            treffers.append((m.start(), m.end()))
    begin = 0
    if treffers and treffers[0][0] > lengte // 3:
        begin = tekst.rfind(" ", 0, treffers[0][0] - lengte // 4) + 1
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


# --- backends ----------------------------------------------------------------------------------


def backend_naam():
    if getattr(settings, "SEARCH_URL", "") and "zoekmachine" in settings.WAGTAILSEARCH_BACKENDS:
        return "zoekmachine"
    return "default"


def _filter(queryset, filters):
    for naam, waarde in filters.items():
        if naam == "ketenpartner":
            queryset = queryset.filter(ketenpartners__contains=f"|{waarde}|")
        else:
            queryset = queryset.filter(**{naam: waarde})
    return queryset


def _kandidaten(tokens, df, sleutels, filters, backend_alias, verplicht):
    """Ids in backend order. With facet filters, the filtered set is searched; without, the
    whole index is searched and access is checked on the ids afterwards (_rijen), which
    keeps the index query free of a subquery over all documents."""
    queryset = Zoekdocument.objects.all()
    if filters:
        queryset = _filter(queryset.filter(toegang__in=sorted(sleutels)), filters)
    if "ketenpartner" in filters:
        backend_alias = "default"  # a "contains" filter: only the database backend has it
    k = KANDIDATEN_ZIN if verplicht else MAX_TREFFERS
    return ophalen.kandidaten(tokens, queryset, k, backend_alias, df, verplicht)


def _laad(ids):
    # title and body are the analysed tokens for the index: large, and not needed here
    docs = Zoekdocument.objects.defer("title", "body").in_bulk(ids)
    return [docs[i] for i in ids if i in docs]


_FACETKOLOMMEN = ("soort", "kerninstrument", "groep", "status", "typering", "ketenpartners")


def _rijen(ids, sleutels, filters):
    """{id: facet values} for the ids this user may see that pass the filters."""
    rijen = {}
    stap = 900 if connection.vendor == "sqlite" else len(ids) or 1  # SQLite: ≤ 999 parameters
    for i in range(0, len(ids), stap):
        deel = _filter(
            Zoekdocument.objects.filter(
                pk__in_lijst=ids[i : i + stap], toegang__in_lijst=sorted(sleutels)
            ),
            filters,
        )
        rijen.update((r[0], r[1:]) for r in deel.values_list("pk", *_FACETKOLOMMEN))
    return rijen


def _controle(soort):
    """What checks the visibility of this kind: pages of every type are checked together."""
    return "pagina" if isinstance(soort, PaginaSoort) else soort


def _alleen_zichtbaar(docs, user, geheugen):
    """The final check against the live content: drop what this user may not see (e.g. a
    page whose restriction changed after indexing). One query for all kinds; `geheugen`
    keeps, for one search, what each check lets this user see. Pages of every type are
    checked together: live, and not under a restriction this user does not pass (by path,
    here, rather than with a condition per restriction in the query)."""
    controles = {doc.pk: {_controle(s) for s in soort_op_naam(doc.soort)} for doc in docs}
    per_controle = {}
    for doc in docs:
        for controle in controles[doc.pk]:
            per_controle.setdefault(controle, set()).add(doc.object_pk)
    if not per_controle:
        return []
    volgorde = list(per_controle)
    delen = []
    for nummer, controle in enumerate(volgorde):
        if controle == "pagina":
            queryset, pad = Page.objects.live(), F("path")
            if "verborgen" not in geheugen:
                geheugen["verborgen"] = verborgen_paden(user)
        else:
            if controle not in geheugen:  # built once per search (it may query restrictions)
                geheugen[controle] = controle.zichtbaar_voor(user)
            queryset, pad = geheugen[controle], Value("")
        pks = [int(i) for i in per_controle[controle] if i.isdigit()]
        delen.append(
            queryset.filter(pk__in=pks)
            .order_by()
            .annotate(_controle=Value(nummer), _pad=pad)
            .values_list("pk", "_controle", "_pad")
        )
    verborgen = geheugen.get("verborgen", ())
    toegestaan = {
        (volgorde[nummer], str(pk))
        for pk, nummer, pad in (delen[0].union(*delen[1:], all=True) if delen[1:] else delen[0])
        if not (pad and pad.startswith(verborgen))
    }
    return [doc for doc in docs if any((c, doc.object_pk) in toegestaan for c in controles[doc.pk])]


def _facetten(rijen):
    """Counts per facet value over the facet rows (columns as in _FACETKOLOMMEN)."""
    kolommen = dict(zip(_FACETKOLOMMEN, zip(*rijen, strict=True), strict=False))
    tellers = {}
    for naam in FACETTEN:
        if naam == "ketenpartner":  # "|gemeente|rijk|" per row
            teller = Counter("".join(kolommen.get("ketenpartners", ())).split("|"))
        else:
            teller = Counter(kolommen.get(naam, ()))
        teller.pop("", None)
        tellers[naam] = OrderedDict(sorted(teller.items(), key=lambda kv: (-kv[1], kv[0])))
    return tellers


def zoek(q, user=None, filters=None, pagina=1, per_pagina=PER_PAGINA):
    q = (q or "").replace("\x00", " ")
    if len(q) > MAX_LENGTE:
        raise OngeldigeZoekvraag(
            _("De zoekvraag is te lang: gebruik hoogstens %(n)s tekens.") % {"n": MAX_LENGTE}
        )
    q = q.strip()
    uitkomst = Uitkomst(query=q, pagina=pagina)
    filters = {k: v for k, v in (filters or {}).items() if k in FACETTEN and v}
    if not q:
        return uitkomst
    vocab, conc = vocabulaire(), concepten()
    termen = zoektermen(q, vocab, conc)
    zinnen, verplicht = ontleed(q)
    if not termen:
        return uitkomst
    sleutels = toegangssleutels(user)
    uitkomst.suggestie = _verbeter(termen, sleutels)
    tokens = set().union(*(t.tokens() for t in termen))
    tokens = {t for t in tokens if t}
    df = _df(tokens)  # document frequencies: for retrieval and ranking

    alias = backend_naam()
    try:
        ids = _kandidaten(tokens, df, sleutels, filters, alias, verplicht)
    except Exception:
        if alias == "default":
            raise
        logger.warning("Zoekmachine %s niet bereikbaar; terugval op de database", alias)
        uitkomst.melding = _(
            "De zoekmachine is op dit moment niet bereikbaar. U ziet resultaten uit de "
            "eenvoudigere databasezoekfunctie."
        )
        ids = _kandidaten(tokens, df, sleutels, filters, "default", verplicht)

    # The best KANDIDATEN are ranked with the Dutch scoring; the rest (weak matches of one
    # expanded token) follow in the backend's order. Phrase queries retrieve the documents
    # with every word of the phrase; the best KANDIDATEN_ZIN are checked for the phrase.
    rijen = _rijen(ids, sleutels, filters)
    ids = [i for i in ids if i in rijen]
    zicht = {}
    top = _alleen_zichtbaar(_laad(ids[: KANDIDATEN_ZIN if zinnen else KANDIDATEN]), user, zicht)
    gerangschikt = [(doc, veld) for _s, doc, veld in _rangschik(top, termen, zinnen, df)]
    rest = [] if zinnen else ids[KANDIDATEN:]
    alle_ids = [doc.pk for doc, _veld in gerangschikt] + rest
    uitkomst.facetten = _facetten([rijen[i] for i in alle_ids])
    uitkomst.count = len(alle_ids)
    uitkomst.meer_dan = len(ids) >= MAX_TREFFERS and not zinnen
    begin = (pagina - 1) * per_pagina
    pagina_docs = gerangschikt[begin : begin + per_pagina]
    if len(pagina_docs) < per_pagina and rest:
        van = max(0, begin - len(gerangschikt))
        extra = _alleen_zichtbaar(
            _laad(rest[van : van + per_pagina - len(pagina_docs)]), user, zicht
        )
        pagina_docs += [(doc, None) for doc in extra]
    markering = _Markering(termen)
    for doc, veld in pagina_docs:
        tekst = doc.tekst
        if veld is not None and doc.velden[veld]["naam"] not in ("title", "titel", "term"):
            tekst = doc.velden[veld]["tekst"]
        snippet = _markeer(tekst or doc.titel, termen, markering=markering)
        uitkomst.resultaten.append(Resultaat(doc, 0.0, snippet))
    if uitkomst.suggestie and uitkomst.suggestie == analyse.vouw(q):
        uitkomst.suggestie = None
    return uitkomst


def suggesties(q, user=None, aantal=8):
    """Autocomplete: the typed words with the last one completed from the visible vocabulary,
    then titles of visible documents with words starting like the typed ones."""
    woorden = re.findall(r"[a-z0-9]+", analyse.vouw(q or "")[:100])
    if not woorden or len(woorden[-1]) < 2:
        return []
    sleutels = sorted(toegangssleutels(user))
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
            " ".join(woorden[-4:]), queryset, order_by_relevance=False
        )
        docs = _alleen_zichtbaar(list(resultaten[:20]), user, {})
    except Exception:
        logger.exception("Autocomplete mislukt")
        docs = []
    for doc in docs:
        if doc.titel not in uit:
            uit.append(doc.titel)
    return uit[:aantal]
