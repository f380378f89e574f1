"""Pages of a list: `pagina` and `paginagrootte` in the query, counts and `_links` in the answer."""

import math

from ninja import Query

from django.utils.translation import gettext as _

from .problemen import ApiFout

MAX_PAGINAGROOTTE = 100


def pagina_param():
    return Query(1, ge=1, description="Het nummer van de pagina, vanaf 1.")


def paginagrootte_param(standaard):
    return Query(
        standaard,
        ge=1,
        le=MAX_PAGINAGROOTTE,
        description=f"Het aantal resultaten per pagina (1 tot en met {MAX_PAGINAGROOTTE}).",
    )


def pagineer(request, aantal, pagina, paginagrootte):
    """(the page's fields for the answer, begin, end) of a list of `aantal` results; a page
    past the last is a 400 with a Dutch explanation."""
    paginas = max(1, math.ceil(aantal / paginagrootte))
    if pagina > paginas:
        raise ApiFout(
            400,
            _("Pagina %(p)s bestaat niet: er zijn %(n)s pagina's.") % {"p": pagina, "n": paginas},
        )

    def link(nummer):
        params = request.GET.copy()
        params["pagina"] = str(nummer)
        return {"href": request.build_absolute_uri(f"{request.path}?{params.urlencode()}")}

    velden = {
        "count": aantal,
        "pagina": pagina,
        "paginas": paginas,
        "paginagrootte": paginagrootte,
        "_links": {
            "self": link(pagina),
            "first": link(1),
            "last": link(paginas),
            "next": link(pagina + 1) if pagina < paginas else None,
            "prev": link(pagina - 1) if pagina > 1 else None,
        },
    }
    begin = (pagina - 1) * paginagrootte
    return velden, begin, begin + paginagrootte
