"""/api/v1/afspraken and /api/v1/afspraken/{code}: the public register.

The filters, their validation, the sort orders and the search within the register are the
register's own (afspraken.register.Registerfilter), the payload of one agreement is the existing
API's (afspraken.views.api_afspraak): v1 adds pages with `_links`, refuses unknown filter values
with a 400 instead of ignoring them, and never names a private group."""

from ninja import Path, Query, Router

from django.utils.translation import gettext as _

from afspraken.models import PARTNER_VELDEN, Uitvoeringsafspraak
from afspraken.register import (
    RELEVANTIE,
    SAMENVATTING_KOLOM,
    SORTERINGEN,
    Registerfilter,
    export_queryset,
)
from afspraken.views import API_PER_PAGINA, api_afspraak, api_statusgeschiedenis
from groepen.models import GroepPage
from groepen.toegang import openbaar

from ..paginering import pagina_param, paginagrootte_param, pagineer
from ..problemen import ApiFout
from ..schemas import AfspraakDetail, Afsprakenlijst

router = Router(tags=["afspraken"])


def _of(waarden):
    waarden = [f"“{w}”" for w in waarden]
    return ", ".join(waarden[:-1]) + " of " + waarden[-1]


FILTERBESCHRIJVING = {
    "q": "Zoeken binnen het register (dezelfde Nederlandse zoekfunctie als /zoeken/).",
    "kerninstrument": "De slug van een kerninstrument (zie de facetten van het register).",
    "ketenpartner": _of(PARTNER_VELDEN) + ".",
    "typering": _of(Uitvoeringsafspraak.Typering.values) + ".",
    "niveau": _of(Uitvoeringsafspraak.Niveau.values) + " (het veld ambtelijk_bestuurlijk).",
    "status": _of([s for s in Uitvoeringsafspraak.Status.values if s != "concept"])
    + "; zonder dit filter de eerste twee.",
    "trefwoord": "Een trefwoord, op slug of naam.",
    "groep": "De slug van een openbare groep.",
    "sortering": _of([*SORTERINGEN, RELEVANTIE[0]]) + " (relevantie alleen met q).",
}


def _afspraak(afspraak, request, openbare_groepen):
    gegevens = api_afspraak(afspraak, request, openbare_groepen)
    gegevens[SAMENVATTING_KOLOM] = bool(gegevens[SAMENVATTING_KOLOM])
    for veld in PARTNER_VELDEN:
        gegevens[veld] = bool(gegevens[veld])
    # a private group is never named, not even by its slug
    if afspraak.groep_id not in openbare_groepen:
        gegevens["groep"] = None
    return gegevens


def _controleer(filter_, params):
    """A 400 for every filter value the register would silently leave out."""
    fouten = []
    for naam, _label in Registerfilter.FACETTEN:
        waarde = str(params.get(naam, "")).strip()
        if waarde and naam not in filter_.gekozen:
            if naam == "trefwoord":
                fouten.append(
                    _("Het trefwoord “%(w)s” komt in geen openbare afspraak voor.")
                    % {"w": waarde[:80]}
                )
                continue
            if naam == "groep":
                keuzes = sorted(filter_.groepen)
            else:
                keuzes = [str(w) for w, _l in filter_.keuzes[naam]]
            fouten.append(
                _("Onbekende waarde “%(w)s” voor het filter %(f)s. Mogelijk: %(k)s.")
                % {"w": waarde[:80], "f": naam, "k": ", ".join(keuzes)}
            )
    sortering = str(params.get("sortering", "")).strip()
    if sortering and sortering != filter_.sortering:
        fouten.append(
            _("Onbekende sortering “%(w)s”. Mogelijk: %(k)s.")
            % {"w": sortering[:80], "k": ", ".join(w for w, _l in filter_.sorteringen())}
        )
    if fouten:
        raise ApiFout(400, " ".join(fouten))


@router.get(
    "/afspraken",
    response=Afsprakenlijst,
    by_alias=True,
    summary="Het register van uitvoeringsafspraken",
    description="De openbare afspraken, gefilterd en gesorteerd zoals in het register op "
    "/afspraken/, per pagina. Een onbekende filterwaarde geeft een 400.",
    operation_id="afsprakenLijst",
)
def afspraken(
    request,
    q: str = Query("", description=FILTERBESCHRIJVING["q"]),
    kerninstrument: str = Query("", description=FILTERBESCHRIJVING["kerninstrument"]),
    ketenpartner: str = Query("", description=FILTERBESCHRIJVING["ketenpartner"]),
    typering: str = Query("", description=FILTERBESCHRIJVING["typering"]),
    niveau: str = Query("", description=FILTERBESCHRIJVING["niveau"]),
    status: str = Query("", description=FILTERBESCHRIJVING["status"]),
    trefwoord: str = Query("", description=FILTERBESCHRIJVING["trefwoord"]),
    groep: str = Query("", description=FILTERBESCHRIJVING["groep"]),
    sortering: str = Query("", description=FILTERBESCHRIJVING["sortering"]),
    pagina: int = pagina_param(),
    paginagrootte: int = paginagrootte_param(API_PER_PAGINA),
):
    filter_ = Registerfilter(request.GET)
    _controleer(filter_, request.GET)
    qs = export_queryset(filter_.resultaten()).select_related("vastgesteld_door")
    velden, begin, eind = pagineer(request, qs.count(), pagina, paginagrootte)
    openbare_groepen = {pk for _titel, pk in filter_.groepen.values()}
    return {
        **velden,
        "results": [_afspraak(a, request, openbare_groepen) for a in qs[begin:eind]],
        "meldingen": filter_.meldingen,
    }


@router.get(
    "/afspraken/{code}",
    response=AfspraakDetail,
    summary="Eén afspraak",
    description="Een openbare afspraak op haar code, met de statusgeschiedenis.",
    operation_id="afspraakOpCode",
)
def afspraak(request, code: str = Path(..., description="De code, bijvoorbeeld UA-00001.")):
    afspraak = (
        export_queryset(Uitvoeringsafspraak.objects.openbaar())
        .select_related("vastgesteld_door")
        .filter(code=code.replace("\x00", ""))
        .first()
    )
    if afspraak is None:
        raise ApiFout(404, _("Er is geen openbare afspraak met de code “%s”.") % code[:80])
    openbare_groep = set(
        openbaar(GroepPage.objects.live().filter(pk=afspraak.groep_id)).values_list("pk", flat=True)
    )
    gegevens = _afspraak(afspraak, request, openbare_groep)
    gegevens["statusgeschiedenis"] = api_statusgeschiedenis(afspraak)
    return gegevens
