"""Each Dutch matching case of the search has a test that fails when it stops working."""

from search import analyse
from search.zoeker import zoek
from tests.helpers.zoeken import titels


def test_stemming_meervoud_en_enkelvoud(pagina):
    pagina("Plaatsing van windturbines", "Regels voor de plaatsing van windturbines.")
    assert "Plaatsing van windturbines" in titels("windturbine")
    pagina("Eén werkafspraak", "Een werkafspraak over de meldingen.")
    assert "Eén werkafspraak" in titels("werkafspraken")
    assert "Eén werkafspraak" in titels("melding")


def test_samenstellingen_delen_vinden_het_geheel(pagina):
    pagina("Aanvraagproces", "Wie behandelt de omgevingsvergunning in het aanvraagproces?")
    pagina("Een nieuwe handhavingsstrategie", "De regionale handhavingsstrategie.")
    assert "Aanvraagproces" in titels("vergunning")
    assert "Een nieuwe handhavingsstrategie" in titels("handhaving")
    assert "Een nieuwe handhavingsstrategie" in titels("strategie")


def test_afkorting_vindt_voluit_en_andersom(pagina):
    pagina("Toezicht bij bedrijven", "De Omgevingsdienst Utrecht houdt toezicht bij bedrijven.")
    pagina("Overleg met de ODU", "Het overleg met de ODU over de planning.")
    assert "Toezicht bij bedrijven" in titels("ODU")
    assert "Overleg met de ODU" in titels("omgevingsdienst utrecht")


def test_synoniem_uit_de_begrippenlijst(pagina):
    pagina("Regionale structuurvisie", "Een structuurvisie voor de regio.")
    # "structuurvisie" is a synonym of the begrip Omgevingsvisie
    assert "Regionale structuurvisie" in titels("omgevingsvisie")


def test_typfout_vindt_toch_en_geeft_suggestie(pagina):
    pagina("Een nieuwe handhavingsstrategie", "De regionale handhavingsstrategie.")
    uitkomst = zoek("handhavingstrategie")
    assert "Een nieuwe handhavingsstrategie" in [r.doc.titel for r in uitkomst.resultaten]
    uitkomst = zoek("omgevingsvergunnig")
    assert uitkomst.suggestie == "omgevingsvergunning"
    assert uitkomst.resultaten


def test_zinsdeel_tussen_aanhalingstekens(pagina):
    # words the demo has little of: its many texts about regional cooperation would fill the
    # ten related places before this page
    pagina("Gewone volgorde", "Over blauwe tegels in de provincie.")
    pagina("Omgekeerde volgorde", "Tegels zijn een blauwe zaak.")
    los = titels("blauwe tegels")
    assert "Gewone volgorde" in los and "Omgekeerde volgorde" in los
    # the phrase itself: only the exact order is a result (counted); the other order follows
    # only after the exact results, marked as related (helper verwant)
    uitkomst = zoek('"blauwe tegels"', per_pagina=200)
    exact = [r.doc.titel for r in uitkomst.exacte]
    verwant = [r.doc.titel for r in uitkomst.verwante]
    assert "Gewone volgorde" in exact and "Omgekeerde volgorde" not in exact
    assert "Omgekeerde volgorde" in verwant
    assert uitkomst.resultaten[: len(exact)] == uitkomst.exacte
    assert uitkomst.count == len(exact) == len(uitkomst.ids)
    assert not any(r.doc.pk in uitkomst.ids for r in uitkomst.verwante)


def test_artikelverwijzingen(pagina):
    pagina("Maatwerk geluid", "Gebaseerd op Omgevingswet art. 16.64 en art. 2.2.")
    pagina("Iets anders", "Zie artikel 12.2 en artikel 16.6.")
    assert "Maatwerk geluid" in titels("artikel 16.64")[:3]
    assert "Maatwerk geluid" in titels("2.2")
    assert "Iets anders" not in titels("2.2")
    assert "Iets anders" not in titels("art. 16.64")
    assert analyse.woorden("art. 3.2 en artikel 3.2") == ["ref3x2", "ref3x2"]


def test_rangschikking_exact_boven_stam_boven_deel(pagina):
    pagina("Windturbines", "Tekst.")
    pagina("Windturbine", "Tekst.")
    assert titels("windturbines")[:2] == ["Windturbines", "Windturbine"]
    pagina("Vergunning", "Tekst.")
    pagina("Omgevingsvergunning", "Tekst.")
    # these two pages (the demo's begrip Omgevingsvergunning has "vergunning" as a synonym and
    # in its definition: it may rank above both)
    gevonden = titels("vergunning", soort="pagina")
    assert gevonden.index("Vergunning") < gevonden.index("Omgevingsvergunning")


def test_titel_boven_lopende_tekst(pagina):
    pagina("Bodemsanering", "Tekst.")
    pagina("Iets over grond", "Daarbij gaat het ook om bodemsanering.")
    gevonden = titels("bodemsanering")
    assert gevonden.index("Bodemsanering") < gevonden.index("Iets over grond")


def test_alle_woorden_boven_een_woord(pagina):
    pagina("Geluid bij evenementen", "Over geluid en evenementen.")
    pagina("Alleen evenementen", "Over evenementen.")
    gevonden = titels("geluid evenementen")
    assert gevonden.index("Geluid bij evenementen") < gevonden.index("Alleen evenementen")


def test_highlight_markeert_treffers_en_ontsnapt_html(pagina):
    pagina("Markeren", "De <b>omgevingsvergunning</b> voor windturbines.")
    resultaat = next(r for r in zoek("windturbine").resultaten if r.doc.titel == "Markeren")
    assert "<mark>windturbines</mark>" in resultaat.highlight
    assert "<b>" not in resultaat.highlight


def test_snelle_stemmer_geeft_dezelfde_stammen_als_de_referentie():
    """The C stemmer (PyStemmer) that search uses must stem exactly like the Snowball
    reference in Python: index and queries would drift apart if a version bump changed it."""
    from pathlib import Path

    from snowballstemmer.dutch_stemmer import DutchStemmer

    from search import analyse

    assert type(analyse._stemmer()).__module__ == "Stemmer"  # the C extension is in use
    teksten = Path(analyse.__file__).parent.parent / "materialen" / "teksten"
    woorden = {w for p in teksten.glob("*.txt") for w in analyse.woorden(p.read_text())}
    woorden |= {"gemeenten", "omgevingsvergunningen", "handhavingsstrategieën", "coördinatie"}
    referentie = DutchStemmer()
    assert len(woorden) > 1000
    # the stemmer itself (analyse.stam adds the derivations of analyse.AFLEIDINGEN on top)
    stemmer = analyse._stemmer()
    verschil = {w for w in woorden if stemmer.stemWord(w) != referentie.stemWord(w)}
    assert not verschil


def test_typfout_de_dichtstbijzijnde_verbetering_eerst(pagina):
    # "toezichtplam" is one letter from "toezichtplan" and two from "toezichtsplan": the closer
    # correction is what was meant, whatever the titles' alphabetical order
    pagina("Zeker plan", "Het regionale toezichtplan voor de bedrijven.")
    pagina("Algemeen plan", "Het regionale toezichtsplan voor de bedrijven.")
    gevonden = titels("toezichtplam")
    assert gevonden.index("Zeker plan") < gevonden.index("Algemeen plan")


def test_typfout_in_een_samenstelling_vindt_wat_de_verbetering_vindt(pagina):
    # "gezondheidsefecten" is corrected to "gezondheidseffecten": it finds what that word
    # finds through its parts (a text with "effecten" and "gezondheid" apart), after the text
    # with the word itself
    pagina("Effectenstudie", "Een studie naar gezondheidseffecten van geluid.")
    pagina("Geluid en omwonenden", "De effecten van geluid op de gezondheid van omwonenden.")
    assert "Geluid en omwonenden" in titels("gezondheidseffecten")
    gevonden = titels("gezondheidsefecten")
    assert gevonden.index("Effectenstudie") < gevonden.index("Geluid en omwonenden")


def test_typfout_vindt_de_synoniemen_van_de_verbetering(pagina):
    # "omgevingsvisei" is corrected to "omgevingsvisie", whose begrip has the synonym
    # "structuurvisie"
    pagina("Regionale structuurvisie", "Een structuurvisie voor de regio.")
    assert "Regionale structuurvisie" in titels("omgevingsvisei")
