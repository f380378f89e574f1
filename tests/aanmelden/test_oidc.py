"""Login with the user's own organisation against a running OpenID Connect provider (issue 17.3)."""

import re

import pytest

from django.contrib.auth.models import Group, User

from aanmelden.koppelen import zet_groepen
from aanmelden.models import Account, Identiteit, Toekenning
from groepen.models import GroepRechten
from redactie import rollen
from tests.aanmelden.conftest import KENNISNETWERK, PROJECTGROEP, log_in

pytestmark = pytest.mark.django_db


def rechten(slug):
    return GroepRechten.objects.get(groep__slug=slug)


def groepsnamen(gebruiker):
    return set(gebruiker.groups.values_list("name", flat=True))


def melding(client):
    """The Dutch message on the login screen after a failed round."""
    pagina = client.get("/inloggen/")
    assert pagina.status_code == 200
    tekst = pagina.content.decode()
    gevonden = re.search(
        r'kp-melding" role="status">\s*<p class="utrecht-paragraph">(.*?)</p>', tekst, re.S
    )
    return gevonden.group(1) if gevonden else ""


ANNA = {
    "sub": "odu-4711",
    "email": "anna@odu.example",
    "email_verified": True,
    "given_name": "Anna",
    "family_name": "de Vries",
    "preferred_username": "anna",
    "groups": ["kp-kennis", "kp-vth"],
}


def test_het_inlogscherm_toont_de_aanbieder(client, settings, omgeving):
    omgeving(settings)
    pagina = client.get("/inloggen/?next=/afspraken/")
    tekst = pagina.content.decode()
    assert "Inloggen met Omgevingsdienst Utrecht" in tekst
    assert 'href="/inloggen/oidc/odu/?next=%2Fafspraken%2F"' in tekst
    assert 'name="password"' in tekst  # local accounts remain


def test_een_nieuwe_gebruiker_krijgt_organisatie_en_groepen(client, settings, omgeving, provider):
    omgeving(settings)
    antwoord = log_in(client, provider, ANNA, volgende="/afspraken/")
    assert antwoord.status_code == 302
    assert antwoord["Location"] == "/afspraken/"
    identiteit = Identiteit.objects.get(aanbieder="odu", sub="odu-4711")
    anna = identiteit.gebruiker
    assert client.session["_auth_user_id"] == str(anna.pk)
    assert not anna.has_usable_password()
    assert (anna.first_name, anna.last_name, anna.email) == ("Anna", "de Vries", "anna@odu.example")
    assert Account.objects.get(gebruiker=anna).organisatie.afkorting == "ODU"
    assert groepsnamen(anna) == {
        rechten(KENNISNETWERK).leden.name,
        rechten(PROJECTGROEP).leden.name,
    }
    assert not anna.is_staff and not anna.is_superuser
    # Signed in for real: the werkruimte of the group is open to her.
    werkruimte = rechten(PROJECTGROEP).groep.get_children().live().filter(slug="werkruimte").first()
    assert client.get(werkruimte.url).status_code == 200


def test_tweede_keer_dezelfde_gebruiker_en_groepen_bijgewerkt(client, settings, omgeving, provider):
    omgeving(settings)
    log_in(client, provider, ANNA)
    anna = Identiteit.objects.get(sub="odu-4711").gebruiker
    # A coördinator adds her by hand to another group: no login may take that away.
    handmatig = GroepRechten.objects.exclude(groep__slug__in=[KENNISNETWERK, PROJECTGROEP]).first()
    handmatig.leden.user_set.add(anna)
    client.logout()

    # Same sub, other e-mail address, one group claim fewer.
    antwoord = log_in(
        client, provider, {**ANNA, "email": "a.devries@odu.example", "groups": ["kp-vth"]}
    )
    assert antwoord.status_code == 302
    assert User.objects.filter(identiteiten__sub="odu-4711").count() == 1
    anna.refresh_from_db()
    assert client.session["_auth_user_id"] == str(anna.pk)
    assert anna.email == "a.devries@odu.example"
    assert groepsnamen(anna) == {rechten(PROJECTGROEP).leden.name, handmatig.leden.name}

    # Even when the provider names the hand-given group later and drops it again.
    settings.OIDC_AANBIEDERS["odu"]["groepen"].append(("kp-extra", handmatig.groep.slug, "lid"))
    log_in(client, provider, {**ANNA, "groups": ["kp-vth", "kp-extra"]})
    log_in(client, provider, {**ANNA, "groups": []})
    assert groepsnamen(anna) == {handmatig.leden.name}
    assert not Toekenning.objects.filter(gebruiker=anna).exists()


def test_trekker_en_coordinator_alleen_met_uitdrukkelijke_instelling(
    client, settings, omgeving, provider
):
    omgeving(settings)
    claims = {**ANNA, "sub": "odu-ambitieus", "groups": ["kp-vth-trekker", "kp-coord"]}
    log_in(client, provider, claims)
    gebruiker = Identiteit.objects.get(sub="odu-ambitieus").gebruiker
    assert groepsnamen(gebruiker) == set()
    assert not gebruiker.has_perm("wagtailadmin.access_admin")
    assert client.get("/admin/").status_code == 302  # to the login screen, not the admin

    # With the explicit setting, trekker and coördinator are given; superuser status never.
    omgeving(settings, OIDC_ODU_ROLLEN="trekker,coordinator")
    log_in(client, provider, claims)
    assert groepsnamen(gebruiker) == {
        rechten(PROJECTGROEP).trekkers.name,
        rollen.TREKKERS,
        rollen.COORDINATOREN,
    }
    gebruiker.refresh_from_db()
    assert not gebruiker.is_superuser and not gebruiker.is_staff

    # Turning the setting off again takes the roles away at the next login.
    omgeving(settings, OIDC_ODU_ROLLEN=None)
    log_in(client, provider, claims)
    assert groepsnamen(gebruiker) == set()


def test_bestaand_account_alleen_via_geverifieerd_adres_en_instelling(
    client, settings, omgeving, provider
):
    lokaal = User.objects.create_user(
        "lokale-piet", email="piet@odu.example", password="x-geheim-1"
    )
    claims = {**ANNA, "sub": "odu-piet", "email": "piet@odu.example", "groups": []}

    omgeving(settings)  # no e-mail linking: a new account
    log_in(client, provider, claims)
    assert Identiteit.objects.get(sub="odu-piet").gebruiker != lokaal
    User.objects.filter(identiteiten__sub="odu-piet").delete()  # one address, one account

    omgeving(settings, OIDC_ODU_EMAIL_KOPPELEN="true")
    log_in(client, provider, {**claims, "email_verified": False})
    assert Identiteit.objects.get(sub="odu-piet").gebruiker != lokaal
    User.objects.filter(identiteiten__sub="odu-piet").delete()  # one address, one account

    log_in(client, provider, claims)
    assert Identiteit.objects.get(sub="odu-piet").gebruiker == lokaal


def test_een_beheerdersaccount_wordt_nooit_via_email_gekoppeld(
    client, settings, omgeving, provider
):
    beheerder = User.objects.create_superuser(
        "baas", email="baas@odu.example", password="x-geheim-2"
    )
    omgeving(settings, OIDC_ODU_EMAIL_KOPPELEN="true")
    log_in(client, provider, {**ANNA, "sub": "odu-baas", "email": "baas@odu.example"})
    gekoppeld = Identiteit.objects.get(sub="odu-baas").gebruiker
    assert gekoppeld != beheerder
    assert not gekoppeld.is_superuser


@pytest.mark.parametrize(
    "fout, verwacht",
    [
        ("aud", "kon niet worden gecontroleerd"),
        ("aud_met_azp", "kon niet worden gecontroleerd"),
        ("iss", "kon niet worden gecontroleerd"),
        ("geen_id_token", "kon niet worden gecontroleerd"),
        ("weigeren", "afgebroken"),
    ],
)
def test_een_misdragende_aanbieder_wordt_geweigerd(
    client, settings, omgeving, provider, fout, verwacht
):
    omgeving(settings)
    gebruikers = User.objects.count()
    antwoord = log_in(client, provider, {**ANNA, "sub": f"odu-{fout}"}, fout=fout)
    assert antwoord.status_code == 302
    assert antwoord["Location"].startswith("/inloggen/")
    assert verwacht in melding(client)
    assert "_auth_user_id" not in client.session
    assert User.objects.count() == gebruikers
    assert not Identiteit.objects.filter(sub=f"odu-{fout}").exists()


def test_verkeerde_state_geeft_een_nederlandse_melding(client, settings, omgeving, provider):
    omgeving(settings)
    gebruikers = User.objects.count()
    antwoord = log_in(
        client,
        provider,
        {**ANNA, "sub": "odu-state"},
        knoei=lambda q: re.sub(r"state=[^&]*", "state=vervalst", q),
    )
    assert antwoord.status_code == 302
    assert "verlopen of niet vanuit dit venster gestart" in melding(client)
    assert User.objects.count() == gebruikers
    assert "_auth_user_id" not in client.session


def test_een_terugkeer_zonder_start_geeft_geen_500(client, settings, omgeving):
    omgeving(settings)
    antwoord = client.get("/inloggen/oidc/odu/terug/?code=abc&state=xyz")
    assert antwoord.status_code == 302
    assert "verlopen" in melding(client)


def test_onbekende_organisatie_maakt_niemand_aan(client, settings, omgeving, provider):
    omgeving(settings, OIDC_ODU_ORGANISATIE="claim:organisatie")
    gebruikers = User.objects.count()
    log_in(
        client, provider, {**ANNA, "sub": "odu-onbekend", "organisatie": "Gemeente Nergenshuizen"}
    )
    tekst = melding(client)
    assert "Gemeente Nergenshuizen" in tekst and "niet bekend" in tekst
    assert User.objects.count() == gebruikers
    assert not Identiteit.objects.filter(sub="odu-onbekend").exists()

    # The organisation from the claim, when it is known.
    log_in(client, provider, {**ANNA, "sub": "odu-provincie", "organisatie": "Provincie Utrecht"})
    account = Account.objects.get(gebruiker__identiteiten__sub="odu-provincie")
    assert account.organisatie.naam == "Provincie Utrecht"


def test_onbekende_aanbieder_is_404(client, settings, omgeving):
    omgeving(settings)
    assert client.get("/inloggen/oidc/onbekend/").status_code == 404
    assert client.get("/inloggen/oidc/onbekend/terug/?code=a&state=b").status_code == 404


def test_een_onveilige_next_wordt_genegeerd(client, settings, omgeving, provider):
    omgeving(settings)
    antwoord = log_in(
        client, provider, {**ANNA, "sub": "odu-next"}, volgende="https://kwaad.example/"
    )
    assert antwoord.status_code == 302
    assert antwoord["Location"] == settings.LOGIN_REDIRECT_URL
    antwoord = log_in(client, provider, {**ANNA, "sub": "odu-next"}, volgende="//kwaad.example/x")
    assert antwoord["Location"] == settings.LOGIN_REDIRECT_URL


def test_een_uitgeschakeld_account_logt_niet_in(client, settings, omgeving, provider):
    omgeving(settings)
    log_in(client, provider, {**ANNA, "sub": "odu-weg"})
    gebruiker = Identiteit.objects.get(sub="odu-weg").gebruiker
    gebruiker.is_active = False
    gebruiker.save()
    client.logout()
    log_in(client, provider, {**ANNA, "sub": "odu-weg"})
    assert "uitgeschakeld" in melding(client)
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("adres", ["http://127.0.0.1:1", "{provider}/andere-uitgever"])
def test_onbereikbare_of_verkeerde_aanbieder_geeft_een_melding(
    client, settings, omgeving, provider, adres
):
    """Unreachable, or a discovery document whose issuer is not its own address."""
    basis = adres.format(provider=provider)
    omgeving(settings, OIDC_ODU_DISCOVERY_URL=f"{basis}/.well-known/openid-configuration")
    antwoord = client.get("/inloggen/oidc/odu/")
    assert antwoord.status_code == 302
    assert "Inloggen met Omgevingsdienst Utrecht lukt nu niet" in melding(client)


def test_groepen_komen_niet_van_aanbieders_die_ze_niet_gaven(db):
    """A group given by two providers stays while one of them still gives it."""
    gebruiker = User.objects.create_user("twee-aanbieders")
    leden = rechten(KENNISNETWERK).leden
    zet_groepen(gebruiker, "odu", {leden})
    zet_groepen(gebruiker, "provincie", {leden})
    zet_groepen(gebruiker, "odu", set())
    assert leden in gebruiker.groups.all()
    zet_groepen(gebruiker, "provincie", set())
    assert leden not in gebruiker.groups.all()
    assert Group.objects.filter(pk=leden.pk).exists()


def test_een_trekker_van_de_aanbieder_blijft_na_publiceren_van_de_groep(
    client, settings, omgeving, provider
):
    """Publishing a group page applies its list of trekkers (redactie/inrichting.py); a trekker
    appointed by a provider that may do so stays, a hand-made one not on the list goes."""
    omgeving(settings, OIDC_ODU_ROLLEN="trekker")
    log_in(client, provider, {**ANNA, "sub": "odu-trekker", "groups": ["kp-vth-trekker"]})
    trekker = Identiteit.objects.get(sub="odu-trekker").gebruiker
    groep = rechten(PROJECTGROEP).groep.specific
    groep.save_revision().publish()
    assert rechten(PROJECTGROEP).trekkers.name in groepsnamen(trekker)


def test_geen_koppeling_via_email_aan_een_account_van_een_andere_aanbieder(
    client, settings, omgeving, provider
):
    """An address that came from another provider (perhaps unverified there) links nothing."""
    ander = User.objects.create_user("provincie.kees", email="kees@odu.example")
    Identiteit.objects.create(gebruiker=ander, aanbieder="provincie", sub="p-1")
    omgeving(settings, OIDC_ODU_EMAIL_KOPPELEN="true")
    log_in(client, provider, {**ANNA, "sub": "odu-kees", "email": "kees@odu.example"})
    assert Identiteit.objects.get(sub="odu-kees").gebruiker != ander
