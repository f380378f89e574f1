"""Who may see which material. A document in a collection with a view restriction (the
group's private "Werkruimte" collection) is never listed, previewed or served to someone the
restriction does not accept; Wagtail's own document view applies the same restriction.

This lives in groepen, not in materialen: whether a document is public follows only from
Wagtail's collection restrictions, and the restricted collections are the groups' own
werkruimte collections (GroepRechten). The group page lists its werkmateriaal with it, and
materialen (downloads, previews) builds on it, so the dependency points downwards."""

from django.apps import apps
from django.db.models import Exists, F, OuterRef, Q, QuerySet
from django.db.models.functions import Substr

from wagtail.models import Collection, CollectionViewRestriction

from inhoud.toegang import openbaar  # noqa: F401 (its callers in the group apps import it here)


def openbare_groepen():
    """The group pages an anonymous visitor may open: live and under no view restriction
    (like Wagtail's public(), also not the pages below a restricted page). By model name:
    groepen.models imports this module."""
    return openbaar(apps.get_model("groepen", "GroepPage").objects.live())


def mag_document_zien(request, document, _cache=None):
    cache = _cache if _cache is not None else {}
    sleutel = document.collection_id
    if sleutel not in cache:
        cache[sleutel] = all(
            beperking.accept_request(request)
            for beperking in document.collection.get_view_restrictions()
        )
    return cache[sleutel]


def is_openbaar(document):
    return not document.collection.get_view_restrictions().exists()


def _beperkt(collectiepad):
    """A restriction on the collection at this path or on one above it (a restriction holds
    for its descendants: the collection's path starts with the path of the restricted one)."""
    return Exists(
        CollectionViewRestriction.objects.filter(
            collection__path=Substr(collectiepad, 1, F("collection__depth") * Collection.steplen)
        )
    )


def openbare_documenten(documenten):
    """`is_openbaar` for a queryset of documents: those outside every restricted collection
    and outside the collections under one. In the same query."""
    return documenten.exclude(_beperkt(OuterRef("collection__path")))


def _accepteert(beperking, user, groepen_van_user):
    """CollectionViewRestriction.accept_request, for a user instead of a request."""
    if user.is_superuser:
        return True
    if beperking.restriction_type == beperking.LOGIN:
        return user.is_authenticated
    if beperking.restriction_type == beperking.GROUPS:
        return bool(groepen_van_user & {g.pk for g in beperking.groups.all()})
    return False  # a password restriction: never offered in a list for choosing


def documenten_zichtbaar_voor(user, documenten):
    """The documents of this queryset that the user may open: none from a restricted
    collection (or one below it) whose restriction does not accept the user. For the admin's
    choosers and selects: nobody chooses, or sees the title of, a document they may not see."""
    groepen_van_user = (
        set(user.groups.values_list("pk", flat=True)) if user.is_authenticated else set()
    )
    beperkt = Q()
    beperkingen = CollectionViewRestriction.objects.select_related("collection")
    for beperking in beperkingen.prefetch_related("groups"):
        if not _accepteert(beperking, user, groepen_van_user):
            beperkt |= Q(path__startswith=beperking.collection.path)
    if not beperkt:
        return documenten
    # By collection id, a filter field of documents: the chooser searches this queryset.
    toegestaan = Collection.objects.exclude(beperkt).values_list("pk", flat=True)
    return documenten.filter(collection_id__in=list(toegestaan))


def zichtbare_werkmaterialen(request, groep):
    """The group's materials this visitor may see, each with `openbaar` already known. Whether
    a document's collection is restricted comes along with the materials; only when one is,
    the collection restrictions come in one more query (with their groups) and are matched by
    path, as Collection.get_view_restrictions() matches ancestors: a fixed number of queries
    however many documents and collections. The processed text of each document
    (materialen's DocumentGegevens, by its name "gegevens") comes along."""
    materialen = groep.werkmaterialen.select_related(
        "document", "document__collection", "document__gegevens", "gekoppelde_bijeenkomst"
    )
    if isinstance(materialen, QuerySet):  # not the in-memory children of a preview
        materialen = materialen.annotate(_beperkt=_beperkt(OuterRef("document__collection__path")))
    beperkingen = None
    toegelaten = {}  # restriction id: does it accept this request
    zichtbaar = []
    for m in materialen:
        if m.document is None or not getattr(m, "_beperkt", True):
            m.openbaar = True
            zichtbaar.append(m)
            continue
        if beperkingen is None:
            beperkingen = CollectionViewRestriction.objects.select_related("collection")
            if request.user.is_authenticated:  # only they can pass a group restriction
                beperkingen = beperkingen.prefetch_related("groups")
            beperkingen = list(beperkingen)
        pad = m.document.collection.path
        geldend = [b for b in beperkingen if pad.startswith(b.collection.path)]
        for b in geldend:
            if b.pk not in toegelaten:
                toegelaten[b.pk] = (
                    request.user.is_authenticated or b.restriction_type == b.PASSWORD
                ) and b.accept_request(request)
        if all(toegelaten[b.pk] for b in geldend):
            m.openbaar = not geldend
            zichtbaar.append(m)
    return zichtbaar


def _bijeenkomst_sleutel(materiaal):
    if materiaal.gekoppelde_bijeenkomst_id:
        return materiaal.gekoppelde_bijeenkomst.titel
    return materiaal.bijeenkomst or ""


def _datum(materiaal):
    if materiaal.gekoppelde_bijeenkomst_id:
        return materiaal.gekoppelde_bijeenkomst.begin.date()
    return materiaal.datum


def laatste_materialen(per_bijeenkomst, aantal):
    """The newest `aantal` materials of werkmaterialen_per_bijeenkomst(): dated ones newest
    first, undated ones after them in their own order."""
    alle = [m for _, _, items in per_bijeenkomst for m in items]
    gedateerd = sorted((m for m in alle if _datum(m)), key=_datum, reverse=True)
    return (gedateerd + [m for m in alle if not _datum(m)])[:aantal]


def werkmaterialen_per_bijeenkomst(request, groep):
    """[(meeting title or "", Bijeenkomst or None, [materials])]: newest meeting first,
    material without a meeting last."""
    per_sleutel = {}
    for materiaal in zichtbare_werkmaterialen(request, groep):
        per_sleutel.setdefault(_bijeenkomst_sleutel(materiaal), []).append(materiaal)

    def volgorde(paar):
        sleutel, items = paar
        datums = [d for d in map(_datum, items) if d]
        return (sleutel == "", not datums, -max(datums).toordinal() if datums else 0, sleutel)

    return [
        (sleutel, items[0].gekoppelde_bijeenkomst, items)
        for sleutel, items in sorted(per_sleutel.items(), key=volgorde)
    ]
