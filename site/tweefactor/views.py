"""The steps of the second factor (/tweede-factor/...) and a beheerder's reset in the admin.

controleren   a code from the app or a recovery code, after the password (every login)
instellen     the first device: scan the QR code (or type the secret), confirm with a code;
              then 10 recovery codes, shown once (herstelcodes)
mijn          "Mijn tweede factor": the own devices, new recovery codes (verified only)
herstellen    /admin/tweede-factor/<id>/herstellen/: a superuser removes another user's devices
"""

import logging
from urllib.parse import urlencode

from django_otp import login as otp_login
from django_otp import user_has_device

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from wagtail.log_actions import log

from . import VOLGENDE, apparaten, heeft_beheertoegang, nodig, veilig_volgende

logger = logging.getLogger(__name__)

# The recovery codes wait here between the POST that made them and the one page that shows them.
_NIEUWE_CODES = "tweefactor_herstelcodes"
ACTIE_INGESTELD = "kennisplatform.tweede_factor.ingesteld"
ACTIE_HERSTELCODES = "kennisplatform.tweede_factor.herstelcodes"
ACTIE_HERSTELD = "kennisplatform.tweede_factor.hersteld"


def _volgende(request):
    return veilig_volgende(request, request.POST.get(VOLGENDE) or request.GET.get(VOLGENDE, ""))


def _met_volgende(naam, volgende):
    return reverse(naam) + "?" + urlencode({VOLGENDE: volgende})


def _log_eigen(request, actie):
    """In Wagtail's history (Rapporten > Sitegeschiedenis). request.user is a lazy object in
    a lazy object (auth, then django-otp), which Wagtail's log registry does not see through:
    it gets the user itself."""
    gebruiker = get_user_model().objects.get(pk=request.user.pk)
    log(instance=gebruiker, action=actie, user=gebruiker)


def _alleen_redacteuren(request):
    if not heeft_beheertoegang(request.user):
        raise Http404  # readers have no second factor; nothing to see here


@never_cache
@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def controleren(request):
    _alleen_redacteuren(request)
    volgende = _volgende(request)
    if not user_has_device(request.user):
        return redirect(_met_volgende("tweefactor:instellen", volgende))
    if getattr(request.user, "is_verified", lambda: False)():
        return redirect(volgende)
    fout = None
    if request.method == "POST":
        apparaat, fout = apparaten.controleer(request.user, request.POST.get("code", ""))
        if apparaat is not None:
            otp_login(request, apparaat)
            if apparaat.name == apparaten.HERSTEL_NAAM:
                over = apparaten.overzicht(request.user)["herstelcodes_over"]
                messages.warning(
                    request,
                    _(
                        "U bent ingelogd met een herstelcode; die is nu gebruikt. U heeft er "
                        "nog %(aantal)d. Maak nieuwe aan via Mijn tweede factor."
                    )
                    % {"aantal": over},
                )
            return redirect(volgende)
        apparaten.meld_fout(request, request.user)
    return render(
        request,
        "tweefactor/controleren.html",
        {"fout": fout, "volgende": volgende, "pagina_titel": _("Tweede factor")},
        status=400 if fout else 200,
    )


@never_cache
@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def instellen(request):
    _alleen_redacteuren(request)
    volgende = _volgende(request)
    if user_has_device(request.user):
        # A second device only after verifying with the first: never with a password alone.
        if nodig(request.user) or not request.user.is_verified():
            return redirect(_met_volgende("tweefactor:controleren", volgende))
        return redirect("tweefactor:mijn")
    apparaat = apparaten.app_in_wording(request.user)
    fout = None
    if request.method == "POST":
        bevestigd, fout = apparaten.bevestig_app(apparaat, request.POST.get("code", ""))
        if bevestigd is not None:
            request.session[_NIEUWE_CODES] = apparaten.nieuwe_herstelcodes(request.user)
            otp_login(request, bevestigd)
            _log_eigen(request, ACTIE_INGESTELD)
            return redirect(_met_volgende("tweefactor:herstelcodes", volgende))
        apparaten.meld_fout(request, request.user)
    return render(
        request,
        "tweefactor/instellen.html",
        {
            "fout": fout,
            "volgende": volgende,
            "qr": apparaten.qr_svg(apparaat.config_url),
            "geheim": apparaten.geheim(apparaat),
            "pagina_titel": _("Tweede factor instellen"),
        },
        status=400 if fout else 200,
    )


@never_cache
@login_required
def herstelcodes(request):
    """The new recovery codes, once: the session forgets them as this page is made."""
    _alleen_redacteuren(request)
    codes = request.session.pop(_NIEUWE_CODES, None)
    if not codes:
        return redirect("tweefactor:mijn")
    return render(
        request,
        "tweefactor/herstelcodes.html",
        {"codes": codes, "volgende": _volgende(request), "pagina_titel": _("Uw herstelcodes")},
    )


@never_cache
@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def mijn(request):
    _alleen_redacteuren(request)
    if not getattr(request.user, "is_verified", lambda: False)():
        # Also with the setting off: seeing or changing the factors needs the factor.
        return redirect(
            reverse(
                "tweefactor:controleren"
                if user_has_device(request.user)
                else "tweefactor:instellen"
            )
        )
    if request.method == "POST":
        request.session[_NIEUWE_CODES] = apparaten.nieuwe_herstelcodes(request.user)
        _log_eigen(request, ACTIE_HERSTELCODES)
        return redirect("tweefactor:herstelcodes")
    return render(
        request,
        "tweefactor/mijn.html",
        {**apparaten.overzicht(request.user), "pagina_titel": _("Mijn tweede factor")},
    )


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def herstellen(request, pk):
    """Admin: a superuser (beheerder) removes another user's second factor; that user sets up a
    new one at their next login. Logged in Wagtail's history and the application log."""
    if not request.user.is_superuser:
        raise PermissionDenied
    gebruiker = get_object_or_404(get_user_model(), pk=pk)
    if gebruiker.pk == request.user.pk:
        raise PermissionDenied  # your own: under Mijn tweede factor, never without it
    naam = gebruiker.get_full_name() or gebruiker.get_username()
    if request.method == "POST":
        aantal = apparaten.verwijder_alle(gebruiker)
        beheerder = get_user_model().objects.get(pk=request.user.pk)  # see _log_eigen
        log(instance=gebruiker, action=ACTIE_HERSTELD, user=beheerder)
        logger.warning(
            "tweede factor van gebruiker %s hersteld door %s (%d apparaten verwijderd)",
            gebruiker.pk,
            request.user.pk,
            aantal,
        )
        messages.success(
            request,
            _(
                "De tweede factor van %(naam)s is verwijderd; bij de volgende inlog stelt "
                "%(naam)s een nieuwe in."
            )
            % {"naam": naam},
        )
        return redirect("wagtailusers_users:index")
    return render(
        request,
        "tweefactor/herstellen.html",
        {
            "gebruiker": gebruiker,
            "naam": naam,
            "heeft_factor": user_has_device(gebruiker),
            "page_title": _("Tweede factor herstellen"),
        },
    )
