"""The version of the search index lives in the database (issue 18, item 2): every change of
what the per-process memo holds raises it, and a process reads it once per request, so a
change made by another process is used on the next request."""

import pytest

from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from begrippen.models import Begrip
from search import afstemming, indexeren
from search.models import Indexversie
from tests.helpers.zoeken import titels

pytestmark = pytest.mark.django_db


def _db_versie():
    return Indexversie.objects.filter(pk=1).values_list("versie", flat=True).first() or 0


def _nieuw_verzoek():
    request_finished.send(sender=None)
    request_started.send(sender=None)


@pytest.fixture(autouse=True)
def _signalen_zonder_verbinding_sluiten():
    """As Django's test client does: the request signals must not close the connection of
    the test's transaction (close_old_connections would on PostgreSQL)."""
    for signaal in (request_started, request_finished):
        signaal.disconnect(close_old_connections)
    yield
    request_finished.send(sender=None)
    for signaal in (request_started, request_finished):
        signaal.connect(close_old_connections)


def test_begrip_opslaan_en_verwijderen_verhoogt_de_versie(django_capture_on_commit_callbacks):
    voor = _db_versie()
    with django_capture_on_commit_callbacks(execute=True):
        begrip = Begrip.objects.create(term="Kwartelkoning", definitie="Een vogel.")
    assert _db_versie() > voor
    tussen = _db_versie()
    with django_capture_on_commit_callbacks(execute=True):
        begrip.delete()
    assert _db_versie() > tussen


def test_herbouw_verhoogt_de_versie(django_capture_on_commit_callbacks):
    voor = _db_versie()
    with django_capture_on_commit_callbacks(execute=True):
        indexeren.herbouw()
    assert _db_versie() > voor


def test_pas_bij_de_commit_zien_andere_processen_de_nieuwe_versie(
    django_capture_on_commit_callbacks,
):
    voor = _db_versie()
    with django_capture_on_commit_callbacks(execute=False) as uitgesteld:
        Begrip.objects.create(term="Kwartelkoning", definitie="Een vogel.")
        assert _db_versie() == voor  # not yet committed: nothing announced
    for functie in uitgesteld:
        functie()
    assert _db_versie() == voor + 1


def test_de_versie_wordt_een_keer_per_verzoek_gelezen(django_assert_num_queries):
    _nieuw_verzoek()
    with django_assert_num_queries(1):
        eerste = indexeren.versie()
        assert indexeren.versie() == eerste
        assert indexeren.versie() == eerste


def test_een_wijziging_van_een_ander_proces_telt_bij_het_volgende_verzoek():
    """Another process changed a begrip and raised the version: simulated with updates that
    send no signals (this process learns nothing of them but the version)."""
    begrip = Begrip.objects.get(term="Convenant")
    _nieuw_verzoek()
    assert titels("kwartelkoning") == []

    Begrip.objects.filter(pk=begrip.pk).update(synoniemen=f"{begrip.synoniemen}; kwartelkoning")
    Indexversie.objects.filter(pk=1).update(versie=_db_versie() + 1, token="ander-proces")
    # within the same request the memo stays as it was (the version is read once)
    assert titels("kwartelkoning") == []
    _nieuw_verzoek()
    # the synonym now expands to the concept: what is indexed with the begrip is found
    assert "Convenant" in titels("kwartelkoning")


def test_buiten_een_verzoek_hoogstens_een_seconde_oud(monkeypatch):
    request_finished.send(sender=None)
    klok = [1000.0]
    monkeypatch.setattr(indexeren.time, "monotonic", lambda: klok[0])
    eerste = indexeren.versie()
    Indexversie.objects.filter(pk=1).update(versie=eerste[0] + 5, token="taak")
    assert indexeren.versie() == eerste
    klok[0] += indexeren.VERSIE_BUITEN_VERZOEK + 0.1
    assert indexeren.versie()[:2] == (eerste[0] + 5, "taak")


def test_een_eigen_wijziging_telt_meteen_ook_binnen_de_transactie():
    _nieuw_verzoek()
    # the memo of this version is filled before the change (it was only when an earlier test
    # happened to fill it under the same version: this test depended on the order of tests)
    assert titels("kwartelkoning") == []
    Begrip.objects.filter(term="Convenant").update(synoniemen="kwartelkoning")
    assert titels("kwartelkoning") == []
    voor = indexeren.versie()
    indexeren.verhoog_versie()  # this test's transaction is never committed
    assert indexeren.versie() != voor
    assert "Convenant" in titels("kwartelkoning")


def _afleiden():
    """What a search derives from the index (the vocabulary, then the concepts)."""
    indexeren.vocabulaire()
    indexeren.concepten()


@pytest.mark.parametrize("oud", range(afstemming.MAX_GEHEUGEN - 3, afstemming.MAX_GEHEUGEN + 3))
def test_een_vol_geheugen_houdt_wat_het_vorige_verzoek_afleidde(oud, django_assert_num_queries):
    """Indexing fills the memo with versions that are stale at once (one per change). A full
    memo made room by clearing everything, also in the middle of a request: what that request
    had just derived (the concepts) was gone, and the next request read the begrippen again,
    depending on how many stale entries there happened to be (a query count off by one)."""
    for _ in range(oud):
        indexeren.verhoog_versie()  # as indexing one object does
        indexeren.vocabulaire()
    _nieuw_verzoek()
    _afleiden()
    _nieuw_verzoek()
    with django_assert_num_queries(1):  # only the version: the rest is remembered
        _afleiden()


def test_het_geheugen_blijft_begrensd_ook_binnen_een_versie():
    """Many different queries under one version: the memo keeps at most MAX_GEHEUGEN."""
    _nieuw_verzoek()
    for i in range(2 * afstemming.MAX_GEHEUGEN):
        indexeren._per_versie(("vraag", i), dict)
    assert len(indexeren._geheugen) <= afstemming.MAX_GEHEUGEN
    assert ("vraag", 2 * afstemming.MAX_GEHEUGEN - 1) in {s[0] for s in indexeren._geheugen}
