"""The organisations and what they take part in (issue 14.3): the matrix /organisaties/ with
its filters and CSV, the party register /organisaties/partijen/ with its CSV, and one page per
organisation. The data comes from samenwerking.deelnames (one source for matrix, CSV and the
organisation's page); private groups never appear."""

from urllib.parse import urlencode

from django import forms
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from organisaties.models import Niveau, Organisatie, Overleg, Partijschap, Rol
from samenwerking import deelnames
from samenwerking.csv_uitvoer import csv_antwoord, datum

MAX_GETOOND = 60  # characters of a refused filter value repeated in the message


class Matrixfilter(forms.Form):
    """The GET filters of /organisaties/; a value that is not one of the choices is ignored
    and named in a message."""

    soort = forms.ChoiceField(
        label=gettext_lazy("Soort organisatie"),
        choices=[("", gettext_lazy("Alle soorten"))] + list(Organisatie.Soort.choices),
        required=False,
    )
    niveau = forms.ChoiceField(
        label=gettext_lazy("Niveau van het overleg of de groep"),
        choices=[("", gettext_lazy("Alle niveaus"))] + list(Niveau.choices),
        required=False,
    )
    rol = forms.ChoiceField(
        label=gettext_lazy("Rol"),
        choices=[("", gettext_lazy("Alle rollen"))] + list(Rol.choices),
        required=False,
    )
    partij = forms.BooleanField(
        label=gettext_lazy("Alleen partijen bij het convenant"), required=False
    )

    def geldige_waarden(self):
        """The filters that hold a valid value: {naam: waarde}."""
        self.is_valid()
        schoon = getattr(self, "cleaned_data", {})
        waarden = {naam: schoon[naam] for naam in ("soort", "niveau", "rol") if schoon.get(naam)}
        if schoon.get("partij"):
            waarden["partij"] = True
        return waarden

    def meldingen(self):
        self.is_valid()
        return [
            _("Onbekende waarde voor “%(filter)s”: “%(waarde)s”. Dit filter is niet toegepast.")
            % {
                "filter": self.fields[naam].label,
                "waarde": str(self.data.get(naam, ""))[:MAX_GETOOND],
            }
            for naam in self.errors
        ]


def _gefilterd(request):
    filter_ = Matrixfilter(request.GET)
    waarden = filter_.geldige_waarden()
    matrix = deelnames.matrix(
        soort=waarden.get("soort"),
        niveau=waarden.get("niveau"),
        rol=waarden.get("rol"),
        alleen_partijen=waarden.get("partij", False),
        request=request,
    )
    querystring = urlencode({k: ("1" if v is True else v) for k, v in waarden.items()})
    return filter_, waarden, matrix, querystring


def organisaties(request):
    filter_, waarden, matrix, querystring = _gefilterd(request)
    return render(
        request,
        "samenwerking/organisaties.html",
        {
            "pagina_titel": _("Organisaties en hun deelname"),
            "filter": filter_,
            "gekozen": waarden,
            "meldingen": filter_.meldingen(),
            "matrix": matrix,
            "querystring": f"?{querystring}" if querystring else "",
        },
    )


def _ja_nee(waarde):
    return _("ja") if waarde else _("nee")


def organisaties_csv(request):
    _filter, _waarden, matrix, _qs = _gefilterd(request)
    kop = [_("Organisatie"), _("Soort"), _("Partij bij het convenant")]
    kop += [f"{k.naam} ({k.afkorting})" if k.afkorting else k.naam for k in matrix.kolommen]
    rijen = [
        [rij.organisatie.naam, rij.organisatie.get_soort_display(), _ja_nee(rij.is_partij)]
        + [", ".join(rollen) for _kolom, rollen in rij.cellen]
        for rij in matrix.rijen
    ]
    return csv_antwoord("organisaties", kop, rijen)


def organisatie(request, pk):
    gevonden = get_object_or_404(Organisatie.objects.select_related("partijschap"), pk=pk)
    return render(
        request,
        "samenwerking/organisatie.html",
        {
            "organisatie": gevonden,
            "pagina_titel": gevonden.naam,
            "partijschap": getattr(gevonden, "partijschap", None),
            "deelnames": deelnames.deelnames_van(gevonden, request),
            "voorzitterschappen": list(Overleg.objects.filter(voorzitter_organisatie=gevonden)),
            "secretariaten": list(Overleg.objects.filter(secretaris_organisatie=gevonden)),
            "verbanden": list(gevonden.samenwerkingsverbanden.order_by("naam")),
        },
    )


def _partijen():
    return list(Partijschap.objects.select_related("organisatie").order_by("organisatie__naam"))


def partijen(request):
    alle = _partijen()
    return render(
        request,
        "samenwerking/partijen.html",
        {
            "pagina_titel": _("Partijen bij het convenant"),
            "partijen": alle,
            "aantal_actief": sum(1 for p in alle if p.is_actief),
        },
    )


def partijen_csv(request):
    kop = [
        _("Organisatie"),
        _("Soort"),
        _("Ondertekend op"),
        _("Toegetreden op"),
        _("Uitgetreden op"),
        _("Status"),
        _("Intern besluit (art. 10)"),
        _("Datum besluit"),
        _("Link naar het besluit"),
    ]
    rijen = [
        [
            p.organisatie.naam,
            p.organisatie.get_soort_display(),
            datum(p.ondertekend_op),
            datum(p.toegetreden_op),
            datum(p.uitgetreden_op),
            _("actief") if p.is_actief else _("voormalig"),
            p.besluit,
            datum(p.besluit_op),
            p.besluit_link,
        ]
        for p in _partijen()
    ]
    return csv_antwoord("partijen-bij-het-convenant", kop, rijen)
