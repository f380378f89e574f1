"""Public views: fill-in templates, meetings with their iCalendar feeds, and document
previews (after the same access check as the download)."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from wagtail.documents import get_document_model

from groepen.models import GroepPage
from groepen.toegang import mag_document_zien, zichtbare_werkmaterialen
from materialen import agenda, sjablonen
from materialen.models import Bijeenkomst, DocumentGegevens, Sjabloon
from materialen.sjablonen_formulier import formulier_klasse

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _openbare_groepen():
    return GroepPage.objects.live().public()


# --- Sjablonen ---------------------------------------------------------------------------


def sjablonen_overzicht(request):
    return render(
        request,
        "materialen/sjablonen.html",
        {"sjablonen": Sjabloon.objects.select_related("groep"), "pagina_titel": _("Sjablonen")},
    )


def _download(sjabloon, tekst, soort):
    naam = slugify(sjabloon.titel) or "sjabloon"
    if soort == "docx":
        inhoud, mime = sjablonen.maak_docx(sjabloon.titel, tekst), DOCX_MIME
    else:
        inhoud, mime = sjablonen.maak_pdf(sjabloon.titel, tekst), "application/pdf"
    antwoord = HttpResponse(inhoud, content_type=mime)
    antwoord["Content-Disposition"] = f'attachment; filename="{naam}.{soort}"'
    return antwoord


@require_http_methods(["GET", "POST"])
def sjabloon_invullen(request, pk):
    sjabloon = get_object_or_404(Sjabloon, pk=pk)
    plekken = sjablonen.invulplekken(sjabloon.tekst)
    Formulier = formulier_klasse(plekken)
    context = {"sjabloon": sjabloon, "plekken": plekken, "pagina_titel": sjabloon.titel}
    if request.method == "POST":
        formulier = Formulier(request.POST)
        if formulier.is_valid():
            waarden = {p.sleutel: formulier.cleaned_data[p.veldnaam] for p in plekken}
            open_ = [p for p in plekken if not waarden[p.sleutel].strip()]
            actie = request.POST.get("actie", "")
            bevestigd = request.POST.get("bevestigd") == "ja"
            if actie in ("docx", "pdf") and (not open_ or bevestigd):
                return _download(sjabloon, sjablonen.vul_in(sjabloon.tekst, waarden), actie)
            context.update(gecontroleerd=True, open_plekken=open_)
    else:
        formulier = Formulier()
    context["formulier"] = formulier
    return render(request, "materialen/sjabloon.html", context)


# --- Bijeenkomsten -----------------------------------------------------------------------


def _bijeenkomsten():
    return Bijeenkomst.objects.filter(groep__in=_openbare_groepen()).select_related("groep")


def bijeenkomsten_overzicht(request):
    """All meetings of the public groups; ?groep=<slug> narrows them to one group (the group
    page links here when it shows only the latest few). An unknown slug shows all."""
    nu = timezone.now()
    alle = _bijeenkomsten()
    groep = None
    slug = request.GET.get("groep", "")[:255]
    if slug:
        groep = _openbare_groepen().filter(slug=slug).first()
    if groep is not None:
        alle = alle.filter(groep=groep)
    return render(
        request,
        "materialen/bijeenkomsten.html",
        {
            "komend": alle.filter(einde__gte=nu).order_by("begin"),
            "voorbij": alle.filter(einde__lt=nu).order_by("-begin")[:50],
            "groep": groep,
            "pagina_titel": (
                _("Bijeenkomsten van %(groep)s") % {"groep": groep.title}
                if groep
                else _("Bijeenkomsten")
            ),
        },
    )


def bijeenkomst(request, pk):
    item = get_object_or_404(_bijeenkomsten(), pk=pk)
    materialen = [
        m
        for m in zichtbare_werkmaterialen(request, item.groep)
        if m.gekoppelde_bijeenkomst_id == item.pk
    ]
    return render(
        request,
        "materialen/bijeenkomst.html",
        {"bijeenkomst": item, "materialen": materialen, "pagina_titel": item.titel},
    )


def _ical(inhoud, bestandsnaam):
    antwoord = HttpResponse(inhoud, content_type="text/calendar; charset=utf-8")
    antwoord["Content-Disposition"] = f'inline; filename="{bestandsnaam}"'
    return antwoord


def agenda_platform(request):
    return _ical(
        agenda.agenda(_bijeenkomsten(), _("Bijeenkomsten Kennisplatform Regionale Samenwerking")),
        "bijeenkomsten.ics",
    )


def agenda_groep(request, pk):
    groep = get_object_or_404(_openbare_groepen(), pk=pk)
    return _ical(
        agenda.agenda(_bijeenkomsten().filter(groep=groep), groep.title),
        f"{groep.slug}.ics",
    )


# --- Document previews -------------------------------------------------------------------


def voorbeeld(request, document_id):
    document = get_object_or_404(get_document_model(), pk=document_id)
    if not mag_document_zien(request, document):
        raise Http404
    gegevens = DocumentGegevens.objects.filter(document=document).first()
    if gegevens is None or not gegevens.voorbeeld:
        raise Http404
    antwoord = HttpResponse(bytes(gegevens.voorbeeld), content_type="image/png")
    antwoord["Cache-Control"] = "private, max-age=3600"
    antwoord["X-Content-Type-Options"] = "nosniff"
    return antwoord
