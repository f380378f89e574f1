"""Background tasks of materialen (Django's task framework, see README "Achtergrondtaken").

A task gets ids, not model instances, and may run twice: a second run finds the file
unchanged (verwerk_document compares its fingerprint) and only indexes again."""

from django_tasks import task

from wagtail.documents import get_document_model
from wagtail.search import index

from materialen.verwerking import verwerk_document
from search.indexeren import werk_bij


@task()
def verwerk_document_taak(document_id):
    """Extract the text and make the preview of one document (in a child process with its
    limits, materialen/verwerking.py), then put the text in the platform search."""
    document = get_document_model().objects.filter(pk=document_id).first()
    if document is None or not document.file:  # deleted in the meantime: nothing to do
        return "geen document"
    gegevens = verwerk_document(document)
    if gegevens is None:
        return "niet te lezen"
    index.insert_or_update_object(gegevens)
    # The platform search reads the extracted text: refresh the document's search document.
    werk_bij(document)
    return "niet verwerkt" if gegevens.niet_verwerkt else "verwerkt"
