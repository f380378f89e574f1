"""Issue 15 (rang): a law named by its abbreviation in an article reference ("art. 16.15 Ow"),
and a concept with an abbreviation found through the core word of its long form: a text that
says only "bopa" answers "omgevingsplanactiviteit" (also misspelt), one that says only "het
Natuurnetwerk" answers "Natuurnetwerk Nederland"; always below the texts that name the thing
itself, and the abbreviation still finds only its own long form."""

import pytest

from afspraken.models import Uitvoeringsafspraak
from begrippen.models import Begrip
from organisaties.models import Organisatie
from search import analyse, indexeren
from search.zoeker import zoek_objecten
from tests.factories import UitvoeringsafspraakFactory

pytestmark = pytest.mark.django_db


def _afspraken(q):
    return zoek_objecten(q, "uitvoeringsafspraak").objecten


def _installatie(afspraken):
    """A fresh installation with only these agreements: {titel: (text, legal basis)}."""
    Begrip.objects.all().delete()
    Organisatie.objects.all().delete()
    Uitvoeringsafspraak.objects.all().delete()
    pks = {
        titel: str(
            UitvoeringsafspraakFactory(
                titel=titel,
                samenwerkingsafspraak=tekst,
                juridische_onderbouwing=grondslag,
                publiceren=True,
            ).pk
        )
        for titel, (tekst, grondslag) in afspraken.items()
    }
    indexeren.herbouw()
    return pks


def test_wetsafkorting_in_een_artikelverwijzing_vindt_de_wet():
    pks = _installatie(
        {
            "Adviesrecht": ("De raad krijgt adviesrecht.", "Omgevingswet art. 16.15"),
            "Instemming": ("De provincie stemt in.", "Omgevingsbesluit art. 16.15"),
            "Zorgplicht": ("Bedrijven houden zich aan de zorgplicht.", "Bal art. 2.11"),
        }
    )
    gevonden = _afspraken("art. 16.15 Ow")
    # the article of the Omgevingswet first, the same number in another regulation after it
    assert gevonden[:2] == [pks["Adviesrecht"], pks["Instemming"]]
    assert _afspraken("art. 16.15 Ob")[0] == pks["Instemming"]
    # and the other way round: the full name finds the abbreviation
    assert _afspraken("Besluit activiteiten leefomgeving")[0] == pks["Zorgplicht"]


@pytest.fixture
def bopa_en_natuurnetwerk():
    return _installatie(
        {
            "Beleidsregel": (
                "Gemeenten stellen een beleidsregel op voor een buitenplanse "
                "omgevingsplanactiviteit (bopa) in het buitengebied.",
                "",
            ),
            "Raadsadvies": ("Het college legt een bopa tijdig voor aan de raad.", ""),
            "Natuur": ("De provincie begrenst het Natuurnetwerk Nederland (NNN) op kaart.", ""),
            "Herplant": ("Bij kap in het Natuurnetwerk geldt een herplantplicht.", ""),
            "Zwemwater": ("Het waterschap controleert het zwemwater in de zomer.", ""),
        }
    )


def test_de_afkorting_alleen_beantwoordt_het_kernwoord_van_de_lange_vorm(bopa_en_natuurnetwerk):
    pks = bopa_en_natuurnetwerk
    # first the texts with the term or its abbreviation; texts that match only a related
    # term of the standard thesaurus (begrippen/thesaurus.py) may follow
    assert _afspraken("omgevingsplanactiviteit")[:2] == [pks["Beleidsregel"], pks["Raadsadvies"]]
    # a typo in the long compound finds the same, through the correction
    assert _afspraken("omgevingsplanactivitiet")[:2] == [pks["Beleidsregel"], pks["Raadsadvies"]]


def test_de_afkorting_vindt_alleen_haar_eigen_lange_vorm(bopa_en_natuurnetwerk):
    pks = bopa_en_natuurnetwerk
    # "NNN" stands for "Natuurnetwerk Nederland": the thesaurus concept with that term gives
    # its synonym "natuurnetwerk" too, after the text that defines the abbreviation
    assert _afspraken("NNN") == [pks["Natuur"], pks["Herplant"]]
    # the long form also finds the text with only its core word, below the definition
    assert _afspraken("Natuurnetwerk Nederland") == [pks["Natuur"], pks["Herplant"]]


@pytest.mark.parametrize(
    ("term", "kern"),
    [
        ("buitenplanse omgevingsplanactiviteit", "omgevingsplanactiviteit"),
        ("Omgevingsdienst Regio Arnhem", "omgevingsdienst"),
        ("milieueffectrapport", None),  # one word: the term itself
        ("Gedeputeerde Staten", "gedeputeerde"),
        ("Regio Arnhem", None),  # no long word: no core that says what it is
    ],
)
def test_kernwoord_van_een_term(term, kern):
    assert analyse.kernwoord(term) == kern


def test_een_lange_vorm_die_een_opsomming_is():
    assert analyse.lijst_items("bouwen, reclame, inritten, kappen en slopen") == [
        "bouw",
        "reclame",
        "inrit",
        "kap",
        "sloop",
    ]
    assert analyse.lijst_items("vergunningverlening, toezicht en handhaving") == [
        analyse.stam(w) for w in ("vergunningverlening", "toezicht", "handhaving")
    ]
    assert analyse.lijst_items("toezicht en handhaving") == []  # two items: too few
    assert analyse.lijst_items("Omgevingsdienst Regio Arnhem") == []
    assert analyse.lijst_items("bouwen, reclame en het kappen van bomen") == []


def test_een_afkorting_van_een_opsomming_vindt_de_tekst_die_de_opsomming_noemt():
    pks = _installatie(
        {
            "Definitie": (
                "De gemeenten voeren de BRIKS-taken (bouwen, reclame, inritten, kappen en "
                "slopen) zelf uit.",
                "",
            ),
            "Lijst": (
                "Gemeenten die bouw-, reclame-, inrit-, kap- en sloopvergunningen zelf "
                "behandelen, delen een lijst van overtredingen.",
                "",
            ),
            "Kap": ("Gemeenten stemmen de regels voor het kappen van bomen af.", ""),
        }
    )
    assert _afspraken("BRIKS") == [pks["Definitie"], pks["Lijst"]]
