"""Keep the search documents up to date when content is published, changed or removed.

Pages are re-indexed when published, unpublished, moved or deleted; the models of the other
registered soorten (Soort.bij_opslaan()) when saved or deleted, connected here generically."""

from django.db.models.signals import post_delete, post_save, pre_save

from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction
from wagtail.signals import (
    page_published,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from search import geleerd, indexeren, taken
from search.models import GeleerdeAfkorting, Promotie
from search.register import alle_soorten


def _pagina(sender, instance, **kwargs):
    indexeren.werk_bij(instance.specific)


def _pagina_weg(sender, instance, **kwargs):
    indexeren.verwijder_object(instance)


def _verplaatst(sender, instance, **kwargs):
    # a moved page gets a new URL and may fall under other view restrictions
    for pagina in instance.get_descendants(inclusive=True).live().specific():
        indexeren.werk_bij(pagina)


def _object(sender, instance, raw=False, **kwargs):
    if raw:  # loaddata (a restore): the index is rebuilt afterwards, related rows may be missing
        return
    indexeren.werk_bij(instance)


def _object_weg(sender, instance, **kwargs):
    indexeren.verwijder_object(instance)


def _paginabeperking(sender, instance, raw=False, **kwargs):
    if raw:
        return
    try:
        paginas = instance.page.get_descendants(inclusive=True).live().specific()
    except Page.DoesNotExist:
        return
    for pagina in paginas:
        indexeren.werk_bij(pagina)


def _collectiebeperking(sender, instance, raw=False, **kwargs):
    if raw:
        return
    try:
        collecties = instance.collection.get_descendants(inclusive=True)
    except Exception:
        return
    for document in get_document_model().objects.filter(collection__in=collecties):
        indexeren.werk_bij(document)


# --- issue 15: a learned abbreviation rejected or accepted again -------------------------------


def _afkorting_voor_opslaan(sender, instance, raw=False, **kwargs):
    rij = GeleerdeAfkorting.objects.filter(pk=instance.pk).values_list("afgewezen", flat=True)
    instance._was_afgewezen = None if raw or not instance.pk else rij.first()


def _afkorting_opgeslagen(sender, instance, raw=False, created=False, **kwargs):
    """The documents with the abbreviation or its long form get or lose its concept: when an
    editor rejects or accepts it, or when indexing one object learned it."""
    if raw:
        return
    if not created and getattr(instance, "_was_afgewezen", None) in (None, instance.afgewezen):
        return
    taken.volg_wijziging(
        geleerd.varianten(instance), [geleerd.token(instance.afkorting, instance.lange_vorm)]
    )


def _promotie_gewijzigd(sender, instance, **kwargs):
    """The promoted results are remembered per index version (zoeklog.promoties): a change
    raises it, so every process sees the change on its next request."""
    indexeren.verhoog_versie()


def verbind():
    for signaal in (post_save, post_delete):
        signaal.connect(_promotie_gewijzigd, sender=Promotie, dispatch_uid="zoeken-promotie")
    pre_save.connect(
        _afkorting_voor_opslaan, sender=GeleerdeAfkorting, dispatch_uid="zoeken-afkorting-oud"
    )
    post_save.connect(
        _afkorting_opgeslagen, sender=GeleerdeAfkorting, dispatch_uid="zoeken-afkorting"
    )
    page_published.connect(_pagina, dispatch_uid="zoeken-pagina-gepubliceerd")
    page_unpublished.connect(_pagina, dispatch_uid="zoeken-pagina-teruggetrokken")
    post_delete.connect(_pagina_weg, sender=Page, dispatch_uid="zoeken-pagina-weg")
    post_page_move.connect(_verplaatst, dispatch_uid="zoeken-pagina-verplaatst")
    # Agreements: a draft of a live agreement never changes its row, so indexing the row on
    # save (e.g. after an import) shows only what is published.
    for model in [s.model for s in alle_soorten() if s.bij_opslaan()]:
        post_save.connect(_object, sender=model, dispatch_uid=f"zoeken-{model.__name__}")
        post_delete.connect(_object_weg, sender=model, dispatch_uid=f"zoeken-{model.__name__}-weg")
    # Snippets with draft state (e.g. agreements) change in the index only when published.
    published.connect(_object, dispatch_uid="zoeken-gepubliceerd")
    unpublished.connect(_object, dispatch_uid="zoeken-teruggetrokken")
    for model, functie in (
        (PageViewRestriction, _paginabeperking),
        (CollectionViewRestriction, _collectiebeperking),
    ):
        post_save.connect(functie, sender=model, dispatch_uid=f"zoeken-{model.__name__}")
        post_delete.connect(functie, sender=model, dispatch_uid=f"zoeken-{model.__name__}-weg")
