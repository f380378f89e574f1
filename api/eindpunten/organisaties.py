"""/api/v1/organisaties and /api/v1/organisaties/{sleutel}: the parties of the cooperation
(public, as on the overlegstructuur page)."""

from ninja import Path, Query, Router

from django.utils.text import slugify
from django.utils.translation import gettext as _

from organisaties.models import Organisatie

from ..paginering import pagina_param, paginagrootte_param, pagineer
from ..problemen import ApiFout
from ..schemas import Organisatie as OrganisatieSchema
from ..schemas import Organisatielijst

router = Router(tags=["organisaties"])
PER_PAGINA = 50


def _organisatie(o):
    return {
        "id": o.pk,
        "slug": slugify(o.naam),
        "naam": o.naam,
        "afkorting": o.afkorting,
        "soort": o.soort,
        "website": o.website,
    }


@router.get(
    "/organisaties",
    response=Organisatielijst,
    by_alias=True,
    summary="De deelnemende organisaties",
    description="Alle organisaties op naam, per pagina; filter op soort.",
    operation_id="organisatiesLijst",
)
def organisaties(
    request,
    soort: str = Query(
        "", description="Een soort: " + ", ".join(w for w, _l in Organisatie.Soort.choices) + "."
    ),
    pagina: int = pagina_param(),
    paginagrootte: int = paginagrootte_param(PER_PAGINA),
):
    qs = Organisatie.objects.order_by("naam", "pk")
    soort = soort.strip()
    if soort:
        if soort not in Organisatie.Soort.values:
            raise ApiFout(
                400,
                _("Onbekende waarde “%(w)s” voor het filter soort. Mogelijk: %(k)s.")
                % {"w": soort[:80], "k": ", ".join(Organisatie.Soort.values)},
            )
        qs = qs.filter(soort=soort)
    velden, begin, eind = pagineer(request, qs.count(), pagina, paginagrootte)
    return {**velden, "results": [_organisatie(o) for o in qs[begin:eind]]}


@router.get(
    "/organisaties/{sleutel}",
    response=OrganisatieSchema,
    summary="Eén organisatie",
    description="Een organisatie op haar slug (afgeleid van de naam) of haar id.",
    operation_id="organisatieOpSleutel",
)
def organisatie(
    request, sleutel: str = Path(..., description="De slug (afgeleid van de naam) of het id.")
):
    gevonden = None
    if sleutel.isascii() and sleutel.isdigit() and len(sleutel) < 19:  # not "²"
        gevonden = Organisatie.objects.filter(pk=int(sleutel)).first()
    if gevonden is None:
        # no slug column: the list of parties is short (tens), so compare the derived slugs
        gevonden = next((o for o in Organisatie.objects.all() if slugify(o.naam) == sleutel), None)
    if gevonden is None:
        raise ApiFout(404, _("Er is geen organisatie met de slug of het id “%s”.") % sleutel[:80])
    return _organisatie(gevonden)
