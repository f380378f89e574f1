"""The one place that touches the search library's internals (modelsearch, which provides
wagtail.search's backends).

The fast retrieval (kandidaten.py) reuses the database backends' own index tables and query
building blocks, but ranks with one query limited to K rows. For that it needs parts of
modelsearch that are not its public API: the index models, the SQLite FTS5 match expression
and query normaliser, and the query compilers' `build_search_query`, `FTS_TABLE_FIELDS`,
`get_search_vectors`, `_build_rank_expression` and `build_tsquery`; for a full rebuild on
PostgreSQL (indexeer_tabel) the index's `_refresh_title_norms` and the weights of its search
fields (`get_weight`). They are used only here;
tests/search/test_bibliotheek.py fails when the library changes them. modelsearch is pinned
to the tested minor version in pyproject.toml."""

import operator
from functools import reduce

from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend
from modelsearch.backends.database.postgres.weights import get_weight
from modelsearch.conf import get_app_config
from modelsearch.index import AutocompleteField, RelatedFields, SearchField
from modelsearch.query import And
from modelsearch.utils import get_content_type_pk

from django.contrib.postgres.search import SearchRank, SearchVector
from django.db import connection
from django.db.models import F, Q, TextField, Value
from django.db.models.functions import Cast


def _sqlite_backend_klasse():
    # The module loads the SQLite FTS index model at import, which exists only on SQLite.
    if connection.vendor != "sqlite":
        return None
    from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

    return SQLiteSearchBackend


def index_entry_model():
    """The table of the database backends' index entries (one row per indexed object)."""
    return get_app_config().get_model("IndexEntry")


def _fts_model():
    return get_app_config().get_model("SQLiteFTSIndexEntry")


def content_type_pk(model):
    return get_content_type_pk(model)


def is_database_backend(backend):
    """True for the SQLite and PostgreSQL database backends, which treffers() handles."""
    return _soort(backend) is not None


def _soort(backend):
    if isinstance(backend, PostgresSearchBackend):
        return "postgres"
    sqlite = _sqlite_backend_klasse()
    if sqlite is not None and isinstance(backend, sqlite):
        return "sqlite"
    return None


def _sqlite_en(compiler):
    """An AND of parts (each an OR of tokens) as an FTS5 expression with every part in
    parentheses. The library writes "a OR b AND c" without them, which FTS5 reads as
    "a OR (b AND c)" (AND binds more strongly)."""
    from modelsearch.backends.database.sqlite.query import (
        LexemeCombinable,
        SearchQueryExpression,
    )

    class Haakjes(LexemeCombinable):
        def __init__(self, binnen):
            super().__init__()
            self.binnen = binnen

        def as_sql(self, sql_compiler, connection):
            sql, params = sql_compiler.compile(self.binnen)
            return "%s", ["(" + sql % tuple(params) + ")"]

    delen = [
        Haakjes(compiler.build_search_query_content(deel).value)
        for deel in compiler.query.subqueries
    ]
    return SearchQueryExpression(reduce(operator.and_, delen))


def _sqlite(resultaten, backend):
    """Matches (FTS5 MATCH), the column prefix of the object id, and the bm25 ordering."""
    from modelsearch.backends.database.sqlite.query import MatchExpression, normalize

    compiler = resultaten.query_compiler
    if isinstance(compiler.query, And):
        query = _sqlite_en(compiler)
    else:
        query = compiler.build_search_query(normalize(compiler.query))
    treffers = _fts_model().objects.filter(MatchExpression(compiler.FTS_TABLE_FIELDS, query))
    rank = compiler._build_rank_expression(compiler.get_search_vectors(), None)
    return treffers, "index_entry__", rank.asc()  # bm25: lower is better


def _postgres(resultaten, backend):
    """Matches (title or body vector), the column prefix of the object id, and ts_rank."""
    compiler = resultaten.query_compiler
    query = compiler.build_tsquery(compiler.query, config=backend.config)
    if isinstance(compiler.query, And):
        # every part in the title or the body: a document's words are split over the two
        # vectors (the body holds only what is not in the title), so "title or body matches
        # the whole AND" would miss a document with one part in each
        voorwaarde = Q()
        for deel in compiler.query.subqueries:
            tsquery = compiler.build_tsquery(deel, config=backend.config)
            voorwaarde &= Q(title=tsquery) | Q(body=tsquery)
    else:
        voorwaarde = Q(title=query) | Q(body=query)
    treffers = index_entry_model().objects.filter(voorwaarde)
    rank = SearchRank(F("title"), query) * 3 + SearchRank(F("body"), query)
    return treffers, "", rank.desc()


def met_lexeem(backend, woorden):
    """The words the backend indexes at all. PostgreSQL's text search configuration drops
    its own stop words ("zonder", "alles") on both sides: an AND part of one of them matches
    nothing, so it is left out, as the index left it out."""
    if _soort(backend) != "postgres" or not backend.config:
        return list(woorden)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT w FROM unnest(%s::text[]) AS w "
            "WHERE numnode(plainto_tsquery(%s::regconfig, w)) > 0",
            [list(woorden), backend.config],
        )
        over = {w for (w,) in cursor.fetchall()}
    return [w for w in woorden if w in over]


def treffers(resultaten, backend):
    """For the (lazy) results of `backend.search(...)` on a database backend: a queryset of
    the matching index rows, the prefix of their object id columns ("" or "index_entry__"),
    and the ordering by the backend's own rank (best first)."""
    return {"sqlite": _sqlite, "postgres": _postgres}[_soort(backend)](resultaten, backend)


def beheerzoekvelden(velden):
    """The `search_fields` of a SnippetViewSet whose model is in the search index. The SQLite
    FTS backend cannot search a subset of fields: the admin listing then fails with "no such
    column" (wagtail/django-modelsearch#47, open). On SQLite the listing searches all the
    model's indexed fields instead (None); PostgreSQL keeps the chosen fields."""
    return None if connection.vendor == "sqlite" else velden


# --- Full rebuilds on PostgreSQL: the index table in one statement -----------------------------
# The backend's add_items writes a batch and then refreshes `title_norm` (average title length
# / this title's length) of every row still at its default, computing the average over the
# whole table: per batch a scan of the whole index, so a rebuild grew quadratically (issue 16).
# indexeer_tabel writes the index rows of every object of the model with one INSERT ... SELECT
# in the database (the same tsvectors as add_items: tests/search/test_bibliotheek.py compares
# the rows) and refreshes title_norm once, over the whole table, as the library's own rebuild
# (`manage.py update_index`) does at its end.


def indexeert_tabel(backend):
    """True for the PostgreSQL backend: a rebuild indexes the whole table at its end
    (indexeer_tabel) instead of per batch (backend.add_bulk)."""
    return _soort(backend) == "postgres"


def _vector(velden, config):
    vectoren = [SearchVector(F(naam), weight=gewicht, config=config) for naam, gewicht in velden]
    if not vectoren:
        return SearchVector(Value("", output_field=TextField()))
    return reduce(operator.add, vectoren)


def _tekst(velden):
    # the library joins the stripped values with one space
    if not velden:
        return Value("", output_field=TextField())
    if len(velden) > 1:
        raise NotImplementedError("indexeer_tabel: one text field per kind only")
    return F(velden[0][0])


def indexeer_tabel(backend, model):
    """Index every row of `model` in the PostgreSQL backend's table at once, then refresh
    title_norm over the whole table (once)."""
    titel, rest, aanvullen = [], [], []
    for veld in model.get_search_fields():
        if isinstance(veld, SearchField):
            doel = titel if veld.field_name == "title" else rest
            doel.append((veld.field_name, get_weight(veld.boost)))
        elif isinstance(veld, AutocompleteField):
            aanvullen.append((veld.field_name, "D"))
        elif isinstance(veld, RelatedFields):  # the search documents have none
            raise NotImplementedError(f"indexeer_tabel: {veld!r}")
    rijen = model._default_manager.order_by().values_list(
        Value(content_type_pk(model)),
        Cast("pk", TextField()),
        _vector(titel, backend.config),
        _vector(aanvullen, backend.autocomplete_config),
        _vector(rest, backend.config),
        Value(1.0),
        _tekst(titel),
        _tekst(rest),
    )
    select, parameters = rijen.query.sql_with_params()
    tabel = connection.ops.quote_name(index_entry_model()._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {tabel} (content_type_id, object_id, title, autocomplete, body, "
            f"title_norm, title_text, body_text) {select} "
            "ON CONFLICT (content_type_id, object_id) DO UPDATE SET title = EXCLUDED.title, "
            "title_norm = 1.0, autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body, "
            "title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text",
            parameters,
        )
    backend.get_index_for_model(model)._refresh_title_norms(full=True)
