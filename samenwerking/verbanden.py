"""The overview of samenwerkingsverbanden (issue 14.4). Part "verbanden" replaces this first
version."""

from django.shortcuts import get_object_or_404, render

from organisaties.models import Samenwerkingsverband


def verbanden(request):
    return render(
        request,
        "samenwerking/verbanden.html",
        {
            "verbanden": Samenwerkingsverband.objects.all(),
            "pagina_titel": "Samenwerkingsverbanden",
        },
    )


def verband(request, slug):
    gevonden = get_object_or_404(Samenwerkingsverband, slug=slug)
    return render(
        request, "samenwerking/verband.html", {"verband": gevonden, "pagina_titel": gevonden.naam}
    )
