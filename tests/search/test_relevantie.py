"""The relevance floor: the judged Dutch queries of search/relevantie/vragen.json must keep
their quality on every backend (`make relevance` prints the full report)."""

import pytest

from django.db import connection

from search.relevantie import meet, sleutel, verslag
from search.zoeker import zoek

VLOER = {"ndcg@10": 0.85, "recall@10": 0.80, "mrr": 0.85}


_METING = {}


@pytest.fixture
def meting(db):
    if "uitkomst" not in _METING:
        gemiddeld, rijen = meet(
            lambda q: [sleutel(r.doc) for r in zoek(q, None, per_pagina=10).resultaten]
        )
        print("\n" + verslag(gemiddeld, rijen, connection.vendor))
        _METING["uitkomst"] = (gemiddeld, rijen)
    return _METING["uitkomst"]


def test_minstens_veertig_beoordeelde_vragen(meting):
    gemiddeld, rijen = meting
    assert gemiddeld["vragen"] >= 40
    assert {r["geval"] for r in rijen} >= {
        "stam",
        "samenstelling",
        "afkorting",
        "synoniem",
        "typfout",
        "zinsdeel",
        "artikel",
    }


@pytest.mark.parametrize("maat", sorted(VLOER))
def test_relevantie_boven_de_vloer(meting, maat):
    gemiddeld, _rijen = meting
    assert gemiddeld[maat] >= VLOER[maat], verslag(*meting, connection.vendor)


def test_geen_vraag_zonder_resultaat(meting):
    gemiddeld, rijen = meting
    assert gemiddeld["leeg"] == 0, [r["q"] for r in rijen if r["leeg"]]
