"""The import of agreements in the Wagtail admin, for coördinatoren: upload, preview of what
will change (or the errors, paginated), then confirm or cancel. Between the steps the file
waits in a private temporary folder of its own (made by `tempfile.mkdtemp`, mode 0700), named
by a random token bound to the session; the folder is removed on confirm and on cancel, and
folders older than IMPORT_MAX_LEEFTIJD are removed whenever an import starts.

A confirmed import runs as a background task (afspraken/importeren/taak.py): the file moves into an
`Importtaak` and the coördinator lands on its status page, which shows the progress (a
<progress> element, refreshed by static/afspraken/importstatus.js or, without JavaScript, by
a meta refresh) and at the end the summary or the error."""

import json
import logging
import os
import re
import shutil
import tempfile
import time
from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from .importeren import (
    MAX_BESTANDSGROOTTE,
    MAX_FOUTEN,
    ImportFout,
    Lezer,
    te_groot,
    vergelijk,
)
from .importeren.taak import voer_import_uit
from .models import Importtaak
from .rechten import is_coordinator

SESSIE_SLEUTEL = "afspraken_import"
logger = logging.getLogger(__name__)
SESSIE_FOUTEN = "afspraken_import_fouten"
VOORVOEGSEL = "kennisplatform-import-"
IMPORT_MAX_LEEFTIJD = 60 * 60  # seconds a waiting import (or its error list) is kept
FOUTEN_PER_PAGINA = 50
GETOOND = 50  # agreements listed per kind in the preview
TOKEN = re.compile(r"^[A-Za-z0-9_]{8,64}$")


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
            raise forms.ValidationError(capfirst(te_groot()) + ".")
        return bestand


# -- temporary folders ----------------------------------------------------------------------


def _basis():
    """Where the per-import folders are made: AFSPRAKEN_IMPORT_MAP, else the system's."""
    return Path(getattr(settings, "AFSPRAKEN_IMPORT_MAP", "") or tempfile.gettempdir())


def _nieuwe_map():
    basis = _basis()
    basis.mkdir(parents=True, exist_ok=True)
    map_ = Path(tempfile.mkdtemp(prefix=VOORVOEGSEL, dir=basis))
    return map_, map_.name.removeprefix(VOORVOEGSEL)


def _map(token):
    if not token or not TOKEN.match(token):
        return None
    return _basis() / f"{VOORVOEGSEL}{token}"


def _verwijder(token):
    map_ = _map(token)
    if map_ is not None:
        shutil.rmtree(map_, ignore_errors=True)


def ruim_oude_imports_op():
    """Remove import folders older than IMPORT_MAX_LEEFTIJD (abandoned previews)."""
    grens = time.time() - IMPORT_MAX_LEEFTIJD
    try:
        items = list(os.scandir(_basis()))
    except OSError:
        return
    for item in items:
        if not item.name.startswith(VOORVOEGSEL):
            continue
        try:
            if item.is_dir(follow_symlinks=False) and item.stat().st_mtime < grens:
                shutil.rmtree(item.path, ignore_errors=True)
        except OSError:
            continue


# -- views -----------------------------------------------------------------------------------


def importeren(request):
    if not mag_importeren(request.user):
        raise PermissionDenied
    context = {"page_title": _("Afspraken importeren"), "formulier": ImportFormulier()}
    if request.method == "POST" and "bevestig" in request.POST:
        return _bevestig(request)
    if request.method == "POST" and "annuleer" in request.POST:
        return _annuleer(request)
    if request.method == "POST":
        ruim_oude_imports_op()
        for sleutel in (SESSIE_SLEUTEL, SESSIE_FOUTEN):
            _verwijder(request.session.pop(sleutel, None))
        formulier = ImportFormulier(request.POST, request.FILES)
        context["formulier"] = formulier
        if formulier.is_valid():
            try:
                return _lees_en_toon(request, formulier.cleaned_data["bestand"], context)
            except OSError:  # the folder of AFSPRAKEN_IMPORT_MAP cannot be used
                logger.exception("Importmap niet bruikbaar")
                messages.error(
                    request,
                    _(
                        "Het bestand kon niet tijdelijk worden bewaard voor de voorvertoning; er "
                        "is niets geïmporteerd. Vraag de beheerder de instelling "
                        "AFSPRAKEN_IMPORT_MAP na te kijken."
                    ),
                )
    elif "foutpagina" in request.GET:
        context.update(_foutpagina(request, request.GET.get("foutpagina")))
    return render(request, "afspraken/admin/importeren.html", context)


def _lees_en_toon(request, bestand, context):
    """Read the upload: the preview, or the (paginated) errors."""
    inhoud = bestand.read()
    try:
        resultaat = vergelijk(Lezer().lees(inhoud))
    except ImportFout as fout:
        _bewaar_fouten(request, fout)
        context.update(_foutpagina(request, 1))
        return render(request, "afspraken/admin/importeren.html", context)
    map_, token = _nieuwe_map()
    (map_ / "bestand").write_bytes(inhoud)
    (map_ / "naam").write_text(bestand.name[:200], encoding="utf-8")
    # How many status changes the preview showed, without and with the locked agreements:
    # confirming them unticked goes back to the preview before anything is queued.
    statuswijzigingen = {
        "0": len(resultaat.statuswijzigingen),
        "1": sum(1 for w in [*resultaat.gewijzigd, *resultaat.overgeslagen] if w.status_anders),
    }
    (map_ / "statuswijzigingen.json").write_text(json.dumps(statuswijzigingen), encoding="utf-8")
    request.session[SESSIE_SLEUTEL] = token
    return _voorvertoning(request, resultaat, bestand.name, token)


def _bewaar_fouten(request, fout):
    map_, token = _nieuwe_map()
    gegevens = {
        "fouten": [[f.rij, f.kolom, f.reden] for f in fout.fouten[:MAX_FOUTEN]],
        "afgebroken": fout.afgebroken or len(fout.fouten) > MAX_FOUTEN,
    }
    (map_ / "fouten.json").write_text(json.dumps(gegevens), encoding="utf-8")
    request.session[SESSIE_FOUTEN] = token


def _foutpagina(request, nummer):
    map_ = _map(request.session.get(SESSIE_FOUTEN))
    try:
        gegevens = json.loads((map_ / "fouten.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, TypeError):
        return {"fouten_verlopen": True}
    fouten = [{"rij": r, "kolom": k, "reden": reden} for r, k, reden in gegevens["fouten"]]
    pagina = Paginator(fouten, FOUTEN_PER_PAGINA).get_page(nummer)
    return {"fouten": pagina, "aantal_fouten": len(fouten), "afgebroken": gegevens["afgebroken"]}


def _voorvertoning(request, resultaat, naam, token, melding=None):
    context = {
        # what was ticked before, so a second attempt does not silently drop a choice
        "gekozen": {k: bool(request.POST.get(k)) for k in ("status_wijzigen", "ook_vergrendeld")},
        "page_title": _("Afspraken importeren"),
        "resultaat": resultaat,
        "naam": naam,
        "token": token,
        "melding": melding,
        "nieuw": resultaat.nieuw[:GETOOND],
        "meer_nieuw": max(0, len(resultaat.nieuw) - GETOOND),
        "gewijzigd": resultaat.gewijzigd[:GETOOND],
        "meer_gewijzigd": max(0, len(resultaat.gewijzigd) - GETOOND),
        "statuswijzigingen": len(resultaat.statuswijzigingen),
        "overgeslagen": resultaat.overgeslagen[:GETOOND],
        "meer_overgeslagen": max(0, len(resultaat.overgeslagen) - GETOOND),
    }
    return render(request, "afspraken/admin/importeren.html", context)


def _annuleer(request):
    token = request.session.pop(SESSIE_SLEUTEL, None)
    if token and request.POST.get("token") == token:
        _verwijder(token)
    messages.info(request, _("Import geannuleerd; er is niets opgeslagen."))
    return redirect(reverse("afspraken_importeren"))


def _bevestig(request):
    token = request.session.pop(SESSIE_SLEUTEL, None)
    map_ = _map(token)
    if map_ is None or request.POST.get("token") != token:
        return _verlopen(request)
    # Claim the file atomically: of two confirmations at once only one gets it.
    bezig = map_ / "bezig"
    try:
        os.rename(map_ / "bestand", bezig)
    except OSError:
        return _verlopen(request)
    opruimen = True
    try:
        status_wijzigen = bool(request.POST.get("status_wijzigen"))
        ook_vergrendeld = bool(request.POST.get("ook_vergrendeld"))
        inhoud = bezig.read_bytes()
        naam = (map_ / "naam").read_text(encoding="utf-8")
        if not status_wijzigen and _statuswijzigingen(map_, ook_vergrendeld):
            # Back to the preview: the file stays for a next, confirmed attempt.
            os.rename(bezig, map_ / "bestand")
            opruimen = False
            request.session[SESSIE_SLEUTEL] = token
            try:
                resultaat = vergelijk(Lezer().lees(inhoud), ook_vergrendeld)
            except ImportFout as fout:  # the register's lists changed since the preview
                messages.error(request, _("Niets geïmporteerd: %(fout)s") % {"fout": fout})
                return redirect(reverse("afspraken_importeren"))
            aantal = len(resultaat.statuswijzigingen)
            melding = ngettext(
                "Niets geïmporteerd: %(n)s afspraak krijgt een andere status. Vink aan dat u "
                "de statuswijziging bevestigt, of pas het bestand aan.",
                "Niets geïmporteerd: %(n)s afspraken krijgen een andere status. Vink aan dat u "
                "de statuswijzigingen bevestigt, of pas het bestand aan.",
                aantal,
            ) % {"n": aantal}
            return _voorvertoning(request, resultaat, naam, token, melding)
        taak = start_import(request.user, naam, inhoud, status_wijzigen, ook_vergrendeld)
    finally:
        if opruimen:
            _verwijder(token)
    return redirect(reverse("afspraken_importstatus", args=[taak.pk]))


def _statuswijzigingen(map_, ook_vergrendeld):
    """The status changes the preview showed (for this choice); unknown counts as some."""
    try:
        aantallen = json.loads((map_ / "statuswijzigingen.json").read_text(encoding="utf-8"))
        return int(aantallen["1" if ook_vergrendeld else "0"])
    except (OSError, ValueError, KeyError, TypeError):
        return 1


def start_import(gebruiker, naam, inhoud, status_wijzigen, ook_vergrendeld):
    """Store a confirmed import and queue its task (with the ImmediateBackend it runs now)."""
    taak = Importtaak.objects.create(
        gebruiker=gebruiker,
        bestandsnaam=naam[:200],
        inhoud=inhoud,
        status_wijzigen=status_wijzigen,
        ook_vergrendeld=ook_vergrendeld,
    )
    voer_import_uit.enqueue(taak.pk)
    return taak


def _eigen_taak(request, pk):
    """The Importtaak, for the one who started it and for coördinatoren; else 404 (whether
    someone else's import exists is not told)."""
    if not mag_importeren(request.user):
        raise PermissionDenied
    taak = get_object_or_404(Importtaak.objects.defer("inhoud"), pk=pk)
    if taak.gebruiker_id != request.user.pk and not is_coordinator(request.user):
        raise Http404
    return taak


def _stand(taak):
    """What the status page says, also as JSON for importstatus.js."""
    if taak.stand == Importtaak.Stand.WACHTRIJ:
        tekst = _("In de wachtrij: de import begint zodra de werker vrij is.")
    elif taak.stand == Importtaak.Stand.BEZIG:
        if taak.totaal:
            tekst = _("%(fase)s: %(n)s van %(t)s (%(p)s%%)") % {
                "fase": taak.fase,
                "n": taak.verwerkt,
                "t": taak.totaal,
                "p": taak.procent,
            }
        else:
            tekst = _("%(fase)s: %(n)s verwerkt") % {
                "fase": taak.fase or _("Bezig"),
                "n": taak.verwerkt,
            }
    elif taak.stand == Importtaak.Stand.KLAAR:
        tekst = _("Import voltooid: %(s)s.") % {"s": taak.samenvatting}
    else:
        tekst = taak.fout
    return {
        "stand": taak.stand,
        "fase": taak.fase,
        "verwerkt": taak.verwerkt,
        "totaal": taak.totaal,
        "procent": taak.procent,
        "afgelopen": taak.afgelopen,
        # busy with an unknown total (an XLSX being read): a <progress> without a value
        "onbepaald": taak.stand == Importtaak.Stand.BEZIG and not taak.totaal,
        "tekst": tekst,
    }


def importstatus(request, pk):
    taak = _eigen_taak(request, pk)
    context = {
        "page_title": _("Import van %(naam)s") % {"naam": taak.bestandsnaam},
        "taak": taak,
        "stand": _stand(taak),
        "json_url": reverse("afspraken_importstatus_json", args=[taak.pk]),
        "register_url": reverse("wagtailsnippets_afspraken_uitvoeringsafspraak:list"),
    }
    return render(request, "afspraken/admin/importstatus.html", context)


def importstatus_json(request, pk):
    antwoord = JsonResponse(_stand(_eigen_taak(request, pk)))
    antwoord["Cache-Control"] = "no-store"
    return antwoord


def _verlopen(request):
    messages.error(
        request,
        _(
            "Deze import is al bevestigd, geannuleerd of verlopen; er is niets (opnieuw) "
            "opgeslagen. Kies het bestand opnieuw."
        ),
    )
    return redirect(reverse("afspraken_importeren"))
