"""The glossary as SKOS (NL-SBB) in Turtle and JSON-LD: valid RDF, complete, stable URIs."""

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, RDF, SKOS

from django.test import override_settings

from begrippen.models import Begrip, BegrippenIndexPage
from tests.factories import BegripFactory

pytestmark = pytest.mark.django_db


def _export(client, formaat):
    antwoord = client.get(f"/begrippen/skos.{formaat}")
    assert antwoord.status_code == 200
    return antwoord


@pytest.mark.parametrize("formaat,rdf_formaat", [("ttl", "turtle"), ("jsonld", "json-ld")])
def test_export_is_geldige_rdf_met_elk_begrip_als_concept(client, formaat, rdf_formaat):
    antwoord = _export(client, formaat)
    g = Graph().parse(data=antwoord.content.decode(), format=rdf_formaat)
    # Round trip: serialise what was parsed and parse it again; the graphs are identical.
    opnieuw = Graph().parse(data=g.serialize(format=rdf_formaat), format=rdf_formaat)
    assert isomorphic(g, opnieuw)

    schemas = list(g.subjects(RDF.type, SKOS.ConceptScheme))
    assert len(schemas) == 1
    concepten = set(g.subjects(RDF.type, SKOS.Concept))
    assert len(concepten) == Begrip.objects.count()
    for begrip in Begrip.objects.all():
        uri = URIRef(f"http://127.0.0.1:8000/begrippen/{begrip.slug}/")
        assert uri in concepten, begrip.term
        assert (uri, SKOS.prefLabel, Literal(begrip.term, lang="nl")) in g
        assert (uri, SKOS.definition, Literal(begrip.definitie, lang="nl")) in g
        assert (uri, SKOS.inScheme, schemas[0]) in g
        # every source is a source document node (SKOS-AP-NL) with the title of the source
        titels = {str(g.value(bron, DCTERMS.title)) for bron in g.objects(uri, DCTERMS.source)}
        assert titels == {bron["titel"] for bron in begrip.bronnen}, begrip.term
    assert all(Begrip.objects.values_list("bron", flat=True))  # every demo begrip has a source


def test_afkortingen_bredere_en_smallere_begrippen():
    from begrippen.skos import begrip_uri, graaf

    g = graaf()
    b_pso = Begrip.objects.get(term="B-PSO")
    kern = Begrip.objects.get(term="Kerninstrument")
    visie = Begrip.objects.get(term="Omgevingsvisie")
    assert (begrip_uri(b_pso), SKOS.altLabel, Literal("B-PSO", lang="nl")) not in g  # = prefLabel
    assert (begrip_uri(visie), SKOS.broader, begrip_uri(kern)) in g
    assert (begrip_uri(kern), SKOS.narrower, begrip_uri(visie)) in g
    assert (begrip_uri(kern), SKOS.topConceptOf, URIRef("http://127.0.0.1:8000/begrippen/")) in g


def test_uris_veranderen_niet_tussen_exports_en_niet_met_de_host(client):
    eerste = Graph().parse(data=_export(client, "ttl").content.decode(), format="turtle")
    andere_host = client.get("/begrippen/skos.ttl", HTTP_HOST="andere.example")
    tweede = Graph().parse(data=andere_host.content.decode(), format="turtle")
    assert set(eerste.subjects(RDF.type, SKOS.Concept)) == set(
        tweede.subjects(RDF.type, SKOS.Concept)
    )
    # A term can be renamed; its URI (from the slug fixed at creation) stays.
    begrip = Begrip.objects.get(term="B-PSO")
    begrip.term = "B-PSO (bestuurlijk overleg)"
    begrip.save()
    derde = Graph().parse(data=_export(client, "ttl").content.decode(), format="turtle")
    assert set(eerste.subjects(RDF.type, SKOS.Concept)) == set(
        derde.subjects(RDF.type, SKOS.Concept)
    )


@override_settings(BEGRIPPEN_URI_BASIS="https://begrippen.regiosamenwerking.example/id")
def test_uri_basis_is_instelbaar():
    from begrippen.skos import begrip_uri

    begrip = Begrip.objects.get(term="B-PSO")
    assert str(begrip_uri(begrip)) == "https://begrippen.regiosamenwerking.example/id/b-pso/"


def test_begrippagina_toont_breder_en_smaller(client):
    index = BegrippenIndexPage.objects.get()
    kern = Begrip.objects.get(term="Kerninstrument")
    html = client.get(f"{index.url}{kern.slug}/").content.decode()
    assert "Smallere begrippen" in html and "Omgevingsvisie" in html
    visie = Begrip.objects.get(term="Omgevingsvisie")
    html = client.get(f"{index.url}{visie.slug}/").content.decode()
    assert "Breder begrip" in html and f"{index.url}{kern.slug}/" in html


def test_begrippagina_toont_de_bron_als_link_waar_er_een_pagina_is(client):
    index = BegrippenIndexPage.objects.get()
    begrip = BegripFactory(
        term="Begrip met drie bronnen",
        bron="Omgevingswet, art. 5.1 en 16.64; Convenant Regionale Samenwerking, art. 4; "
        "Handreiking <b>VTH</b> https://www.example.nl/h?a=1&b=2",
    )
    html = client.get(f"{index.url}{begrip.slug}/").content.decode()
    ow = "https://wetten.overheid.nl/jci1.3:c:BWBR0037885&amp;artikel="
    assert f'<a class="utrecht-link" href="{ow}5.1">Omgevingswet, artikel 5.1<span' in html
    assert f'<a class="utrecht-link" href="{ow}16.64">Omgevingswet, artikel 16.64<span' in html
    assert "<li>Convenant Regionale Samenwerking, art. 4</li>" in html  # text, no link
    assert (
        '<a class="utrecht-link" href="https://www.example.nl/h?a=1&amp;b=2">'
        "Handreiking &lt;b&gt;VTH&lt;/b&gt;</a>" in html
    )

    # one source without a page: plain text, as before
    b_pso = Begrip.objects.get(term="B-PSO")
    html = client.get(f"{index.url}{b_pso.slug}/").content.decode()
    assert "<dd>Convenant Regionale Samenwerking, art. 1</dd>" in html
