"""The roles of docs/ontwerp.md as Wagtail/Django groups, and the one review workflow.

bezoeker      anonymous: public pages, agreements, concepts, public materials
professional  logged in: also pages restricted to logged-in members
groepslid     also the private werkruimte of their group(s)        -> "<groep> – leden"
trekker       edit and submit within their own group(s), never publish -> "<groep> – trekkers"
coördinator   review, publish and unpublish everywhere; manage groups and workflows
beheerder     everything (superuser)
"""

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType

from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

from groepen import lidmaatschap
from redactie.models import VaststellingsTaak

PROFESSIONALS = "Professionals"
TREKKERS = "Trekkers"
# The coördinator role is known to groepen (membership: a coördinator works for every group).
COORDINATOREN = lidmaatschap.COORDINATOREN
is_coordinator = lidmaatschap.is_coordinator
WORKFLOW_NAAM = "Beoordeling door coördinator"
TAAK_NAAM = "Beoordeling en vaststelling"
# The cooperation as data (organisaties): coördinatoren keep it current. Organisations and
# overleggen are referred to everywhere, so they are not deleted from the admin.
SAMENWERKING_MODELLEN = [
    "organisatie",
    "overleg",
    "overlegrelatie",
    "deelname",
    "partijschap",
    "onderwerp",
    "samenwerkingsverband",
    "evaluatiemoment",
]


PAGINA_RECHTEN_COORDINATOR = ["add", "change", "publish", "bulk_delete", "lock", "unlock"]
# Privacy of pages (privacy.py) and the members of groups (screen "Groepsleden", views.py).
REDACTIE_RECHTEN_COORDINATOR = ["privacy_instellen", "groepsleden_beheren"]
# Accounts (superuser status, passwords, groups, and the list of accounts with their last
# logins) are managed by beheerders only: these permissions are never given to a role, and
# taken away where an older version gave them.
GEBRUIKERSBEHEER = [
    "view_user",
    "add_user",
    "change_user",
    "delete_user",
    "add_group",
    "change_group",
]
DOCUMENT_RECHTEN = ["add_document", "change_document", "choose_document", "delete_document"]


def _permissie(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def snippet_modellen_met_workflow():
    """Models outside the page tree that go through the review workflow (agreements)."""
    modellen = []
    if apps.is_installed("afspraken"):
        modellen.append(apps.get_model("afspraken", "Uitvoeringsafspraak"))
    return modellen


def na_migratie(using="default", **kwargs):
    """post_migrate (redactie/apps.py): create or complete the roles after every migrate."""
    if not Permission.objects.using(using).filter(codename="access_admin").exists():
        return  # Wagtail's admin is not migrated (yet)
    if Page.get_first_root_node() is None or Collection.get_first_root_node() is None:
        return  # an emptied database (`flush` sends post_migrate too): nothing to attach to
    zorg_voor_rollen()


def zorg_voor_rollen():
    """Create (or complete) the global role groups and the review workflow. Idempotent."""
    admin = _permissie("wagtailadmin", "access_admin")
    professionals, _ = Group.objects.get_or_create(name=PROFESSIONALS)
    trekkers, _ = Group.objects.get_or_create(name=TREKKERS)
    trekkers.permissions.add(admin)
    # Meetings of their own group(s): the form limits the choice of group (materialen/).
    for codename in ["add_bijeenkomst", "change_bijeenkomst"]:
        trekkers.permissions.add(_permissie("materialen", codename))
    coordinatoren, _ = Group.objects.get_or_create(name=COORDINATOREN)
    coordinatoren.permissions.add(admin)

    root = Page.get_first_root_node()
    for soort in PAGINA_RECHTEN_COORDINATOR:
        GroupPagePermission.objects.get_or_create(
            group=coordinatoren,
            page=root,
            permission=_permissie("wagtailcore", f"{soort}_page"),
        )
    hoofdcollectie = Collection.get_first_root_node()
    for codename in [*DOCUMENT_RECHTEN, "add_image", "change_image", "choose_image"]:
        app = "wagtaildocs" if codename.endswith("document") else "wagtailimages"
        GroupCollectionPermission.objects.get_or_create(
            group=coordinatoren, collection=hoofdcollectie, permission=_permissie(app, codename)
        )
    # Managing the shared snippets, the workflows and group membership.
    for app_label, codenames in {
        "organisaties": [
            f"{actie}_{model}"
            for model in SAMENWERKING_MODELLEN
            for actie in ("add", "change", "delete")
            if not (model in {"organisatie", "overleg"} and actie == "delete")
        ],
        "begrippen": ["add_begrip", "change_begrip", "delete_begrip"],
        "afspraken": ["add_kerninstrument", "change_kerninstrument"],
        "materialen": [
            "add_bijeenkomst",
            "change_bijeenkomst",
            "delete_bijeenkomst",
            "add_sjabloon",
            "change_sjabloon",
        ],
        "wagtailcore": ["add_workflow", "change_workflow", "add_task", "change_task"],
        "redactie": REDACTIE_RECHTEN_COORDINATOR,
        # issue 15: the search log's report and promoted results (search/beheer.py); the
        # learned abbreviations, to reject one (search/beheer_afkortingen.py)
        "search": [
            "view_zoekvraag",
            "add_promotie",
            "change_promotie",
            "delete_promotie",
            "view_geleerdeafkorting",
            "change_geleerdeafkorting",
        ],
    }.items():
        for codename in codenames:
            coordinatoren.permissions.add(_permissie(app_label, codename))
    for groep in [professionals, trekkers, coordinatoren]:
        groep.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="auth", codename__in=GEBRUIKERSBEHEER
            )
        )
    for model in snippet_modellen_met_workflow():
        ct = ContentType.objects.get_for_model(model)
        for actie in ["add", "change", "publish", "delete", "lock", "unlock"]:
            perm = Permission.objects.filter(
                content_type=ct, codename=f"{actie}_{ct.model}"
            ).first()
            if perm:
                coordinatoren.permissions.add(perm)
        # Trekkers draft and submit agreements; afspraken/rechten.py narrows this to the
        # agreements of their own group(s). Never publish, never delete.
        for actie in ["add", "change"]:
            perm = Permission.objects.filter(
                content_type=ct, codename=f"{actie}_{ct.model}"
            ).first()
            if perm:
                trekkers.permissions.add(perm)

    workflow = zorg_voor_workflow(coordinatoren)
    return {
        "professionals": professionals,
        "trekkers": trekkers,
        "coordinatoren": coordinatoren,
        "workflow": workflow,
    }


def zorg_voor_workflow(coordinatoren):
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAAM)
    taak = VaststellingsTaak.objects.filter(name=TAAK_NAAM).first()
    if taak is None:
        taak = VaststellingsTaak.objects.create(name=TAAK_NAAM)
    taak.groups.add(coordinatoren)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=taak, defaults={"sort_order": 0})
    # The home page of every site (the site package composes the home page; no import of it).
    for home in _startpaginas():
        WorkflowPage.objects.get_or_create(page=home, defaults={"workflow": workflow})
    for model in snippet_modellen_met_workflow():
        WorkflowContentType.objects.get_or_create(
            content_type=ContentType.objects.get_for_model(model), defaults={"workflow": workflow}
        )
    return workflow


def _startpaginas():
    """The root page of every site, except Wagtail's tree root itself."""
    return Page.objects.filter(sites_rooted_here__isnull=False, depth__gt=1).distinct()
