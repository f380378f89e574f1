"""Issue 17, attack on the OpenID Connect login: a callback replayed, a callback sent to another
provider's address than the one the login started with, and tricky `next` values. Each must log
nobody in (or only the right person) and never lead off the site."""

import re
from urllib.parse import urlsplit

import pytest
import requests

from django.contrib.auth.models import User
from django.test import Client

from aanmelden.models import Identiteit
from tests.aanmelden.conftest import CLIENT_ID, CLIENT_SECRET, log_in, stel_in

from .test_oidc import ANNA, melding

pytestmark = pytest.mark.django_db


def _callback_van_de_provider(client, provider, gebruiker, naam="odu"):
    """Start at the platform and let the provider approve; the callback URL it redirects to
    (path and query), not yet visited."""
    stel_in(provider, gebruiker)
    start = client.get(f"/inloggen/oidc/{naam}/")
    bij_provider = requests.get(start["Location"], allow_redirects=False, timeout=10)
    terug = urlsplit(bij_provider.headers["Location"])
    return terug.path, terug.query


def test_een_herhaalde_callback_logt_niet_opnieuw_in(client, settings, omgeving, provider):
    omgeving(settings)
    pad, query = _callback_van_de_provider(client, provider, {**ANNA, "sub": "odu-replay"})
    assert client.get(f"{pad}?{query}")["Location"] == settings.LOGIN_REDIRECT_URL
    client.logout()
    # the same code and state again (browser history, a leaked URL): state is used up
    antwoord = client.get(f"{pad}?{query}")
    assert antwoord.status_code == 302
    assert "_auth_user_id" not in client.session
    assert "verlopen of niet vanuit dit venster gestart" in melding(client)
    # and in a fresh browser (login CSRF: the attacker's callback in the victim's browser)
    ander = Client()
    antwoord = ander.get(f"{pad}?{query}")
    assert antwoord.status_code == 302
    assert "_auth_user_id" not in ander.session
    assert Identiteit.objects.filter(sub="odu-replay").count() == 1


def test_een_code_van_de_ene_aanbieder_geldt_niet_bij_de_andere(
    client, settings, omgeving, provider
):
    omgeving(
        settings,
        OIDC_PROVIDERS="odu,pu",
        OIDC_PU_NAAM="Provincie Utrecht",
        OIDC_PU_CLIENT_ID=CLIENT_ID,
        OIDC_PU_CLIENT_SECRET=CLIENT_SECRET,
        OIDC_PU_DISCOVERY_URL=f"{provider}/.well-known/openid-configuration",
        OIDC_PU_ORGANISATIE="Provincie Utrecht",
    )
    gebruikers = User.objects.count()
    _pad, query = _callback_van_de_provider(client, provider, {**ANNA, "sub": "odu-kruis"})
    antwoord = client.get(f"/inloggen/oidc/pu/terug/?{query}")
    assert antwoord.status_code == 302
    assert "_auth_user_id" not in client.session
    assert "verlopen of niet vanuit dit venster gestart" in melding(client)
    assert User.objects.count() == gebruikers
    assert not Identiteit.objects.filter(sub="odu-kruis").exists()


@pytest.mark.parametrize(
    "volgende",
    [
        "/\\kwaad.example/",
        "\\\\kwaad.example",
        "https:/kwaad.example",
        "https:kwaad.example",
        " //kwaad.example",
        "javascript:alert(1)",
        "/%0d%0aSet-Cookie:x=y",
        "/\r\nSet-Cookie: x=y",
    ],
)
def test_next_leidt_nooit_van_de_site_af(client, settings, omgeving, provider, volgende):
    omgeving(settings)
    antwoord = log_in(client, provider, {**ANNA, "sub": "odu-next2"}, volgende=volgende)
    assert antwoord.status_code == 302
    doel = antwoord["Location"]
    assert doel.startswith("/") and not doel.startswith(("//", "/\\"))
    assert "\n" not in doel and "\r" not in doel
    assert not re.match(r"^[a-z]+:", doel)
    assert "x" not in antwoord.cookies  # no header injected through next


@pytest.mark.parametrize(
    "claims",
    [
        {"sub": "odu-nul\x00teken"},
        {"sub": "odu-nulnaam", "given_name": "An\x00na", "family_name": "de\x00Vries"},
        {"sub": "odu-nulmail", "email": "anna\x00@odu.example", "email_verified": False},
        {"sub": "odu-lang", "preferred_username": "ä" * 10000, "given_name": "x" * 10000},
        {"sub": "odu-groepen", "groups": {"kp-coord": True}},
        {"sub": "odu-veel", "groups": [f"g{i}" for i in range(5000)] + ["kp-kennis"]},
    ],
)
def test_vreemde_claims_geven_een_melding_of_een_schoon_account(
    client, settings, omgeving, provider, claims
):
    """A provider's claims are input too: NUL characters (PostgreSQL cannot store them), huge
    or oddly typed values never give a 500, and never a role."""
    omgeving(settings)
    antwoord = log_in(client, provider, {**ANNA, **claims})
    assert antwoord.status_code == 302
    for gebruiker in User.objects.filter(identiteiten__aanbieder="odu"):
        for veld in ("username", "first_name", "last_name", "email"):
            assert "\x00" not in getattr(gebruiker, veld)
        assert not gebruiker.is_staff and not gebruiker.is_superuser
        assert not gebruiker.has_perm("wagtailadmin.access_admin")


def test_organisatie_met_nul_teken_is_onbekend(client, settings, omgeving, provider):
    omgeving(settings, OIDC_ODU_ORGANISATIE="claim:organisatie")
    gebruikers = User.objects.count()
    log_in(client, provider, {**ANNA, "sub": "odu-nulorg", "organisatie": "Provincie\x00Utrecht"})
    tekst = melding(client)
    assert "niet bekend" in tekst and "\x00" not in tekst
    assert User.objects.count() == gebruikers


@pytest.mark.parametrize(
    "email", ["anna@odu.example, kwaad@kwaad.example", "geen-adres", "a@b@c.example"]
)
def test_een_ongeldig_adres_van_de_aanbieder_wordt_niet_overgenomen(
    client, settings, omgeving, provider, email
):
    """The digest goes to user.email: a claim that is not one valid address (a list, garbage)
    must not become it, or the mail goes to someone else too."""
    omgeving(settings)
    log_in(client, provider, {**ANNA, "sub": "odu-adres", "email": email})
    gebruiker = Identiteit.objects.get(aanbieder="odu", sub="odu-adres").gebruiker
    assert gebruiker.email == ""
    assert client.session["_auth_user_id"] == str(gebruiker.pk)  # logged in all the same
