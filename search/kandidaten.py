"""Retrieval: the best candidates for the query's tokens from the search backend, fast.

Wagtail's database backends rank with a per-row correlated subquery (SQLite) or a match on
the concatenation of two vectors (PostgreSQL), which makes "top K of many matches" slow at
100,000 documents. Here the same index tables and the same query building blocks of the
backend are used (through bibliotheek.py), but as one ranked query on the index (SQLite:
FTS5 MATCH with bm25; PostgreSQL: the GIN-indexed title and body vectors with ts_rank),
limited to K rows. Everything else (Elasticsearch/OpenSearch, other databases) goes through
the backend's own `search()`."""

from django.conf import settings
from django.db.models import TextField
from django.db.models.functions import Cast

from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, PlainText

from search import afstemming, bibliotheek
from search.facetten import filter_op
from search.models import Zoekdocument


def backend_naam():
    """The search backend to ask: the search engine when one is configured, else the database."""
    if getattr(settings, "SEARCH_URL", "") and "zoekmachine" in settings.WAGTAILSEARCH_BACKENDS:
        return "zoekmachine"
    return "default"


def _ids(queryset):
    return queryset.annotate(_pk_tekst=Cast("pk", TextField())).values("_pk_tekst")


def _vraag(tokens, woorden=None):
    """The backend query: any of the tokens; with `woorden` (the words of a phrase) every
    word."""
    if woorden:
        return And([PlainText(woord) for woord in sorted(set(woorden))])
    return PlainText(" ".join(sorted(tokens)), operator="or")


def _database(backend, vraag, queryset, k, gerangschikt, behalve=()):
    """Up to k ids (k None: all) of the documents matching `vraag` on a database backend."""
    resultaten = backend.search(vraag, queryset)
    treffers, entry, volgorde = bibliotheek.treffers(resultaten, backend)
    treffers = treffers.filter(
        **{f"{entry}content_type_id": bibliotheek.content_type_pk(queryset.model)}
    )
    if queryset.query.has_filters():
        treffers = treffers.filter(**{f"{entry}object_id__in": _ids(queryset)})
    if behalve:
        treffers = treffers.exclude(**{f"{entry}object_id__in_lijst": [str(i) for i in behalve]})
    if gerangschikt:
        treffers = treffers.order_by(volgorde)
    return [int(i) for i in treffers.values_list(f"{entry}object_id", flat=True)[:k]]


def houders(tokens, alle=False, alias="default"):
    """The ids of every search document that holds one of these analysed tokens (with
    `alle`: every one of them), unranked and without a limit: "which documents hold token
    X", answered by the index."""
    backend = get_search_backend(alias)
    queryset = Zoekdocument.objects.all()
    if alle:
        tokens = bibliotheek.met_lexeem(backend, sorted(set(tokens)))
    if not tokens:
        return []
    vraag = _vraag(tokens, tokens if alle else None)
    if bibliotheek.is_database_backend(backend):
        return _database(backend, vraag, queryset, None, False)
    return [d.pk for d in backend.search(vraag, queryset)]


def verdeel(tokens, df, grens=None):
    """Split tokens into selective ones (together in at most `grens` documents, rarest first)
    and common ones."""
    grens = afstemming.SELECTIEF if grens is None else grens
    selectief, algemeen, totaal = [], [], 0
    for token in sorted(tokens, key=lambda t: (df.get(t, 0), t)):
        totaal += df.get(token, 0)
        (selectief if totaal <= grens else algemeen).append(token)
    return selectief, algemeen


def _vraag_alle(groepen):
    """The backend query for documents with every concept: any token of each group."""
    return And([PlainText(" ".join(sorted(g)), operator="or") for g in groepen])


def _met_alle_begrippen(backend, groepen, queryset, k, df, database):
    """Up to k ids of documents that have every concept of the question, and with three or
    more concepts then those that miss one (the commonest concept first): recall first, so
    documents with most of the question are not crowded out by those repeating one word."""
    ids = []
    opties = [groepen]
    if len(groepen) >= 3:
        op_aantal = sorted(groepen, key=lambda g: -sum(df.get(t, 0) for t in g))
        opties += [[g for g in groepen if g is not weg] for weg in op_aantal]
    for opgave in opties:
        if len(ids) >= k:
            break
        if not database:
            resultaten = backend.search(_vraag_alle(opgave), queryset)
            nieuw = [d.pk for d in resultaten[: k - len(ids)]]
            ids += [i for i in nieuw if i not in ids]
            continue
        # ranked when few documents can have every concept (the rarest concept says)
        zeldzaamste = min(sum(df.get(t, 0) for t in g) for g in opgave)
        gerangschikt = zeldzaamste <= afstemming.SELECTIEF
        ids += _database(backend, _vraag_alle(opgave), queryset, k - len(ids), gerangschikt, ids)
    return ids


def kandidaten(tokens, queryset, k, alias="default", df=None, woorden=None, groepen=None):
    """Up to k ids for an OR query of the analysed tokens, best first; for a phrase query
    (`woorden`: the indexed words of the phrase) only documents with every word.

    On the database backends only the selective tokens are ranked (ranking costs time per
    matching document, and a token found in most documents hardly tells them apart); the
    documents that have only common tokens follow unranked, up to k. `df` gives per token
    the number of documents that contain it. With `groepen` (the tokens per concept of a
    question of several concepts) the documents with every concept come first."""
    backend = get_search_backend(alias)
    database = alias == "default" and bibliotheek.is_database_backend(backend)
    eerst = []
    if groepen and len(groepen) > 1 and not woorden:
        n = min(k, afstemming.KANDIDATEN_ALLE)
        eerst = _met_alle_begrippen(backend, groepen, queryset, n, df or {}, database)
    if not database:
        resultaten = backend.search(_vraag(tokens, woorden), queryset)
        ids = [d.pk for d in resultaten[: min(k, afstemming.MAX_TREFFERS)]]
        return eerst + [i for i in ids if i not in set(eerst)][: k - len(eerst)]
    if woorden:  # ranked when few documents can have every word (the rarest word says)
        zeldzaamste = min((df or {}).get(woord, 0) for woord in woorden)
        gerangschikt = zeldzaamste <= afstemming.SELECTIEF
        return _database(backend, _vraag(tokens, woorden), queryset, k, gerangschikt)
    selectief, algemeen = verdeel(tokens, df or {})
    ids = list(eerst)
    if selectief:
        ids += _database(backend, _vraag(selectief), queryset, k - len(ids), True, ids)
    if algemeen and len(ids) < k:
        ids += _database(backend, _vraag(algemeen), queryset, k - len(ids), False, ids)
    return ids


def zoek_ids(tokens, df, sleutels, filters, alias, verplicht, groepen=None):
    """Ids in backend order. With facet filters, the filtered set is searched; without, the
    whole index is searched and access is checked on the ids afterwards (toegang.rijen),
    which keeps the index query free of a subquery over all documents."""
    queryset = Zoekdocument.objects.all()
    if filters:
        queryset = filter_op(queryset.filter(toegang__in=sorted(sleutels)), filters)
    if "ketenpartner" in filters:
        alias = "default"  # a "contains" filter: only the database backend has it
    k = afstemming.KANDIDATEN_ZIN if verplicht else afstemming.MAX_TREFFERS
    return kandidaten(tokens, queryset, k, alias, df, verplicht, groepen)


def laad(ids):
    """The search documents of these ids, in this order."""
    # title and body are the analysed tokens for the index: large, and not needed here
    docs = Zoekdocument.objects.defer("title", "body").in_bulk(ids)
    return [docs[i] for i in ids if i in docs]
