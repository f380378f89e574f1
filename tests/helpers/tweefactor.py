"""The second factor in tests about other things (issue 17.2).

With TWEEDE_FACTOR_VERPLICHT on (as in production) an editor reaches nothing after logging in
with a password alone. Tests of other features log editors in with `RedacteurClient` (the
`client` fixture of tests/conftest.py): after force_login or login it marks the session as
verified with a confirmed TOTP device of that user, through django-otp's public API (the
device's persistent id under DEVICE_ID_SESSION_KEY, as django_otp.login stores it).
The tests of the second factor itself (tests/tweefactor/) use a plain django.test.Client.
"""

import re
import time
from base64 import b32decode
from urllib.parse import parse_qs

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.contrib.auth import SESSION_KEY, get_user_model
from django.test import Client

from kennisplatform.tweefactor import heeft_beheertoegang


def app_van(user):
    """The user's confirmed authenticator app (made when there is none)."""
    apparaat = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    return apparaat or TOTPDevice.objects.create(user=user, name="Test-app", confirmed=True)


def code_van(apparaat, stap=0):
    """The app's code now (stap=1: the next time step, which the device also accepts; a code
    is accepted only once, so a second login in the same 30 seconds needs the next one)."""
    return f"{totp(apparaat.bin_key, step=apparaat.step, t0=apparaat.t0, digits=apparaat.digits, drift=apparaat.drift + stap):06d}"


def code_voor_instellen(user):
    """The code the set-up step asks for: from the unconfirmed device it shows."""
    apparaat = TOTPDevice.objects.get(user=user, confirmed=False)
    return code_van(apparaat)


def code_uit_geheim(html):
    """The code an app shows after the secret of a set-up page was typed into it."""
    geheim = re.search(r'kp-tweefactor-geheim">([A-Z2-7 ]+)<', html).group(1).replace(" ", "")
    return f"{totp(b32decode(geheim + '=' * (-len(geheim) % 8))):06d}"


def verse_code(apparaat):
    """A code the device accepts now: a code counts once, so when this time step's code was
    used already (a second login within 30 seconds), the next step's (tolerance 1)."""
    apparaat.refresh_from_db()
    nu = int((time.time() - apparaat.t0) // apparaat.step) + apparaat.drift
    if apparaat.last_t >= nu + 1:
        raise AssertionError("twee codes van deze stap zijn al gebruikt; wacht 30 seconden")
    return code_van(apparaat, stap=1 if apparaat.last_t >= nu else 0)


def verifieer(client, user):
    """Mark the client's (logged-in) session as verified with the user's app."""
    sessie = client.session
    sessie[DEVICE_ID_SESSION_KEY] = app_van(user).persistent_id
    sessie.save()


class RedacteurClient(Client):
    """A test client whose logins of editors come with a verified second factor."""

    def force_login(self, user, backend=None):
        super().force_login(user, backend)
        if heeft_beheertoegang(user):
            verifieer(self, user)

    def login(self, **credentials):
        gelukt = super().login(**credentials)
        if gelukt:
            user = get_user_model().objects.get(pk=self.session[SESSION_KEY])
            if heeft_beheertoegang(user):
                verifieer(self, user)
        return gelukt


def tweede_stap(client, antwoord, gebruikersnaam):
    """After a password login (`antwoord`, a redirect to the second-factor step): give a code
    of the user's app and return the answer, the redirect to `next`. A user without an app
    gets one first (the set-up itself, with its recovery-code page, is tested in
    tests/tweefactor/)."""
    stap = antwoord["Location"]
    assert stap.startswith("/tweede-factor/"), stap
    volgende = parse_qs(stap.partition("?")[2]).get("next", [""])[0]
    apparaat = app_van(get_user_model().objects.get(username=gebruikersnaam))
    return client.post("/tweede-factor/", {"code": verse_code(apparaat), "next": volgende})
