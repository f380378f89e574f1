"""The documentation page of /api/v1: plain HTML in the site's own style, made from the OpenAPI
description itself (so it never differs from it) and without any outside script (the site's
Content-Security-Policy allows none; Swagger UI would need a CDN)."""

from django.shortcuts import redirect
from django.template.response import TemplateResponse

from .openapi import server_url
from .problemen import PREFIX, probleem_antwoord
from .v1 import api


def _type(schema):
    """A short Dutch-readable type of a JSON schema (e.g. "lijst van Afspraak", "tekst of null")."""
    if not schema:
        return ""
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    if "anyOf" in schema:
        return " of ".join(_type(deel) for deel in schema["anyOf"])
    soort = schema.get("type")
    if soort == "array":
        return f"lijst van {_type(schema.get('items', {}))}"
    if soort == "object" and "additionalProperties" in schema:
        return f"object met {_type(schema['additionalProperties'])}"
    namen = {
        "string": "tekst",
        "integer": "geheel getal",
        "boolean": "ja/nee",
        "null": "null",
        "object": "object",
        "number": "getal",
    }
    tekst = namen.get(soort, str(soort or ""))
    if schema.get("format") in ("date", "date-time"):
        tekst = {"date": "datum", "date-time": "datum en tijd"}[schema["format"]]
    return tekst


def _operaties(schema):
    for pad, operaties in schema["paths"].items():
        for methode, operatie in operaties.items():
            yield {
                "methode": methode.upper(),
                "pad": PREFIX + pad,
                "anker": operatie.get("operationId", ""),
                "samenvatting": operatie.get("summary", ""),
                "beschrijving": operatie.get("description", ""),
                "parameters": [
                    {
                        "naam": p["name"],
                        "plek": {"query": "query", "path": "pad"}.get(p["in"], p["in"]),
                        "verplicht": p.get("required", False),
                        "type": _type(p.get("schema", {})),
                        "standaard": p.get("schema", {}).get("default", ""),
                        "beschrijving": p.get("description", ""),
                    }
                    for p in operatie.get("parameters", [])
                ],
                "antwoorden": [
                    {
                        "status": status,
                        "beschrijving": antwoord.get("description", ""),
                        "type": ", ".join(
                            f"{media} ({_type(inhoud.get('schema', {}))})"
                            for media, inhoud in antwoord.get("content", {}).items()
                        ),
                    }
                    for status, antwoord in operatie.get("responses", {}).items()
                ],
            }


def _schemas(schema):
    for naam, definitie in sorted(schema.get("components", {}).get("schemas", {}).items()):
        verplicht = set(definitie.get("required", []))
        yield {
            "naam": naam,
            "beschrijving": definitie.get("description", ""),
            "velden": [
                {
                    "naam": veld,
                    "type": _type(eigenschap),
                    "verplicht": veld in verplicht,
                    "beschrijving": eigenschap.get("description", ""),
                }
                for veld, eigenschap in definitie.get("properties", {}).items()
            ],
        }


def documentatie(request):
    schema = api.get_openapi_schema()
    return TemplateResponse(
        request,
        "api/documentatie.html",
        {
            "pagina_titel": "API (versie 1)",
            "info": schema["info"],
            "server": server_url(),
            "openapi_url": f"{PREFIX}/openapi.json",
            "operaties": list(_operaties(schema)),
            "schemas": list(_schemas(schema)),
        },
    )


def naar_documentatie(request):
    return redirect(f"{PREFIX}/documentatie")


def niet_gevonden(request):
    return probleem_antwoord(request, 404)
