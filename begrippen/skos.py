"""The begrippen as SKOS, following the Dutch standard for describing concepts (NL-SBB):
every begrip is a skos:Concept in one skos:ConceptScheme, with a Dutch skos:prefLabel,
a skos:definition, its sources (dct:source), alternative terms (abbreviations and synonyms,
skos:altLabel) and its broader, narrower and related begrippen.

URIs are stable: they are built from settings.BEGRIPPEN_URI_BASIS (never from the host of
a request) and the begrip's slug, which is fixed when the begrip is created.

The export conforms to SKOS-AP-NL, NL-SBB's application profile (its SHACL shapes are in
begrippen/standaarden/; tests/begrippen/test_skos_ap_nl.py validates with pyshacl): every
source is a source document, a node with a dct:title and, where the source has a page on the
web (a law article on wetten.overheid.nl, a URL), a foaf:page. A source shared by several
begrippen is one node."""

import hashlib

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, RDF, RDFS, SKOS

from django.conf import settings
from django.http import HttpResponse

from begrippen.models import Begrip, zet_openbare_groepen

TAAL = "nl"
FORMATEN = {
    "turtle": ("text/turtle; charset=utf-8", "begrippen.ttl"),
    "json-ld": ("application/ld+json; charset=utf-8", "begrippen.jsonld"),
}


def basis():
    waarde = settings.BEGRIPPEN_URI_BASIS
    return waarde if waarde.endswith("/") else waarde + "/"


def schema_uri():
    return URIRef(basis())


def begrip_uri(begrip):
    return URIRef(f"{basis()}{begrip.slug}/")


def _bron_knoop(g, bron, knopen):
    """The source document node of a source ({"titel", "url"}), one per distinct source."""
    sleutel = (bron["titel"], bron["url"])
    if sleutel not in knopen:
        # a stable blank node label, so two exports of the same data are the same text
        knoop = BNode("bron-" + hashlib.sha1(repr(sleutel).encode()).hexdigest()[:16])
        g.add((knoop, RDF.type, FOAF.Document))
        g.add((knoop, DCTERMS.title, Literal(bron["titel"], lang=TAAL)))
        if bron["url"]:
            g.add((knoop, FOAF.page, URIRef(bron["url"])))
        knopen[sleutel] = knoop
    return knopen[sleutel]


def graaf():
    g = Graph()
    g.bind("skos", SKOS)
    g.bind("dct", DCTERMS)
    g.bind("rdfs", RDFS)
    g.bind("foaf", FOAF)
    g.bind("begrip", Namespace(basis()))
    schema = schema_uri()
    g.add((schema, RDF.type, SKOS.ConceptScheme))
    g.add((schema, SKOS.prefLabel, Literal("Begrippen Regionale Samenwerking VTH & RO", lang=TAAL)))
    g.add(
        (
            schema,
            SKOS.definition,
            Literal(
                "De gedeelde begrippen van de regionale samenwerking VTH & RO in de provincie "
                "Utrecht, met hun bron.",
                lang=TAAL,
            ),
        )
    )
    g.add((schema, DCTERMS.title, Literal("Begrippen Regionale Samenwerking", lang=TAAL)))

    knopen = {}
    begrippen = list(
        Begrip.objects.prefetch_related(
            "bredere_begrippen", "smallere_begrippen", "verwante_begrippen"
        ).select_related("groep")
    )
    zet_openbare_groepen(begrippen)
    for begrip in begrippen:
        uri = begrip_uri(begrip)
        g.add((uri, RDF.type, SKOS.Concept))
        g.add((uri, SKOS.inScheme, schema))
        g.add((uri, SKOS.prefLabel, Literal(begrip.term, lang=TAAL)))
        g.add((uri, SKOS.definition, Literal(begrip.definitie, lang=TAAL)))
        for bron in begrip.bronnen:
            g.add((uri, DCTERMS.source, _bron_knoop(g, bron, knopen)))
        for term in [*begrip.afkortingen_lijst, *begrip.synoniemen_lijst]:
            if term != begrip.term:
                g.add((uri, SKOS.altLabel, Literal(term, lang=TAAL)))
        bredere = list(begrip.bredere_begrippen.all())
        for ander in bredere:
            g.add((uri, SKOS.broader, begrip_uri(ander)))
        for ander in begrip.smallere_begrippen.all():
            g.add((uri, SKOS.narrower, begrip_uri(ander)))
        for ander in begrip.verwante_begrippen.all():
            g.add((uri, SKOS.related, begrip_uri(ander)))
        if not bredere:
            g.add((uri, SKOS.topConceptOf, schema))
            g.add((schema, SKOS.hasTopConcept, uri))
        if begrip.openbare_groep:
            groep = begrip.openbare_groep
            g.add((uri, RDFS.seeAlso, URIRef(groep.full_url or groep.url or "")))
    return g


def exporteer(formaat):
    if formaat == "json-ld":
        context = {"skos": str(SKOS), "dct": str(DCTERMS), "foaf": str(FOAF)}
        return graaf().serialize(format="json-ld", context=context)
    return graaf().serialize(format="turtle")


def als_bestand(formaat):
    mime, naam = FORMATEN[formaat]
    antwoord = HttpResponse(exporteer(formaat), content_type=mime)
    antwoord["Content-Disposition"] = f'inline; filename="{naam}"'
    return antwoord
