"""Upgrades: an index built with another analysis (analyse.ANALYSEVERSIE) is rebuilt once
after `migrate` (search/na_migratie.py), as a background task; in the tests tasks run at
once (ImmediateBackend)."""

import pytest

from django.db import DatabaseError

from search import analyse, na_migratie, taken
from search.indexeren import herbouw
from search.models import Indexversie, Zoekdocument

pytestmark = pytest.mark.django_db


@pytest.fixture
def herbouwd(monkeypatch):
    """The full rebuilds started (counted, not run: the demo index is current)."""
    keer = []
    monkeypatch.setattr(taken, "herbouw", lambda: keer.append(1))
    return keer


def _opgeslagen():
    return Indexversie.objects.filter(pk=1).values_list("analyse", flat=True).first()


def test_nieuwe_analyse_herbouwt_de_index_een_keer(monkeypatch, herbouwd):
    na_migratie.na_migratie()  # the test database: index of the current analysis
    assert herbouwd == [] and _opgeslagen() == analyse.ANALYSEVERSIE
    monkeypatch.setattr(analyse, "ANALYSEVERSIE", analyse.ANALYSEVERSIE + 1)
    na_migratie.na_migratie()
    assert herbouwd == [1]
    assert _opgeslagen() == analyse.ANALYSEVERSIE
    na_migratie.na_migratie()  # a second migrate: the rebuild is not started again
    assert herbouwd == [1]


def test_index_van_voor_de_analyseversie_wordt_herbouwd(herbouwd):
    """An install upgraded from a release without the version (0: unknown) rebuilds once."""
    Indexversie.objects.update_or_create(pk=1, defaults={"analyse": 0})
    na_migratie.na_migratie()
    assert herbouwd == [1]


def test_lege_database_herbouwt_niet(monkeypatch, herbouwd):
    Zoekdocument.objects.all().delete()
    Indexversie.objects.all().delete()
    na_migratie.na_migratie()
    assert herbouwd == []
    assert _opgeslagen() == analyse.ANALYSEVERSIE
    # what migrate created is indexed as usual (search/na_migratie.py), with this analysis
    assert Zoekdocument.objects.exists()


def test_zoekindex_commando_legt_de_analyseversie_vast(monkeypatch):
    monkeypatch.setattr(analyse, "ANALYSEVERSIE", analyse.ANALYSEVERSIE + 1)
    herbouw()
    assert _opgeslagen() == analyse.ANALYSEVERSIE


def test_mislukte_herbouw_wordt_bij_de_volgende_migrate_opnieuw_geprobeerd(monkeypatch, herbouwd):
    monkeypatch.setattr(analyse, "ANALYSEVERSIE", analyse.ANALYSEVERSIE + 1)

    def mislukt():
        raise DatabaseError("schijf vol")

    monkeypatch.setattr(taken, "herbouw", mislukt)
    na_migratie.na_migratie()  # logged; migrate itself does not fail
    assert _opgeslagen() != analyse.ANALYSEVERSIE
    monkeypatch.setattr(taken, "herbouw", lambda: herbouwd.append(1))
    na_migratie.na_migratie()
    assert herbouwd == [1] and _opgeslagen() == analyse.ANALYSEVERSIE
