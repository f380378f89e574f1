"""/gezond/: is every part of the platform up? For monitoring and the load balancer.

JSON, never cached, no login, no rate limit (it is not in DREMPELS), never in the sitemap (a
plain URL, not a page). 200 when every part is fine, 503 when one is not:

    {"status": "ok" | "storing",
     "onderdelen": {"database": {"status": "ok", "melding": "..."}, "cache": {...},
                    "zoeken": {...}, "werker": {...}}}

Each part says "ok" or "storing" with one short Dutch sentence; what went wrong in detail goes
to the log (with the request id), never into the answer: no addresses, no passwords, no
tracebacks. The checks are cheap (a handful of queries) and bounded in time: the cache and the
search engine are asked in a worker thread and given up on after TIJDSLIMIET seconds, so a
hung Redis or Elasticsearch cannot hang the endpoint. The database checks run in the request's
own thread (they need its connection; the database has its own timeouts).
"""

import concurrent.futures
import datetime
import logging
import secrets
import time

from django_tasks import task_backends
from django_tasks.backends.immediate import ImmediateBackend
from django_tasks.base import TaskResultStatus
from django_tasks_db import DatabaseBackend
from django_tasks_db.models import DBTaskResult, get_date_max

from django.conf import settings
from django.core.cache import cache
from django.db import connection, connections
from django.db.models import Q
from django.http import JsonResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_safe

from wagtail.search.backends import get_search_backend
from wagtail.search.query import PlainText

from search.kandidaten import kandidaten
from search.models import Zoekdocument

logger = logging.getLogger(__name__)

OK, STORING = "ok", "storing"
TIJDSLIMIET = 2.0  # seconds the cache and the search engine get to answer
# The worker: the planner enqueues a heartbeat task every minute, so a worker that runs has
# finished a task within this time ...
WERKER_LAATSTE_TAAK = datetime.timedelta(minutes=3)
# ... and no task should wait (READY) longer than this for a worker to pick it up.
WERKER_MAX_WACHTTIJD = datetime.timedelta(minutes=5)

# Shared by all requests: a hung check keeps its thread busy, never the request.
_uitvoerder = concurrent.futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix="gezond")


def _deel(status, melding):
    return {"status": status, "melding": melding}


def database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        if cursor.fetchone() != (1,):
            return _deel(STORING, "De database geeft een onverwacht antwoord.")
    return _deel(OK, "De database antwoordt.")


def _cache():
    # The platform's Redis cache hides an outage (it goes on as an empty cache): ask it
    # directly with a PING (kennisplatform/cache.py), so the answer names the cause.
    bereikbaar = getattr(cache, "bereikbaar", None)
    if bereikbaar is not None and not bereikbaar():
        return _deel(STORING, "De cache (Redis) is niet bereikbaar.")
    sleutel = f"gezond:{secrets.token_hex(8)}"
    waarde = secrets.token_hex(8)
    try:
        cache.set(sleutel, waarde, timeout=10)
        gelezen = cache.get(sleutel)
    finally:
        cache.delete(sleutel)
    if gelezen != waarde:
        return _deel(STORING, "De cache bewaart niets: wat erin gaat, komt er niet uit.")
    return _deel(OK, "De cache bewaart en geeft terug.")


def _zoekmachine():
    """Elasticsearch/OpenSearch (SEARCH_URL): the engine answers a tiny query."""
    backend = get_search_backend("zoekmachine")
    try:
        # a count only asks the engine, not the database
        backend.search(PlainText("gezond"), Zoekdocument).count()
    finally:
        connections.close_all()  # this pool thread's own connections, if any were opened
    return _deel(OK, "De zoekmachine antwoordt.")


def zoeken(zoekmachine=None):
    """The platform search answers a tiny query on the database index; with SEARCH_URL the
    engine must have answered too (`zoekmachine`: the outcome of that check)."""
    kandidaten(["gezond"], Zoekdocument.objects.all(), 1)
    if zoekmachine is not None and zoekmachine["status"] != OK:
        return _deel(
            STORING,
            "De zoekmachine antwoordt niet; het platform zoekt nu alleen in de database.",
        )
    if zoekmachine is not None:
        return _deel(OK, "De zoekmachine en de zoekindex in de database antwoorden.")
    return _deel(OK, "De zoekindex antwoordt.")


def werker():
    """The task worker, read from the task table of django-tasks-db."""
    backend = task_backends["default"]
    if isinstance(backend, ImmediateBackend):
        return _deel(OK, "Taken draaien direct in het verzoek; er is geen aparte werker.")
    if not isinstance(backend, DatabaseBackend):
        return _deel(OK, "Deze takenbackend wordt niet gecontroleerd.")
    nu = timezone.now()
    taken = DBTaskResult.objects.filter(backend_name=backend.alias)
    wacht_te_lang = (
        taken.filter(status=TaskResultStatus.READY, enqueued_at__lt=nu - WERKER_MAX_WACHTTIJD)
        .filter(Q(run_after=get_date_max()) | Q(run_after__lt=nu - WERKER_MAX_WACHTTIJD))
        .exists()
    )
    if wacht_te_lang:
        return _deel(
            STORING,
            "Er wachten taken langer dan 5 minuten: de werker (manage.py db_worker) "
            "pakt ze niet op.",
        )
    if not taken.filter(finished_at__gte=nu - WERKER_LAATSTE_TAAK).exists():
        return _deel(
            STORING,
            "De werker heeft de laatste 3 minuten geen taak afgerond; draaien "
            "manage.py db_worker en manage.py planner?",
        )
    return _deel(OK, "De werker rondt taken af.")


def _veilig(naam, functie, *args):
    try:
        return functie(*args)
    except Exception:  # whatever a backend raises: the part is down, the details go to the log
        logger.exception("gezond: onderdeel %s werkt niet", naam)
        return _deel(STORING, MELDINGEN[naam])


MELDINGEN = {
    "database": "De database is niet bereikbaar.",
    "cache": "De cache is niet bereikbaar.",
    "zoeken": "De zoekfunctie werkt niet.",
    "zoekmachine": "De zoekmachine is niet bereikbaar.",
    "werker": "De takentabel is niet te lezen.",
}


def _in_draad(naam, functie, deadline):
    """Start `functie` in the worker pool; returns a function that waits for it until the
    deadline (a monotonic clock time) and then gives up on it."""
    toekomst = _uitvoerder.submit(_veilig, naam, functie)

    def uitkomst():
        over = max(0.0, deadline - _klok())
        try:
            return toekomst.result(timeout=over)
        except concurrent.futures.TimeoutError:
            logger.error("gezond: onderdeel %s antwoordt niet binnen %s s", naam, TIJDSLIMIET)
            return _deel(
                STORING,
                f"{MELDINGEN[naam][:-1]}: geen antwoord binnen {TIJDSLIMIET:g} seconden.",
            )

    return uitkomst


def _klok():
    return time.monotonic()


@require_safe  # GET and HEAD (some probes only ask HEAD)
def gezond(request):
    deadline = _klok() + TIJDSLIMIET
    # the slow-to-fail outside services first, in threads; meanwhile the database checks
    cache_uitkomst = _in_draad("cache", _cache, deadline)
    zoekmachine_uitkomst = None
    if getattr(settings, "SEARCH_URL", "") and "zoekmachine" in settings.WAGTAILSEARCH_BACKENDS:
        zoekmachine_uitkomst = _in_draad("zoekmachine", _zoekmachine, deadline)
    onderdelen = {"database": _veilig("database", database)}
    onderdelen["cache"] = cache_uitkomst()
    zoekmachine = zoekmachine_uitkomst() if zoekmachine_uitkomst else None
    onderdelen["zoeken"] = _veilig("zoeken", zoeken, zoekmachine)
    onderdelen["werker"] = _veilig("werker", werker)
    goed = all(deel["status"] == OK for deel in onderdelen.values())
    antwoord = JsonResponse(
        {"status": OK if goed else STORING, "onderdelen": onderdelen},
        status=200 if goed else 503,
        json_dumps_params={"ensure_ascii": False},
    )
    add_never_cache_headers(antwoord)  # no-cache, no-store, must-revalidate, private
    return antwoord
