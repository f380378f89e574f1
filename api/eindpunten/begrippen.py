"""/api/v1/begrippen and /api/v1/begrippen/{sleutel}: the shared vocabulary (all of it is
public, as on the glossary page and in the SKOS export). The filter is the glossary page's."""

from ninja import Path, Query, Router

from django.utils.translation import gettext as _

from begrippen.models import Begrip, BegrippenIndexPage, gefilterde_begrippen
from begrippen.skos import begrip_uri
from groepen.models import GroepPage
from groepen.toegang import openbaar

from ..paginering import pagina_param, paginagrootte_param, pagineer
from ..problemen import ApiFout
from ..schemas import Begrip as BegripSchema
from ..schemas import Begrippenlijst

router = Router(tags=["begrippen"])
PER_PAGINA = 50
MAX_FILTER = 100


def _begrippen():
    return Begrip.objects.select_related("groep").prefetch_related(
        "bredere_begrippen", "smallere_begrippen", "verwante_begrippen"
    )


def _begrip(begrip, request, lijst, openbare_groepen):
    return {
        "id": begrip.pk,
        "slug": begrip.slug,
        "term": begrip.term,
        "definitie": begrip.definitie,
        "afkortingen": begrip.afkortingen_lijst,
        "synoniemen": begrip.synoniemen_lijst,
        "bron": begrip.bron,
        "bronnen": [{"titel": b["titel"], "url": b["url"] or None} for b in begrip.bronnen],
        "groep": begrip.groep.slug if begrip.groep_id in openbare_groepen else None,
        "uri": str(begrip_uri(begrip)),
        "url": request.build_absolute_uri(lijst.url_voor(begrip)) if lijst else None,
        "bredere_begrippen": sorted(b.slug for b in begrip.bredere_begrippen.all()),
        "smallere_begrippen": sorted(b.slug for b in begrip.smallere_begrippen.all()),
        "verwante_begrippen": sorted(b.slug for b in begrip.verwante_begrippen.all()),
    }


def _context():
    lijst = openbaar(BegrippenIndexPage.objects.live()).first()
    openbare_groepen = set(openbaar(GroepPage.objects.live()).values_list("pk", flat=True))
    return lijst, openbare_groepen


@router.get(
    "/begrippen",
    response=Begrippenlijst,
    by_alias=True,
    summary="De begrippenlijst",
    description="Alle begrippen van A tot Z, per pagina; `filter` zoekt in term, afkortingen "
    "en synoniemen, zoals het filter van de begrippenlijst.",
    operation_id="begrippenLijst",
)
def begrippen(
    request,
    filter: str = Query(
        "",
        max_length=MAX_FILTER,
        description="Tekst in de term, een afkorting of een synoniem.",
    ),
    pagina: int = pagina_param(),
    paginagrootte: int = paginagrootte_param(PER_PAGINA),
):
    qs = gefilterde_begrippen(filter.strip()).order_by("term", "pk")
    velden, begin, eind = pagineer(request, qs.count(), pagina, paginagrootte)
    lijst, openbare_groepen = _context()
    resultaten = _begrippen().filter(pk__in=[b.pk for b in qs[begin:eind]]).order_by("term", "pk")
    return {**velden, "results": [_begrip(b, request, lijst, openbare_groepen) for b in resultaten]}


@router.get(
    "/begrippen/{sleutel}",
    response=BegripSchema,
    summary="Eén begrip",
    description="Een begrip op zijn slug of zijn id.",
    operation_id="begripOpSleutel",
)
def begrip(request, sleutel: str = Path(..., description="De slug of het id van het begrip.")):
    begrip = _begrippen().filter(slug=sleutel).first()
    if begrip is None and sleutel.isascii() and sleutel.isdigit() and len(sleutel) < 19:
        # isascii: "²" is a digit to isdigit() but not to int()
        begrip = _begrippen().filter(pk=int(sleutel)).first()
    if begrip is None:
        raise ApiFout(404, _("Er is geen begrip met de slug of het id “%s”.") % sleutel[:80])
    lijst, openbare_groepen = _context()
    return _begrip(begrip, request, lijst, openbare_groepen)
