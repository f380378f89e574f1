"""Background tasks of afspraken (README "Achtergrondtaken en planner"): the search index after
an import. The admin import itself runs as a task too: afspraken/importeren/taak.py.

A task gets ids, not model instances, and may run twice: indexing the same agreements again
gives the same search documents."""

from django_tasks import task

from search.indexeren import werk_bij_reeks

from .models import Uitvoeringsafspraak


@task()
def indexeer_na_import(hoogste_pk):
    """Index the agreements an import wrote in bulk (without signals): those with a key above
    the highest key before the import (afspraken/importeren/schrijven.py)."""
    werk_bij_reeks(Uitvoeringsafspraak.objects.filter(pk__gt=hoogste_pk))
