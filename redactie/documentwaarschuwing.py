"""A warning when an open page links a private document.

A document in a collection with a view restriction (a group's "Werkruimte" collection) opens
only for the members of that group. A public page that links it sends every other visitor to
a login wall. Nothing is blocked: the trekker may still submit and the coördinator decides,
but both see which documents they are and what to do (beoordeling.py shows the warning in the
page editor, after saving or submitting, and on the dashboard of the reviewer).

The links are read from the latest revision (the draft that is reviewed), in every field of the
page: StreamField blocks (DocumentBlock, `document-link` in rich text), rich text fields and
foreign keys to a document."""

from django.utils.html import format_html, format_html_join
from django.utils.translation import ngettext

from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.models import PageViewRestriction

from groepen import toegang

ADVIES = "Kies een openbaar document of verplaats het naar de openbare collectie van de groep."


def _is_document_model(model):
    return model is not None and issubclass(model, get_document_model())


def gekoppelde_document_ids(obj):
    """Ids of the documents linked from the fields of a page (or any model instance).

    Inline child rows are left out on purpose: the only ones with a document are the group's
    werkmaterialen, and the group page shows a werkruimte document there to members only
    (groepen/toegang.py), so it never leads a visitor to a login wall."""
    ids = set()
    for veld in obj._meta.concrete_fields:
        if isinstance(veld, (StreamField, RichTextField)):
            for model, object_id, _pad, _inhoud in veld.extract_references(
                veld.value_from_object(obj)
            ):
                if _is_document_model(model) and str(object_id).isdecimal():
                    ids.add(int(object_id))
        elif veld.is_relation and _is_document_model(veld.related_model):
            waarde = getattr(obj, veld.attname, None)
            if waarde:
                ids.add(waarde)
    return ids


def is_open_pagina(pagina):
    """Can visitors outside the groups of a werkruimte open this page? Everything except a
    page restricted to groups (a werkruimte and what lies below it) counts as open: a login
    or password restriction still lets in people who are no members of the group."""
    return (
        not pagina.get_view_restrictions()
        .filter(restriction_type=PageViewRestriction.GROUPS)
        .exists()
    )


def besloten_documenten(pagina):
    """The private documents the latest revision of an open page links, ordered by title.
    Empty for a page that is itself private."""
    pagina = pagina.specific
    if not is_open_pagina(pagina):
        return []
    concept = pagina.get_latest_revision_as_object()
    ids = gekoppelde_document_ids(concept)
    if not ids:
        return []
    documenten = get_document_model().objects.filter(pk__in=ids)
    openbaar = toegang.openbare_documenten(documenten).values("pk")
    return list(documenten.exclude(pk__in=openbaar).order_by("title"))


def waarschuwing(documenten, user=None):
    """The Dutch warning for a list of private documents, as safe HTML (titles escaped).
    With a user: only the titles of the documents that user may open are named; the others
    (another group's werkruimte, linked by a crafted link) are only counted."""
    if not documenten:
        return ""
    naamloos = 0
    if user is not None:
        zichtbaar = set(
            toegang.documenten_zichtbaar_voor(
                user, get_document_model().objects.filter(pk__in=[d.pk for d in documenten])
            ).values_list("pk", flat=True)
        )
        naamloos = sum(1 for d in documenten if d.pk not in zichtbaar)
        documenten = [d for d in documenten if d.pk in zichtbaar]
    inleiding = ngettext(
        "Deze pagina is openbaar, maar linkt naar een besloten document dat alleen leden van "
        "de werkruimte kunnen openen:",
        "Deze pagina is openbaar, maar linkt naar %(aantal)d besloten documenten die alleen "
        "leden van de werkruimte kunnen openen:",
        len(documenten) + naamloos,
    ) % {"aantal": len(documenten) + naamloos}
    titels = format_html_join(", ", "„{}”", ((document.title,) for document in documenten))
    if naamloos:
        overig = ngettext(
            "een document dat u niet mag openen",
            "%(aantal)d documenten die u niet mag openen",
            naamloos,
        ) % {"aantal": naamloos}
        titels = format_html("{}{}{}", titels, ", " if documenten else "", overig)
    return format_html("{} {}. {}", inleiding, titels, ADVIES)
