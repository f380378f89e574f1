"""The second factor for editors (issue 17.2): who needs it, and where they go after it.

Everyone with access to the Wagtail admin (wagtailadmin.access_admin: trekkers, coördinatoren,
beheerders, superusers) confirms every login with a code from an authenticator app (a TOTP
device of django-otp) or one of their recovery codes (a static device). Until they have, this
session is "unverified" and middleware.TweedeFactorMiddleware lets them reach nothing but the
steps themselves and logging out. Readers without admin access are never asked.

The verified state is django-otp's own (the device id in the session, see django_otp.login):
it ends with the session at logout, and when the device is removed.
"""

import logging
from urllib.parse import urlencode

from django_otp import user_has_device

from django.conf import settings
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

VOLGENDE = "next"
logger = logging.getLogger(__name__)


def verplicht():
    return bool(getattr(settings, "TWEEDE_FACTOR_VERPLICHT", True))


def heeft_beheertoegang(user):
    return bool(
        user.is_authenticated
        and user.is_active
        and (user.is_superuser or user.has_perm("wagtailadmin.access_admin"))
    )


def nodig(user):
    """Whether this (logged-in) user must still give a second factor in this session."""
    if not verplicht() or not heeft_beheertoegang(user):
        return False
    is_verified = getattr(user, "is_verified", None)  # set by django-otp's OTPMiddleware
    return not (is_verified and is_verified())


def veilig_volgende(request, adres, standaard=None):
    """`adres` when it points at this site (as Django's LoginView checks `next`), else the
    default (LOGIN_REDIRECT_URL)."""
    if adres and url_has_allowed_host_and_scheme(
        adres, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return adres
    return standaard or settings.LOGIN_REDIRECT_URL


def stap_voor(user):
    """The URL name of the step this user needs: verify a code, or set up a first device."""
    return "tweefactor:controleren" if user_has_device(user) else "tweefactor:instellen"


def naar_stap(request, volgende=""):
    """A redirect to the second-factor step, keeping `next` (when it is safe)."""
    doel = reverse(stap_voor(request.user))
    volgende = veilig_volgende(request, volgende, standaard="")
    if volgende:
        doel += "?" + urlencode({VOLGENDE: volgende})
    return HttpResponseRedirect(doel)


def waarschuw_als_uit():
    """At start-up (KennisplatformConfig.ready): the setting off without DEBUG is a warning in
    the log (development turns it off on purpose, with DEBUG on)."""
    if not settings.DEBUG and not verplicht():
        logger.warning(
            "TWEEDE_FACTOR_VERPLICHT staat uit: redacteuren loggen in met alleen een "
            "wachtwoord. Zet TWEEDE_FACTOR_VERPLICHT=true in productie."
        )
        return True
    return False
