"""Every saved document gets its text extracted and a preview made (verwerking.py)."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from wagtail.documents import get_document_model
from wagtail.search import index

from materialen.verwerking import verwerk_document
from search.indexeren import werk_bij


@receiver(post_save, sender=get_document_model())
def document_opgeslagen(sender, instance, raw=False, **kwargs):
    if raw or not instance.file:
        return
    gegevens = verwerk_document(instance)
    if gegevens is not None:
        index.insert_or_update_object(gegevens)
        # The platform search reads the extracted text: refresh its document now that it exists.
        werk_bij(instance)
