"""What makes a full rebuild of the search index fast (issue 16), used by indexeren.herbouw.

- `onthoud`: a memo that lives only while a rebuild runs, for what many objects share (the
  public title of an agreement's group: one query per group instead of two per agreement).
  Outside a rebuild it computes every time, so editing never sees a stale value.
- `analysator`: the analysis of a text, remembered for the texts a rebuild meets again (most
  fields of an agreement take one of a few values: kerninstrument, legal basis, typering,
  source, group, the legal text).
- `schrijf`: one batch of search documents: the existing rows of the batch are deleted and
  inserted again with their own primary keys (one DELETE and one INSERT instead of
  bulk_update's CASE expression over every column and row, which cost more than the
  analysis), then given to the search backends that index per batch. The PostgreSQL backend
  indexes the whole table once at the end instead (`rond_af`, bibliotheek.indexeer_tabel).
"""

import logging
from contextlib import contextmanager
from functools import lru_cache

from django.db import connection

from search import afstemming, analyse, bibliotheek
from search.models import Zoekdocument

logger = logging.getLogger(__name__)

_memo = {}
_actief = [0]  # rebuilds running in this process (nested calls share one memo)


@contextmanager
def sessie():
    """While this runs, `onthoud` keeps what it computed (at most afstemming.HERBOUW_MEMO
    values, then it starts afresh)."""
    _actief[0] += 1
    try:
        yield
    finally:
        _actief[0] -= 1
        if not _actief[0]:
            _memo.clear()


def onthoud(sleutel, maak):
    """maak(), remembered under `sleutel` for the rest of a rebuild (sessie); outside a
    rebuild simply maak()."""
    if not _actief[0]:
        return maak()
    waarde = _memo.get(sleutel, _memo)
    if waarde is _memo:
        if len(_memo) >= afstemming.HERBOUW_MEMO:
            _memo.clear()
        waarde = _memo[sleutel] = maak()
    return waarde


def analysator(vocab, conc, geheugen=None):
    """A function tekst -> (the stored analysis (Analyse.als_dict), its tokens) for one
    vocabulary and one set of concepts, remembering the last `geheugen` texts
    (afstemming.ANALYSE_GEHEUGEN; 0: none). The same text always gets the same analysis: a
    rebuild with it writes the same index as without it."""

    def analyseer(tekst):
        a = analyse.analyseer(tekst, vocab, conc)
        return a.als_dict(), frozenset(a.tokens())

    geheugen = afstemming.ANALYSE_GEHEUGEN if geheugen is None else geheugen
    return lru_cache(maxsize=geheugen)(analyseer) if geheugen else analyseer


def _verwijder_rijen(pks):
    tabel = connection.ops.quote_name(Zoekdocument._meta.db_table)
    stuk = afstemming.SQLITE_PARAMETERS
    with connection.cursor() as cursor:
        for i in range(0, len(pks), stuk):
            deel = pks[i : i + stuk]
            plaatsen = ", ".join(["%s"] * len(deel))
            cursor.execute(f"DELETE FROM {tabel} WHERE id IN ({plaatsen})", deel)


def _kopieer(nieuw):
    """PostgreSQL: the batch in one COPY, the new documents' keys drawn from the table's
    sequence first (so every object has its pk, as after bulk_create). bulk_create quoted
    each value in Python, the large JSON of the fields included: a fifth of a rebuild."""
    tabel = Zoekdocument._meta.db_table
    zonder = [d for d in nieuw if d.pk is None]
    velden = Zoekdocument._meta.concrete_fields
    kolommen = ", ".join(connection.ops.quote_name(f.column) for f in velden)
    with connection.cursor() as cursor:
        if zonder:
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
                [tabel, len(zonder)],
            )
            for d, (pk,) in zip(zonder, cursor.fetchall(), strict=True):
                d.pk = pk
        with cursor.copy(
            f"COPY {connection.ops.quote_name(tabel)} ({kolommen}) FROM STDIN"
        ) as kopie:
            for d in nieuw:
                kopie.write_row(
                    [f.get_db_prep_save(f.pre_save(d, True), connection) for f in velden]
                )


def per_batch(backends):
    """The backends a batch is given to (the others index the table at the end: rond_af)."""
    return [b for b in backends if not bibliotheek.indexeert_tabel(b)]


def schrijf(nieuw, backends):
    """Save one batch of documents (an existing sleutel keeps its primary key) and give it to
    the backends that index per batch."""
    bestaand = dict(
        Zoekdocument.objects.filter(sleutel__in=[d.sleutel for d in nieuw]).values_list(
            "sleutel", "pk"
        )
    )
    for d in nieuw:
        d.pk = bestaand.get(d.sleutel)
    # Raw rows, without the delete signals: the documents come back at once, with the same
    # key, and the index rows of the library are overwritten (ON CONFLICT) or refreshed.
    _verwijder_rijen(list(bestaand.values()))
    if connection.vendor == "postgresql":
        _kopieer(nieuw)
    else:
        Zoekdocument.objects.bulk_create(nieuw)
    for backend in per_batch(backends):
        try:
            backend.add_bulk(Zoekdocument, nieuw)
        except Exception:
            logger.exception("Zoekindex: vullen van %s mislukt", backend)


def rond_af(backends):
    """After the last batch: the backends that index the whole table at once."""
    for backend in backends:
        if bibliotheek.indexeert_tabel(backend):
            bibliotheek.indexeer_tabel(backend, Zoekdocument)
