"""Agreements in the search: all their fields, facets, ranking, and concepts kept out."""

import pytest

from afspraken.models import Kerninstrument, Uitvoeringsafspraak
from search.zoeker import zoek
from tests.factories import UitvoeringsafspraakFactory
from tests.helpers.zoeken import titels


@pytest.fixture
def afspraak(db):
    def _afspraak(titel, tekst, toelichting="", status="vastgesteld", live=True, **velden):
        return UitvoeringsafspraakFactory(
            titel=titel,
            samenwerkingsafspraak=tekst,
            toelichting=toelichting,
            kerninstrument=Kerninstrument.objects.order_by("pk").first(),
            status=status,
            live=live,
            **velden,
        )

    return _afspraak


def test_concept_afspraken_zijn_onvindbaar(afspraak, gebruiker):
    afspraak("Concept over kieviten", "Afspraak over kievitsnesten.", status="concept")
    afspraak("Niet gepubliceerd over grutto's", "Afspraak over grutto's.", live=False)
    for rol in ("bezoeker", "professional", "beheerder"):
        assert zoek("kievitsnesten", gebruiker(rol)).count == 0
        assert zoek("grutto's", gebruiker(rol)).count == 0
    for concept in Uitvoeringsafspraak.objects.exclude(
        pk__in=Uitvoeringsafspraak.objects.openbaar()
    ):
        assert concept.titel not in titels(concept.titel)


def test_titel_en_afspraaktekst_boven_toelichting(afspraak):
    afspraak("Over dijkversterking", "Partijen stemmen de dijkversterking af.")
    afspraak("Iets anders", "Partijen stemmen iets af.", toelichting="Denk aan dijkversterking.")
    gevonden = titels("dijkversterking")
    assert gevonden.index("Over dijkversterking") < gevonden.index("Iets anders")


def test_alle_velden_doorzoekbaar(afspraak):
    afspraak(
        "Velden",
        "Tekst.",
        juridische_onderbouwing="Omgevingswet art. 99.98",
        bron="Waterschap Zuiderzeeland",
        veiligheidsregio=True,
    )
    assert "Velden" in titels("99.98")
    assert "Velden" in titels("Zuiderzeeland")
    assert "Velden" in titels("veiligheidsregio")


def test_facetten_met_tellingen_combineren_met_de_vraag(client, db):
    alles = client.get("/api/zoeken/", {"q": "handhaving"}).json()
    kerninstrumenten = alles["facets"]["kerninstrument"]
    assert kerninstrumenten["Toezicht en handhaving"] >= 2
    assert alles["facets"]["soort"]["uitvoeringsafspraak"] >= 2
    assert "gemeente" in alles["facets"]["ketenpartner"]
    gefilterd = client.get(
        "/api/zoeken/", {"q": "handhaving", "kerninstrument": "Toezicht en handhaving"}
    ).json()
    assert gefilterd["count"] == kerninstrumenten["Toezicht en handhaving"]
    assert {r["soort"] for r in gefilterd["results"]} == {"uitvoeringsafspraak"}
    partner = client.get("/api/zoeken/", {"q": "handhaving", "ketenpartner": "waterschap"}).json()
    assert partner["count"] == alles["facets"]["ketenpartner"]["waterschap"]
    status = client.get("/api/zoeken/", {"q": "handhaving", "status": "vastgesteld"}).json()
    assert status["count"] == alles["facets"]["status"]["vastgesteld"]


def test_json_zoals_design_het_beschrijft(client, db):
    data = client.get("/api/zoeken/", {"q": "levertermijnen"}).json()
    assert data["query"] == "levertermijnen"
    eerste = data["results"][0]
    afspraak = Uitvoeringsafspraak.objects.get(pk=eerste["id"])
    assert eerste["soort"] == "uitvoeringsafspraak"
    assert eerste["tekst"] == afspraak.samenwerkingsafspraak
    assert eerste["url"] == afspraak.get_url()
    assert "<mark>" in eerste["highlight"]
    assert data["suggestion"] is None


def test_zoekpagina_toont_facetten_suggestie_en_markering(client, db):
    html = client.get("/zoeken/", {"q": "handhavngs"}).content.decode()
    assert "Bedoelde u" in html and "handhaving" in html
    html = client.get("/zoeken/", {"q": "handhaving"}).content.decode()
    assert "Verfijnen" in html and "Kerninstrument" in html
    assert "<mark>" in html


def test_geimporteerde_afspraken_zijn_direct_vindbaar(db):
    from afspraken.importeren import importeer
    from afspraken.register import export_kolommen

    rij = {kolom: "" for kolom in export_kolommen()}
    rij.update(
        kerninstrument=Kerninstrument.objects.order_by("pk").first().naam,
        samenwerkingsafspraak="Gemeenten en waterschap stemmen het beheer van ijsbanen af.",
        status="vastgesteld",
        gemeente="x",
    )
    kop = ",".join(rij)
    waarden = ",".join(f'"{w}"' for w in rij.values())
    importeer(f"{kop}\n{waarden}\n".encode())
    assert any("ijsbanen" in t for t in titels("ijsbanen"))


def test_bijwerken_vraagt_de_soort_eenmaal_om_het_object(afspraak, monkeypatch):
    """Re-indexing a saved object reads it once from what the soort indexes (it asked whether
    it was there and then fetched it: two queries for every saved object); what is no longer
    public still leaves the index."""
    from search.register import soort_voor

    opgeslagen = afspraak("Over oeverzwaluwen", "Afspraak over oeverzwaluwen.")
    klasse = type(soort_voor(opgeslagen))
    objecten, aanroepen = klasse.objecten, []
    monkeypatch.setattr(klasse, "objecten", lambda self: aanroepen.append(1) or objecten(self))
    opgeslagen.save()
    assert len(aanroepen) == 1 and "Over oeverzwaluwen" in titels("oeverzwaluwen")
    opgeslagen.status = "concept"
    opgeslagen.save()
    assert zoek("oeverzwaluwen").count == 0
