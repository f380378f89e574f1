"""The generation of public content, and what every page reads kept in the shared cache under it.

The generation is one value in the shared cache (caches["default"]: Redis in production). Any
change of what the public sees sets a new one: the site's composition (kennisplatform/
paginacache.py `verbind`) connects `vernieuw` to publish, unpublish, move and delete of pages,
to imports and to the save and delete of every model that public pages show, view restrictions
and sites included. Everything stored under a generation is stale once it changes.

Two readers:
- the anonymous page cache (kennisplatform/paginacache.py): whole answers;
- `gedeeld(naam, maak)`: data that many pages read and that changes only with the public
  content, such as the top-level pages of the menu and the published register page. One cache
  read (the generation together with the value) instead of queries, in every process.

Why it is exact: the generation is read before the database. A change that commits while a
request renders has set a new generation by then (on commit), so what that request stores
under the old one is never read. `vernieuw` also sets one at once, so that the rest of the
same transaction (and a test, whose transaction never commits) reads its own changes.

A value lives at most PAGINACACHE_DUUR seconds, as a cached page does: that bounds how old it
can be when Redis was unreachable just when a change set a new generation. Nothing that
decides who may read what (view restrictions of pages and collections) is kept here."""

import logging
import uuid

from django.conf import settings
from django.core.cache import caches
from django.db import transaction

logger = logging.getLogger(__name__)

CACHE = "default"
GENERATIE = "paginacache:generatie"
VOORVOEGSEL = "gedeeld:"


def _cache():
    return caches[CACHE]


def _nieuwe_generatie():
    cache = _cache()
    cache.set(GENERATIE, uuid.uuid4().hex, None)
    # An unreachable Redis drops the write silently (kennisplatform/cache.py): what is kept
    # there may then be used until it expires.
    if getattr(cache, "in_storing", lambda: False)():
        logger.warning(
            "De paginacache kon niet worden ververst (cache onbereikbaar); bewaarde pagina's "
            "en gegevens kunnen tot PAGINACACHE_DUUR (%s s) oud zijn.",
            settings.PAGINACACHE_DUUR,
        )


def huidige_generatie(gevonden=None):
    """The current generation (from `gevonden`, a get_many that asked for it, when given); a
    new one when there is none yet. None only when the cache cannot be reached."""
    cache = _cache()
    generatie = cache.get(GENERATIE) if gevonden is None else gevonden.get(GENERATIE)
    if generatie is None:
        generatie = uuid.uuid4().hex
        if not cache.add(GENERATIE, generatie, None):
            generatie = cache.get(GENERATIE)  # another process was first (or no cache)
    return generatie


class _Ronde:
    """The changes of one transaction: the first of its callbacks to run (on commit) sets the
    new generation, the others find it done. A rolled-back transaction drops its callbacks;
    the round then goes on to the next transaction."""

    gedaan = False

    def vernieuw(self):
        if not self.gedaan:
            self.gedaan = True
            _nieuwe_generatie()


def vernieuw(**kwargs):
    """Signal receiver: everything stored is stale from now on, and again once the current
    transaction commits (at once outside one): one write to the cache per change inside a
    transaction, and one when it commits, however many rows it changed."""
    verbinding = transaction.get_connection()
    if verbinding.in_atomic_block:
        _nieuwe_generatie()
    ronde = getattr(verbinding, "_paginacache_ronde", None)
    if ronde is None or ronde.gedaan:
        ronde = verbinding._paginacache_ronde = _Ronde()
    transaction.on_commit(ronde.vernieuw)


def gedeeld(naam, maak, request=None):
    """The value of `maak()` for the current generation: from the shared cache when it was
    made under this generation, else made now and stored. With a request, kept on it too, so
    one request asks the cache once per name. Without a reachable cache: made every time."""
    if request is not None:
        per_verzoek = request.__dict__.setdefault("_kp_gedeeld", {})
        if naam in per_verzoek:
            return per_verzoek[naam]
    cache = _cache()
    sleutel = VOORVOEGSEL + naam
    gevonden = cache.get_many([GENERATIE, sleutel])
    generatie = huidige_generatie(gevonden)
    opgeslagen = gevonden.get(sleutel)
    if generatie is not None and opgeslagen is not None and opgeslagen[0] == generatie:
        waarde = opgeslagen[1]
    else:
        waarde = maak()
        if generatie is not None:
            cache.set(sleutel, (generatie, waarde), settings.PAGINACACHE_DUUR)
    if request is not None:
        per_verzoek[naam] = waarde
    return waarde
