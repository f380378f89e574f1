"""Results, counts, facets, suggestions and autocomplete reflect only what the user may see."""

import pytest

from django.contrib.auth.models import AnonymousUser

from redactie.demo import CONCEPT_DOCUMENT
from search.zoeker import suggesties, zoek
from tests.factories import DocumentFactory
from tests.helpers.zoeken import titels

WERKRUIMTE_PAGINA = "Concept-verslag startbijeenkomst"


@pytest.mark.parametrize("rol", ["bezoeker", "professional"])
def test_werkruimtepagina_en_document_onzichtbaar_voor_buitenstaanders(client, gebruiker, rol):
    user = gebruiker(rol)
    uitkomst = zoek("concept werkagenda startbijeenkomst", user)
    gevonden = [r.doc.titel for r in uitkomst.resultaten]
    assert WERKRUIMTE_PAGINA not in gevonden
    assert CONCEPT_DOCUMENT not in gevonden
    assert "document" not in uitkomst.facetten["soort"]
    if user:
        client.force_login(user)
    antwoord = client.get("/api/zoeken/", {"q": "startbijeenkomst"})
    assert WERKRUIMTE_PAGINA not in antwoord.content.decode()
    assert antwoord.json()["count"] == len(antwoord.json()["results"])


@pytest.mark.parametrize("rol", ["groepslid", "trekker", "coordinator", "beheerder"])
def test_werkruimte_zichtbaar_voor_leden(gebruiker, rol):
    gevonden = titels("concept werkagenda startbijeenkomst", gebruiker(rol))
    assert WERKRUIMTE_PAGINA in gevonden
    assert CONCEPT_DOCUMENT in gevonden


def test_documenttekst_van_werkruimte_lekt_niet(gebruiker):
    # "analyses" occurs only in the text of the private concept document
    assert CONCEPT_DOCUMENT not in titels("analyses Staat van Utrecht")
    assert CONCEPT_DOCUMENT in titels("analyses Staat van Utrecht", gebruiker("groepslid"))


def test_concept_pagina_is_voor_niemand_vindbaar(pagina, gebruiker):
    pagina("Geheime kladversie", "Het woord kwartelkoning staat alleen in een concept.", False)
    for rol in ("bezoeker", "groepslid", "beheerder"):
        assert zoek("kwartelkoning", gebruiker(rol)).count == 0


def test_concept_van_gepubliceerde_pagina_lekt_niet(pagina):
    live = pagina("Zichtbare pagina", "Gepubliceerde tekst over de reigerkolonie.")
    live.intro = "Nog niet gepubliceerde tekst over de lepelaar."
    live.save_revision()  # a draft only
    assert "Zichtbare pagina" in titels("reigerkolonie")
    assert zoek("lepelaar").count == 0


def test_teruggetrokken_pagina_verdwijnt(pagina):
    live = pagina("Tijdelijke pagina", "Over de ijsvogel.")
    assert "Tijdelijke pagina" in titels("ijsvogel")
    live.unpublish()
    assert "Tijdelijke pagina" not in titels("ijsvogel")


def test_suggestie_lekt_geen_woorden_uit_werkruimte(gebruiker):
    # "werkversie" occurs only on the private werkruimte page
    assert zoek("werkversei").suggestie != "werkversie"
    assert zoek("werkversei", gebruiker("groepslid")).suggestie == "werkversie"


def test_autocomplete_lekt_niet(gebruiker):
    assert WERKRUIMTE_PAGINA not in suggesties("concept-verslag")
    assert CONCEPT_DOCUMENT not in suggesties("concept werk")
    assert WERKRUIMTE_PAGINA in suggesties("concept-verslag", gebruiker("groepslid"))


def test_document_in_openbare_collectie_wel_vindbaar(db):
    document = DocumentFactory(
        title="Openbare handreiking geluidsnormen",
        bestandsnaam="handreiking.txt",
        inhoud=b"Over geluidsnormen.",
    )
    assert "Openbare handreiking geluidsnormen" in titels("geluidsnormen")
    document.delete()
    assert "Openbare handreiking geluidsnormen" not in titels("geluidsnormen")


def test_pagina_naar_werkruimte_verplaatst_wordt_besloten(pagina, gebruiker):
    from redactie.demo import demo_groep
    from redactie.models import WerkruimtePage

    openbaar = pagina("Verhuisde notitie", "Over de steenuil.")
    assert "Verhuisde notitie" in titels("steenuil")
    werkruimte = demo_groep().get_children().type(WerkruimtePage).get()
    openbaar.move(werkruimte, pos="last-child")
    assert "Verhuisde notitie" not in titels("steenuil")
    assert "Verhuisde notitie" in titels("steenuil", gebruiker("groepslid"))


def test_autocomplete_vult_het_laatste_woord_aan(client, db):
    data = client.get("/api/zoeken/suggesties/", {"q": "toezicht handhav"}).json()
    assert "toezicht handhaving" in data["suggesties"]


def test_laatste_controle_houdt_tegen_wat_de_index_nog_openbaar_noemt(pagina, gebruiker):
    """The index can lag behind (a restriction added without reindexing): every result is
    checked against the live content, so a restricted page still does not show."""
    from wagtail.models import PageViewRestriction

    from search.models import Zoekdocument

    beperkt = pagina("Besloten notitie", "Over de grutto.")
    PageViewRestriction.objects.create(page=beperkt, restriction_type="login")
    Zoekdocument.objects.filter(sleutel=f"pagina:{beperkt.pk}").update(toegang="openbaar")
    assert "Besloten notitie" not in titels("grutto")
    assert "Besloten notitie" in titels("grutto", gebruiker("professional"))


def _aantal_queries(functie):
    from django.db import connection

    aantal = []

    def tel(execute, sql, params, many, context):
        aantal.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(tel):
        functie()
    return len(aantal)


def test_toegang_kost_geen_query_per_beperking(pagina, gebruiker, monkeypatch):
    """Who passes which view restriction is asked in a few queries per search, however many
    restrictions there are (it was one query per group restriction, several times a search);
    the answer per restriction stays that of mag_door."""
    # Outside a request the index version is read again after VERSIE_BUITEN_VERZOEK seconds:
    # keep it for the whole test, so the counts do not depend on the speed of the machine.
    monkeypatch.setattr("search.indexeren.VERSIE_BUITEN_VERZOEK", 3600)
    from django.contrib.auth.models import Group

    from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

    from search.toegang import doorgelaten, mag_door, toegangssleutels

    lid = gebruiker("groepslid")

    def zoeken():
        toegangssleutels(lid)
        zoek("concept werkagenda startbijeenkomst", lid)

    # Five pages that the search finds, and five that it does not: first without any
    # restriction, so the results stay the same when the restrictions come.
    groep = Group.objects.create(name="Andere groep")
    gevonden = [pagina(f"Besloten pagina {n}", "Over de startbijeenkomst.") for n in range(5)]
    elders = [pagina(f"Andere pagina {n}", "Over iets heel anders.") for n in range(5)]
    zoeken()  # caches of the index version
    voor = _aantal_queries(zoeken)
    for nummer in range(5):
        # the results do not change: the member passes the restrictions on what is found,
        # and what the member may not see is not found anyway
        for beperkt, groepen in (
            (gevonden[nummer], [groep, *lid.groups.all()]),
            (elders[nummer], [groep]),
        ):
            paginabeperking = PageViewRestriction.objects.create(
                page=beperkt, restriction_type="groups"
            )
            paginabeperking.groups.add(*groepen)
        collectie = Collection.get_first_root_node().add_child(name=f"Besloten {nummer}")
        collectiebeperking = CollectionViewRestriction.objects.create(
            collection=collectie, restriction_type="groups"
        )
        collectiebeperking.groups.add(groep, *lid.groups.all()[: nummer % 2])
    zoeken()
    assert _aantal_queries(zoeken) == voor

    for rol in ("bezoeker", "professional", "groepslid", "beheerder"):
        user = gebruiker(rol)
        for model in (PageViewRestriction, CollectionViewRestriction):
            for beperking, door in doorgelaten(model.objects.all(), user):
                assert door == mag_door(beperking, user or AnonymousUser())
