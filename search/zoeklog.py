"""The search log (issue 15.5): what people search for, how often a question found nothing, and
which result they opened. No personal data: one row per normalised question per day (and per
opened result), never a user, an address, a browser or a time of day.

`normaliseer` is the one normalisation of a question, shared by the log and the promoted
results (Promotie.vraag). Logging never breaks a search: a failure is logged and ignored."""

import datetime
import logging
import re

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from search import analyse
from search.indexeren import _per_versie
from search.models import Promotie, Zoekklik, Zoekvraag

logger = logging.getLogger(__name__)

VRAAG_LENGTE = Zoekvraag._meta.get_field("vraag").max_length
# Crawlers and link checkers: their requests are not questions of people.
_ROBOT = re.compile(
    r"bot\b|bot/|crawl|spider|slurp|preview|monitor|checker|curl/|wget/|python-requests|httpx",
    re.IGNORECASE,
)


def normaliseer(vraag):
    """A question as the log and the promoted results store it: folded to lower-case ASCII,
    white space collapsed, cut to the length of the column."""
    vraag = " ".join(analyse.vouw(vraag or "").replace("\x00", " ").split())
    return vraag[:VRAAG_LENGTE].rstrip()


def is_robot(request):
    return bool(_ROBOT.search(request.headers.get("User-Agent", "")))


def _tel(model, sleutel, bij, zet=None):
    """Add `bij` (field -> increment) to the row with key `sleutel` and set the fields of `zet`,
    creating the row when it does not exist yet. Safe when two requests do this at once: the
    update is F()+n in the database (one statement: atomic on its own), and a create that loses
    the race (IntegrityError) updates instead; only the create needs a savepoint, so that its
    failure leaves the caller's transaction usable."""
    zet = zet or {}
    wijziging = {**{veld: F(veld) + n for veld, n in bij.items()}, **zet}
    if model.objects.filter(**sleutel).update(**wijziging):
        return
    try:
        with transaction.atomic():
            model.objects.create(**sleutel, **bij, **zet)
    except IntegrityError:
        model.objects.filter(**sleutel).update(**wijziging)


def log_zoekvraag(vraag, aantal):
    """Count one search for `vraag` that found `aantal` results (today). Never raises."""
    try:
        vraag = normaliseer(vraag)
        if not re.search(r"[a-z0-9]", vraag):
            return  # only punctuation: nothing was asked
        leeg = 1 if aantal == 0 else 0
        _tel(
            Zoekvraag,
            {"vraag": vraag, "dag": timezone.localdate()},
            {"aantal": 1, "zonder_resultaat": leeg},
            {"resultaten": aantal},
        )
    except Exception:
        logger.exception("Zoekvraag niet gelogd")


def registreer(request, uitkomst, filters, pagina_gevraagd):
    """Log a search from the search page or the API: only a new question (the first page,
    without facet filters: a filter or a next page refines a question already counted), and
    not from a crawler."""
    if pagina_gevraagd or filters or not uitkomst.query or is_robot(request):
        return
    log_zoekvraag(uitkomst.query, uitkomst.count)


def log_klik(vraag, doc):
    """Count that `doc` (a Zoekdocument) was opened from the results of `vraag`. Never raises."""
    try:
        vraag = normaliseer(vraag)
        if not vraag:
            return
        _tel(
            Zoekklik,
            {"vraag": vraag, "dag": timezone.localdate(), "sleutel": doc.sleutel},
            {"aantal": 1},
            {"titel": doc.titel[: Zoekklik._meta.get_field("titel").max_length]},
        )
    except Exception:
        logger.exception("Geopend zoekresultaat niet gelogd")


def _alle_promoties():
    """{question: {key: explanation}} of every promoted result, in the editors' order."""
    alle = {}
    for vraag, sleutel, toelichting in Promotie.objects.order_by(
        "vraag", "volgorde", "pk"
    ).values_list("vraag", "sleutel", "toelichting"):
        alle.setdefault(vraag, {})[sleutel] = toelichting
    return alle


def promoties(vraag):
    """{key: explanation} of the results promoted for this question, in their order.

    Remembered per version of the search index (indexeren._per_versie), which a change to a
    Promotie raises (search/signalen.py): every process sees a change on its next request,
    and a search asks the database nothing about promotions until one changes."""
    vraag = normaliseer(vraag)
    if not vraag:
        return {}
    return dict(_per_versie("promoties", _alle_promoties).get(vraag, {}))


def ruim_op(dagen, vandaag=None):
    """Delete the log rows (questions and opened results) older than `dagen` days. Returns the
    number of rows deleted."""
    grens = (vandaag or timezone.localdate()) - datetime.timedelta(days=dagen)
    weg = Zoekvraag.objects.filter(dag__lt=grens).delete()[0]
    return weg + Zoekklik.objects.filter(dag__lt=grens).delete()[0]
