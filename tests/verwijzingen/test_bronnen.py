"""The sources of a text (a begrip's "bron"): law articles link to wetten.overheid.nl with the
same Juriconnect links as the register, web addresses link to themselves, the rest is text."""

import pytest

from verwijzingen import bronnen_uit_tekst, grondslagen_uit_tekst, wet_url

OW = "https://wetten.overheid.nl/jci1.3:c:BWBR0037885&artikel="


def test_een_wetsartikel_linkt_naar_het_artikel_zoals_het_register():
    (bron,) = bronnen_uit_tekst("Omgevingswet, art. 16.64")
    assert bron == {"titel": "Omgevingswet, artikel 16.64", "url": f"{OW}16.64", "wet": True}
    # the register's link for the same reference is the same
    assert grondslagen_uit_tekst("Omgevingswet art. 16.64")[0]["url"] == bron["url"]


@pytest.mark.parametrize(
    "tekst,artikelen",
    [
        ("Omgevingswet, art. 5.1 en 16.64", ["5.1", "16.64"]),
        ("Omgevingswet, art. 2.2, 2.4, 2.5 en 2.6", ["2.2", "2.4", "2.5", "2.6"]),
        ("Omgevingswet artikelen 4.3 en 4.4", ["4.3", "4.4"]),
    ],
)
def test_meerdere_artikelen_worden_elk_een_bron(tekst, artikelen):
    bronnen = bronnen_uit_tekst(tekst)
    assert [b["url"] for b in bronnen] == [f"{OW}{a}" for a in artikelen]
    assert [b["titel"] for b in bronnen] == [f"Omgevingswet, artikel {a}" for a in artikelen]


def test_een_deel_van_een_bekende_wet_zonder_artikel_linkt_naar_de_wet():
    (bron,) = bronnen_uit_tekst("Omgevingswet, afdeling 20.6")
    assert bron == {
        "titel": "Omgevingswet, afdeling 20.6",
        "url": "https://wetten.overheid.nl/BWBR0037885/",
        "wet": True,
    }
    assert wet_url("BWBR0037885") == bron["url"]


def test_onbekende_regeling_en_gewone_tekst_blijven_tekst_zonder_link():
    assert bronnen_uit_tekst("Convenant Regionale Samenwerking, art. 4 en 7") == [
        {"titel": "Convenant Regionale Samenwerking, art. 4 en 7", "url": "", "wet": False}
    ]
    assert bronnen_uit_tekst("Tabel interbestuurlijke samenwerkingsafspraken (BZK)") == [
        {"titel": "Tabel interbestuurlijke samenwerkingsafspraken (BZK)", "url": "", "wet": False}
    ]


def test_een_webadres_linkt_met_de_tekst_ervoor_als_titel():
    assert bronnen_uit_tekst("Handreiking VTH (https://www.example.nl/handreiking).") == [
        {"titel": "Handreiking VTH", "url": "https://www.example.nl/handreiking", "wet": False}
    ]
    assert bronnen_uit_tekst("https://www.example.nl/a?b=1") == [
        {
            "titel": "https://www.example.nl/a?b=1",
            "url": "https://www.example.nl/a?b=1",
            "wet": False,
        }
    ]


@pytest.mark.parametrize("tekst", ["javascript:alert(1)", "zie http://", "ftp://example.nl/x"])
def test_geen_link_voor_iets_dat_geen_geldig_webadres_is(tekst):
    assert [b["url"] for b in bronnen_uit_tekst(tekst)] == [""]


def test_delen_gescheiden_door_puntkomma_of_regel_en_leeg_is_geen_bron():
    bronnen = bronnen_uit_tekst(
        "Convenant, considerans; Omgevingsbesluit, art. 10.7\nhttps://example.nl/ ;"
    )
    assert [b["titel"] for b in bronnen] == [
        "Convenant, considerans",
        "Omgevingsbesluit, artikel 10.7",
        "https://example.nl/",
    ]
    assert bronnen[1]["url"] == "https://wetten.overheid.nl/jci1.3:c:BWBR0041278&artikel=10.7"
    assert bronnen_uit_tekst("") == bronnen_uit_tekst(None) == bronnen_uit_tekst(" ; ") == []
