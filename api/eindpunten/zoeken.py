"""/api/v1/zoeken: the platform search (search.zoeker.zoek, the service /zoeken/ and
/api/zoeken/ use), always as an anonymous visitor: only public results and public counts,
whoever sends the request (a session cookie changes nothing)."""

from ninja import Query, Router

from django.contrib.auth.models import AnonymousUser
from django.utils.translation import gettext as _

from search import afstemming, zoeklog
from search.facetten import FACETTEN
from search.views import resultaat_gegevens
from search.zoeker import OngeldigeZoekvraag, zoek

from ..paginering import pagina_param, paginagrootte_param, pagineer
from ..problemen import ApiFout
from ..schemas import Zoekuitkomst

router = Router(tags=["zoeken"])


@router.get(
    "/zoeken",
    response=Zoekuitkomst,
    by_alias=True,
    summary="Zoeken in het hele platform",
    description="Dezelfde Nederlandse zoekfunctie als /zoeken/: openbare pagina's, afspraken, "
    "begrippen en documenten, best passend eerst, met aantallen per facet. Filters: "
    + ", ".join(FACETTEN)
    + ".",
    operation_id="zoeken",
)
def zoeken(
    request,
    q: str = Query(..., description="De zoekvraag."),
    soort: str = Query("", description="Alleen resultaten van deze soort."),
    kerninstrument: str = Query("", description="Alleen afspraken van dit kerninstrument."),
    ketenpartner: str = Query("", description="Alleen afspraken met deze ketenpartner."),
    groep: str = Query("", description="Alleen resultaten van deze (openbare) groep."),
    status: str = Query("", description="Alleen afspraken met deze status."),
    typering: str = Query("", description="Alleen afspraken met deze typering."),
    pagina: int = pagina_param(),
    paginagrootte: int = paginagrootte_param(afstemming.PER_PAGINA),
):
    if not q.strip():
        raise ApiFout(400, _("Geef een zoekvraag op in de parameter q."))
    if pagina > afstemming.MAX_PAGINA:
        raise ApiFout(
            400, _("Er zijn hoogstens %(n)s pagina's resultaten.") % {"n": afstemming.MAX_PAGINA}
        )
    filters = {}
    for naam in FACETTEN:
        waarde = request.GET.get(naam, "").strip()
        if len(waarde) > afstemming.MAX_FILTERWAARDE:
            raise ApiFout(400, _("De waarde van het filter %s is te lang.") % naam)
        if waarde:
            filters[naam] = waarde
    try:
        # only the results of the question (no related results of a phrase question, as on
        # the search page): `count` and the pagination describe exactly what is listed
        uitkomst = zoek(
            q, AnonymousUser(), filters, pagina, per_pagina=paginagrootte, verwant=False
        )
    except OngeldigeZoekvraag as fout:
        raise ApiFout(400, str(fout)) from fout
    zoeklog.registreer(request, uitkomst, filters, "pagina" in request.GET)  # issue 15
    velden, _begin, _eind = pagineer(request, uitkomst.count, pagina, paginagrootte)
    return {
        **velden,
        "query": uitkomst.query,
        "results": [resultaat_gegevens(r) for r in uitkomst.resultaten],
        "facets": uitkomst.facetten,
        "suggestion": uitkomst.suggestie,
    }
