"""The begrippen as SKOS, following the Dutch standard for describing concepts (NL-SBB):
every begrip is a skos:Concept in one skos:ConceptScheme, with a Dutch skos:prefLabel,
a skos:definition, its source (dct:source), alternative terms (abbreviations and synonyms,
skos:altLabel) and its broader, narrower and related begrippen.

URIs are stable: they are built from settings.BEGRIPPEN_URI_BASIS (never from the host of
a request) and the begrip's slug, which is fixed when the begrip is created."""

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from django.conf import settings
from django.http import HttpResponse

from begrippen.models import Begrip

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


def graaf():
    g = Graph()
    g.bind("skos", SKOS)
    g.bind("dct", DCTERMS)
    g.bind("rdfs", RDFS)
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

    begrippen = Begrip.objects.prefetch_related(
        "bredere_begrippen", "smallere_begrippen", "verwante_begrippen"
    ).select_related("groep")
    for begrip in begrippen:
        uri = begrip_uri(begrip)
        g.add((uri, RDF.type, SKOS.Concept))
        g.add((uri, SKOS.inScheme, schema))
        g.add((uri, SKOS.prefLabel, Literal(begrip.term, lang=TAAL)))
        g.add((uri, SKOS.definition, Literal(begrip.definitie, lang=TAAL)))
        if begrip.bron:
            g.add((uri, DCTERMS.source, Literal(begrip.bron, lang=TAAL)))
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
        if begrip.groep_id and begrip.groep.live:
            g.add((uri, RDFS.seeAlso, URIRef(begrip.groep.full_url or begrip.groep.url or "")))
    return g


def exporteer(formaat):
    if formaat == "json-ld":
        return graaf().serialize(format="json-ld", context={"skos": str(SKOS), "dct": str(DCTERMS)})
    return graaf().serialize(format="turtle")


def als_bestand(formaat):
    mime, naam = FORMATEN[formaat]
    antwoord = HttpResponse(exporteer(formaat), content_type=mime)
    antwoord["Content-Disposition"] = f'inline; filename="{naam}"'
    return antwoord
