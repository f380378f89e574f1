"""Writing an import: `importeer()` is the one entry that writes, in one transaction under the
import lock. New rows are written in bulk, changed rows through Wagtail's API; both get their
revisions, log entries and status history from afspraken/vastleggen.py, as admin edits do."""

from django.db import connections, router, transaction
from django.dispatch import Signal
from django.utils import timezone
from django.utils.text import slugify

from taggit.models import Tag

from search.indexeren import werk_bij_reeks

from .. import taken, vastleggen
from ..massaschrijven import reserveer_ids, voeg_in
from ..models import Trefwoord, Uitvoeringsafspraak, nieuwe_codes
from ..titels import slug_basis
from . import formaat
from .lezen import Lezer
from .vergelijken import BevestigingNodig, vergelijk

IMPORTSLOT = 0x4166_7370  # key of the PostgreSQL advisory lock of the import ("Afsp")
# Longest start of a slug, leaving room for the "-2", "-3", ... that keeps it unique (the
# agreement's as in its save()).
SLUG_AFSPRAAK = Uitvoeringsafspraak._meta.get_field("slug").max_length - 20
SLUG_TREFWOORD = Tag._meta.get_field("slug").max_length - 10

# Sent inside the import's transaction once it has written something. New agreements are
# written in bulk, without model signals: whoever keeps something in step with the register
# (the page cache of the site package) listens here and acts on commit.
geimporteerd = Signal()


def importeer(
    inhoud,
    gebruiker=None,
    droog=False,
    voortgang=None,
    index=True,
    status_wijzigen=False,
    ook_vergrendeld=False,
):
    """Validate and (unless droog) write a file. Raises ImportFout; writes all or nothing.
    A status change of an existing agreement needs `status_wijzigen` (else BevestigingNodig);
    locked agreements and those with a pending draft or workflow are skipped unless
    `ook_vergrendeld`. The comparison is made again under the import lock. The new agreements
    are indexed for the search here (`index=True`), by one background task (`index="taak"`,
    afspraken/taken.py) or not at all (`index=False`).
    `voortgang(fase, verwerkt, totaal)`, if given, hears how far reading, writing and indexing
    are, counted in rows (formaat.FASE_*; the search index reports its own phases)."""
    regels = Lezer().lees(inhoud, voortgang=voortgang)
    if droog:
        return vergelijk(regels, ook_vergrendeld)
    if voortgang:
        # Before the transaction, so that a reader elsewhere sees this phase begin even where
        # the transaction hides the rest (SQLite); its total follows once compared.
        voortgang(formaat.FASE_OPSLAAN, 0, None)
    with transaction.atomic():
        _neem_importslot()
        resultaat = vergelijk(regels, ook_vergrendeld)
        if resultaat.statuswijzigingen and not status_wijzigen:
            raise BevestigingNodig(resultaat)
        hoogste = _schrijf(resultaat, gebruiker, voortgang)
        if resultaat.nieuw or resultaat.gewijzigd:
            geimporteerd.send(sender=Uitvoeringsafspraak, resultaat=resultaat)
    if index == "taak":
        # after the commit above: the worker sees the agreements when it runs the task
        taken.indexeer_na_import.enqueue(hoogste)
    elif index:
        # the platform search indexes rows written without signals
        werk_bij_reeks(Uitvoeringsafspraak.objects.filter(pk__gt=hoogste), voortgang=voortgang)
    return resultaat


def _neem_importslot():
    """Serialise imports (across processes) until the current transaction ends: a second
    import waits for the first and then compares against what it wrote, so it creates no
    duplicates. On SQLite every transaction already holds the write lock from its start
    (transaction_mode IMMEDIATE, settings/omgeving.py)."""
    verbinding = connections[router.db_for_write(Uitvoeringsafspraak)]
    if verbinding.vendor == "postgresql":
        with verbinding.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [IMPORTSLOT])


def _schrijf(resultaat, gebruiker, voortgang):
    """Write new and changed agreements (inside importeer's transaction). The importer acts as
    a coördinator: rows past the concept stage are published, concept rows stay unpublished
    drafts. Returns the highest key before the import (what is new gets indexed)."""
    hoogste = Uitvoeringsafspraak.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    totaal = len(resultaat.nieuw) + len(resultaat.gewijzigd)
    if voortgang:
        voortgang(formaat.FASE_OPSLAAN, 0, totaal)
    _maak_nieuwe(resultaat.nieuw, gebruiker, voortgang, totaal)
    for nummer, (regel, afspraak) in enumerate(resultaat.gewijzigd, start=1):
        _werk_bij(regel, afspraak, gebruiker)
        if voortgang:
            voortgang(formaat.FASE_OPSLAAN, len(resultaat.nieuw) + nummer, totaal)
    return hoogste


def _werk_bij(regel, afspraak, gebruiker):
    for veld, waarde in regel.waarden_voor(afspraak).items():
        setattr(afspraak, veld, waarde)
    afspraak.trefwoorden.set(regel.trefwoorden)
    werkstroom = afspraak.current_workflow_state
    if werkstroom is not None:  # only when the coördinator chose to override it
        werkstroom.cancel(user=gebruiker)
    if not afspraak.live:
        afspraak.save()  # a draft that was never published keeps its content in the row
    publiceren = afspraak.status != Uitvoeringsafspraak.Status.CONCEPT or afspraak.live
    vastleggen.leg_wijziging_vast(afspraak, gebruiker, publiceren)


def _maak_nieuwe(regels, gebruiker, voortgang, totaal):
    if not regels:
        return
    nu = timezone.now()
    tags = _tags(naam for regel in regels for naam in regel.trefwoorden)
    bezette_slugs = set(Uitvoeringsafspraak.objects.values_list("slug", flat=True))
    codes = nieuwe_codes()
    for start in range(0, len(regels), formaat.BATCH):
        deel = regels[start : start + formaat.BATCH]
        afspraken, koppelingen = [], []
        for regel, pk in zip(deel, reserveer_ids(Uitvoeringsafspraak, len(deel)), strict=True):
            afspraak = Uitvoeringsafspraak(
                pk=pk, code=regel.code or next(codes), sleutel=regel.sleutel, **regel.waarden
            )
            basis = slug_basis(afspraak.titel, SLUG_AFSPRAAK)
            afspraak.slug = _unieke_slug(basis, bezette_slugs)
            openbaar = afspraak.status != Uitvoeringsafspraak.Status.CONCEPT
            afspraak.live = openbaar
            afspraak.has_unpublished_changes = not openbaar
            if openbaar:
                afspraak.first_published_at = afspraak.last_published_at = nu
            items = [  # the keys only: the assignment below sets the agreement on each
                Trefwoord(content_object_id=pk, tag_id=tags[naam].pk) for naam in regel.trefwoorden
            ]
            koppelingen.extend(items)
            afspraak.trefwoord_items = items  # in memory, for the revision content
            afspraak.documenten = []
            afspraken.append(afspraak)
        revisies = vastleggen.schrijf_revisies_van_nieuwe(afspraken, gebruiker, nu)
        voeg_in(Uitvoeringsafspraak, afspraken)
        voeg_in(Trefwoord, koppelingen)
        vastleggen.leg_nieuwe_vast(afspraken, revisies, gebruiker, nu)
        if voortgang:
            voortgang(formaat.FASE_OPSLAAN, start + len(deel), totaal)


def _tags(namen):
    """Existing taggit tags by name, creating the missing ones in bulk. A tag that someone
    else created meanwhile is used, not created twice."""
    namen = set(namen)
    tags = {t.name: t for t in Tag.objects.filter(name__in=namen)}
    ontbrekend = namen - tags.keys()
    if ontbrekend:
        bezet = set(Tag.objects.values_list("slug", flat=True))
        nieuw = []
        for naam in sorted(ontbrekend):
            slug = _unieke_slug(slugify(naam)[:SLUG_TREFWOORD] or "trefwoord", bezet)
            nieuw.append(Tag(name=naam, slug=slug))
        Tag.objects.bulk_create(nieuw, batch_size=formaat.BATCH, ignore_conflicts=True)
        tags.update({t.name: t for t in Tag.objects.filter(name__in=ontbrekend)})
        overgebleven = sorted(namen - tags.keys())  # their slug was taken meanwhile
        if overgebleven:
            bezet = set(Tag.objects.values_list("slug", flat=True))
        for naam in overgebleven:
            tags[naam], _gemaakt = Tag.objects.get_or_create(
                name=naam,
                defaults={
                    "slug": _unieke_slug(slugify(naam)[:SLUG_TREFWOORD] or "trefwoord", bezet)
                },
            )
    return tags


def _unieke_slug(basis, bezet):
    slug, volgnummer = basis, 2
    while slug in bezet:
        slug, volgnummer = f"{basis}-{volgnummer}", volgnummer + 1
    bezet.add(slug)
    return slug
