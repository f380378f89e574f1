"""Concept tokens reach the backends as one word each. A token with another character (an
underscore, as the thesaurus's related terms first had) is split in two by PostgreSQL's text
search parser and SQLite's FTS5 tokenizer, and every match on it becomes a phrase match that no
index serves: 400 ms per question at 100,000 agreements."""

import re

import pytest

from django.db import connection

from search import analyse
from search.register import alle_concepten


def _alle_tokens():
    conc = analyse.concepten_uit(alle_concepten())
    return {
        t for lijst in conc.varianten.values() for _s, index, vraag in lijst for t in index + vraag
    }


@pytest.mark.django_db
def test_elke_concepttoken_is_een_woord_van_letters_en_cijfers():
    tokens = _alle_tokens()
    # the demo's begrippen and organisations, the laws and the standard thesaurus
    assert {t[:3] for t in tokens} >= {"bgr", "org", "wet", "ths", "thv"}
    assert sorted(t for t in tokens if not re.fullmatch(r"[a-z0-9]+", t)) == []


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's parser")
def test_postgresql_leest_elke_concepttoken_als_een_lexeem():
    tokens = sorted(_alle_tokens())
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT t FROM unnest(%s::text[]) AS t "
            "WHERE tsvector_to_array(to_tsvector('dutch', t)) <> ARRAY[t]",
            [tokens],
        )
        assert cursor.fetchall() == []
