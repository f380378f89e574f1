"""Issue 16: a compound typed as its separate parts ("vergisting slib" for
"slibvergisting"), in either order and inflected, finds the compound as strongly as a text
with both words; a compound with only one of the parts stays weaker."""

from search import analyse
from tests.helpers.zoeken import titels


def _voor(eerder, later, lijst):
    assert eerder in lijst, lijst
    assert later not in lijst or lijst.index(eerder) < lijst.index(later), lijst


def test_omgekeerde_volgorde_vindt_de_samenstelling_eerst(pagina):
    pagina("Regionale slibvergisting", "Afgesproken door de partners.")
    pagina("Slib in een nieuwe, grotere vergisting", "Afgesproken door de partners.")
    pagina("Regionale mestvergisting", "Afgesproken door de partners.")
    pagina("Regionaal slib", "Afgesproken door de partners.")
    gevonden = titels("vergisting slib")
    assert gevonden[0] == "Regionale slibvergisting", gevonden
    # a compound with only one of the question's parts ranks below the word itself
    _voor("Regionaal slib", "Regionale mestvergisting", gevonden)


def test_een_deel_alleen_zet_de_samenstelling_niet_boven_het_woord(pagina):
    pagina("Regionale slibvergisting", "Afgesproken door de partners.")
    pagina("Regionaal slib", "Afgesproken door de partners.")
    _voor("Regionaal slib", "Regionale slibvergisting", titels("slib"))
    _voor("Regionaal slib", "Regionale slibvergisting", titels("slib partners"))


def test_meervoud_en_tussenklank(pagina):
    pagina("Geluidproductieplafonds langs wegen", "Vastgesteld door de provincie.")
    pagina(
        "Geluidproductie van wegen en industrie onder een plafond", "Vastgesteld door de provincie."
    )
    pagina("De evenementenvergunning", "Vastgesteld door de gemeente.")
    pagina("Een vergunning voor grote en kleine evenementen", "Vastgesteld door de gemeente.")
    for q in ("plafonds geluidproductie", "plafond geluidproductie"):
        assert titels(q)[0] == "Geluidproductieplafonds langs wegen", q
    for q in ("vergunning evenementen", "evenement vergunning", "vergunningen voor evenement"):
        assert titels(q)[0] == "De evenementenvergunning", q


def test_samenstellingen_uit_de_vocabulaire():
    vocabulaire = {"toezichtstrategie", "toezichtstrategieen", "evenementenvergunning"}
    gevonden = analyse.samenstellingen("strategie", "toezicht", vocabulaire)
    assert gevonden == ["toezichtstrategie", "toezichtstrategieen"]
    assert analyse.samenstellingen("evenementen", "vergunning", vocabulaire) == [
        "evenementenvergunning"
    ]
    assert analyse.samenstellingen("toezicht", "vergunning", vocabulaire) == []
