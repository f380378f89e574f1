"""What a process keeps in memory for the search (the vocabulary, the visible words, the
stems) is kept in a form the garbage collector does not walk: a full collection used to walk
every word of the vocabulary and every link of the stems' LRU cache, adding tens of
milliseconds to whichever search request triggered it (profiling at 100,000 agreements). The
memory still answers the same and is still rebuilt when the index version changes."""

import gc

import pytest

from search import afstemming, analyse, indexeren
from search.models import Zoekterm
from search.vraag import _zichtbare_woorden

pytestmark = pytest.mark.django_db


def _niet_gevolgd(verzameling):
    """True when the collector has nothing to walk in it (a proxy of an untracked dict)."""
    return not any(gc.is_tracked(deel) for deel in gc.get_referents(verzameling))


def test_woordenverzameling_werkt_als_een_verzameling():
    woorden = indexeren.woordenverzameling(["vergunning", "toezicht"])
    assert "vergunning" in woorden and "handhaving" not in woorden
    assert len(woorden) == 2
    assert _niet_gevolgd(woorden)
    with pytest.raises(TypeError):
        woorden["handhaving"] = None  # read-only, as the frozenset was


def test_vocabulaire_wordt_niet_door_de_garbage_collector_doorlopen():
    Zoekterm.objects.create(term="kwartelkoning", toegang="openbaar", is_woord=True, aantal=1)
    indexeren.verhoog_versie()
    vocab = indexeren.vocabulaire()
    assert "kwartelkoning" in vocab
    assert _niet_gevolgd(vocab)


def test_vocabulaire_volgt_de_indexversie():
    assert "grutto" not in indexeren.vocabulaire()
    Zoekterm.objects.create(term="grutto", toegang="openbaar", is_woord=True, aantal=1)
    assert "grutto" not in indexeren.vocabulaire()  # remembered for this version
    indexeren.verhoog_versie()
    assert "grutto" in indexeren.vocabulaire()


def test_zichtbare_woorden_zonder_garbage_collector_en_per_versie():
    Zoekterm.objects.create(term="roerdomp", toegang="openbaar", is_woord=True, aantal=1)
    indexeren.verhoog_versie()
    woorden, bekend = _zichtbare_woorden({"openbaar"})
    assert isinstance(woorden, tuple) and "roerdomp" in woorden and "roerdomp" in bekend
    assert list(woorden) == sorted(woorden)
    assert _niet_gevolgd(bekend)
    gc.collect()
    assert not gc.is_tracked(woorden)  # a tuple of strings is untracked after a collection
    Zoekterm.objects.create(term="zeearend", toegang="openbaar", is_woord=True, aantal=1)
    indexeren.verhoog_versie()
    assert "zeearend" in _zichtbare_woorden({"openbaar"})[1]


def test_stammen_worden_onthouden_zonder_garbage_collector(monkeypatch):
    analyse.stam.cache_clear()
    monkeypatch.setattr(afstemming, "MAX_STAMMEN", 5)
    woorden = [f"vergunning{letter}en" for letter in "abcdefghij"]
    stammen = [analyse._stam(w) for w in woorden]
    assert [analyse.stam(w) for w in woorden] == stammen
    assert len(analyse._STAMMEN) <= 5  # bounded: started afresh when full
    assert [analyse.stam(w) for w in woorden] == stammen
    assert not gc.is_tracked(analyse._STAMMEN)
    analyse.stam.cache_clear()
    assert not analyse._STAMMEN
