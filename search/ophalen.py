"""Fetch the best K candidates from Wagtail's database search index, fast.

Wagtail's database backends rank with a per-row correlated subquery (SQLite) or a match on
the concatenation of two vectors (PostgreSQL), which makes "top K of many matches" slow at
100,000 documents. Here the same index tables and the same query building blocks of the
backend are used, but as one ranked query on the index (SQLite: FTS5 MATCH with bm25;
PostgreSQL: the GIN-indexed title and body vectors with ts_rank), limited to K rows.
Everything else (Elasticsearch/OpenSearch, other databases) goes through the backend's own
`search()`."""

import logging

from modelsearch.utils import get_content_type_pk

from django.contrib.postgres.search import SearchRank
from django.db import connection
from django.db.models import F, Q, TextField
from django.db.models.functions import Cast

from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, PlainText

logger = logging.getLogger(__name__)

# How many matching documents the database may rank per query (see kandidaten).
SELECTIEF = 5_000


def _index_models():
    from modelsearch.conf import get_app_config

    app = get_app_config()
    fts = app.get_model("SQLiteFTSIndexEntry") if connection.vendor == "sqlite" else None
    return app.get_model("IndexEntry"), fts


def _ids(queryset):
    return queryset.annotate(_pk_tekst=Cast("pk", TextField())).values("_pk_tekst")


def _sqlite(resultaten, backend):
    """Matches (FTS5 MATCH), the column with the object id, and the bm25 ordering."""
    # imported here: the module needs the SQLite FTS model, which exists only on SQLite
    from modelsearch.backends.database.sqlite.query import MatchExpression, normalize

    compiler = resultaten.query_compiler
    _entry, fts = _index_models()
    query = compiler.build_search_query(normalize(compiler.query))
    treffers = fts.objects.filter(MatchExpression(compiler.FTS_TABLE_FIELDS, query))
    rank = compiler._build_rank_expression(compiler.get_search_vectors(), None)
    return treffers, "index_entry__", rank.asc()  # bm25: lower is better


def _postgres(resultaten, backend):
    """Matches (title or body vector), the column with the object id, and the ts_rank ordering."""
    compiler = resultaten.query_compiler
    entry, _fts = _index_models()
    query = compiler.build_tsquery(compiler.query, config=backend.config)
    treffers = entry.objects.filter(Q(title=query) | Q(body=query))
    rank = SearchRank(F("title"), query) * 3 + SearchRank(F("body"), query)
    return treffers, "", rank.desc()


DATABASE = {"SQLiteSearchBackend": _sqlite, "PostgresSearchBackend": _postgres}


def _vraag(tokens, woorden=None):
    """The backend query: any of the tokens; with `woorden` (the words of a phrase) every
    word."""
    if woorden:
        return And([PlainText(woord) for woord in sorted(set(woorden))])
    return PlainText(" ".join(sorted(tokens)), operator="or")


def _database(backend, vraag, queryset, k, gerangschikt, behalve=()):
    resultaten = backend.search(vraag, queryset)
    treffers, entry, volgorde = DATABASE[type(backend).__name__](resultaten, backend)
    treffers = treffers.filter(**{f"{entry}content_type_id": get_content_type_pk(queryset.model)})
    if queryset.query.has_filters():
        treffers = treffers.filter(**{f"{entry}object_id__in": _ids(queryset)})
    if behalve:
        treffers = treffers.exclude(**{f"{entry}object_id__in_lijst": [str(i) for i in behalve]})
    if gerangschikt:
        treffers = treffers.order_by(volgorde)
    return [int(i) for i in treffers.values_list(f"{entry}object_id", flat=True)[:k]]


def verdeel(tokens, df, grens=None):
    """Split tokens into selective ones (together in at most `grens` documents, rarest first)
    and common ones."""
    grens = SELECTIEF if grens is None else grens
    selectief, algemeen, totaal = [], [], 0
    for token in sorted(tokens, key=lambda t: (df.get(t, 0), t)):
        totaal += df.get(token, 0)
        (selectief if totaal <= grens else algemeen).append(token)
    return selectief, algemeen


def kandidaten(tokens, queryset, k, alias="default", df=None, woorden=None):
    """Up to k ids for an OR query of the analysed tokens, best first; for a phrase query
    (`woorden`: the indexed words of the phrase) only documents with every word.

    On the database backends only the selective tokens are ranked (ranking costs time per
    matching document, and a token found in most documents hardly tells them apart); the
    documents that have only common tokens follow unranked, up to k. `df` gives per token
    the number of documents that contain it."""
    backend = get_search_backend(alias)
    if alias != "default" or type(backend).__name__ not in DATABASE:
        resultaten = backend.search(_vraag(tokens, woorden), queryset)
        return [d.pk for d in resultaten[: min(k, 500)]]
    if woorden:  # ranked when few documents can have every word (the rarest word says)
        zeldzaamste = min((df or {}).get(woord, 0) for woord in woorden)
        return _database(backend, _vraag(tokens, woorden), queryset, k, zeldzaamste <= SELECTIEF)
    selectief, algemeen = verdeel(tokens, df or {})
    ids = _database(backend, _vraag(selectief), queryset, k, True) if selectief else []
    if algemeen and len(ids) < k:
        ids += _database(backend, _vraag(algemeen), queryset, k - len(ids), False, ids)
    return ids
