"""Which tables a backup holds, how many rows they have, whether a database is empty, and the
migration state an archive was made with."""

from collections import defaultdict

from django.apps import apps
from django.conf import settings
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Task

from kennisplatform.verplichte_paginas import SLUGS as VERPLICHTE_PAGINAS

from . import BackupFout

# Re-created by every `migrate` and referred to by natural key in the dump, so they are neither
# dumped nor emptied on restore (the same content type may have another id in another database).
STRUCTUUR = {"contenttypes", "auth.permission"}

# What `migrate` itself creates (issue 18.5: reference data and the start page come with the
# migrations): a freshly migrated database holds these and still counts as empty. Pages: the
# root, the start page and the register under it (site/migrations/0003_startpagina.py), and
# the mandatory pages beside the register (0005_verplichte_paginas.py).
VAN_MIGRATE = {
    "afspraken.kerninstrument",
    "organisaties.overleg",
    "organisaties.onderwerp",
    "kennisplatform.plannerronde",
}
PAGINAS_VAN_MIGRATE = 3 + len(VERPLICHTE_PAGINAS)

# What the operator reads in the counts: (label, model getter).
HOOFDTELLINGEN = [
    ("pagina's", lambda: Page),
    ("afspraken", lambda: apps.get_model("afspraken", "Uitvoeringsafspraak")),
    ("begrippen", lambda: apps.get_model("begrippen", "Begrip")),
    ("documenten", get_document_model),
    ("afbeeldingen", get_image_model),
    ("gebruikers", lambda: apps.get_model(*settings.AUTH_USER_MODEL.split("."))),
]


def _past(model, labels):
    return model._meta.app_label in labels or model._meta.label_lower in labels


def _alle_tabellen():
    """Every concrete model with its own table in this database (proxies share their parent's
    table; the SQLite full-text table of the search index exists only on SQLite)."""
    bestaand = set(connection.introspection.table_names())
    return [
        m
        for m in apps.get_models(include_auto_created=True)
        if not m._meta.proxy and m._meta.db_table in bestaand
    ]


def uitgesloten():
    """The configured exclusions that exist in this installation (dumpdata refuses unknown
    labels; e.g. django_tasks_db is only there when the task queue is installed)."""
    labels = {label.lower() for label in [*STRUCTUUR, *settings.BACKUP_UITGESLOTEN]}
    bestaand = []
    for label in sorted(labels):
        app_label, _, model = label.partition(".")
        try:
            config = apps.get_app_config(app_label)
        except LookupError:
            continue
        if model:
            try:
                config.get_model(model)
            except LookupError:
                continue
        bestaand.append(label)
    return bestaand


def in_dump():
    """The models whose rows the database dump holds (auto-created many-to-many tables travel
    with their model)."""
    weg = set(uitgesloten())
    return [m for m in _alle_tabellen() if not _past(m, weg) and not m._meta.auto_created]


def te_legen():
    """The models emptied before a restore: everything except the structure of migrate."""
    return [m for m in _alle_tabellen() if not _past(m, STRUCTUUR)]


def tellingen(modellen):
    """Rows per model (all rows: the base manager, as the dump uses)."""
    return {m._meta.label_lower: m._base_manager.count() for m in modellen}


def hoofdtellingen():
    uit = {}
    for label, model in HOOFDTELLINGEN:
        try:
            uit[label] = model()._base_manager.count()
        except LookupError:
            continue
    return uit


def _eigen_app(config):
    pad = str(config.path)
    return pad.startswith(str(settings.BASE_DIR)) and "site-packages" not in pad


def inhoud():
    """What makes a database not empty: a fresh `migrate` creates roles, a workflow, the root
    page, the start page with the register and the mandatory pages, and the reference lists (VAN_MIGRATE), but no
    users, documents, images or other content of the platform's own apps. Returns
    {description: count} of what is there."""
    gevonden = {}
    aantal = Page.objects.count()
    if aantal > PAGINAS_VAN_MIGRATE:
        gevonden["pagina's"] = aantal
    for label, model in HOOFDTELLINGEN[1:]:
        try:
            n = model()._base_manager.count()
        except LookupError:
            continue
        if n:
            gevonden[label] = n
    afgeleid = set(uitgesloten())
    for model in apps.get_models():
        if model._meta.proxy or not _eigen_app(model._meta.app_config):
            continue
        if issubclass(model, (Task, Page)) or _past(model, afgeleid):
            continue  # the workflow task of migrate; pages (counted above); the search index
        if model._meta.label_lower in VAN_MIGRATE:
            continue  # reference data of the migrations
        n = model._base_manager.count()
        if n:
            gevonden.setdefault(str(model._meta.verbose_name_plural), n)
    return gevonden


def migratiestand():
    """The applied migrations per app, as recorded in this database."""
    stand = defaultdict(list)
    for app_label, naam in MigrationRecorder(connection).applied_migrations():
        stand[app_label].append(naam)
    return {app: sorted(namen) for app, namen in sorted(stand.items())}


def controleer_migraties(uit_archief):
    """The database must be fully migrated, and every app of the archive must have exactly
    the migrations it had when the archive was made."""
    executor = MigrationExecutor(connection)
    open_ = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if open_:
        raise BackupFout(
            f"De database is niet bijgewerkt ({len(open_)} migraties staan nog open): draai "
            "eerst `python manage.py migrate` en herstel daarna. Er is niets veranderd."
        )
    hier = migratiestand()
    verschil = []
    for app_label, namen in sorted(uit_archief.items()):
        eigen = hier.get(app_label, [])
        if set(namen) != set(eigen):
            nieuwste = lambda reeks: max(reeks) if reeks else "geen"  # noqa: E731
            verschil.append(
                f"{app_label} (archief: {nieuwste(namen)}, deze installatie: {nieuwste(eigen)})"
            )
    if verschil:
        raise BackupFout(
            "Het archief is gemaakt met een andere versie van de database-indeling dan deze "
            "installatie heeft: " + "; ".join(verschil[:10]) + ". Herstel met de versie van het "
            "platform waarmee de back-up is gemaakt (zie manifest.json), en werk daarna bij. "
            "Er is niets veranderd."
        )
