"""The second relevance set (issue 15): the judged questions of search/relevantie/vragen2.json
over the agreements of search/relevantie/korpus2.csv, measured on a database that looks like a
fresh installation with only those agreements imported.

The test database holds the demo (tests/conftest.py). For this module a fixture takes it back to
what `migrate` brings, inside a transaction that is rolled back when the module ends: it deletes
every object of every registered search soort except the content `migrate` creates itself (the
mandatory pages and the overleggen of the migrations), the glossary (the concepts of the query
expansion) with it, and the learned abbreviations and promoted results; then it imports
korpus2.csv through the platform's own importer and rebuilds the index with
search.indexeren.herbouw, as an administrator of a new installation would.

`make relevance` prints the report per half (`-s`); RELEVANTIE_DEEL=afstemmen,gezien shows only
those halves, and then the floor of the held-out half reports pass or fail without numbers; the
held-out half "toets" is only ever shown as averages."""

import csv
import importlib
import random
import re
from collections import Counter

import pytest

from django.db import connection, transaction
from django.db.models.deletion import ProtectedError

from wagtail.models import Page

from afspraken.importeren.schrijven import importeer
from kennisplatform.verplichte_paginas import PAGINAS
from search import analyse, indexeren
from search import models as zoekmodellen
from search.models import Zoekdocument
from search.register import alle_soorten
from search.relevantie import (
    BLIND,
    DELEN,
    KORPUS2,
    OEFENEN,
    VRAGEN2,
    gemiddelden,
    meet,
    sleutel,
    typfoutbestendigheid,
    verslag_per_deel,
    vragen,
    zichtbare_delen,
)
from search.zoeker import zoek

# Deleting the demo's pages makes Wagtail warn about page versions it can no longer find.
pytestmark = pytest.mark.filterwarnings("ignore:Specific versions:RuntimeWarning")

GEVALLEN = {
    "afkorting_in_tekst",
    "veelvoorkomend",
    "natuurlijke_taal",
    "samenstelling",
    "typfout_samenstelling",
    "artikel",
    "zinsdeel",
}

# Floors per half, slightly below what the search measured (SQLite / PostgreSQL). When the set
# was made: afstemmen nDCG@10 0.904 / 0.900, recall@10 0.859 / 0.840, MRR 0.982 / 0.982; the first
# held-out half (now "gezien") 0.855 / 0.855, 0.866 / 0.866, 0.946 / 0.946. The new held-out half
# "toets", written and judged after the first round of tuning and before the second, measured on
# the engine of that moment (31bfae5): nDCG@10 0.935 / 0.935, recall@10 0.827 / 0.827, MRR 1.000
# on both. recall@10 is hits / min(10, judged relevant). Issue 15 asks nDCG@10 >= 0.93 and
# recall@10 >= 0.90 on the held-out half: raise the floors as the ranking gets there.
# After the second round of tuning (compounds typed as parts, derivations, law abbreviations,
# related results after a phrase): afstemmen 0.952 / 0.956, 0.924 / 0.932; gezien 0.965 / 0.965,
# 0.971 / 0.971; toets 0.953 / 0.953, 0.848 / 0.848; MRR 1.000 everywhere.
# After the third round (a standard thesaurus of the Omgevingswet, written by someone who never
# saw this set or the search, as a concept source below the glossary; an abbreviation with the
# synonyms of the thesaurus concept that is exactly its long form; abbreviations of a list):
# afstemmen 0.959 / 0.951, 0.946 / 0.946; gezien 0.971 / 0.971, 0.989 / 0.989; toets
# 0.960 / 0.960, 0.893 / 0.893; MRR 1.000 everywhere. The toets recall is still below the
# issue's 0.90: the floor holds what was reached, not the target.
# Fifth round: new tuning questions for the kinds the held-out half found weak (oefenen.json,
# written and judged by someone who did not run the search or see "toets"), measured before
# tuning: oefenen nDCG@10 0.930, recall@10 0.837 (21 questions; 7 of the 28 written turned out
# to repeat a question of vragen2.json and were removed before tuning). Tuned on it: a typo
# finds what its correction finds through its compound parts and its names (not its related
# subjects), below the correction itself; "samenwerking met ..." frames a question. After it
# (SQLite / PostgreSQL, nDCG@10 then recall@10): oefenen 0.932 / 0.932, 0.851 / 0.851;
# afstemmen 0.959 / 0.953, 0.946 / 0.946; gezien 0.971 / 0.968, 0.989 / 0.984; toets
# 0.961 / 0.961, 0.901 / 0.901; MRR 1.000 everywhere.
VLOER = {
    "afstemmen": {"ndcg@10": 0.945, "recall@10_min": 0.94, "mrr": 0.98},
    "gezien": {"ndcg@10": 0.96, "recall@10_min": 0.98, "mrr": 0.98},
    "toets": {"ndcg@10": 0.95, "recall@10_min": 0.90, "mrr": 0.98},
    "oefenen": {"ndcg@10": 0.92, "recall@10_min": 0.84, "mrr": 0.98},
}

# Typos without judgements (a tuning aid that never looks at a held-out half): 60 long words of
# the corpus, three typos each. When added (issue 15, fourth round): overlap@10 0.784 on
# SQLite; a typo in a compound still finds fewer texts than the word, as its parts are the
# typo's, not the correction's (tried: the correction's parts; it cost two judged questions).
# Fifth round: the correction's parts and names count, below the correction itself (and its
# related subjects are not asked for): 0.853 on SQLite, 0.851 on PostgreSQL.
TYPFOUT_WOORDEN = 60
TYPFOUT_VLOER = 0.83


def _korpusrijen():
    with KORPUS2.open(encoding="utf-8", newline="") as bestand:
        return list(csv.DictReader(bestand))


def _verplichte_slugs():
    """The slugs of the pages `migrate` creates (site/migrations/0005_verplichte_paginas)."""
    return {pagina["slug"] for pagina in PAGINAS}


def _overleggen_van_migrate():
    """The overleggen `migrate` creates, from the list of the data migration itself."""
    module = importlib.import_module("organisaties.migrations.0002_overleggen")
    return {overleg["naam"] for overleg in module.OVERLEGGEN}


def _verwijder_demo():
    """Delete what the demo added to the search: every object of every registered soort that
    `migrate` does not create itself. Pages first (a page takes its subpages along)."""
    verplicht, overleggen = _verplichte_slugs(), _overleggen_van_migrate()
    for soort in alle_soorten():
        if issubclass(soort.model, Page):
            pks = soort.model.objects.exclude(slug__in=verplicht).values_list("pk", flat=True)
            for pk in list(pks):
                pagina = Page.objects.filter(pk=pk).first()
                if pagina is not None:
                    pagina.delete()
    overig = [s.model for s in alle_soorten() if not issubclass(s.model, Page)]
    for _ronde in range(len(overig) + 1):
        beschermd = False
        for model in overig:
            rest = model._default_manager.all()
            if model._meta.label == "organisaties.Overleg":
                rest = rest.exclude(naam__in=overleggen)
            try:
                rest.delete()
            except ProtectedError:
                beschermd = True  # another model still refers to it: next round
        if not beschermd:
            return
    raise AssertionError("de demo-inhoud laat zich niet verwijderen (ProtectedError)")


def _verwijder_afgeleide_zoekgegevens():
    """Learned abbreviations, promoted results and the search log: a fresh installation has
    none (the rebuild learns the abbreviations from the imported texts again)."""
    for naam in ("GeleerdeAfkorting", "Promotie", "Zoekklik", "Zoekvraag"):
        model = getattr(zoekmodellen, naam, None)
        if model is not None:
            model.objects.all().delete()


def _importeer_korpus():
    return importeer(KORPUS2.read_bytes(), index=False)


def _zoek_sleutels(q):
    return [sleutel(r.doc) for r in zoek(q, None, per_pagina=10).resultaten]


@pytest.fixture(scope="module")
def verse_installatie(django_db_setup, django_db_blocker):
    """The demo database taken back to a fresh installation with only korpus2.csv imported and
    the index rebuilt; yields the measurement (averages, rows) of all questions. Rolled back
    at the end of the module."""
    with django_db_blocker.unblock():
        blok = transaction.atomic()
        blok.__enter__()
        try:
            _verwijder_demo()
            _verwijder_afgeleide_zoekgegevens()
            _importeer_korpus()
            indexeren.herbouw()
            indexeren.vergeet()
            gemiddeld, rijen = meet(_zoek_sleutels, vragen(VRAGEN2) + vragen(OEFENEN))
            print("\n" + verslag_per_deel(rijen, connection.vendor))
            yield gemiddeld, rijen
        finally:
            transaction.set_rollback(True)
            blok.__exit__(None, None, None)
            indexeren.vergeet()


def test_korpus_en_vragen_zijn_compleet():
    rijen, lijst = _korpusrijen(), vragen(VRAGEN2)
    codes = [r["code"] for r in rijen]
    assert len(rijen) >= 150
    assert len(set(codes)) == len(codes)
    assert {r["status"] for r in rijen} == {"vastgesteld"}
    assert len(lijst) >= 40
    per_geval = Counter(v["geval"] for v in lijst)
    assert set(per_geval) == GEVALLEN
    assert min(per_geval.values()) >= 6, per_geval
    for geval in GEVALLEN:
        delen = Counter(v["deel"] for v in lijst if v["geval"] == geval)
        assert set(delen) == {"afstemmen", "gezien", "toets"}, (geval, delen)
        assert abs(delen["afstemmen"] - delen["gezien"]) <= 1, (geval, delen)
        assert delen["toets"] >= 4, (geval, delen)
    bekend = {f"afspraak:{c}" for c in codes}
    for v in lijst:
        assert v["oordelen"] and set(v["oordelen"]) <= bekend, v["q"]
        assert set(v["oordelen"].values()) <= {1, 2, 3}, v["q"]
    # a common word has many relevant agreements, all judged
    assert all(len(v["oordelen"]) > 10 for v in lijst if v["geval"] == "veelvoorkomend")


def test_de_oefenvragen_zijn_nieuw_en_beoordeeld():
    """The fifth round's tuning questions (oefenen.json): only kinds of the set, judged against
    the corpus, none a repeat of a question of vragen2.json (so none of the held-out half)."""
    bekend = {f"afspraak:{r['code']}" for r in _korpusrijen()}
    oud = {v["q"].casefold() for v in vragen(VRAGEN2)}
    lijst = vragen(OEFENEN)
    assert len(lijst) >= 20
    for v in lijst:
        assert v["deel"] == "oefenen" and v["geval"] in GEVALLEN, v
        assert v["oordelen"] and set(v["oordelen"]) <= bekend, v["q"]
        assert set(v["oordelen"].values()) <= {1, 2, 3}, v["q"]
        assert v["q"].casefold() not in oud, v["q"]


@pytest.mark.django_db
def test_de_index_is_die_van_een_verse_installatie_met_het_korpus(verse_installatie):
    soorten = Counter(Zoekdocument.objects.values_list("soort", flat=True))
    assert soorten["uitvoeringsafspraak"] == len(_korpusrijen())
    assert soorten["begrip"] == 0
    assert soorten["organisatie"] == 0
    # besides the agreements only what `migrate` creates: the mandatory pages, the overleggen
    assert soorten["pagina"] <= len(PAGINAS)
    assert soorten["overleg"] <= len(_overleggen_van_migrate())
    assert set(soorten) <= {"uitvoeringsafspraak", "pagina", "overleg"}, soorten
    codes = {sleutel(doc) for doc in Zoekdocument.objects.filter(soort="uitvoeringsafspraak")}
    assert codes == {f"afspraak:{r['code']}" for r in _korpusrijen()}


@pytest.mark.django_db
@pytest.mark.parametrize("deel", DELEN)
@pytest.mark.parametrize("maat", ["ndcg@10", "recall@10_min", "mrr"])
def test_relevantie_korpus2_boven_de_vloer(verse_installatie, deel, maat):
    _gemiddeld, rijen = verse_installatie
    waarde = gemiddelden([r for r in rijen if r["deel"] == deel])[maat]
    boven = waarde >= VLOER[deel][maat]
    if deel in zichtbare_delen():
        assert boven, f"{deel} {maat} {waarde:.3f} < {VLOER[deel][maat]}"
    else:
        assert boven, f"deel {deel}: {maat} onder de vloer (cijfers verborgen)"


@pytest.mark.django_db
@pytest.mark.parametrize("deel", DELEN)
def test_elke_vraag_vindt_iets_relevants_in_de_top_10(verse_installatie, deel):
    """Issue 15: no judged question without a relevant result in its top 10, on every half.
    The held-out half reports only how many (its questions stay hidden)."""
    _gemiddeld, rijen = verse_installatie
    zonder = [r["q"] for r in rijen if r["deel"] == deel and r["geen_relevante"]]
    if deel in zichtbare_delen() and deel not in BLIND:
        assert not zonder, zonder
    else:
        assert not zonder, f"deel {deel}: {len(zonder)} vragen zonder relevant resultaat"


def _lange_woorden():
    """Words of at least 12 letters in at least 3 agreements of the corpus, in a fixed order:
    the compounds a professional types (and mistypes)."""
    teller = Counter()
    for rij in _korpusrijen():
        tekst = " ".join(v for k, v in rij.items() if k not in ("code", "status")).lower()
        teller.update(set(re.findall(r"[a-z]{12,}", tekst)))
    woorden = sorted(w for w, n in teller.items() if n >= 3)
    random.Random(7).shuffle(woorden)
    return woorden[:TYPFOUT_WOORDEN]


@pytest.mark.django_db
def test_een_typfout_vindt_wat_het_woord_vindt(verse_installatie):
    """Without judgements: a long word with a typo (left out, swapped, wrong letter) finds
    most of what the word itself finds in its top 10 (search.relevantie.typfoutbestendigheid)."""
    gemiddeld, rijen = typfoutbestendigheid(_zoek_sleutels, _lange_woorden())
    slecht = sorted(r for r in rijen if r[0] < 0.5)
    print(
        f"\nTypfouten korpus2 op {connection.vendor}: {len(rijen)} typfouten, overlap@10 met het "
        f"woord zelf {gemiddeld:.3f}; onder 0,5: {[f'{t} ({w})' for _o, w, t in slecht[:12]]}"
    )
    assert len(rijen) >= 150
    assert gemiddeld >= TYPFOUT_VLOER, f"{gemiddeld:.3f} < {TYPFOUT_VLOER}"


def _noemt(patronen, tekst):
    return any(p.search(tekst) for p in patronen)


def _woordpatroon(tekst):
    return re.compile(r"\b" + r"\W+".join(map(re.escape, analyse.vouw(tekst).split())) + r"\b")


@pytest.mark.django_db
def test_elke_geleerde_afkorting_vindt_de_teksten_die_haar_of_de_lange_vorm_noemen(
    verse_installatie,
):
    """Issue 15 on the whole corpus, without judgements: for every abbreviation the rebuild
    learned from korpus2, the question with the abbreviation finds (in its top 10, as far as
    ten can hold them) every agreement that names the abbreviation or its long form."""
    teksten = [
        (sleutel(doc), analyse.vouw(" ".join(v["tekst"] or "" for v in doc.velden)))
        for doc in Zoekdocument.objects.filter(soort="uitvoeringsafspraak")
    ]
    geleerd = list(zoekmodellen.GeleerdeAfkorting.objects.filter(afgewezen=False))
    assert len(geleerd) >= 10, [str(a) for a in geleerd]
    tekort = {}
    for afkorting in geleerd:
        patronen = [_woordpatroon(afkorting.weergave), _woordpatroon(afkorting.lange_vorm_weergave)]
        noemen = {s for s, tekst in teksten if _noemt(patronen, tekst)}
        gevonden = set(_zoek_sleutels(afkorting.weergave))
        if len(noemen & gevonden) < min(10, len(noemen)):
            tekort[afkorting.weergave] = sorted(noemen - gevonden)
    assert not tekort, tekort
