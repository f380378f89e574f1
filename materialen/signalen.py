"""Every saved document gets its text extracted and a preview made, in the background
(materialen/taken.py; the upload request does not wait for it). And the meetings of a group
are indexed again when the group becomes private or public, or is (un)published: a private
group's meeting never stays in the search index."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished

from materialen.models import Bijeenkomst
from materialen.taken import verwerk_document_taak
from organisaties.models import Overleg
from search import indexeren


@receiver(post_save, sender=get_document_model())
def document_opgeslagen(sender, instance, raw=False, **kwargs):
    if raw or not instance.file:
        return
    # Enqueued in the transaction that saves the document: with the database backend the task
    # row is committed together with the document (a worker never sees a task for a document
    # that is not there yet, a rolled-back upload leaves no task). With the ImmediateBackend
    # (`make run`, tests) it runs here and now, as before there was a worker.
    verwerk_document_taak.enqueue(instance.pk)


def _werk_bijeenkomsten_bij(pagina):
    onder = Page.objects.descendant_of(pagina, inclusive=True)
    for bijeenkomst in Bijeenkomst.objects.filter(groep__in=onder.values("pk")):
        indexeren.werk_bij(bijeenkomst)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def privacy_gewijzigd(sender, instance, raw=False, **kwargs):
    if raw:
        return
    try:
        pagina = instance.page
    except Page.DoesNotExist:
        return
    _werk_bijeenkomsten_bij(pagina)


@receiver(page_published)
@receiver(page_unpublished)
def publicatie_gewijzigd(sender, instance, **kwargs):
    if Bijeenkomst.objects.filter(groep_id=instance.pk).exists():
        _werk_bijeenkomsten_bij(instance)


@receiver(post_save, sender=Overleg)
def overleg_gewijzigd(sender, instance, raw=False, **kwargs):
    """The overleg's name is the facet value and a searched field of its meetings."""
    if raw:
        return
    for bijeenkomst in Bijeenkomst.objects.filter(overleg=instance):
        indexeren.werk_bij(bijeenkomst)
