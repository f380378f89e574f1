"""Public views: fill-in templates, meetings with their iCalendar feeds, and document
previews (after the same access check as the download)."""

from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from wagtail.documents import get_document_model

from groepen.toegang import mag_document_zien, openbare_groepen, zichtbare_werkmaterialen
from materialen import agenda, sjablonen
from materialen.models import Bijeenkomst, DocumentGegevens, Sjabloon
from materialen.sjablonen_formulier import formulier_klasse
from organisaties.models import Overleg

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


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
    """The meetings anyone may see: those of the overleggen (always public) and those of the
    live groups without a view restriction. A private group's meeting is never among them."""
    return Bijeenkomst.objects.filter(
        Q(overleg__isnull=False) | Q(groep__in=openbare_groepen())
    ).select_related("groep", "overleg")


def _geheel_getal(waarde):
    waarde = (waarde or "")[:18]
    return int(waarde) if waarde.isdigit() else None


def bijeenkomsten_overzicht(request):
    """All public meetings; ?groep=<slug> narrows them to one group (the group page links
    here when it shows only the latest few), ?overleg=<pk> to one overleg. An unknown group or
    overleg shows all."""
    nu = timezone.now()
    alle = _bijeenkomsten()
    groep = overleg = None
    slug = request.GET.get("groep", "")[:255]
    if slug:
        groep = openbare_groepen().filter(slug=slug).first()
    overleg_pk = _geheel_getal(request.GET.get("overleg"))
    if groep is None and overleg_pk is not None:
        overleg = Overleg.objects.filter(pk=overleg_pk).first()
    if groep is not None:
        alle = alle.filter(groep=groep)
    elif overleg is not None:
        alle = alle.filter(overleg=overleg)
    naam = groep.title if groep else (overleg.naam if overleg else "")
    return render(
        request,
        "materialen/bijeenkomsten.html",
        {
            "komend": alle.filter(einde__gte=nu).order_by("begin"),
            "voorbij": alle.filter(einde__lt=nu).order_by("-begin")[:50],
            "groep": groep,
            "overleg": overleg,
            "pagina_titel": (
                _("Bijeenkomsten van %(groep)s") % {"groep": naam} if naam else _("Bijeenkomsten")
            ),
        },
    )


def _materialen(request, item):
    """The material of this meeting the visitor may see. A group's meeting: the group's own
    material linked to it. An overleg's meeting: what public groups linked to it (a private
    group's material is never shown here)."""
    if item.groep_id:
        groepen = [item.groep]
    else:
        groepen = openbare_groepen().filter(werkmaterialen__gekoppelde_bijeenkomst=item)
        groepen = groepen.distinct().order_by("title")
    return [
        m
        for groep in groepen
        for m in zichtbare_werkmaterialen(request, groep)
        if m.gekoppelde_bijeenkomst_id == item.pk
    ]


def bijeenkomst(request, pk):
    item = get_object_or_404(_bijeenkomsten(), pk=pk)
    # Only published agreements past the concept stage (ORM relation: afspraken is a layer
    # beside materialen, so it is not imported).
    afspraken = item.vastgestelde_afspraken.openbaar().order_by("code", "titel")
    return render(
        request,
        "materialen/bijeenkomst.html",
        {
            "bijeenkomst": item,
            "materialen": _materialen(request, item),
            "vastgestelde_afspraken": afspraken,
            "pagina_titel": item.titel,
        },
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
    groep = get_object_or_404(openbare_groepen(), pk=pk)
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
