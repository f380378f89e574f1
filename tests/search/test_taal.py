"""Natural-language questions: the noun and the verb of one meaning, enumerations that leave a
compound's head out, phrases across hyphens and joins, and the verb of a question."""

import pytest

from search import afstemming, analyse
from search.analyse import Concepten
from search.rangschikking import zin_patroon
from search.vraag import zoektermen
from search.zoeker import zoek
from tests.helpers.zoeken import titels


@pytest.mark.parametrize(
    "familie",
    [
        ("adviseert", "adviseren", "adviseur", "adviseurs", "advisering", "geadviseerd"),
        ("melden", "meldt", "melding", "meldingen"),
        ("toetsen", "toetst", "toetsing"),
        ("participatie", "participeren", "participeert"),
        ("coordinatie", "coordinator", "coordineren", "gecoordineerd"),
        ("organisatie", "organiseren", "organiseert"),
        ("velden", "veld"),
    ],
)
def test_zelfstandig_naamwoord_en_werkwoord_delen_een_indexvorm(familie):
    assert len({analyse.stam(w) for w in familie}) == 1, {w: analyse.stam(w) for w in familie}


@pytest.mark.parametrize("kort,ander", [("kleur", "kleren"), ("natie", "neren"), ("meer", "mer")])
def test_korte_woorden_worden_niet_samengevoegd(kort, ander):
    assert analyse.stam(kort) != analyse.stam(ander)


def test_minimale_stamlengte_is_instelbaar(monkeypatch):
    analyse.stam.cache_clear()
    try:
        monkeypatch.setattr(afstemming, "MIN_AFLEIDING_STAM", 2)
        assert analyse.stam("kleur") == analyse.stam("kleren")  # the merge the limit prevents
    finally:
        analyse.stam.cache_clear()
    monkeypatch.undo()
    assert analyse.stam("kleur") != analyse.stam("kleren")


def test_opsomming_met_weggelaten_kop_wordt_uitgeschreven():
    vocab = frozenset({"vergunningen", "beleid"})
    tekst = "De bouw-, kap- en sloopvergunningen en het uitvoerings- en handhavingsbeleid."
    woorden = [w for w, _bepaling, _kop in analyse.uitgeschreven(tekst, vocab)]
    assert woorden == ["bouwvergunningen", "kapvergunningen", "uitvoeringsbeleid"]
    a = analyse.analyseer(tekst, vocab)
    assert {"kapvergunningen", "bouwvergunningen"} <= a.exact
    assert analyse.stam("kapvergunning") in a.stammen
    # no compound to take a head from: nothing added
    assert analyse.uitgeschreven("Midden- en West-Brabant", vocab) == []


@pytest.mark.parametrize(
    "tekst,past",
    [
        ("via één loket", True),
        ("via één-loket", True),
        ("via het eenloket", True),
        ("één ander loket", False),
        ("geen loket", False),
    ],
)
def test_zinsdeel_over_koppeltekens_en_aaneen(tekst, past):
    assert bool(zin_patroon(["een", "loket"]).search(analyse.vouw(tekst))) is past


def test_werkwoord_na_het_vraagwoord():
    termen = zoektermen("wie adviseert over externe veiligheid", frozenset(), Concepten())
    assert [t.woord for t in termen if t.werkwoord] == ["adviseert"]
    termen = zoektermen("hoe betrekken we de veiligheidsregio", frozenset(), Concepten())
    assert [t.woord for t in termen if t.werkwoord] == ["betrekken"]
    termen = zoektermen("adviseert de omgevingsdienst", frozenset(), Concepten())
    assert not any(t.werkwoord for t in termen)


def test_vraag_met_werkwoord_vindt_het_zelfstandig_naamwoord(pagina):
    pagina("Aanvragen", "De omgevingsdienst zorgt voor advisering bij elke aanvraag.")
    pagina("Incidenten", "Bedrijven doen meldingen van incidenten.")
    assert "Aanvragen" in titels("wie adviseert")
    assert "Incidenten" in titels("wie meldt")


def test_werkwoord_weegt_minder_dan_het_onderwerp(pagina):
    # equally rare words, equal fields: only the weight of the question's verb orders them
    pagina("Alfa", "De provincie adviseert over wegen.")
    pagina("Beta", "De provincie spreekt over evenementen.")
    gevonden = titels("wie adviseert over evenementen")
    assert gevonden.index("Beta") < gevonden.index("Alfa")


def test_opsomming_vindbaar_op_het_uitgeschreven_woord(pagina):
    pagina("Vergunningen", "Over vergunningen in het algemeen.")
    pagina("Loket", "Het loket behandelt bouw-, kap- en sloopvergunningen.")
    assert "Loket" in titels("kapvergunning")


def test_zinsdeel_met_koppelteken(pagina):
    pagina("Eén loket", "Inwoners melden zich bij één-loket voor alles.")
    pagina("Twee loketten", "Eén gemeente, elk loket apart.")
    uitkomst = zoek('"één loket"', per_pagina=200)
    exact = [r.doc.titel for r in uitkomst.exacte]
    assert "Eén loket" in exact and "Twee loketten" not in exact
    # the words apart are no result of the phrase, only a related one (helper verwant)
    assert "Twee loketten" in [r.doc.titel for r in uitkomst.verwante]
