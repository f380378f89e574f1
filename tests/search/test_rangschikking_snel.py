"""The ranking skips, in one pass, a field that has none of a term's tokens (rangschikking.
_per_veld; profiling at 100,000 agreements: most fields of most candidates match nothing, and
testing every kind of match on each cost a third of the ranking). Scores and order must be
exactly those of testing every kind of match."""

import pytest

from search import rangschikking
from search.indexeren import concepten, vocabulaire
from search.models import Zoekdocument
from search.rangschikking import documentfrequenties, rangschik
from search.vraag import alle_tokens, ontleed, verbeter, zoektermen

pytestmark = pytest.mark.django_db

# exact words, stems, compounds typed as parts, compound parts, typos (fuzzy), concepts and
# abbreviations, broad core-word tokens, law abbreviations and article references, frame words
VRAGEN = [
    "omgevingsdienst utrecht",
    "ODU",
    "strategie toezicht",
    "vergunningsaanvraag",
    "omgevingsplanactivitiet",
    "art. 16.15 Ow",
    "wie adviseert over externe veiligheid",
    "afspraken over geluid bij windturbines",
    "handhaving",
    "lozingen",
]


def _rangschik(q):
    conc = concepten()
    termen = zoektermen(q, vocabulaire(), conc)
    verbeter(termen, {"openbaar"}, conc)
    zinnen, _verplicht = ontleed(q)
    df = documentfrequenties(alle_tokens(termen))
    docs = list(Zoekdocument.objects.defer("title", "body").order_by("pk"))
    return [(score, doc.pk, veld) for score, doc, veld in rangschik(docs, termen, zinnen, df)]


@pytest.mark.parametrize("q", VRAGEN)
def test_snel_overslaan_verandert_geen_score_of_volgorde(q, monkeypatch):
    snel = _rangschik(q)
    assert snel  # the demo content has results for every question
    van = rangschikking._Gezocht.van

    def zonder_overslaan(term):
        gezocht = van(term)
        gezocht.alle = ()  # every field through every test of _soort_treffer
        return gezocht

    monkeypatch.setattr(rangschikking._Gezocht, "van", staticmethod(zonder_overslaan))
    assert _rangschik(q) == snel


def test_elke_soort_treffer_zit_in_de_tokens_van_de_term():
    termen = zoektermen("omgevingsplanactivitiet toezicht", vocabulaire(), concepten())
    verbeter(termen, {"openbaar"}, concepten(), vocabulaire())
    assert termen[0].fuzzy_delen  # the correction's parts are among the tokens tested
    for term in termen:
        gezocht = rangschikking._Gezocht.van(term)
        getest = {gezocht.woord, gezocht.stam, gezocht.kop}
        getest |= {*gezocht.concepten, *gezocht.delen, *gezocht.fuzzy, *gezocht.stam_fuzzy}
        getest |= {*gezocht.samenstellingen, *gezocht.delen_fuzzy, *gezocht.concepten_fuzzy}
        assert getest - {""} == set(gezocht.alle)
