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

logger = logging.getLogger(__name__)


def _index_models():
    from modelsearch.conf import get_app_config

    app = get_app_config()
    fts = app.get_model("SQLiteFTSIndexEntry") if connection.vendor == "sqlite" else None
    return app.get_model("IndexEntry"), fts


def _ids(queryset):
    return queryset.annotate(_pk_tekst=Cast("pk", TextField())).values("_pk_tekst")


def _sqlite(resultaten, queryset, k):
    # imported here: the module needs the SQLite FTS model, which exists only on SQLite
    from modelsearch.backends.database.sqlite.query import MatchExpression, normalize

    compiler = resultaten.query_compiler
    _entry, fts = _index_models()
    query = compiler.build_search_query(normalize(compiler.query))
    rank = compiler._build_rank_expression(compiler.get_search_vectors(), None)
    treffers = fts.objects.filter(MatchExpression(compiler.FTS_TABLE_FIELDS, query)).filter(
        index_entry__content_type_id=get_content_type_pk(queryset.model),
        index_entry__object_id__in=_ids(queryset),
    )
    rijen = (
        treffers.annotate(score=rank)
        .order_by("score")  # bm25: lower is better
        .values_list("index_entry__object_id", flat=True)[:k]
    )
    return [int(i) for i in rijen]


def _postgres(resultaten, queryset, k, backend):
    compiler = resultaten.query_compiler
    entry, _fts = _index_models()
    query = compiler.build_tsquery(compiler.query, config=backend.config)
    treffers = entry.objects.filter(
        Q(title=query) | Q(body=query),
        content_type_id=get_content_type_pk(queryset.model),
        object_id__in=_ids(queryset),
    )
    rijen = (
        treffers.annotate(score=SearchRank(F("title"), query) * 3 + SearchRank(F("body"), query))
        .order_by("-score")
        .values_list("object_id", flat=True)[:k]
    )
    return [int(i) for i in rijen]


def kandidaten(tekst, queryset, k, alias="default"):
    """Up to k ids in the backend's order for an OR query of the analysed tokens."""
    backend = get_search_backend(alias)
    resultaten = backend.search(tekst, queryset, operator="or")
    naam = type(backend).__name__
    if alias == "default" and naam == "SQLiteSearchBackend":
        return _sqlite(resultaten, queryset, k)
    if alias == "default" and naam == "PostgresSearchBackend":
        return _postgres(resultaten, queryset, k, backend)
    return [d.pk for d in resultaten[: min(k, 500)]]
