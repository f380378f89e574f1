"""Error answers of /api/v1 as problem details (RFC 9457, application/problem+json), in Dutch.

One place makes them: the API's own exception handlers (v1.py) and the middleware that turns
any other error answer under /api/v1 (an unknown path, a rate limit, a NUL in the address, a
server error) into the same form (middleware.py)."""

import json

from ninja import Schema

from django.http import HttpResponse
from django.utils.translation import gettext as _

MEDIA_TYPE = "application/problem+json"
API_VERSIE = "1.0.0"
PREFIX = "/api/v1"


class Probleem(Schema):
    """A problem detail (RFC 9457): what went wrong, in Dutch."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    instance: str | None = None


class ApiFout(Exception):
    """Raised by an endpoint: answered as a problem detail with this status and Dutch detail."""

    def __init__(self, status, detail, titel=None):
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.titel = titel


def titel(status):
    """The Dutch title of a status (RFC 9457: the same for every occurrence of a type)."""
    return {
        400: _("Ongeldig verzoek"),
        404: _("Niet gevonden"),
        405: _("Methode niet toegestaan"),
        406: _("Niet aanvaardbaar"),
        429: _("Te veel verzoeken"),
        500: _("Interne fout"),
        503: _("Tijdelijk niet beschikbaar"),
    }.get(status, _("Fout"))


def standaard_detail(status):
    return {
        400: _("Het verzoek is ongeldig."),
        404: _("Op dit adres is niets te vinden. Zie /api/v1/openapi.json voor de adressen."),
        405: _("Deze API kan alleen gelezen worden (GET)."),
        429: _("U heeft te veel verzoeken in korte tijd gedaan. Probeer het later opnieuw."),
        500: _("Er ging iets mis aan onze kant. Probeer het later opnieuw."),
        503: _("De API is tijdelijk niet beschikbaar. Probeer het later opnieuw."),
    }.get(status, _("Het verzoek kon niet worden afgehandeld."))


def probleem_antwoord(request, status, detail=None, titel_=None):
    gegevens = Probleem(
        title=titel_ or titel(status),
        status=status,
        detail=detail or standaard_detail(status),
        instance=request.get_full_path() if request is not None else None,
    ).model_dump()
    antwoord = HttpResponse(
        json.dumps(gegevens, ensure_ascii=False),
        status=status,
        content_type=f"{MEDIA_TYPE}; charset=utf-8",
    )
    antwoord["API-Version"] = API_VERSIE
    return antwoord
