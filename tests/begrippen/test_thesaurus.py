"""Issue 15: the standard thesaurus that ships with the platform (begrippen/thesaurus.py).

On an installation without a glossary a question with a thesaurus abbreviation or synonym finds
the texts that use another name of the concept, and a text about a related subject comes after
the texts that name the question's own words; a begrip in the glossary wins over the thesaurus.
The list itself is checked: valid, no abbreviation of two concepts, and a change of the file
comes with a new analysis version (so the index is rebuilt after the next migrate)."""

from collections import Counter

import pytest

from begrippen import thesaurus
from begrippen.models import Begrip
from search import analyse
from search.register import alle_concepten
from tests.search.test_wetten_en_kernwoorden import _afspraken
from tests.search.test_wetten_en_kernwoorden import _installatie as installatie


def _installatie(teksten):
    """A fresh installation (no begrippen, no organisations) with only these agreements."""
    return installatie({titel: (tekst, "") for titel, tekst in teksten.items()})


def _concept(term):
    return next(c for c in thesaurus.inhoud()["concepten"] if c["term"] == term)


def test_de_lijst_is_geldig_en_een_afkorting_hoort_bij_een_concept():
    inhoud = thesaurus.inhoud()
    assert inhoud["bron"]
    concepten = inhoud["concepten"]
    assert len(concepten) >= 200
    assert all(c["term"].strip() for c in concepten)
    termen = Counter(analyse.vouw(c["term"]) for c in concepten)
    assert [t for t, n in termen.items() if n > 1] == []
    afkortingen = Counter(a.lower() for c in concepten for a in c.get("afkortingen", ()))
    assert [a for a, n in afkortingen.items() if n > 1] == []
    for c in concepten:
        assert set(c) <= {"term", "afkortingen", "synoniemen", "verwant"}, c
        assert all(isinstance(c.get(k, []), list) for k in ("afkortingen", "synoniemen", "verwant"))


def test_een_gewijzigde_lijst_komt_met_een_nieuwe_analyseversie():
    """Whoever edits thesaurus.json records its fingerprint under a new
    search.analyse.ANALYSEVERSIE (begrippen.thesaurus.VINGERAFDRUK): the index built with the
    old list is then rebuilt once after the next migrate."""
    assert thesaurus.VINGERAFDRUK.get(analyse.ANALYSEVERSIE) == thesaurus.vingerafdruk()
    assert len(set(thesaurus.VINGERAFDRUK.values())) == len(thesaurus.VINGERAFDRUK)


@pytest.mark.django_db
def test_een_afkorting_uit_de_thesaurus_vindt_haar_lange_vorm_en_geen_verwante_onderwerpen():
    nnn = _concept("Natuurnetwerk Nederland")
    assert "NNN" in nnn["afkortingen"] and "natuurnetwerk" in nnn["synoniemen"]
    assert "omgevingsverordening" in nnn["verwant"]
    pks = _installatie(
        {
            "Begrenzing": "De provincie legt de begrenzing van het Natuurnetwerk Nederland vast.",
            "Herplant": "Bij kap in het natuurnetwerk geldt een herplantplicht.",
            "Verordening": "De provincie wijzigt haar omgevingsverordening.",
            "Zwemwater": "Het waterschap controleert het zwemwater in de zomer.",
        }
    )
    # an abbreviation asks for its own long form only (as one of the glossary does)
    assert _afspraken("NNN") == [pks["Begrenzing"]]
    # the other names find each other; a related subject follows them
    gevonden = _afspraken("natuurnetwerk")
    assert set(gevonden[:2]) == {pks["Begrenzing"], pks["Herplant"]}
    assert gevonden[2:] == [pks["Verordening"]]
    assert set(_afspraken("Ecologische Hoofdstructuur")[:2]) == {pks["Begrenzing"], pks["Herplant"]}


@pytest.mark.django_db
def test_een_afkorting_die_de_tekst_uitlegt_krijgt_de_synoniemen_van_haar_thesaurusbegrip():
    """A text defines "NNN" as "Natuurnetwerk Nederland", exactly the term of a thesaurus
    concept: the question "NNN" also finds that concept's synonym ("het natuurnetwerk"), not
    its related subjects."""
    pks = _installatie(
        {
            "Definitie": "De provincie begrenst het Natuurnetwerk Nederland (NNN) op kaart.",
            "Herplant": "Bij kap in het natuurnetwerk geldt een herplantplicht.",
            "Verordening": "De provincie wijzigt haar omgevingsverordening.",
        }
    )
    assert _afspraken("NNN") == [pks["Definitie"], pks["Herplant"]]


@pytest.mark.django_db
def test_een_verwant_onderwerp_komt_na_de_teksten_met_de_woorden_van_de_vraag():
    assert "omgevingsplan van rechtswege" in [
        v.lower() for v in _concept("bruidsschat").get("verwant", [])
    ]
    pks = _installatie(
        {
            "Bruidsschat": "Gemeenten nemen de bruidsschat op in hun omgevingsplan.",
            "Rechtswege": "Gemeenten zetten het omgevingsplan van rechtswege om in nieuwe regels.",
            "Zwemwater": "Het waterschap controleert het zwemwater in de zomer.",
        }
    )
    # (a text whose kerninstrument is an omgevingsplan may follow: also a related term)
    assert _afspraken("bruidsschat")[:2] == [pks["Bruidsschat"], pks["Rechtswege"]]


@pytest.mark.django_db
def test_een_afkorting_die_de_tekst_uitlegt_blijft_bij_haar_eigen_lange_vorm():
    """The texts define "RUD" as "regionale uitvoeringsdienst", which the thesaurus has only as
    a synonym (an older name) of omgevingsdienst: the question "RUD" finds the texts with RUD
    or its long form, not every text about an omgevingsdienst."""
    assert "RUD" in _concept("omgevingsdienst")["afkortingen"]
    pks = _installatie(
        {
            "Definitie": "De regionale uitvoeringsdienst (RUD) voert de basistaken uit.",
            "Herhaling": "De RUD rapporteert elk kwartaal.",
            "Omgevingsdienst": "De omgevingsdienst adviseert over geluid.",
        }
    )
    assert set(_afspraken("RUD")) == {pks["Definitie"], pks["Herhaling"]}


@pytest.mark.django_db
def test_een_begrip_in_de_begrippenlijst_gaat_voor_de_thesaurus():
    _installatie({"Zwemwater": "Het waterschap controleert het zwemwater in de zomer."})
    Begrip.objects.create(term="Nationaal Natuurnetwerk", afkortingen="NNN", definitie="x")
    concepten = alle_concepten()
    met_nnn = [c for c in concepten if "NNN" in c.afkortingen]
    assert [c.token for c in met_nnn] == [f"bgr{Begrip.objects.get().pk}"]
