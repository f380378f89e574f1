"""Ranking by the question's meaning (issue 15.2): concepts, not tokens; the question's frame
counts for little; recall first for questions of several concepts; proximity."""

from search import afstemming, analyse
from search.vraag import inhoudsgroepen, zoektermen
from tests.helpers.zoeken import titels


def _concepten():
    conc = analyse.Concepten()
    conc.voeg_toe("bgr901", "Omgevingsdienst Utrecht", ["Omgevingsdienst Utrecht", "ODU"])
    return conc


def test_woorden_van_een_begrip_zijn_samen_een_begrip_van_de_vraag():
    termen = zoektermen("omgevingsdienst utrecht geluidhinder", frozenset(), _concepten())
    assert termen[0].groep == termen[1].groep != termen[2].groep
    assert len(inhoudsgroepen(termen)) == 2


def test_herhaald_woord_telt_een_keer():
    termen = zoektermen("windturbine windturbines slagschaduw", frozenset(), analyse.Concepten())
    assert len(inhoudsgroepen(termen)) == 2


def test_kader_van_de_vraag_is_geen_inhoud():
    termen = zoektermen("afspraken over geluidhinder", frozenset(), analyse.Concepten())
    assert [t.kader for t in termen] == [True, False]
    assert len(inhoudsgroepen(termen)) == 1
    # a question of only frame words is searched as it is
    termen = zoektermen("afspraken", frozenset(), analyse.Concepten())
    assert not termen[0].kader
    termen = zoektermen("welke rol heeft de provincie", frozenset(), analyse.Concepten())
    assert [t.woord for t in termen if not t.kader] == ["provincie"]


def test_samenwerking_met_is_kader():
    # "samenwerking met ..." says what kind of answer is wanted, like "afspraken met ...": the
    # many texts and overleggen with "samenwerking" in their name are not what it is about
    termen = zoektermen(
        "samenwerking met het openbaar ministerie bij milieucriminaliteit",
        frozenset(),
        analyse.Concepten(),
    )
    assert [t.woord for t in termen if t.kader] == ["samenwerking"]
    # "regionale samenwerking" is about cooperation
    termen = zoektermen("regionale samenwerking", frozenset(), analyse.Concepten())
    assert not any(t.kader for t in termen)


def test_kaderwoorden_staan_op_een_plek():
    assert {"afspraken", "rol", "regels"} <= afstemming.KADERWOORDEN
    assert {"mag", "moet", "hoe", "welke"} <= afstemming.VRAAGWOORDEN


def test_kaderwoord_zonder_kader_is_inhoud():
    # "regels maatwerk" is about rules: no function word follows, no question word precedes
    termen = zoektermen("regels maatwerk", frozenset(), analyse.Concepten())
    assert not any(t.kader for t in termen)
    termen = zoektermen("welke regels gelden voor maatwerk", frozenset(), analyse.Concepten())
    assert [t.woord for t in termen if not t.kader] == ["maatwerk"]


def test_alleen_het_kader_rankt_niet_boven_de_inhoud(pagina):
    pagina("Afspraken, afspraken en nog eens afspraken", "Afspraken over afspraken: de afspraken.")
    pagina("Kwelwaterbeheer", "Hoe de waterschappen het kwelwater in de polders beheren.")
    gevonden = titels("afspraken over kwelwaterbeheer")
    assert gevonden[0] == "Kwelwaterbeheer"
    assert "Afspraken, afspraken en nog eens afspraken" not in gevonden


def test_rol_van_bij_zoekt_op_de_inhoud(pagina):
    pagina("De rol van de trekker", "Over de rol en de rollen van iedere trekker in het netwerk.")
    pagina("Grondwateronttrekking", "De provincie en het waterschap bij grondwateronttrekking.")
    gevonden = titels("rol van het waterschap bij grondwateronttrekking")
    assert gevonden[0] == "Grondwateronttrekking"


def test_document_met_beide_begrippen_boven_herhaling_van_een(pagina):
    for i in range(4):
        pagina(
            f"Slagschaduw van turbines {i}",
            "Slagschaduw, slagschaduw en nog eens slagschaduw: de slagschaduw meten.",
        )
    pagina(
        "Beleidsregel buitengebied",
        "Een lange beleidsregel over het buitengebied, met een paragraaf over "
        "slagschaduw en een paragraaf over ijsafworp bij molens.",
    )
    assert titels("slagschaduw ijsafworp")[0] == "Beleidsregel buitengebied"


def test_document_met_de_meeste_begrippen_haalt_de_rangschikking(pagina, monkeypatch):
    # only a handful of candidates is ranked: the backend's best for the common word alone
    # would fill them; the document with both concepts must still be fetched first
    monkeypatch.setattr(afstemming, "KANDIDATEN", 3)
    monkeypatch.setattr(afstemming, "KANDIDATEN_BEGRIPPEN", 3)
    for i in range(6):
        pagina(f"Slagschaduw {i}", "Slagschaduw slagschaduw slagschaduw slagschaduw.")
    pagina(
        "Nota windenergie",
        "Een nota met veel tekst over windenergie in de regio, over participatie, over "
        "geluid, en in een bijlage over slagschaduw en over ijsafworp bij molens.",
    )
    # one concept in the title, the other only in the text
    pagina("Nota ijsafworp", "Over molens in de regio, en in een bijlage iets over slagschaduw.")
    gevonden = titels("slagschaduw ijsafworp")
    assert set(gevonden[:2]) == {"Nota windenergie", "Nota ijsafworp"}


def test_woorden_dicht_bij_elkaar_boven_ver_uit_elkaar(pagina):
    vulling = " ".join(["de", "regionale", "samenwerking", "in", "de", "provincie"] * 3)
    pagina("Notitie A", f"Over dijkversterking {vulling} en over graslandbeheer.")
    pagina("Notitie B", f"Over dijkversterking en graslandbeheer, {vulling}.")
    gevonden = titels("dijkversterking graslandbeheer")
    assert gevonden.index("Notitie B") < gevonden.index("Notitie A")
