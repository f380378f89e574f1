"""Version 1 of the platform's API at /api/v1 (django-ninja), by the Dutch API Design Rules.

Read-only and public: whoever asks (logged in or not) gets what an anonymous visitor may see.
Errors are problem details in Dutch (problemen.py); the OpenAPI description is completed in
openapi.py; the API-Version header and the errors outside the endpoints come from
middleware.py."""

import logging

from ninja import NinjaAPI
from ninja.errors import HttpError, ValidationError

from django.http import Http404
from django.utils.translation import gettext as _

from .eindpunten import afspraken, begrippen, organisaties, zoeken
from .openapi import vul_aan
from .problemen import API_VERSIE, ApiFout, probleem_antwoord

logger = logging.getLogger(__name__)

BESCHRIJVING = (
    "De openbare gegevens van het Kennisplatform Regionale Samenwerking: het register van "
    "uitvoeringsafspraken, de begrippenlijst, de deelnemende organisaties en de zoekfunctie. "
    "Alleen lezen (GET), zonder inloggen; u krijgt altijd alleen wat openbaar is. "
    "Lijsten komen per pagina (pagina, paginagrootte) met links naar de andere pagina's "
    "in _links; filters zijn queryparameters. Elk antwoord heeft de header API-Version; "
    "een fout is een application/problem+json (RFC 9457) met een Nederlandse uitleg."
)


class ApiV1(NinjaAPI):
    def get_openapi_schema(self, *, path_prefix=None, path_params=None):
        # paths relative to the server URL (which ends in /api/v1), see openapi.py
        return vul_aan(super().get_openapi_schema(path_prefix="", path_params=path_params))


api = ApiV1(
    title="API Kennisplatform Regionale Samenwerking",
    version=API_VERSIE,
    description=BESCHRIJVING,
    urls_namespace="api-v1",
    docs_url=None,  # the documentation page is our own (views.py): no scripts from a CDN
    openapi_url="/openapi.json",
)
for module in (afspraken, begrippen, organisaties, zoeken):
    api.add_router("", module.router)


def _veldnaam(fout):
    plek = [str(deel) for deel in fout.get("loc", ()) if deel not in ("query", "path")]
    return plek[-1] if plek else "?"


def _uitleg(fout):
    """A Dutch sentence for one of pydantic's validation errors (by its type)."""
    soort = fout.get("type", "")
    ctx = fout.get("ctx") or {}
    naam = _veldnaam(fout)
    if soort == "missing":
        return _("De parameter %s is verplicht.") % naam
    if soort in ("int_parsing", "int_type", "int_from_float"):
        return _("De parameter %s moet een geheel getal zijn.") % naam
    if soort == "greater_than_equal":
        return _("De parameter %(n)s moet minstens %(g)s zijn.") % {"n": naam, "g": ctx.get("ge")}
    if soort == "less_than_equal":
        return _("De parameter %(n)s mag hoogstens %(g)s zijn.") % {"n": naam, "g": ctx.get("le")}
    if soort == "string_too_long":
        return _("De parameter %(n)s mag hoogstens %(g)s tekens hebben.") % {
            "n": naam,
            "g": ctx.get("max_length"),
        }
    return _("De parameter %s heeft een ongeldige waarde.") % naam


@api.exception_handler(ApiFout)
def _api_fout(request, fout):
    return probleem_antwoord(request, fout.status, fout.detail, fout.titel)


@api.exception_handler(ValidationError)
def _validatiefout(request, fout):
    return probleem_antwoord(request, 400, " ".join(_uitleg(f) for f in fout.errors))


@api.exception_handler(Http404)
def _niet_gevonden(request, fout):
    return probleem_antwoord(request, 404)


@api.exception_handler(HttpError)
def _http_fout(request, fout):
    return probleem_antwoord(request, fout.status_code)
