"""A phrase question with few exact results shows related results after them: what the same
words without quotes find, marked, under their own heading, never more than the user may see,
within the chosen filters, and not counted (count, facets and the search log stay exact)."""

import pytest

from search import afstemming
from search.models import Zoekvraag
from search.zoeker import zoek

ZIN = '"ambtelijk kwartaaloverleg"'


@pytest.fixture
def overleg(pagina):
    pagina("Het ambtelijk kwartaaloverleg", "Afspraken over het ambtelijk kwartaaloverleg.")
    pagina("Kwartaaloverleg der bestuurders", "Ook ambtelijk voorbereid, maar anders gezegd.")
    pagina("Agenda kwartaaloverleg", "Het kwartaaloverleg van de regio.")


def _titels(resultaten):
    return [r.doc.titel for r in resultaten]


def test_exact_eerst_daarna_verwant_en_gemarkeerd(overleg):
    uitkomst = zoek(ZIN)
    titels = _titels(uitkomst.resultaten)
    assert titels[0] == "Het ambtelijk kwartaaloverleg"
    assert not uitkomst.resultaten[0].verwant
    assert {"Kwartaaloverleg der bestuurders", "Agenda kwartaaloverleg"} <= set(titels[1:])
    assert all(r.verwant for r in uitkomst.resultaten[1:])
    assert titels.count("Het ambtelijk kwartaaloverleg") == 1
    # the count, the ids and the facets are those of the exact result only
    assert uitkomst.count == 1 and len(uitkomst.ids) == 1
    assert sum(uitkomst.facetten["soort"].values()) == 1


def test_alleen_op_een_onvolle_pagina_en_hoogstens_het_ingestelde_aantal(overleg, monkeypatch):
    # a page with room for the exact result only: no related ones
    assert not zoek(ZIN, per_pagina=1).verwante
    assert len(zoek(ZIN, per_pagina=2).verwante) == 1
    monkeypatch.setattr(afstemming, "VERWANT", 1)
    assert len(zoek(ZIN).verwante) == 1
    # a question without quotes has no related results
    assert not zoek("ambtelijk kwartaaloverleg").verwante


def test_verwant_respecteert_de_filters(overleg):
    # without a filter the related results are of several kinds (demo begrippen have "ambtelijk")
    assert {"pagina", "begrip"} <= {r.doc.soort for r in zoek(ZIN).verwante}
    for soort in ("pagina", "begrip"):
        gefilterd = zoek(ZIN, filters={"soort": soort})
        assert gefilterd.verwante
        assert {r.doc.soort for r in gefilterd.resultaten} == {soort}


def test_prive_document_nooit_als_verwant_resultaat(gebruiker):
    # the demo's workspace page has these words, not in this order; a member sees it as a
    # related result, a visitor never
    zin = '"startbijeenkomst werkagenda"'
    lid = zoek(zin, gebruiker("groepslid"))
    assert "Concept-verslag startbijeenkomst" in _titels(lid.verwante)
    bezoeker = zoek(zin)
    assert "Concept-verslag startbijeenkomst" not in _titels(bezoeker.resultaten)
    for r in bezoeker.resultaten:
        assert r.doc.toegang == "openbaar"


def test_zoekpagina_toont_verwante_onder_eigen_kop_en_logt_exact(client, overleg):
    html = client.get("/zoeken/", {"q": ZIN}).content.decode()
    assert "1 resultaat voor" in html
    kop = html.index('<h2 class="utrecht-heading-2" id="verwant-kop">')
    assert "Verwante resultaten (zonder de exacte woordgroep)" in html[kop : kop + 200]
    assert html.index("Het ambtelijk kwartaaloverleg") < kop < html.index("Agenda kwartaaloverleg")
    # a phrase without exact results is still a question without results in the log
    html = client.get("/zoeken/", {"q": '"kwartaaloverleg ambtelijk"'}).content.decode()
    assert "0 resultaten voor" in html and 'id="verwant-kop"' in html
    rij = Zoekvraag.objects.get(vraag='"kwartaaloverleg ambtelijk"')
    assert (rij.zonder_resultaat, rij.resultaten) == (1, 0)


@pytest.mark.parametrize("adres", ["/api/zoeken/", "/api/v1/zoeken"])
def test_api_geeft_alleen_de_exacte_resultaten(client, overleg, adres):
    antwoord = client.get(adres, {"q": ZIN}).json()
    assert antwoord["count"] == 1
    assert [r["titel"] for r in antwoord["results"]] == ["Het ambtelijk kwartaaloverleg"]
