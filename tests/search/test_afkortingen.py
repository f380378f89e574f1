"""The matcher of abbreviations that a Dutch text defines itself (search/afkortingen.py):
the definitions an agreement text really contains, and none where the parentheses say
something else."""

import pytest

from search.afkortingen import definities, lijkt_afkorting


def _gevonden(tekst):
    return [(d.weergave, d.lange_vorm_weergave) for d in definities(tekst)]


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        (
            "De Omgevingsdienst Utrecht (ODU) voert de VTH-taken uit voor de gemeenten.",
            [("ODU", "Omgevingsdienst Utrecht")],
        ),
        (
            "Voor een bopa (buitenplanse omgevingsplanactiviteit) vraagt de gemeente advies.",
            [("bopa", "buitenplanse omgevingsplanactiviteit")],
        ),
        (
            "De provincie en de Omgevingsdienst Utrecht (ODU in oprichting) coördineren.",
            [("ODU", "Omgevingsdienst Utrecht")],
        ),
        (
            "Het bevoegd gezag beoordeelt het MER (milieueffectrapport) binnen zes weken.",
            [("MER", "milieueffectrapport")],
        ),
        (
            "Partijen stemmen af met de Omgevingsdienst Regio Arnhem (ODRA) over asbest.",
            [("ODRA", "Omgevingsdienst Regio Arnhem")],
        ),
        (
            "Vergunningverlening, Toezicht en Handhaving (VTH) vraagt één werkwijze.",
            [("VTH", "Vergunningverlening, Toezicht en Handhaving")],
        ),
        (
            "Samen met de Vereniging van Nederlandse Gemeenten (VNG) en het Interprovinciaal "
            "Overleg (IPO) maken we een handreiking.",
            [("VNG", "Vereniging van Nederlandse Gemeenten"), ("IPO", "Interprovinciaal Overleg")],
        ),
        (
            "De Wet algemene bepalingen omgevingsrecht (Wabo) is opgegaan in de Omgevingswet.",
            [("Wabo", "Wet algemene bepalingen omgevingsrecht")],
        ),
        (
            "Het Bestuurlijk Platform Samenwerking en Ontwikkeling (B-PSO) stelt het vast.",
            [("B-PSO", "Bestuurlijk Platform Samenwerking en Ontwikkeling")],
        ),
        (
            "Gedeputeerde Staten (hierna: GS) besluiten over het programma.",
            [("GS", "Gedeputeerde Staten")],
        ),
        (
            "Het RUD-overleg kent een Regionaal Uitvoeringsprogramma (RUP).",
            [("RUP", "Regionaal Uitvoeringsprogramma")],
        ),
        # issue 15 (rang): an abbreviation heading a compound with a hyphen
        (
            "De gemeenten dragen de BRIKS-taken (bouwen, reclame, inritten, kappen en slopen) "
            "niet over aan de omgevingsdienst.",
            [("BRIKS", "bouwen, reclame, inritten, kappen en slopen")],
        ),
    ],
)
def test_een_definitie_wordt_gevonden(tekst, verwacht):
    assert _gevonden(tekst) == verwacht


@pytest.mark.parametrize(
    "tekst",
    [
        "De regels van het omgevingsplan (art. 3.2) gelden ook hier.",
        "Het besluit is genomen in de vergadering van maart (2024).",
        "De lijst met adviseurs staat in het overzicht (zie bijlage).",
        "Partners (o.a. gemeenten en waterschappen) leveren gegevens.",
        "De omgevingsvergunning (vergunning) wordt binnen acht weken verleend (termijn).",
        "Het waterschap (water) en de gemeente (gemeenteraad) stemmen af.",
        "De gemeente (gem) en de provincie (Utrecht) werken samen (intensief).",
        "Het plan (ontwerp) ligt ter inzage bij de raad (college).",
        "Meld het via het formulier (pdf, 2 MB) of per e-mail (voorkeur).",
        "Zie artikel 16.64 (Omgevingswet) en artikel 5.1 (Ow, lid 2).",
        "Toezicht (T) en handhaving (H) worden samen gepland.",
        "De provincie Noord-Holland (kustprovincie) en Zuid-Holland (buren) werken samen.",
    ],
)
def test_geen_definitie_waar_de_haakjes_iets_anders_zeggen(tekst):
    assert _gevonden(tekst) == []


def test_elke_definitie_een_keer_en_gevouwen_bewaard():
    tekst = (
        "De Omgevingsdienst Utrecht (ODU) adviseert. Daarna toetst de Omgevingsdienst "
        "Utrecht (ODU) opnieuw; de Coördinatiegroep Omgevingsrecht (CGO) volgt."
    )
    gevonden = definities(tekst)
    assert [d.sleutel for d in gevonden] == [
        ("odu", "omgevingsdienst utrecht"),
        ("cgo", "coordinatiegroep omgevingsrecht"),
    ]


def test_de_kortste_passende_lange_vorm_wint():
    tekst = "Het bestuur van de gemeenten en de Veiligheidsregio Utrecht (VRU) besluit."
    assert _gevonden(tekst) == [("VRU", "Veiligheidsregio Utrecht")]


def test_de_lange_vorm_gaat_niet_over_een_zin_heen():
    tekst = "Dit doet de omgevingsdienst. Daarna volgt de uitvoering (OD)."
    assert _gevonden(tekst) == []


@pytest.mark.parametrize(
    ("woord", "ja"),
    [
        ("ODU", True),
        ("B-PSO", True),
        ("Wabo", True),
        ("bopa", True),
        ("2024", False),
        ("3.2", False),
        ("vergunning", False),
        ("Omgevingswet", False),
        ("X", False),
    ],
)
def test_vorm_van_een_afkorting(woord, ja):
    assert lijkt_afkorting(woord) is ja


def test_lange_tekst_zonder_haakjes_kost_niets():
    assert definities("omgevingsdienst " * 50_000) == []
