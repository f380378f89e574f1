"""The OpenAPI description of /api/v1 as the Dutch API Design Rules ask for it.

django-ninja writes the paths, parameters and schemas from the typed endpoints; this module
adds what ninja leaves out, through its public result (a dict), never its internals:

- paths relative to the server `<site>/api/v1` (/core/uri-version), without trailing slash;
- the `API-Version` header on every answer (/core/version-header);
- the error answers as application/problem+json with the RFC 9457 members (/core/error-handling);
- contact (name, url, e-mail) and licence in `info` (/core/doc-openapi-contact), the tags."""

from django.conf import settings

from .problemen import API_VERSIE, MEDIA_TYPE, PREFIX, Probleem

TAGS = [
    {"name": "afspraken", "description": "Het openbare register van uitvoeringsafspraken."},
    {"name": "begrippen", "description": "De gedeelde begrippenlijst."},
    {"name": "organisaties", "description": "De organisaties die samenwerken."},
    {"name": "zoeken", "description": "De zoekfunctie van het hele platform."},
]

FOUTEN = {
    "400": "Ongeldige parameter (bijvoorbeeld een paginanummer of onbekende filterwaarde).",
    "404": "Niet gevonden.",
    "429": "Te veel verzoeken in korte tijd; zie de header Retry-After.",
    "500": "Interne fout.",
}


def server_url():
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + PREFIX


def _versieheader():
    return {"API-Version": {"$ref": "#/components/headers/API-Version"}}


def _foutantwoord(status):
    return {
        "description": FOUTEN[status],
        "headers": _versieheader(),
        "content": {MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Probleem"}}},
    }


def vul_aan(schema):
    """Complete ninja's description (in place) and return it."""
    schema["info"].update(
        {
            "contact": {
                "name": settings.API_CONTACT_NAAM,
                "url": settings.API_CONTACT_URL,
                "email": settings.API_CONTACT_EMAIL,
            },
            "license": {"name": settings.API_LICENTIE_NAAM, "url": settings.API_LICENTIE_URL},
        }
    )
    schema["servers"] = [
        {"url": server_url(), "description": "Versie 1 van de API van het kennisplatform."}
    ]
    schema["tags"] = TAGS
    for pad, operaties in schema["paths"].items():
        for operatie in operaties.values():
            # ninja keys the answers by int; JSON (and this description) by text
            antwoorden = {str(k): v for k, v in operatie.get("responses", {}).items()}
            operatie["responses"] = antwoorden
            for status, antwoord in antwoorden.items():
                if status.startswith(("2", "3")):
                    antwoord["headers"] = _versieheader()
            fouten = ["400", "429", "500"]
            if "{" in pad:
                fouten.insert(1, "404")
            for status in fouten:
                antwoorden[status] = _foutantwoord(status)
    componenten = schema.setdefault("components", {})
    componenten.setdefault("schemas", {})["Probleem"] = Probleem.model_json_schema(
        ref_template="#/components/schemas/{model}"
    )
    componenten["headers"] = {
        "API-Version": {
            "description": "De volledige versie van de API (semver), op elk antwoord.",
            "required": True,
            "schema": {"type": "string", "example": API_VERSIE},
        }
    }
    return schema
