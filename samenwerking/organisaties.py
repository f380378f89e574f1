"""The organisations and what they take part in (issue 14.3). Part "organisaties" replaces this
first version."""

from django.shortcuts import get_object_or_404, render

from organisaties.models import Organisatie


def organisaties(request):
    return render(
        request,
        "samenwerking/organisaties.html",
        {"organisaties": Organisatie.objects.all(), "pagina_titel": "Organisaties"},
    )


def organisatie(request, pk):
    gevonden = get_object_or_404(Organisatie, pk=pk)
    return render(
        request,
        "samenwerking/organisatie.html",
        {"organisatie": gevonden, "pagina_titel": gevonden.naam},
    )
