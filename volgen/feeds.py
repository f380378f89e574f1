"""Atom feed per group: /groepen/<id>/feed/. Feed readers read anonymously, so the feed holds
only what anyone may read: a group behind any view restriction (its page or a page above it)
has no feed (404 for everyone); its public agreements, public materials (no workspace
document), meetings and public pages below it, newest first."""

from dataclasses import dataclass
from datetime import datetime

from django.contrib.contenttypes.models import ContentType
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from wagtail.documents import get_document_model
from wagtail.models import ModelLogEntry, Page

from afspraken.models import Uitvoeringsafspraak
from groepen.models import GroepPage, Werkmateriaal
from groepen.toegang import openbaar, openbare_documenten
from materialen.models import Bijeenkomst

PER_SOORT = 30
MAX_ITEMS = 50


@dataclass
class Item:
    titel: str
    beschrijving: str
    link: str
    datum: datetime
    categorie: str
    uid: str


def _items(groep):
    items = []
    for a in (
        Uitvoeringsafspraak.objects.openbaar()
        .filter(groep=groep)
        .order_by("-last_published_at")[:PER_SOORT]
    ):
        items.append(
            Item(
                a.titel,
                a.samenwerkingsafspraak,
                a.get_url(),
                a.last_published_at or a.gewijzigd_op,
                f"Afspraak ({a.get_status_display().lower()})",
                f"afspraak-{a.pk}",
            )
        )
    documenten = openbare_documenten(get_document_model().objects.all())
    for m in (
        Werkmateriaal.objects.filter(groep=groep, document__in=documenten)
        .select_related("document")
        .order_by("-document__created_at")[:PER_SOORT]
    ):
        items.append(
            Item(
                m.titel,
                m.omschrijving,
                m.document.url,
                m.document.created_at,
                "Werkmateriaal",
                f"materiaal-{m.pk}",
            )
        )
    bijeenkomsten = list(Bijeenkomst.objects.filter(groep=groep).order_by("-begin")[:PER_SOORT])
    aangemaakt = dict(
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(Bijeenkomst),
            action="wagtail.create",
            object_id__in=[str(b.pk) for b in bijeenkomsten],
        ).values_list("object_id", "timestamp")
    )
    for b in bijeenkomsten:
        items.append(
            Item(
                str(b),
                b.locatie,
                b.get_absolute_url(),
                aangemaakt.get(str(b.pk), b.begin),
                b.get_soort_display(),
                f"bijeenkomst-{b.pk}",
            )
        )
    paginas = (
        openbaar(Page.objects.live())
        .descendant_of(groep, inclusive=True)
        .order_by("-last_published_at")[:PER_SOORT]
    )
    for p in paginas:
        items.append(
            Item(
                p.title,
                p.search_description,
                p.get_url(None) or "",
                p.last_published_at or timezone.now(),
                "Pagina",
                f"pagina-{p.pk}",
            )
        )
    items.sort(key=lambda i: i.datum, reverse=True)
    return items[:MAX_ITEMS]


class GroepFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, pk):
        if pk >= 2**63:  # beyond any page id (and beyond what SQLite can compare)
            raise Http404("Deze groep heeft geen openbare feed.")
        groep = openbaar(GroepPage.objects.live()).filter(pk=pk).first()
        if groep is None:
            raise Http404("Deze groep heeft geen openbare feed.")
        return groep.specific

    def title(self, groep):
        return f"Nieuw in {groep.title}"

    def subtitle(self, groep):
        return "Kennisplatform Regionale Samenwerking"

    def link(self, groep):
        return groep.get_url(None) or "/"

    def items(self, groep):
        return _items(groep)

    def item_title(self, item):
        return item.titel

    def item_description(self, item):
        return item.beschrijving

    def item_link(self, item):
        return item.link

    def item_guid(self, item):
        return item.uid

    def item_pubdate(self, item):
        return item.datum

    def item_updateddate(self, item):
        return item.datum

    def item_categories(self, item):
        return [item.categorie]
