"""Setting up a group: its Django groups, permissions, collections and private werkruimte.

Runs automatically when a group page is created (signalen.py), so a coördinator never has
to configure permissions by hand. Idempotent."""

from django.apps import apps
from django.contrib.auth.models import Group
from django.db import transaction

from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupCollectionPermission,
    GroupPagePermission,
    PageViewRestriction,
)

from groepen.models import GroepRechten
from redactie import rollen
from redactie.models import WerkruimtePage

TREKKER_PAGINA_RECHTEN = ["add", "change", "lock", "unlock"]  # never "publish"
TREKKER_DOCUMENT_RECHTEN = ["add_document", "change_document", "choose_document"]
# In the group's public collection a trekker adds documents (the upload form asks "openbaar
# (groepsmateriaal)" or "alleen voor de werkruimte", materialen/formulieren.py) and changes
# only those they uploaded themselves (Wagtail's ownership rule): not the public documents of
# others, which published pages may link. A page that links a new public document still goes
# through the coördinator's review before it is published.
TREKKER_GROEPSCOLLECTIE_RECHTEN = ["add_document", "choose_document"]
MAX_NAAM = 150  # Django's Group.name limit


def _groepsnaam(groep, rol):
    return f"{groep.title[: MAX_NAAM - 20]} – {rol} ({groep.pk})"


def _collectie(ouder, naam):
    bestaand = ouder.get_children().filter(name=naam).first()
    return bestaand or ouder.add_child(name=naam)


def collectienamen(groep):
    """(name of the group's public collection, name of its werkruimte collection): both
    carry the group's name, so the collection lists and choosers tell the groups apart."""
    titel = groep.title[:200]
    return titel, f"Werkruimte {titel}"


def hernoem_collecties(groep):
    """After a group is renamed, its collections follow (rechten.collectie and
    werkruimte_collectie). Idempotent."""
    rechten = (
        GroepRechten.objects.filter(groep=groep)
        .select_related("collectie", "werkruimte_collectie")
        .first()
    )
    if rechten is None:
        return
    for collectie, naam in zip(
        [rechten.collectie, rechten.werkruimte_collectie], collectienamen(groep), strict=True
    ):
        if collectie.name != naam:
            collectie.name = naam
            collectie.save(update_fields=["name"])


@transaction.atomic
def richt_groep_in(groep):
    """Create or complete everything that belongs to one group page."""
    if GroepRechten.objects.filter(groep=groep).exists():
        return GroepRechten.objects.get(groep=groep)
    globale = rollen.zorg_voor_rollen()
    leden, _ = Group.objects.get_or_create(name=_groepsnaam(groep, "leden"))
    trekkers, _ = Group.objects.get_or_create(name=_groepsnaam(groep, "trekkers"))

    for soort in TREKKER_PAGINA_RECHTEN:
        GroupPagePermission.objects.get_or_create(
            group=trekkers, page=groep, permission=rollen._permissie("wagtailcore", f"{soort}_page")
        )

    groepen_collectie = _collectie(Collection.get_first_root_node(), "Groepen")
    naam, werkruimte_naam = collectienamen(groep)
    collectie = _collectie(groepen_collectie, naam)
    werkruimte_collectie = _collectie(collectie, werkruimte_naam)
    # Trekkers upload and edit in their own group's collections only: the public one (its
    # documents are on the group's pages) and the private werkruimte collection below it.
    rechten_per_collectie = {
        collectie: TREKKER_GROEPSCOLLECTIE_RECHTEN,
        werkruimte_collectie: TREKKER_DOCUMENT_RECHTEN,
    }
    for c, codenames in rechten_per_collectie.items():
        for codename in codenames:
            GroupCollectionPermission.objects.get_or_create(
                group=trekkers, collection=c, permission=rollen._permissie("wagtaildocs", codename)
            )
    beperking = CollectionViewRestriction.objects.filter(collection=werkruimte_collectie).first()
    if beperking is None:
        beperking = CollectionViewRestriction.objects.create(
            collection=werkruimte_collectie, restriction_type=CollectionViewRestriction.GROUPS
        )
    beperking.groups.add(leden, trekkers, globale["coordinatoren"])

    werkruimte = _werkruimte(groep, leden, trekkers, globale["coordinatoren"])
    # Inside their own werkruimte, trekkers publish directly: it is private to the group.
    GroupPagePermission.objects.get_or_create(
        group=trekkers, page=werkruimte, permission=rollen._permissie("wagtailcore", "publish_page")
    )
    rechten = GroepRechten.objects.create(
        groep=groep,
        leden=leden,
        trekkers=trekkers,
        collectie=collectie,
        werkruimte_collectie=werkruimte_collectie,
    )
    synchroniseer_trekkers(groep)
    return rechten


def _werkruimte(groep, *groepen):
    werkruimte = groep.get_children().type(WerkruimtePage).first()
    if werkruimte is None:
        werkruimte = WerkruimtePage(
            title="Werkruimte",
            slug="werkruimte",
            intro=(
                "<p>De besloten werkruimte van deze groep: concepten en verslagen, alleen "
                "zichtbaar voor leden, trekkers en coördinatoren. Wat openbaar moet worden, "
                "gaat via de beoordeling door een coördinator.</p>"
            ),
        )
        groep.add_child(instance=werkruimte)
        werkruimte.save_revision().publish()
    beperking = PageViewRestriction.objects.filter(page=werkruimte).first()
    if beperking is None:
        beperking = PageViewRestriction.objects.create(
            page=werkruimte, restriction_type=PageViewRestriction.GROUPS
        )
    beperking.groups.add(*groepen)
    return werkruimte.specific


def synchroniseer_trekkers(groep):
    """The group's trekkers group holds exactly the accounts linked in its trekker rows."""
    rechten = GroepRechten.objects.filter(groep=groep).first()
    if rechten is None:
        return
    gebruikers = {t.gebruiker for t in groep.trekkers.all() if t.gebruiker_id}
    if apps.is_installed("aanmelden"):
        # Trekkers an identity provider appointed (app aanmelden, OIDC_<NAAM>_ROLLEN=trekker):
        # they stay until that provider's next login says otherwise.
        toekenning = apps.get_model("aanmelden", "Toekenning")
        gebruikers |= {
            t.gebruiker
            for t in toekenning.objects.filter(groep=rechten.trekkers).select_related("gebruiker")
        }
    globale_trekkers = Group.objects.get(name=rollen.TREKKERS)
    for gebruiker in rechten.trekkers.user_set.all():
        if gebruiker not in gebruikers:
            rechten.trekkers.user_set.remove(gebruiker)
    for gebruiker in gebruikers:
        gebruiker.groups.add(rechten.trekkers, globale_trekkers)
