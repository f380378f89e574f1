"""The reader's side: follow (POST), "Mijn volglijst" (list, remove, frequency) and the
one-click unsubscribe of the digest mail (works without login).

Following needs a login: an anonymous POST goes to the login page and stores nothing. A
follow belongs to one user: removing someone else's is a 404, as if it did not exist."""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from . import soorten
from .digest import gebruiker_uit_sleutel
from .models import Digestinstelling, Volg

# At most this many follows per reader: every followed search is a full search when the
# digest is made, so an unbounded list would let one account stall the daily run for all.
MAX_VOLGEN = 200


def _terug(request):
    """Where to go back to: a local address from the form, else the follow list."""
    terug = request.POST.get("terug") or request.GET.get("terug") or ""
    if any(ord(teken) < 32 for teken in terug):
        terug = ""  # no control characters in a Location header
    if url_has_allowed_host_and_scheme(
        terug, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ) and terug.startswith("/"):
        return terug
    return reverse("volgen:volglijst")


def _melding(request, titel, melding, status=400, terug=None):
    return render(
        request,
        "kennisplatform/melding.html",
        {
            "titel": titel,
            "melding": melding,
            "terug": terug,
            "terug_tekst": _("Terug"),
        },
        status=status,
    )


@require_POST
def volg(request):
    terug = _terug(request)
    if not request.user.is_authenticated:
        return redirect(reverse("inloggen") + "?" + urlencode({"next": terug}))
    soort = request.POST.get("soort", "")
    if soort not in Volg.Soort.values:
        return _melding(request, _("Niet gevolgd"), _("Dit kunt u niet volgen."), terug=terug)
    try:
        waarde = soorten.normaliseer(soort, request.POST.get("waarde", ""), request.user)
    except soorten.OngeldigeVolg as fout:
        return _melding(request, _("Niet gevolgd"), str(fout), terug=terug)
    bestaand = Volg.objects.filter(gebruiker=request.user)
    if bestaand.count() >= MAX_VOLGEN and not bestaand.filter(soort=soort, waarde=waarde).exists():
        return _melding(
            request,
            _("Niet gevolgd"),
            _(
                "U volgt al %(n)s onderwerpen, het maximum. Verwijder er eerst een op "
                "Mijn volglijst."
            )
            % {"n": MAX_VOLGEN},
            terug=reverse("volgen:volglijst"),
        )
    with transaction.atomic():
        Digestinstelling.van(request.user)
        try:
            with transaction.atomic():
                nieuw = Volg.objects.create(gebruiker=request.user, soort=soort, waarde=waarde)
        except IntegrityError:
            nieuw = None  # already followed: nothing to add
    if soort in (Volg.Soort.REGISTERFILTER, Volg.Soort.ZOEKVRAAG):
        # the page it came from cannot tell (its query string is not the stored form): show
        # the list, with the new follow in it
        if nieuw is not None:
            messages.success(request, _("U volgt nu: %(l)s") % {"l": soorten.label(nieuw)})
        else:
            messages.info(request, _("Dit volgde u al."))
        return redirect("volgen:volglijst")
    return redirect(terug)


@login_required
def volglijst(request):
    instelling = Digestinstelling.objects.filter(gebruiker=request.user).first()
    volgen = list(Volg.objects.filter(gebruiker=request.user))
    groepen = dict(
        soorten.zichtbare_groepen(request.user)
        .filter(pk__in=[int(v.waarde) for v in volgen if v.soort == Volg.Soort.GROEP])
        .values_list("pk", "title")
    )
    items = [
        {"volg": v, "label": soorten.label(v, groepen), "link": soorten.link(v, groepen)}
        for v in volgen
    ]
    return render(
        request,
        "volgen/volglijst.html",
        {
            "items": items,
            "frequentie": instelling.frequentie
            if instelling
            else Digestinstelling.Frequentie.WEKELIJKS,
            "frequenties": Digestinstelling.Frequentie.choices,
            "pagina_titel": _("Mijn volglijst"),
        },
    )


@require_POST
@login_required
def verwijder(request, pk):
    get_object_or_404(Volg, pk=pk, gebruiker=request.user).delete()
    return redirect("volgen:volglijst")


@require_POST
@login_required
def frequentie(request):
    keuze = request.POST.get("frequentie", "")
    if keuze not in Digestinstelling.Frequentie.values:
        return _melding(
            request,
            _("Niet bewaard"),
            _("Kies dagelijks, wekelijks of uit."),
            terug=reverse("volgen:volglijst"),
        )
    instelling = Digestinstelling.van(request.user)
    if instelling.frequentie == Digestinstelling.Frequentie.UIT and keuze != instelling.frequentie:
        # back on: the next digest reports from now, not everything since it was turned off
        instelling.gemeld_tot = timezone.now()
    instelling.frequentie = keuze
    instelling.save(update_fields=["frequentie", "gemeld_tot"])
    return redirect("volgen:volglijst")


@csrf_exempt  # RFC 8058: the mail program POSTs without a session; the signed token decides
@require_http_methods(["GET", "POST"])
def afmelden(request, sleutel):
    """GET: a page with a button (mail scanners follow links, they must not unsubscribe).
    POST (the button, or the mail program's List-Unsubscribe-Post): frequency "uit"."""
    gebruiker_id = gebruiker_uit_sleutel(sleutel)
    gebruiker = get_user_model().objects.filter(pk=gebruiker_id).first() if gebruiker_id else None
    if gebruiker is None:
        return _melding(
            request,
            _("Afmelden niet gelukt"),
            _(
                "Deze afmeldlink is ongeldig of beschadigd. Gebruik de link uit de laatste "
                "e-mail, of log in en kies op Mijn volglijst voor “uit”."
            ),
        )
    if request.method == "POST":
        Digestinstelling.objects.update_or_create(
            gebruiker=gebruiker, defaults={"frequentie": Digestinstelling.Frequentie.UIT}
        )
        return render(request, "volgen/afgemeld.html", {"pagina_titel": _("Afgemeld")})
    return render(
        request,
        "volgen/afmelden.html",
        {"sleutel": sleutel, "pagina_titel": _("Afmelden voor de overzichtsmail")},
    )
