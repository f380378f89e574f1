"""What every page asks about the begrippen, kept in the shared cache so that no page asks
the database (issue 16, query budgets); with several processes they all read the same cache.

- `alle_begrippen`: all begrippen by term (the linking of begrippen in a page's text and a
  group's own list). Forgotten when a begrip is saved or deleted, and when a page is deleted
  (a begrip of a deleted group loses its group without a signal of its own).
- `lijst_url` / `begrip_url`: the URL of the one live begrippenlijst (BegrippenIndexPage) and
  of a begrip below it. Forgotten when any page is published, unpublished, moved or deleted,
  or a Site changes (the URL follows the ancestors' slugs and the site's root).

Each is forgotten at once and again when the transaction commits, so a request that read the
old rows in between cannot keep them."""

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from begrippen.models import Begrip, BegrippenIndexPage

ALLE = "begrippen:alle"
LIJST = "begrippen:lijstadres"


def alle_begrippen(request=None):
    """All begrippen (by term), read once per request and otherwise from the shared cache."""
    if request is not None and hasattr(request, "_kp_begrippen"):
        return request._kp_begrippen
    begrippen = cache.get(ALLE)
    if begrippen is None:
        begrippen = list(Begrip.objects.all())
        cache.set(ALLE, begrippen, None)
    if request is not None:
        request._kp_begrippen = begrippen
    return begrippen


def lijst_url():
    """The URL of the live begrippenlijst, "" when there is none."""
    url = cache.get(LIJST)
    if url is None:
        lijst = BegrippenIndexPage.objects.live().first()
        url = (lijst.url or "") if lijst else ""
        cache.set(LIJST, url, None)
    return url


def begrip_url(begrip, lijst=None):
    """The URL of a begrip's own page below the list ("" without a list)."""
    lijst = lijst_url() if lijst is None else lijst
    return f"{lijst}{begrip.slug}/" if lijst else ""


def _vergeet(*sleutels):
    cache.delete_many(sleutels)
    transaction.on_commit(lambda: cache.delete_many(sleutels))


def _pagina_gewijzigd(**kwargs):
    _vergeet(LIJST)


for _signaal in (page_published, page_unpublished, post_page_move):
    _signaal.connect(_pagina_gewijzigd, dispatch_uid=f"begrippen-gedeeld-{id(_signaal)}")


@receiver(post_delete, dispatch_uid="begrippen-gedeeld-pagina-weg")
def _pagina_weg(sender, instance, **kwargs):
    if isinstance(instance, Page):
        _vergeet(LIJST, ALLE)


@receiver(post_save, sender=Site, dispatch_uid="begrippen-gedeeld-site")
def _site(sender, **kwargs):
    _vergeet(LIJST)


@receiver(post_save, sender=Begrip, dispatch_uid="begrippen-gedeeld-begrip")
@receiver(post_delete, sender=Begrip, dispatch_uid="begrippen-gedeeld-begrip-weg")
def _begrip(sender, **kwargs):
    _vergeet(ALLE)
