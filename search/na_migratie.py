"""Issue 15: what the migrations created is searchable without `manage.py zoekindex`.

A data migration writes rows with the historical models, which send no signals, so the
index does not hear of them: the reference overleggen, organisations and subjects that
`migrate` brings with it were missing from the search of a fresh installation. After every
`migrate` (post_migrate of the last app with models, search/apps.py) the objects of each
registered soort that have no search document yet are indexed; a large number means a full
rebuild (search.indexeren.werk_bij_reeks). Cheap when nothing is missing: per soort one
query for its primary keys and one for the indexed ones.

After an upgrade whose analysis differs from the one the index was built with, the whole
index is rebuilt once instead (herbouw_bij_nieuwe_analyse; README "Bijwerken naar een nieuwe
versie")."""

import logging

from django_tasks import TaskResultStatus

from django.db import DatabaseError, transaction

from search import afstemming, taken
from search.indexeren import herbouw, noteer_analyseversie, werk_bij_reeks
from search.models import Zoekdocument
from search.register import alle_soorten

logger = logging.getLogger(__name__)


def ontbrekend(soort):
    """The primary keys of the objects of this soort that belong in the index and have no
    search document."""
    in_index = set(
        Zoekdocument.objects.filter(soort=soort.naam).values_list("object_pk", flat=True)
    )
    return [pk for pk in soort.objecten().values_list("pk", flat=True) if str(pk) not in in_index]


def indexeer_ontbrekende():
    """Index every registered object without a search document; returns how many. Many
    (more than afstemming.HERBOUW_VANAF, e.g. a database restored without its index) means
    one full rebuild."""
    per_soort = [(soort, ontbrekend(soort)) for soort in alle_soorten()]
    aantal = sum(len(pks) for _soort, pks in per_soort)
    if aantal > afstemming.HERBOUW_VANAF:
        herbouw()
        return aantal
    for soort, pks in per_soort:
        if pks:
            werk_bij_reeks(soort.objecten().filter(pk__in=pks))
    return aantal


def herbouw_bij_nieuwe_analyse():
    """An index built with another analysis (analyse.ANALYSEVERSIE, raised by whoever changes
    the analysis) is rebuilt once, as a background task (at once when tasks run immediately).
    An empty index only records the version: what it gets is analysed the current way.
    True when a rebuild was started."""
    # the version and the task together, or neither: a failed start is tried again
    with transaction.atomic():
        if not noteer_analyseversie() or not Zoekdocument.objects.exists():
            return False
        if taken.herbouw_zoekindex.enqueue().status == TaskResultStatus.FAILED:
            # tasks run at once and this one failed (the backend logged why)
            transaction.set_rollback(True)
            logger.error("Zoekindex na migrate niet herbouwd (manage.py zoekindex)")
            return False
    return True


def na_migratie(plan=None, **kwargs):
    """post_migrate: not after a migration backwards (the models would not match the
    tables), and never a failed migrate because of the index."""
    if any(achteruit for _migratie, achteruit in plan or []):
        return
    try:
        if not herbouw_bij_nieuwe_analyse():  # a rebuild indexes what is missing too
            indexeer_ontbrekende()
    except DatabaseError:  # e.g. `migrate <app>` on a new database: tables still missing
        logger.exception("Zoekindex na migrate niet aangevuld (manage.py zoekindex)")
