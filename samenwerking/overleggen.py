"""The page of one overleg (issue 14.1): its fields, chair and secretary, members, relations
in both directions, the werkgroepen it set up, its meetings and its source. Relations to a
group an anonymous visitor may not see are left out (samenwerking.structuur)."""

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from groepen.toegang import openbaar
from organisaties.models import Overleg, OverlegstructuurPage, Rol
from samenwerking.structuur import zichtbare_relaties

GROOTSTE_PK = 2**63 - 1  # a BigAutoField; beyond it the database cannot look (a 404, not a 500)


def _deelnames_per_rol(overleg):
    deelnames = list(overleg.deelnames.select_related("organisatie"))
    per_rol = []
    for waarde, label in Rol.choices:
        rij = [d for d in deelnames if d.rol == waarde]
        if rij:
            per_rol.append((label, sorted(rij, key=lambda d: d.organisatie.naam)))
    return per_rol


def overleg(request, pk):
    if pk > GROOTSTE_PK:
        raise Http404
    gevonden = get_object_or_404(
        Overleg.objects.select_related(
            "voorzitter_organisatie", "secretaris_organisatie", "ingesteld_door"
        ),
        pk=pk,
    )
    nu = timezone.now()
    bijeenkomsten = list(gevonden.bijeenkomsten.order_by("begin"))
    context = {
        "overleg": gevonden,
        "pagina_titel": gevonden.naam,
        "structuurpagina": openbaar(OverlegstructuurPage.objects.live()).first(),
        "uitgaand": list(zichtbare_relaties(gevonden.relaties.all())),
        "inkomend": list(gevonden.inkomende_relaties.select_related("van")),
        "deelnames_per_rol": _deelnames_per_rol(gevonden),
        "ingestelde_groepen": list(gevonden.ingestelde_groepen.all()),
        "komend": [b for b in bijeenkomsten if b.einde >= nu],
        "voorbij": [b for b in reversed(bijeenkomsten) if b.einde < nu],
    }
    return render(request, "samenwerking/overleg.html", context)
