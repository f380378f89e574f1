"""What keeps search fast on a large index must not change what users find: common words are
not ranked by the database but still fill the result list, and long texts still get a
snippet."""

from search import afstemming, kandidaten
from search.indexeren import concepten, vocabulaire
from search.markering import markeer
from search.vraag import zoektermen
from search.zoeker import zoek
from tests.helpers.zoeken import titels


def _resultaat(q):
    uitkomst = zoek(q, None, {}, per_pagina=200)
    return uitkomst.count, [r.doc.titel for r in uitkomst.resultaten]


def test_veelvoorkomende_woorden_vullen_aan_zonder_dat_er_iets_verdwijnt(pagina, monkeypatch):
    for nummer in range(4):
        pagina(f"Vergunning nummer {nummer}", "Over de behandeling van een vergunning.")
    pagina("Zonnepark Noord", "Een zonnepark en de vergunning daarvoor.")
    pagina("Zonnepark Zuid", "Alleen over een zonnepark.")
    volledig_aantal, volledig = _resultaat("zonnepark vergunning")

    monkeypatch.setattr(afstemming, "SELECTIEF", 1)  # every token counts as common but the rarest
    aantal, titels = _resultaat("zonnepark vergunning")

    assert aantal == volledig_aantal and set(titels) == set(volledig)
    assert {f"Vergunning nummer {n}" for n in range(4)} <= set(titels)
    assert titels[0] == "Zonnepark Noord"  # both words, in the title and the text


def test_verdeel_neemt_de_zeldzaamste_woorden_tot_de_grens():
    df = {"zonnepark": 2, "vergunning": 900, "toezicht": 5000, "nieuw": 0}
    selectief, algemeen = kandidaten.verdeel(df, df, grens=1000)
    assert selectief == ["nieuw", "zonnepark", "vergunning"] and algemeen == ["toezicht"]


def test_lange_tekst_krijgt_een_fragment_met_de_treffer(db):
    termen = zoektermen("windturbines", vocabulaire(), concepten())
    vooraan = "De windturbines staan aan de rand. " + "Een zin zonder het woord. " * 3000
    fragment = markeer(vooraan, termen)
    assert "<mark>windturbines</mark>" in fragment and len(fragment) < 300
    zonder = "Een zin zonder het woord. " * 3000 + "De windturbines staan achteraan."
    assert markeer(zonder, termen).startswith("Een zin zonder het woord.")


def test_herbouw_geeft_de_database_verse_statistieken(pagina):
    """After a full rebuild the planner must know the index's real size (autovacuum may be
    off or late): otherwise it plans for the few rows there were before."""
    from django.db import connection

    from search.indexeren import herbouw
    from search.models import Zoekdocument

    for nummer in range(5):
        pagina(f"Pagina {nummer}", "Over toezicht.")
    herbouw()
    tabel = Zoekdocument._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT reltuples FROM pg_class WHERE relname = %s", [tabel])
            geschat = cursor.fetchone()[0]
        else:
            cursor.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = %s", [tabel])
            geschat = int(cursor.fetchone()[0].split()[0])
    assert geschat == Zoekdocument.objects.count()


def test_zinsdeel_vindt_ook_een_document_achter_veel_andere_treffers(pagina, monkeypatch):
    """A phrase query looks among the documents with every word of the phrase, so the one
    with the phrase is found even when many documents have one of its words."""
    monkeypatch.setattr(afstemming, "KANDIDATEN_ZIN", 5)
    monkeypatch.setattr(afstemming, "SELECTIEF", 3)  # both words count as common
    for nummer in range(8):
        pagina(f"Paarse regeling {nummer}", "Een paarse afspraak over paarse zaken.")
    for nummer in range(4):
        pagina(f"Vijver {nummer}", "Over kikkers.")
    pagina("Achteraan", "Hier staat pas in de tekst iets over paarse kikkers.")
    # the one exact result, first; documents with the words apart follow only as related ones
    uitkomst = zoek('"paarse kikkers"', per_pagina=200)
    assert [r.doc.titel for r in uitkomst.exacte] == ["Achteraan"] == titels('"paarse kikkers"')[:1]
