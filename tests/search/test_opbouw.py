"""issue 16: a full rebuild of the search index is fast (search/opbouw.py) and still writes
exactly what the slow way wrote: the same documents under the same keys, a private group
never named, and on PostgreSQL the same rows in the library's index table."""

import pytest

from django.db import connection
from django.db.models.functions import Length

from wagtail.models import PageViewRestriction
from wagtail.search.backends import get_search_backend

from afspraken.models import Uitvoeringsafspraak
from search import bibliotheek, opbouw
from search.indexeren import concepten, herbouw, maak_document, vocabulaire
from search.models import Zoekdocument
from search.register import soort_voor

pytestmark = pytest.mark.django_db

INDEXVELDEN = ["object_id", "title", "body", "autocomplete"] + (
    ["title_text", "body_text"] if connection.vendor == "postgresql" else []
)
VELDEN = ["pk", "sleutel", "titel", "tekst", "url", "toegang", "groep", "velden", "title", "body"]


def _documenten():
    return list(Zoekdocument.objects.order_by("sleutel").values_list(*VELDEN))


def _indexrijen():
    return sorted(
        bibliotheek.index_entry_model()
        .objects.filter(content_type_id=bibliotheek.content_type_pk(Zoekdocument))
        .values_list(*INDEXVELDEN)
    )


def test_een_tweede_herbouw_schrijft_dezelfde_documenten_onder_dezelfde_sleutels():
    herbouw()
    eerst, rijen = _documenten(), _indexrijen()
    herbouw()
    assert eerst and _documenten() == eerst
    assert _indexrijen() == rijen


def test_herbouw_noemt_per_afspraak_alleen_een_openbare_groep():
    afspraken = Uitvoeringsafspraak.objects.openbaar().exclude(groep=None)
    groepen = list(dict.fromkeys(afspraken.values_list("groep_id", flat=True)))
    assert len(groepen) >= 2
    besloten = afspraken.filter(groep_id=groepen[0]).first().groep
    PageViewRestriction.objects.create(page=besloten, restriction_type=PageViewRestriction.LOGIN)
    herbouw()
    per_groep = {}
    for afspraak in afspraken:
        doc = Zoekdocument.objects.get(sleutel=soort_voor(afspraak).sleutel(afspraak))
        per_groep.setdefault(afspraak.groep_id, set()).add(doc.groep)
    assert per_groep[groepen[0]] == {""}
    assert per_groep[groepen[1]] == {afspraken.filter(groep_id=groepen[1]).first().groep.title}


def test_onthoud_alleen_tijdens_een_herbouw():
    keer = []

    def maak():
        keer.append(1)
        return len(keer)

    assert opbouw.onthoud("x", maak) == 1 and opbouw.onthoud("x", maak) == 2
    with opbouw.sessie():
        assert opbouw.onthoud("x", maak) == 3 and opbouw.onthoud("x", maak) == 3
    assert opbouw.onthoud("x", maak) == 4


def test_de_onthouden_analyse_is_dezelfde():
    vocab, conc = vocabulaire(), concepten()
    analyseer = opbouw.analysator(vocab, conc, geheugen=2)
    for afspraak in Uitvoeringsafspraak.objects.openbaar()[:5]:
        soort = soort_voor(afspraak)
        gewoon = maak_document(soort, afspraak, vocab, conc)
        onthouden = maak_document(soort, afspraak, vocab, conc, analyseer=analyseer)
        assert onthouden.velden == gewoon.velden
        assert (onthouden.title, onthouden.body) == (gewoon.title, gewoon.body)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the PostgreSQL index table")
def test_indexeer_tabel_schrijft_wat_de_bibliotheek_schrijft():
    """bibliotheek.indexeer_tabel builds the index rows in SQL; the library's add_items (what
    a save does) must give the same rows. Fails when the library changes what it writes."""
    herbouw()
    backend = get_search_backend("default")
    entries = bibliotheek.index_entry_model().objects
    backend.add_bulk(Zoekdocument, list(Zoekdocument.objects.all()))
    van_bibliotheek = _indexrijen()
    entries.filter(content_type_id=bibliotheek.content_type_pk(Zoekdocument)).delete()
    bibliotheek.indexeer_tabel(backend, Zoekdocument)
    assert _indexrijen() == van_bibliotheek
    # title_norm refreshed once over the whole table: the average title length (in lexemes)
    # divided by this one's
    rijen = list(entries.annotate(n=Length("title")).filter(n__gt=0).values_list("n", "title_norm"))
    gemiddeld = sum(n for n, _norm in rijen) / len(rijen)
    assert rijen and all(norm == pytest.approx(gemiddeld / n) for n, norm in rijen)
