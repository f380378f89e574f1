"""A begrip of a group whose page is private: the glossary is public (the begrip stays in the
list, on its page and in the SKOS export), but the private group is never named or linked,
as in the register of afspraken. Found in the review of issue 17: the begrip page showed the
group's title and link and the SKOS export its URL (rdfs:seeAlso) whenever the page was live."""

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDFS

from wagtail.models import PageViewRestriction

from begrippen.models import BegrippenIndexPage
from begrippen.skos import begrip_uri
from tests.factories import BegripFactory, KennisnetwerkPageFactory

pytestmark = pytest.mark.django_db

GEHEIM = "Geheim kennisnetwerk Begrippen"


@pytest.fixture
def begrip():
    groep = KennisnetwerkPageFactory(title=GEHEIM, publiceren=True)
    return BegripFactory(term="Begrip van een groep", groep=groep)


def _skos(client):
    return Graph().parse(data=client.get("/begrippen/skos.ttl").content.decode(), format="turtle")


def _pagina(client, begrip):
    index = BegrippenIndexPage.objects.get()
    return client.get(f"{index.url}{begrip.slug}/").content.decode()


def test_openbare_groep_wordt_genoemd_en_gelinkt(client, begrip):
    groep_url = URIRef(begrip.groep.full_url)
    assert (begrip_uri(begrip), RDFS.seeAlso, groep_url) in _skos(client)
    html = _pagina(client, begrip)
    assert f'href="{begrip.groep.url}">{GEHEIM}</a>' in html


@pytest.mark.parametrize("beperkt", ["groep", "erboven"])
def test_besloten_groep_wordt_nergens_genoemd(client, begrip, beperkt):
    pagina = begrip.groep if beperkt == "groep" else begrip.groep.get_parent()
    PageViewRestriction.objects.create(page=pagina, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(begrip.groep.url).status_code == 302  # private indeed

    skos = _skos(client)
    assert begrip_uri(begrip) in set(skos.subjects())  # the begrip itself is public
    assert list(skos.objects(begrip_uri(begrip), RDFS.seeAlso)) == []
    assert begrip.groep.url not in client.get("/begrippen/skos.jsonld").content.decode()
    html = _pagina(client, begrip)
    assert "Begrip van een groep" in html
    assert GEHEIM not in html and begrip.groep.url not in html


def test_ingetrokken_groep_wordt_niet_genoemd(client, begrip):
    begrip.groep.unpublish()
    assert list(_skos(client).objects(begrip_uri(begrip), RDFS.seeAlso)) == []
    assert GEHEIM not in _pagina(client, begrip)


def test_zoeken_noemt_besloten_groep_niet_in_het_groepsfacet(client, begrip):
    vraag = {"q": "Begrip van een groep", "soort": "begrip"}
    assert GEHEIM in client.get("/zoeken/", vraag).content.decode()  # public: named
    beperking = PageViewRestriction.objects.create(
        page=begrip.groep, restriction_type=PageViewRestriction.LOGIN
    )
    antwoord = client.get("/zoeken/", vraag).content.decode()
    assert "Begrip van een groep" in antwoord and GEHEIM not in antwoord
    assert GEHEIM not in client.get("/api/zoeken/", vraag).content.decode()
    beperking.delete()
    assert GEHEIM in client.get("/zoeken/", vraag).content.decode()


def test_ingetrokken_groep_verdwijnt_uit_het_groepsfacet(client, begrip):
    vraag = {"q": "Begrip van een groep", "soort": "begrip"}
    assert GEHEIM in client.get("/zoeken/", vraag).content.decode()
    begrip.groep.unpublish()
    antwoord = client.get("/zoeken/", vraag).content.decode()
    assert "Begrip van een groep" in antwoord and GEHEIM not in antwoord
