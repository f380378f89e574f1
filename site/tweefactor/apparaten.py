"""The devices of one user, through django-otp's public models: one authenticator app (TOTP)
and one set of recovery codes (a static device with single-use tokens)."""

import math
import re
from base64 import b32encode

import qrcode
import qrcode.image.svg
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.contrib.auth.signals import user_login_failed
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

APP_NAAM = "Authenticator-app"
HERSTEL_NAAM = "Herstelcodes"
AANTAL_HERSTELCODES = 10
_ZES_CIJFERS = re.compile(r"[0-9]{6}")
_HERSTELCODE = re.compile(r"[a-z2-7]{8}")


def _normaal(code):
    """What the user typed, without spaces or dashes ("123 456", "abcd-efgh"), lower case."""
    return re.sub(r"[\s-]", "", code or "").lower()


def app_in_wording(user):
    """The unconfirmed app device of the set-up step (one per user, made on first visit)."""
    apparaat = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    return apparaat or TOTPDevice.objects.create(user=user, name=APP_NAAM, confirmed=False)


def geheim(apparaat):
    """The secret in base32, in groups of four, for typing into an app by hand."""
    tekst = b32encode(apparaat.bin_key).decode("ascii").rstrip("=")
    return " ".join(tekst[i : i + 4] for i in range(0, len(tekst), 4))


def qr_svg(adres):
    """The otpauth:// address as an inline SVG QR code (no image URL, no inline style: the
    site's CSP stays as it is)."""
    beeld = qrcode.make(adres, image_factory=qrcode.image.svg.SvgPathImage, box_size=8, border=2)
    svg = beeld.to_string(encoding="unicode")
    # Drop any XML declaration (the SVG goes inside HTML) and name the image.
    svg = svg[svg.index("<svg") :]
    return svg.replace("<svg ", '<svg role="img" aria-label="' + _("QR-code") + '" ', 1)


def nieuwe_herstelcodes(user):
    """Replace the user's recovery codes by AANTAL_HERSTELCODES new ones; returns them (shown
    once, never again: only django-otp's table holds them)."""
    with transaction.atomic():
        apparaat, _ = StaticDevice.objects.get_or_create(
            user=user, name=HERSTEL_NAAM, defaults={"confirmed": True}
        )
        apparaat.token_set.all().delete()
        codes = [StaticToken.random_token() for _ in range(AANTAL_HERSTELCODES)]
        StaticToken.objects.bulk_create(StaticToken(device=apparaat, token=c) for c in codes)
    return codes


def bevestig_app(apparaat, code):
    """The set-up step: the first code from the app confirms the device. (device, None) or
    (None, Dutch message)."""
    code = _normaal(code)
    if not _ZES_CIJFERS.fullmatch(code):
        return None, _("Vul de zes cijfers in die uw authenticator-app nu toont.")
    with transaction.atomic():
        apparaat = TOTPDevice.objects.select_for_update().get(pk=apparaat.pk)
        wachten = _wachttijd(apparaat)
        if wachten:
            return None, _te_veel(wachten)
        if not apparaat.verify_token(code):
            return None, _(
                "Deze code klopt niet. Controleer de code in uw app en de tijd van uw telefoon."
            )
        apparaat.confirmed = True
        apparaat.save(update_fields=["confirmed"])
    return apparaat, None


def _te_veel(wachten):
    return ngettext(
        "Te veel verkeerde codes. Wacht %(aantal)d seconde en probeer het opnieuw.",
        "Te veel verkeerde codes. Wacht %(aantal)d seconden en probeer het opnieuw.",
        wachten,
    ) % {"aantal": wachten}


def _wachttijd(apparaat):
    toegestaan, gegevens = apparaat.verify_is_allowed()
    if toegestaan or not gegevens or "locked_until" not in gegevens:
        return 0
    return max(1, math.ceil((gegevens["locked_until"] - timezone.now()).total_seconds()))


def controleer(user, code):
    """(device, None) when `code` is a current app code or an unused recovery code of this
    user (a recovery code is then used up), else (None, Dutch message)."""
    code = _normaal(code)
    if _ZES_CIJFERS.fullmatch(code):
        model, fout = TOTPDevice, _("Deze code klopt niet. Controleer de code in uw app.")
    elif _HERSTELCODE.fullmatch(code):
        model, fout = StaticDevice, _("Deze herstelcode klopt niet of is al gebruikt.")
    else:
        return None, _(
            "Vul de zes cijfers uit uw authenticator-app in, of een herstelcode van acht tekens."
        )
    with transaction.atomic():
        apparaten = list(model.objects.devices_for_user(user, confirmed=True).select_for_update())
        for apparaat in apparaten:
            wachten = _wachttijd(apparaat)
            if wachten:
                return None, _te_veel(wachten)
        for apparaat in apparaten:
            if apparaat.verify_token(code):
                return apparaat, None
    return None, fout


def meld_fout(request, user):
    """A wrong code counts as a failed login: for the rate limit per address (DREMPELS) and
    for django-axes, which locks the account after AXES_FAILURE_LIMIT failures."""
    user_login_failed.send(
        sender=__name__, credentials={"username": user.get_username()}, request=request
    )


def overzicht(user):
    """What "Mijn tweede factor" shows: the confirmed apps and the unused recovery codes."""
    apps = TOTPDevice.objects.devices_for_user(user, confirmed=True).order_by("pk")
    herstel = StaticDevice.objects.devices_for_user(user, confirmed=True).first()
    return {
        "apps": list(apps),
        "herstelcodes_over": herstel.token_set.count() if herstel else 0,
    }


def verwijder_alle(user):
    """Remove every device of the user (a beheerder's reset): their next login sets up anew.
    A session verified with one of these devices is no longer verified (OTPMiddleware finds
    no device)."""
    with transaction.atomic():
        aantal = TOTPDevice.objects.filter(user=user).delete()[0]
        aantal += StaticDevice.objects.filter(user=user).delete()[0]
    return aantal
