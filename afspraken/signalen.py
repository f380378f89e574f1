"""Keeps the public status history of agreements in step with what is published, and the
cached exports and the search index in step with the data after a migrate."""

import logging

from django.db import DatabaseError
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, published

from groepen.models import GroepPage
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


def _groep_gewijzigd(pagina):
    """The search documents of the public agreements of the groups at or below this page: they
    name their group only while anyone may read its page (zoeken.py)."""
    werk_bij_reeks(
        Uitvoeringsafspraak.objects.openbaar().filter(groep__path__startswith=pagina.path)
    )


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def privacy_gewijzigd(sender, instance, raw=False, **kwargs):
    if not raw:
        _groep_gewijzigd(instance.page)


@receiver(page_published)
@receiver(page_unpublished)
def pagina_gepubliceerd(sender, instance, **kwargs):
    # only a group page itself (its title or publication): publishing the home page must not
    # index every agreement again
    if isinstance(instance, GroepPage):
        _groep_gewijzigd(instance)


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
