"""Background tasks of search (README "Achtergrondtaken en planner"), and the index that
follows its concepts (issue 15).

When a concept changes (a begrip's term, abbreviations or synonyms, an organisation's name or
abbreviation, a learned abbreviation rejected or accepted again, or one of them deleted),
`volg_wijziging` indexes again the documents that contain an old or a new variant, found
through the index itself (their analysed tokens, or the concept's token): at once for a few
(<= afstemming.HERBOUW_VANAF), otherwise in the background task `volg_conceptwijziging`.
A task gets texts, not model instances, and may run twice with the same outcome."""

from collections import defaultdict

from django_tasks import task

from django.db import transaction

from search import afstemming, analyse
from search.geleerd import documenten_met
from search.indexeren import herbouw, verhoog_versie, werk_bij
from search.models import Zoekdocument
from search.register import soort_op_naam


def herindexeer(ids):
    """Index the objects of the search documents with these ids again, with the current
    concepts; in pieces of afstemming.STUK (SQLite takes few parameters per query)."""
    per_soort = defaultdict(list)
    for i in range(0, len(ids), afstemming.STUK):
        stuk = Zoekdocument.objects.filter(pk__in=ids[i : i + afstemming.STUK])
        for naam, object_pk in stuk.values_list("soort", "object_pk"):
            per_soort[naam].append(object_pk)
    for naam, object_pks in per_soort.items():
        for soort in soort_op_naam(naam):
            for i in range(0, len(object_pks), afstemming.STUK):
                for obj in soort.objecten().filter(pk__in=object_pks[i : i + afstemming.STUK]):
                    werk_bij(obj)


@task()
def volg_conceptwijziging(varianten, tokens):
    """Index again every document with one of these variants (texts) or concept tokens."""
    verhoog_versie()
    herindexeer(documenten_met(varianten, tokens))


def volg_wijziging(varianten=(), tokens=()):
    """A concept changed: index again the documents with an old or new variant (texts) or
    with one of its (old) tokens, at once when they are few, otherwise in a background task
    that is enqueued when this transaction commits (so the worker sees the change)."""
    verhoog_versie()  # the concepts changed: every process builds them again
    varianten = sorted({v.strip() for v in varianten if v and v.strip()})
    tokens = sorted({t for t in tokens if t} | {analyse.strikt_token(t) for t in tokens if t})
    ids = documenten_met(varianten, tokens)
    if len(ids) <= afstemming.HERBOUW_VANAF:
        herindexeer(ids)
    else:
        transaction.on_commit(lambda: volg_conceptwijziging.enqueue(varianten, tokens), robust=True)


@task()
def herbouw_zoekindex():
    """The whole index again, with the current analysis (after an upgrade that changed it:
    search/na_migratie.py). Idempotent."""
    herbouw()
