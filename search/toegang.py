"""Who may see what. Three checks, from coarse to exact:

1. `toegangssleutels(user)`: the access keys of the index ("openbaar", "ingelogd",
   "pagina:<restriction>", "collectie:<restriction>") whose documents this user may see;
2. `rijen(ids, ...)`: of the candidates, the ids with such a key (and the facet filters);
3. `alleen_zichtbaar(docs, user, ...)`: the final check on the results against the live
   content, through each soort's `zichtbaar_voor(user)` (e.g. a page whose restriction
   changed after indexing is dropped).

Plus the helpers the soorten use to compute a document's key (`toegang_uit_beperkingen`),
which restrictions a user passes (`mag_door`, `doorgelaten` for many at once) and the page
trees a user may not see (`verborgen_paden`, `zonder_verborgen`)."""

from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.db.models import F, Q, Value

from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction

from search import afstemming, lookups  # noqa: F401 (lookups: registers in_lijst)
from search.facetten import FACETKOLOMMEN, filter_op
from search.models import Zoekdocument
from search.register import alle_soorten, soort_op_naam


def mag_door(beperking, user, groepsbeperkingen=None):
    """Whether this user passes this page or collection view restriction. `groepsbeperkingen`:
    the pks of the group restrictions this user passes, when already known (see doorgelaten);
    otherwise a group restriction costs a query."""
    if user.is_superuser:
        return True
    if beperking.restriction_type == beperking.LOGIN:
        return user.is_authenticated
    if beperking.restriction_type == beperking.GROUPS:
        if not user.is_authenticated:
            return False
        if groepsbeperkingen is not None:
            return beperking.pk in groepsbeperkingen
        return beperking.groups.filter(pk__in=user.groups.values("pk")).exists()
    return False  # password restrictions: never through search


def doorgelaten(beperkingen, user):
    """[(restriction, whether this user passes it)] for these view restrictions (a queryset of
    page or collection restrictions): as mag_door, but the group restrictions are checked
    together in one query instead of one query per restriction (every search asks this for
    every restriction, more than once)."""
    user = user or AnonymousUser()
    model = beperkingen.model
    beperkingen = list(beperkingen)
    groepen = [b.pk for b in beperkingen if b.restriction_type == model.GROUPS]
    door = frozenset()
    if groepen and user.is_authenticated and not user.is_superuser:
        door = frozenset(
            model.objects.filter(pk__in=groepen, groups__in=user.groups.values("pk")).values_list(
                "pk", flat=True
            )
        )
    return [(beperking, mag_door(beperking, user, door)) for beperking in beperkingen]


def toegangssleutels(user):
    """The access keys of the index whose documents this user may see."""
    user = user or AnonymousUser()
    sleutels = {"openbaar"}
    if user.is_authenticated:  # anonymous visitors pass no restriction: nothing to look up
        sleutels.add("ingelogd")
        for model, voorvoegsel in (
            (PageViewRestriction, "pagina"),
            (CollectionViewRestriction, "collectie"),
        ):
            beperkingen = model.objects.exclude(restriction_type="password")
            for beperking, door in doorgelaten(beperkingen, user):
                if door:
                    sleutels.add(f"{voorvoegsel}:{beperking.pk}")
    for soort in alle_soorten():
        sleutels |= soort.extra_toegang(user)
    return sleutels


def toegang_uit_beperkingen(beperkingen, voorvoegsel):
    """The access key of a document under these view restrictions (None: not indexed)."""
    beperkingen = list(beperkingen)
    if any(b.restriction_type == b.PASSWORD for b in beperkingen):
        return None
    groepen = [b for b in beperkingen if b.restriction_type == b.GROUPS]
    if groepen:
        return f"{voorvoegsel}:{groepen[-1].pk}"
    if beperkingen:
        return "ingelogd"
    return "openbaar"


def verborgen_paden(user):
    """The paths of the page trees under a restriction this user does not pass."""
    user = user or AnonymousUser()
    return tuple(
        beperking.page.path
        for beperking, door in doorgelaten(PageViewRestriction.objects.select_related("page"), user)
        if beperking.restriction_type == beperking.PASSWORD or not door
    )


def zonder_verborgen(paginas, user):
    """These pages without those under a restriction this user does not pass."""
    verborgen = Q()
    for pad in verborgen_paden(user):
        verborgen |= Q(path__startswith=pad)
    return paginas.exclude(verborgen) if verborgen else paginas


def rijen(ids, sleutels, filters):
    """{id: facet values} for the ids this user may see that pass the filters."""
    uit = {}
    # SQLite allows a limited number of parameters per query
    stap = afstemming.SQLITE_PARAMETERS if connection.vendor == "sqlite" else len(ids) or 1
    for i in range(0, len(ids), stap):
        deel = filter_op(
            Zoekdocument.objects.filter(
                pk__in_lijst=ids[i : i + stap], toegang__in_lijst=sorted(sleutels)
            ),
            filters,
        )
        uit.update((r[0], r[1:]) for r in deel.values_list("pk", *FACETKOLOMMEN))
    return uit


def alleen_zichtbaar(docs, user, geheugen):
    """The final check against the live content: drop what this user may not see. One query
    for all kinds; `geheugen` keeps, for one search, what each check lets this user see.
    Pages of every type are checked together (Soort.controle() == "pagina"): live, and not
    under a restriction this user does not pass (by path, here, rather than with a condition
    per restriction in the query)."""
    # the registry is asked once per soort among the docs, not once per doc
    per_soort = {
        naam: {s.controle() for s in soort_op_naam(naam)} for naam in {d.soort for d in docs}
    }
    controles = {doc.pk: per_soort[doc.soort] for doc in docs}
    per_controle = {}
    for doc in docs:
        for controle in controles[doc.pk]:
            per_controle.setdefault(controle, set()).add(doc.object_pk)
    if not per_controle:
        return []
    volgorde = list(per_controle)
    delen = []
    for nummer, controle in enumerate(volgorde):
        if controle == "pagina":
            queryset, pad = Page.objects.live(), F("path")
            if "verborgen" not in geheugen:
                geheugen["verborgen"] = verborgen_paden(user)
        else:
            if controle not in geheugen:  # built once per search (it may query restrictions)
                geheugen[controle] = controle.zichtbaar_voor(user)
            queryset, pad = geheugen[controle], Value("")
        pks = [int(i) for i in per_controle[controle] if i.isdigit()]
        delen.append(
            queryset.filter(pk__in=pks)
            .order_by()
            .annotate(_controle=Value(nummer), _pad=pad)
            .values_list("pk", "_controle", "_pad")
        )
    verborgen = geheugen.get("verborgen", ())
    toegestaan = {
        (volgorde[nummer], str(pk))
        for pk, nummer, pad in (delen[0].union(*delen[1:], all=True) if delen[1:] else delen[0])
        if not (pad and pad.startswith(verborgen))
    }
    return [doc for doc in docs if any((c, doc.object_pk) in toegestaan for c in controles[doc.pk])]
