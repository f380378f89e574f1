"""The page of one overleg (issue 14.1). Part "overleg" replaces this first version."""

from django.shortcuts import get_object_or_404, render

from organisaties.models import Overleg


def overleg(request, pk):
    gevonden = get_object_or_404(Overleg, pk=pk)
    return render(
        request, "samenwerking/overleg.html", {"overleg": gevonden, "pagina_titel": gevonden.naam}
    )
