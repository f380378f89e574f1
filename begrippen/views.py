from begrippen.skos import als_bestand


def skos_turtle(request):
    return als_bestand("turtle")


def skos_jsonld(request):
    return als_bestand("json-ld")
