"""The import of agreements in the Wagtail admin, for coördinatoren: upload, preview of what
will change (or every error), then confirm. The file waits between the two steps in a private
temporary folder, named by a random token bound to the session."""

import secrets
import tempfile
from pathlib import Path

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .importeren import MAX_BESTANDSGROOTTE, ImportFout, Lezer, importeer, vergelijk

SESSIE_SLEUTEL = "afspraken_import"
MAP = Path(tempfile.gettempdir()) / "kennisplatform-import"


def mag_importeren(user):
    return user.has_perms(
        ["afspraken.add_uitvoeringsafspraak", "afspraken.publish_uitvoeringsafspraak"]
    )


class ImportFormulier(forms.Form):
    bestand = forms.FileField(
        label=gettext_lazy("Bestand (CSV of XLSX)"),
        help_text=gettext_lazy(
            "Eén kopregel met de kolommen van het importformaat; CSV met komma of puntkomma."
        ),
    )

    def clean_bestand(self):
        bestand = self.cleaned_data["bestand"]
        if bestand.size > MAX_BESTANDSGROOTTE:
            raise forms.ValidationError(_("Het bestand is groter dan 50 MB."))
        return bestand


def _pad(token):
    return MAP / f"{token}.bin"


def importeren(request):
    if not mag_importeren(request.user):
        raise PermissionDenied
    context = {"page_title": _("Afspraken importeren"), "formulier": ImportFormulier()}
    if request.method == "POST" and "bevestig" in request.POST:
        return _bevestig(request)
    if request.method == "POST":
        formulier = ImportFormulier(request.POST, request.FILES)
        context["formulier"] = formulier
        if formulier.is_valid():
            inhoud = formulier.cleaned_data["bestand"].read()
            try:
                resultaat = vergelijk(Lezer().lees(inhoud))
            except ImportFout as fout:
                context["fouten"] = fout.fouten
            else:
                MAP.mkdir(mode=0o700, exist_ok=True)
                token = secrets.token_urlsafe(24)
                _pad(token).write_bytes(inhoud)
                request.session[SESSIE_SLEUTEL] = token
                context.update(
                    {
                        "resultaat": resultaat,
                        "nieuw": resultaat.nieuw[:50],
                        "gewijzigd": [a for _r, a in resultaat.gewijzigd[:50]],
                        "naam": formulier.cleaned_data["bestand"].name,
                    }
                )
    return render(request, "afspraken/admin/importeren.html", context)


def _bevestig(request):
    token = request.session.pop(SESSIE_SLEUTEL, None)
    if not token or request.POST.get("token") != token or not _pad(token).exists():
        messages.error(request, _("De voorvertoning is verlopen. Kies het bestand opnieuw."))
        return redirect(reverse("afspraken_importeren"))
    pad = _pad(token)
    try:
        resultaat = importeer(pad.read_bytes(), gebruiker=request.user)
    except ImportFout as fout:
        messages.error(request, _("Niets geïmporteerd: %(fout)s") % {"fout": fout})
        return redirect(reverse("afspraken_importeren"))
    finally:
        pad.unlink(missing_ok=True)
    messages.success(request, _("Import voltooid: %(s)s.") % {"s": resultaat.samenvatting})
    return redirect(reverse("wagtailsnippets_afspraken_uitvoeringsafspraak:list"))
