"""Every saved document gets its text extracted and a preview made, in the background
(materialen/taken.py; the upload request does not wait for it)."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from wagtail.documents import get_document_model

from materialen.taken import verwerk_document_taak


@receiver(post_save, sender=get_document_model())
def document_opgeslagen(sender, instance, raw=False, **kwargs):
    if raw or not instance.file:
        return
    # Enqueued in the transaction that saves the document: with the database backend the task
    # row is committed together with the document (a worker never sees a task for a document
    # that is not there yet, a rolled-back upload leaves no task). With the ImmediateBackend
    # (`make run`, tests) it runs here and now, as before there was a worker.
    verwerk_document_taak.enqueue(instance.pk)
