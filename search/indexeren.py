"""Building and updating the search documents (models.Zoekdocument) from the soorten."""

import logging
import threading
import time
import uuid
from collections import Counter
from types import MappingProxyType

from django.core.signals import request_finished, request_started
from django.db import IntegrityError, connection, transaction
from django.db.models import F
from django.dispatch import receiver

from wagtail.search.backends import get_search_backends

from search import afstemming, analyse, bibliotheek, geleerd, opbouw
from search.models import Indexversie, Zoekdocument, Zoekterm
from search.register import alle_concepten, alle_soorten, soort_voor

logger = logging.getLogger(__name__)
# Longer tokens are not counted in the vocabulary table: they do not fit its column.
MAX_TOKEN = Zoekterm._meta.get_field("term").max_length
# Progress of a rebuild (the `voortgang(fase, verwerkt, totaal)` callback, counted in objects):
# the names of its phases, as the command line and the admin show them.
FASE_WOORDEN = "Zoekindex: woorden verzamelen"
FASE_DOCUMENTEN = "Zoekindex: documenten"
VOORTGANG_ELKE = 50  # objects between two calls of the callback

# -- The index version: in the database, read at most once per request ----------------------
# Every process (web workers, the task worker) keeps a memo of what it derived from the index
# (vocabulary, concepts, document frequencies), keyed on the version in the database. The
# version is read once per request (request_started forgets it) and, outside a request (the
# task worker, commands), again after VERSIE_BUITEN_VERZOEK seconds. A change raises it when
# its transaction commits (so other processes see the number and the change together, and
# a rolled-back change raises nothing); this process counts its own changes at once
# (_eigen_wijzigingen), also inside a transaction. So every worker sees a change of another
# on its next request.
VERSIE_BUITEN_VERZOEK = 1.0  # seconds
_gelezen = threading.local()  # per thread: (versie, token), when read, whether in a request
_eigen_wijzigingen = [0]  # per process


@receiver(request_started, dispatch_uid="search.indexeren.nieuw_verzoek")
def _nieuw_verzoek(**kwargs):
    _gelezen.waarde = None
    _gelezen.in_verzoek = True


@receiver(request_finished, dispatch_uid="search.indexeren.verzoek_klaar")
def _verzoek_klaar(**kwargs):
    _gelezen.waarde = None
    _gelezen.in_verzoek = False


def _in_database():
    waarde = getattr(_gelezen, "waarde", None)
    if waarde is not None and (
        getattr(_gelezen, "in_verzoek", False)
        or time.monotonic() - _gelezen.tijd < VERSIE_BUITEN_VERZOEK
    ):
        return waarde
    rij = Indexversie.objects.filter(pk=1).values_list("versie", "token").first()
    _gelezen.waarde = tuple(rij) if rij else (0, "")
    _gelezen.tijd = time.monotonic()
    return _gelezen.waarde


def versie():
    """(versie, token) of the index in the database, plus this process's own changes."""
    return (*_in_database(), _eigen_wijzigingen[0])


def _verhoog_in_database():
    token = uuid.uuid4().hex
    if not Indexversie.objects.filter(pk=1).update(versie=F("versie") + 1, token=token):
        try:
            with transaction.atomic():
                Indexversie.objects.create(pk=1, versie=1, token=token)
        except IntegrityError:  # created by another process just now
            Indexversie.objects.filter(pk=1).update(versie=F("versie") + 1, token=token)
    _gelezen.waarde = None


def verhoog_versie():
    """The index changed: this process knows at once, the others when the change commits
    (right away outside a transaction). One short UPDATE of one row (F()+1, atomic), after
    the commit, so no transaction holds that row while it does other work."""
    _eigen_wijzigingen[0] += 1
    # issue 15: one transaction (e.g. a begrip and the documents that follow it) raises it
    # once: a raise still waiting for this transaction's commit covers this change too
    verbinding = transaction.get_connection()
    wachtend = getattr(_gelezen, "wachtend", None)
    if verbinding.in_atomic_block and any(
        functie is wachtend for _sids, functie, _robust in verbinding.run_on_commit
    ):
        return

    def bij_commit():
        _gelezen.wachtend = None
        _verhoog_in_database()

    _gelezen.wachtend = bij_commit
    transaction.on_commit(bij_commit, robust=True)


def noteer_analyseversie():
    """Record that the index holds (or is about to hold) the current analysis
    (analyse.ANALYSEVERSIE). True when it held another or an unknown one; of two processes
    doing this at once only one gets True (one UPDATE of one row)."""
    huidige = analyse.ANALYSEVERSIE
    if Indexversie.objects.filter(pk=1).exclude(analyse=huidige).update(analyse=huidige):
        return True
    try:
        with transaction.atomic():
            Indexversie.objects.create(pk=1, analyse=huidige)
    except IntegrityError:  # the row exists (with this version) or was created just now
        return False
    return True


_geheugen = {}


def vergeet():
    """Forget what this process derived from the index. The tests call it before every test:
    a rolled-back test leaves the version in the database as it was, and this process's own
    count of changes is no reason to trust a memo made from another test's data."""
    _geheugen.clear()
    _gelezen.waarde = None


_GEEN = object()


def _per_versie(naam, maak):
    huidige = versie()
    sleutel = (naam, huidige)
    waarde = _geheugen.get(sleutel, _GEEN)
    if waarde is _GEEN:
        if len(_geheugen) >= afstemming.MAX_GEHEUGEN:
            _maak_ruimte(huidige)
        waarde = _geheugen[sleutel] = maak()
    return waarde


def _maak_ruimte(huidige):
    """The memo is full: first drop what was derived from an older index (never asked for
    again), then, only if the current version alone fills it (many different queries), its
    oldest entries. Never all at once: clearing everything in the middle of a request threw
    away what that request had just derived (e.g. the concepts), so the next request paid
    for it again, depending on how many stale entries happened to be there."""
    for sleutel in list(_geheugen):
        if sleutel[1] != huidige:
            _geheugen.pop(sleutel, None)
    overig = list(_geheugen)
    for sleutel in overig[: len(overig) - afstemming.MAX_GEHEUGEN + 1]:
        _geheugen.pop(sleutel, None)


def woordenverzameling(woorden):
    """A read-only set of words for membership tests (`woord in ...`) that the garbage collector
    does not walk: a dict that holds only strings is not tracked by it, a frozenset is. The
    vocabulary of 100,000 documents (some 190,000 words) as a frozenset added ~10 ms to every
    full collection, paid by whichever search request happened to trigger one."""
    return MappingProxyType(dict.fromkeys(woorden))


def vocabulaire():
    """The words of the indexed content, for splitting compounds (woordenverzameling)."""
    return _per_versie(
        "vocabulaire",
        lambda: woordenverzameling(
            t
            for t in Zoekterm.objects.filter(is_woord=True).values_list("term", flat=True)
            if len(t) >= afstemming.MIN_VOCABULAIRE
        ),
    )


def concepten():
    """The registered concepts (search.register.registreer_concepten), for query expansion."""
    return _per_versie("concepten", lambda: analyse.concepten_uit(alle_concepten()))


def maak_document(soort, obj, vocab, conc, teksten=None, analyseer=None):
    """An unsaved Zoekdocument for this object, or None if it must not be indexed.
    `analyseer(tekst)`, if given, returns what opbouw.analysator does (a rebuild remembers
    the analysis of texts many objects share)."""
    toegang = soort.toegang(obj)
    if toegang is None:
        return None
    analyseer = analyseer or opbouw.analysator(vocab, conc, geheugen=0)
    velden, zwaar, licht = [], set(), set()
    for naam, tekst, gewicht in soort.velden(obj) if teksten is None else teksten:
        a, tokens = analyseer(tekst)
        velden.append({"naam": naam, "gewicht": gewicht, "tekst": tekst, "a": a})
        (zwaar if gewicht >= afstemming.ZWAAR else licht).update(tokens)
    facetten = soort.facetten(obj)
    partners = facetten.get("ketenpartners") or []
    return Zoekdocument(
        sleutel=soort.sleutel(obj),
        soort=soort.naam,
        object_pk=str(obj.pk),
        titel=soort.titel(obj)[:300],
        tekst=soort.tekst(obj) or "",
        url=soort.url(obj) or "",
        toegang=toegang,
        kerninstrument=(facetten.get("kerninstrument") or "")[:200],
        groep=(facetten.get("groep") or "")[:255],
        status=(facetten.get("status") or "")[:60],
        typering=(facetten.get("typering") or "")[:60],
        ketenpartners="".join(f"|{p}" for p in partners) + ("|" if partners else ""),
        velden=velden,
        title=" ".join(sorted(zwaar)),
        body=" ".join(sorted(licht - zwaar)),
    )


def _tokens(doc):
    tokens, woorden = set(), set()
    for veld in doc.velden:
        a = veld["a"]
        woorden.update(a["w"].split())
        tokens.update(a["w"].split(), a["s"].split(), a["d"].split(), a["c"].split())
    return tokens, woorden


def _tel(doc, delta):
    tokens, woorden = _tokens(doc)
    tokens = {t for t in tokens if len(t) <= MAX_TOKEN}
    if not tokens:
        return
    bestaand = set(
        Zoekterm.objects.filter(toegang=doc.toegang, term__in=tokens).values_list("term", flat=True)
    )
    Zoekterm.objects.filter(toegang=doc.toegang, term__in=bestaand).update(
        aantal=F("aantal") + delta
    )
    if delta > 0:
        # issue 15: a token this document has as a word is a word of its access level (for
        # autocomplete and typo suggestions), even when another document brought it in as a
        # stem or compound part first
        Zoekterm.objects.filter(
            toegang=doc.toegang, term__in=bestaand & woorden, is_woord=False
        ).update(is_woord=True)
        Zoekterm.objects.bulk_create(
            [
                Zoekterm(term=t, toegang=doc.toegang, is_woord=t in woorden, aantal=delta)
                for t in tokens - bestaand
            ],
            ignore_conflicts=True,
        )
    else:
        Zoekterm.objects.filter(toegang=doc.toegang, term__in=bestaand, aantal__lte=0).delete()


def _backends():
    return list(get_search_backends(with_auto_update=True))


def verwijder(sleutel):
    doc = Zoekdocument.objects.filter(sleutel=sleutel).first()
    if doc is None:
        verhoog_versie()  # e.g. a deleted begrip without a document: its concepts still go
        return
    _tel(doc, -1)
    for backend in _backends():
        try:
            backend.delete(doc)
        except Exception:  # a remote backend that is down must not block editing
            logger.exception("Zoekindex: verwijderen uit %s mislukt", backend)
    doc.delete()
    verhoog_versie()


def werk_bij(obj):
    """(Re)index one object after it was saved, published, unpublished or deleted."""
    soort = soort_voor(obj)
    if soort is None:
        return
    sleutel = soort.sleutel(obj)
    try:
        with transaction.atomic():
            obj = soort.objecten().filter(pk=obj.pk).first()
            if obj is None:  # no longer published (or deleted): out of the index
                verwijder(sleutel)
                return
            # issue 15: a new definition in public content expands questions from now on
            teksten = list(soort.velden(obj))
            if geleerd.leer(soort, obj, [t for _n, t, _g in teksten]):
                verhoog_versie()
            nieuw = maak_document(soort, obj, vocabulaire(), concepten(), teksten)
            oud = Zoekdocument.objects.filter(sleutel=sleutel).first()
            if oud is not None:
                _tel(oud, -1)
            if nieuw is None:
                if oud is not None:
                    for backend in _backends():
                        backend.delete(oud)
                    oud.delete()
                verhoog_versie()
                return
            if oud is not None:
                nieuw.pk = oud.pk
            nieuw.save()  # Wagtail's signal handler puts it in the search index
            _tel(nieuw, +1)
            verhoog_versie()
    except Exception:
        logger.exception("Zoekindex: bijwerken van %s mislukt", sleutel)
        try:  # the object itself did change (e.g. a begrip's synonyms): memos are stale
            verhoog_versie()
        except Exception:
            logger.exception("Zoekindex: versie verhogen mislukt")


def werk_bij_reeks(queryset, grens=None, voortgang=None):
    """Index objects written in bulk (without signals), e.g. an import of agreements: one by
    one for a few, a full rebuild (which also refreshes the vocabulary) for many.
    `voortgang(fase, verwerkt, totaal)`, if given, hears how far it is."""
    grens = afstemming.HERBOUW_VANAF if grens is None else grens
    aantal = queryset.count()
    if aantal > grens:
        herbouw(voortgang=voortgang)
        return
    for nummer, obj in enumerate(queryset, start=1):
        werk_bij(obj)
        if voortgang:
            voortgang(FASE_DOCUMENTEN, nummer, aantal)


def verwijder_object(obj):
    soort = soort_voor(obj)
    if soort is not None:
        try:
            verwijder(soort.sleutel(obj))
        except Exception:
            logger.exception("Zoekindex: verwijderen van %s mislukt", obj)


def herbouw(stdout=None, batch=None, voortgang=None):
    """Rebuild every search document (idempotent). Two streaming passes: first the vocabulary
    of all content (for compound splitting), then the analysis, written in batches. Always all
    registered soorten: the rebuild replaces the whole index. `voortgang(fase, verwerkt,
    totaal)`, if given, hears how many objects each pass has done (FASE_*). What many objects
    share is computed once per rebuild (opbouw.sessie)."""
    with opbouw.sessie():
        return _herbouw(stdout, batch or afstemming.BATCH, voortgang)


def _herbouw(stdout, batch, voortgang):
    soorten = alle_soorten()
    totaal = sum(soort.objecten().count() for soort in soorten) if voortgang else None

    def objecten(fase):
        nummer = 0
        for soort in soorten:
            for obj in soort.objecten().iterator(chunk_size=afstemming.STUK):
                yield soort, obj
                nummer += 1
                if voortgang and nummer % VOORTGANG_ELKE == 0:
                    voortgang(fase, nummer, totaal)
        if voortgang:
            voortgang(fase, nummer, nummer)

    woorden = Counter()
    definities = geleerd.Verzameling()  # issue 15: abbreviations defined in public content
    for soort, obj in objecten(FASE_WOORDEN):
        teksten = [tekst for _naam, tekst, _gewicht in soort.velden(obj)]
        for tekst in teksten:
            woorden.update(set(analyse.woorden(tekst)))
        definities.voeg_toe(soort, obj, teksten)
    definities.bewaar()
    alle = alle_concepten()
    for concept in alle:
        woorden.update(analyse.woorden(" ".join([concept.term, *concept.synoniemen])))
    vocab = woordenverzameling(
        w for w in woorden if len(w) >= afstemming.MIN_VOCABULAIRE and not w.isdigit()
    )
    del woorden
    conc = analyse.concepten_uit(alle)
    analyseer = opbouw.analysator(vocab, conc)
    backends = _backends()

    sleutels, tellingen, is_woord, aantal = set(), Counter(), set(), 0
    with transaction.atomic():
        reeks = []
        for soort, obj in objecten(FASE_DOCUMENTEN):
            doc = maak_document(soort, obj, vocab, conc, analyseer=analyseer)
            if doc is None:
                continue
            sleutels.add(doc.sleutel)
            tokens, w = _tokens(doc)
            tellingen.update((t, doc.toegang) for t in tokens if len(t) <= MAX_TOKEN)
            is_woord.update((t, doc.toegang) for t in w)  # issue 15: a word per access level
            reeks.append(doc)
            if len(reeks) >= batch:
                opbouw.schrijf(reeks, backends)
                aantal += len(reeks)
                reeks = []
        if reeks:
            opbouw.schrijf(reeks, backends)
            aantal += len(reeks)

        weg = [
            pk
            for pk, sleutel in Zoekdocument.objects.values_list("pk", "sleutel").iterator()
            if sleutel not in sleutels
        ]
        stuk = afstemming.STUK
        for i in range(0, len(weg), stuk):
            for doc in Zoekdocument.objects.filter(pk__in=weg[i : i + stuk]):
                for backend in backends:
                    try:
                        backend.delete(doc)
                    except Exception:
                        logger.exception("Zoekindex: verwijderen uit %s mislukt", backend)
                doc.delete()
        opbouw.rond_af(backends)

        Zoekterm.objects.all().delete()
        Zoekterm.objects.bulk_create(
            (
                Zoekterm(term=t, toegang=g, is_woord=(t, g) in is_woord, aantal=n)
                for (t, g), n in tellingen.items()
            ),
            batch_size=batch,
        )
        noteer_analyseversie()
        verhoog_versie()
    _statistieken_bijwerken()
    if stdout:
        stdout.write(f"Zoekindex: {aantal} documenten, {len(tellingen)} termen.\n")
    return aantal


def _statistieken_bijwerken():
    """Fresh planner statistics for the index tables after a full rebuild. Without them the
    database plans searches for the table as it was before (a few rows), until autovacuum
    gets to it, if it runs at all."""
    tabellen = [Zoekdocument, Zoekterm, bibliotheek.index_entry_model()]
    with connection.cursor() as cursor:
        for model in tabellen:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
