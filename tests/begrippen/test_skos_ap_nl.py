"""The SKOS export conforms to SKOS-AP-NL, the application profile of the Dutch standard for
describing concepts (NL-SBB): validated with pyshacl against the profile's SHACL shapes (the
unchanged copy in docs/standaarden/skos-ap-nl/), 0 violations and 0 warnings. Before issue 17
the demo export had 68 warnings: every dct:source was a plain string, not a source document."""

from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, FOAF, RDF, SH, SKOS

from begrippen.models import Begrip
from begrippen.skos import begrip_uri, exporteer, graaf
from tests.factories import BegripFactory

pytestmark = pytest.mark.django_db

SHAPES = (
    Path(__file__).resolve().parents[2]
    / "docs"
    / "standaarden"
    / "skos-ap-nl"
    / "nl-sbb-skos-ap-nl.shacl.ttl"
)


@pytest.fixture(scope="module")
def shapes():
    return Graph().parse(SHAPES, format="turtle")


def _resultaten(data, shapes):
    """{severity: [messages]} of pyshacl's results graph (as `pyshacl -a`: SPARQL shapes too)."""
    _conform, rapport, _tekst = validate(data, shacl_graph=shapes, advanced=True)
    per_ernst = {SH.Violation: [], SH.Warning: [], SH.Info: []}
    for resultaat in rapport.subjects(RDF.type, SH.ValidationResult):
        ernst = rapport.value(resultaat, SH.resultSeverity)
        per_ernst.setdefault(ernst, []).append(
            f"{rapport.value(resultaat, SH.focusNode)} {rapport.value(resultaat, SH.resultPath)}: "
            f"{rapport.value(resultaat, SH.resultMessage)} ({rapport.value(resultaat, SH.sourceShape)})"
        )
    return per_ernst


def _assert_conform(data, shapes):
    per_ernst = _resultaten(data, shapes)
    fouten = per_ernst[SH.Violation] + per_ernst[SH.Warning]
    assert (len(per_ernst[SH.Violation]), len(per_ernst[SH.Warning])) == (0, 0), "\n".join(fouten)


def test_de_validatie_telt_waarschuwingen_zoals_een_bron_als_tekst(shapes):
    # What the export did before: dct:source as a plain string. The validator must see that,
    # or the tests below could not fail.
    g = Graph()
    begrip = URIRef("https://example.nl/begrippen/x/")
    schema = URIRef("https://example.nl/begrippen/")
    g.add((schema, RDF.type, SKOS.ConceptScheme))
    g.add((schema, DCTERMS.title, Literal("Schema", lang="nl")))
    g.add((schema, SKOS.hasTopConcept, begrip))
    g.add((begrip, RDF.type, SKOS.Concept))
    g.add((begrip, SKOS.inScheme, schema))
    g.add((begrip, SKOS.topConceptOf, schema))
    g.add((begrip, SKOS.prefLabel, Literal("X", lang="nl")))
    g.add((begrip, SKOS.definition, Literal("Een begrip.", lang="nl")))
    g.add((begrip, DCTERMS.source, Literal("Omgevingswet, art. 2.2", lang="nl")))
    per_ernst = _resultaten(g, shapes)
    assert per_ernst[SH.Violation] == []
    assert len(per_ernst[SH.Warning]) == 2  # no node, and so no source document


def test_de_demo_export_is_conform_skos_ap_nl(client, shapes):
    antwoord = client.get("/begrippen/skos.ttl")
    assert antwoord.status_code == 200
    data = Graph().parse(data=antwoord.content.decode(), format="turtle")
    assert len(set(data.subjects(RDF.type, SKOS.Concept))) == Begrip.objects.count() > 20
    _assert_conform(data, shapes)


def test_elke_soort_bron_is_conform_en_een_brondocument(shapes):
    wet = BegripFactory(term="Begrip met wetsartikel", bron="Omgevingswet, art. 5.1 en 16.64")
    tekst = BegripFactory(
        term="Begrip met tekstbron", bron="Convenant Regionale Samenwerking, art. 4"
    )
    web = BegripFactory(term="Begrip met webbron", bron="Handreiking, https://www.example.nl/h")
    geen = BegripFactory(term="Begrip zonder bron", bron="")
    g = graaf()
    _assert_conform(g, shapes)

    def bronnen(begrip):
        return {
            (str(g.value(b, DCTERMS.title)), g.value(b, FOAF.page))
            for b in g.objects(begrip_uri(begrip), DCTERMS.source)
        }

    ow = "https://wetten.overheid.nl/jci1.3:c:BWBR0037885&artikel="
    assert bronnen(wet) == {
        ("Omgevingswet, artikel 5.1", URIRef(f"{ow}5.1")),
        ("Omgevingswet, artikel 16.64", URIRef(f"{ow}16.64")),
    }
    assert bronnen(tekst) == {("Convenant Regionale Samenwerking, art. 4", None)}
    assert bronnen(web) == {("Handreiking", URIRef("https://www.example.nl/h"))}
    assert bronnen(geen) == set()
    # the same source for several begrippen is one source document
    brondocumenten = set(g.objects(None, DCTERMS.source))
    titels = [str(g.value(b, DCTERMS.title)) for b in brondocumenten]
    assert len(titels) == len(set(titels))


@pytest.mark.parametrize("formaat", ["turtle", "xml", "json-ld"])
def test_turtle_rdfxml_en_jsonld_geven_dezelfde_graaf(formaat):
    BegripFactory(term="Begrip met webbron", bron="Handreiking, https://www.example.nl/h?a=1&b=2")
    g = graaf()
    tekst = exporteer(formaat) if formaat != "xml" else g.serialize(format="xml")
    terug = Graph().parse(data=tekst, format=formaat)
    assert isomorphic(terug, g)
    assert set(terug.objects(None, FOAF.page)) == set(g.objects(None, FOAF.page))
    assert URIRef("https://www.example.nl/h?a=1&b=2") in set(terug.objects(None, FOAF.page))
