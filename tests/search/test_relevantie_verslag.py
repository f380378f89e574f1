"""The relevance report keeps the held-out half blind: whoever tunes the search sees its
averages, never its questions (search/relevantie, issue 15)."""

from search.relevantie import verslag_per_deel


def _rij(q, deel, ndcg):
    return {
        "q": q,
        "geval": "samenstelling",
        "deel": deel,
        "ndcg": ndcg,
        "recall": ndcg,
        "recall_min": ndcg,
        "rr": 1.0,
        "leeg": False,
        "geen_relevante": ndcg == 0,
        "relevant": 3,
        "top": ["afspraak:K2-001"],
    }


RIJEN = [
    _rij("open vraag om af te stemmen", "afstemmen", 0.5),
    _rij("al geziene vraag", "gezien", 0.7),
    _rij("geheime toetsvraag", "toets", 0.0),
    _rij("nieuwe oefenvraag", "oefenen", 0.9),
]


def test_toetshelft_alleen_als_gemiddelden(monkeypatch):
    monkeypatch.delenv("RELEVANTIE_DEEL", raising=False)
    verslag = verslag_per_deel(RIJEN, "sqlite")
    assert "open vraag om af te stemmen" in verslag
    assert "al geziene vraag" in verslag
    assert "geheime toetsvraag" not in verslag
    assert "deel toets: 1 vragen, nDCG@10 0.000" in verslag
    assert "zonder relevant resultaat in de top 10: 1" in verslag


def test_relevantie_deel_kiest_helften(monkeypatch):
    monkeypatch.setenv("RELEVANTIE_DEEL", "afstemmen,gezien,oefenen")
    verslag = verslag_per_deel(RIJEN, "sqlite")
    assert "deel afstemmen" in verslag and "deel gezien" in verslag
    assert "nieuwe oefenvraag" in verslag
    assert "deel toets:" not in verslag
    assert "(deel toets verborgen)" in verslag
