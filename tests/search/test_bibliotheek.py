"""The internals of the search library (modelsearch) that search/bibliotheek.py relies on.
When an upgrade changes them, these tests fail before the search silently gets slow or
breaks: adapt bibliotheek.py (and the pin in pyproject.toml) then."""

import inspect
from importlib.metadata import version

import pytest
from modelsearch.backends.database.postgres.postgres import (
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

from django.db import connection

from wagtail.search.backends import get_search_backend
from wagtail.search.query import PlainText

from search import bibliotheek
from search.models import Zoekdocument


def test_de_geteste_versie_van_modelsearch():
    assert version("modelsearch").startswith("1.3.")  # as pinned in pyproject.toml


def test_wagtail_search_gebruikt_de_backends_van_modelsearch():
    backend = get_search_backend("default")
    assert type(backend).__module__.startswith("modelsearch.backends.database.")
    assert bibliotheek.is_database_backend(backend)


def test_de_indextabel_van_de_database_backends():
    entry = bibliotheek.index_entry_model()
    velden = {f.name for f in entry._meta.get_fields()}
    assert {"content_type", "object_id", "title", "body"} <= velden


def test_postgres_compiler_heeft_wat_bibliotheek_gebruikt():
    assert callable(PostgresSearchQueryCompiler.build_tsquery)
    assert list(inspect.signature(PostgresSearchQueryCompiler.build_tsquery).parameters) == [
        "self",
        "query",
        "config",
    ]
    assert issubclass(PostgresSearchBackend, object)


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite FTS5")
def test_sqlite_internals():
    from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
    from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchQueryCompiler

    assert SQLiteSearchQueryCompiler.FTS_TABLE_FIELDS == ["title", "body"]
    assert list(inspect.signature(SQLiteSearchQueryCompiler._build_rank_expression).parameters) == [
        "self",
        "vectors",
        "config",
    ]
    for naam in ("build_search_query", "get_search_vectors"):
        assert callable(getattr(SQLiteSearchQueryCompiler, naam))
    assert callable(normalize) and MatchExpression.lookup_name
    assert bibliotheek._fts_model()._meta.db_table


def test_treffers_vindt_en_rangschikt_een_document(db):
    """The adapter end to end on the configured database: the index rows of a matching
    search document, their object id column, and an ordering by the backend's rank."""
    from search.indexeren import herbouw

    herbouw()
    backend = get_search_backend("default")
    queryset = Zoekdocument.objects.all()
    doc = queryset.exclude(title="").first()
    token = doc.title.split()[0]
    resultaten = backend.search(PlainText(token), queryset)
    treffers, entry, volgorde = bibliotheek.treffers(resultaten, backend)
    treffers = treffers.filter(
        **{f"{entry}content_type_id": bibliotheek.content_type_pk(Zoekdocument)}
    ).order_by(volgorde)
    ids = [int(i) for i in treffers.values_list(f"{entry}object_id", flat=True)]
    assert doc.pk in ids
