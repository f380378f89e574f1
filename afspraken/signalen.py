"""Keeps the public status history of agreements in step with what is published, and the
cached exports and the search index in step with the data after a migrate."""

import logging

from django.db import DatabaseError
from django.dispatch import receiver

from wagtail.signals import published

from search.indexeren import werk_bij_reeks

from .export import verbind as verbind_exportversie
from .export import vernieuw_versie
from .models import Uitvoeringsafspraak
from .vastleggen import leg_publicatie_vast
from .zoeken import verouderd_in_zoekindex

logger = logging.getLogger(__name__)

# Cached exports become stale on any change of what they show (afspraken/export.py).
verbind_exportversie()


@receiver(published, sender=Uitvoeringsafspraak)
def leg_statuswijziging_vast(sender, instance, **kwargs):
    leg_publicatie_vast(instance)  # the rules of the history: vastleggen.py


def na_migratie(plan=None, **kwargs):
    """post_migrate (apps.py), after every migrate: files exported before are stale (the code
    that wrote them may have changed its columns), and agreements a data migration changed are
    indexed again (e.g. migrations/0006: titles and the "[samenvatting]" marker). Not after a
    migration backwards: the models would not match the tables."""
    if any(achteruit for _migratie, achteruit in plan or []):
        return
    try:  # tables of apps not migrated yet (`migrate <app>` on a new database) are missing
        vernieuw_versie()
        werk_bij_reeks(verouderd_in_zoekindex())
    except DatabaseError:
        logger.exception(
            "Exports en zoekindex van de afspraken na migrate niet bijgewerkt (manage.py zoekindex)"
        )
