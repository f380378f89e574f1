"""Issue 17.2: editors (admin access) reach nothing without a second factor; readers are never
asked. Plain test clients (`kaal`): the second factor is given here the way a user gives it."""

import importlib
import re

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.test import Client

from wagtail.models import ModelLogEntry, Page

from kennisplatform.backup.modellen import in_dump
from kennisplatform.tweefactor import waarschuw_als_uit
from tests.helpers.tweefactor import app_van, code_van

pytestmark = pytest.mark.django_db

REDACTEUREN = ["trekker", "coordinator", "beheerder"]
LEZERS = ["professional", "groepslid"]


def _code_voor_instellen(user):
    apparaat = TOTPDevice.objects.get(user=user, confirmed=False)
    return f"{totp(apparaat.bin_key):06d}"


def _herstelcodes(antwoord):
    return re.findall(r"<code>([a-z2-7]{8})</code>", antwoord.content.decode())


def _stel_in(client, user, volgende="/admin/"):
    """Set up a first device as a user does; returns the recovery codes shown."""
    antwoord = client.get("/tweede-factor/instellen/", {"next": volgende})
    assert antwoord.status_code == 200
    antwoord = client.post(
        "/tweede-factor/instellen/", {"code": _code_voor_instellen(user), "next": volgende}
    )
    assert antwoord.status_code == 302
    return _herstelcodes(client.get(antwoord.url))


def _in_beheer(client, pad):
    antwoord = client.get(pad, follow=True)
    return antwoord.status_code == 200 and all(
        not url.startswith("/tweede-factor/") for url, _status in antwoord.redirect_chain
    )


def _geweigerd(antwoord):
    """Wagtail's admin answers PermissionDenied with a redirect to the dashboard (and a message)."""
    return antwoord.status_code == 403 or (
        antwoord.status_code == 302 and antwoord.url == "/admin/"
    )


def _inloggen(client, gebruikersnaam, wachtwoord, volgende="/admin/"):
    return client.post(
        "/inloggen/",
        {"username": gebruikersnaam, "password": wachtwoord, "next": volgende},
    )


@pytest.mark.parametrize("rol", REDACTEUREN)
def test_redacteur_zonder_apparaat_komt_niet_in_beheer_en_na_instellen_wel(kaal, gebruikers, rol):
    user = gebruikers[rol]
    kaal.force_login(user)

    antwoord = kaal.get("/admin/pages/")
    assert antwoord.status_code == 302
    assert antwoord.url == "/tweede-factor/instellen/?next=%2Fadmin%2Fpages%2F"
    pagina = kaal.get(antwoord.url)
    inhoud = pagina.content.decode()
    assert "Tweede factor instellen" in inhoud
    assert "<svg" in inhoud and "QR-code" in inhoud
    assert "wagtail-sidebar" not in inhoud and "Pagina's" not in inhoud
    # The secret is shown for typing it in by hand, and it is the device's key.
    apparaat = TOTPDevice.objects.get(user=user, confirmed=False)
    geheim = re.search(r'kp-tweefactor-geheim">([A-Z2-7 ]+)<', inhoud).group(1)
    assert len(geheim.replace(" ", "")) == 32

    antwoord = kaal.post(
        "/tweede-factor/instellen/",
        {"code": _code_voor_instellen(user), "next": "/admin/pages/"},
    )
    assert antwoord.status_code == 302
    assert antwoord.url == "/tweede-factor/herstelcodes/?next=%2Fadmin%2Fpages%2F"
    codes = _herstelcodes(kaal.get(antwoord.url))
    assert len(codes) == 10 and len(set(codes)) == 10
    apparaat.refresh_from_db()
    assert apparaat.confirmed
    # Shown once: the page does not show them again.
    assert kaal.get("/tweede-factor/herstelcodes/").status_code == 302

    assert _in_beheer(kaal, "/admin/pages/")
    assert _in_beheer(kaal, "/admin/")


def test_beheer_toont_niets_voor_de_tweede_factor(kaal, gebruikers):
    kaal.force_login(gebruikers["trekker"])
    app_van(gebruikers["trekker"])
    antwoord = kaal.get("/admin/", follow=True)
    assert antwoord.redirect_chain == [("/tweede-factor/?next=%2Fadmin%2F", 302)]
    assert "Code of herstelcode" in antwoord.content.decode()
    # Wagtail's own account pages are admin pages too.
    for pad in ["/admin/account/", "/admin/account/change_password/", "/admin/users/"]:
        assert kaal.get(pad).status_code == 302
    # The public site too: an editor sees more there than a reader.
    assert kaal.get("/").url == "/tweede-factor/?next=%2F"


@pytest.mark.parametrize("rol", LEZERS)
def test_lezer_wordt_nooit_gevraagd(kaal, gebruikers, demo_wachtwoord, rol):
    antwoord = _inloggen(kaal, rol, demo_wachtwoord, volgende="/afspraken/")
    assert antwoord.status_code == 302 and antwoord.url == "/afspraken/"
    assert kaal.get("/").status_code == 200
    assert kaal.get("/afspraken/").status_code == 200
    assert kaal.get("/tweede-factor/").status_code == 404
    assert kaal.get("/tweede-factor/instellen/").status_code == 404
    assert not TOTPDevice.objects.filter(user=gebruikers[rol]).exists()


def test_inloggen_leidt_via_de_code_naar_next(kaal, gebruikers, demo_wachtwoord):
    apparaat = app_van(gebruikers["coordinator"])
    antwoord = _inloggen(kaal, "coordinator", demo_wachtwoord, volgende="/admin/pages/")
    assert antwoord.url == "/tweede-factor/?next=%2Fadmin%2Fpages%2F"
    assert kaal.get("/admin/pages/").status_code == 302
    antwoord = kaal.post("/tweede-factor/", {"code": code_van(apparaat), "next": "/admin/pages/"})
    assert antwoord.status_code == 302 and antwoord.url == "/admin/pages/"
    assert _in_beheer(kaal, "/admin/pages/")


def test_verkeerde_code_geeft_nederlandse_melding_en_geen_toegang(kaal, gebruikers):
    apparaat = app_van(gebruikers["trekker"])
    kaal.force_login(gebruikers["trekker"])
    goed = code_van(apparaat)
    fout = f"{(int(goed) + 1) % 1_000_000:06d}"
    antwoord = kaal.post("/tweede-factor/", {"code": fout, "next": "/admin/"})
    assert antwoord.status_code == 400
    assert "Deze code klopt niet" in antwoord.content.decode()
    assert kaal.get("/admin/").status_code == 302
    # Right after a wrong code django-otp's throttle holds even the right code back.
    antwoord = kaal.post("/tweede-factor/", {"code": goed, "next": "/admin/"})
    assert antwoord.status_code == 400
    assert "Te veel verkeerde codes" in antwoord.content.decode()
    assert kaal.get("/admin/").status_code == 302
    # Nonsense is no code either.
    antwoord = kaal.post("/tweede-factor/", {"code": "<script>", "next": "/admin/"})
    assert "zes cijfers" in antwoord.content.decode()


def test_verkeerde_codes_tellen_als_mislukte_inlog(kaal, gebruikers, settings):
    """The rate limit per address (DREMPELS) counts wrong codes like wrong passwords."""
    app_van(gebruikers["trekker"])
    settings.DREMPELS = [
        {**regel, "tempo": "2/15m"} if regel["naam"] == "tweede-factor-per-adres" else regel
        for regel in settings.DREMPELS
    ]
    kaal.force_login(gebruikers["trekker"])
    for _ in range(2):
        assert kaal.post("/tweede-factor/", {"code": "000000"}).status_code == 400
    antwoord = kaal.post("/tweede-factor/", {"code": "000000"})
    assert antwoord.status_code == 429
    assert "te vaak een verkeerde code" in antwoord.content.decode()


def test_herstelcode_werkt_een_keer(kaal, gebruikers):
    user = gebruikers["trekker"]
    kaal.force_login(user)
    codes = _stel_in(kaal, user)
    kaal.post("/uitloggen/")

    kaal.force_login(user)
    antwoord = kaal.post("/tweede-factor/", {"code": codes[0].upper(), "next": "/admin/"})
    assert antwoord.status_code == 302 and antwoord.url == "/admin/"
    assert kaal.get("/admin/").status_code == 200
    kaal.post("/uitloggen/")

    kaal.force_login(user)
    antwoord = kaal.post("/tweede-factor/", {"code": codes[0], "next": "/admin/"})
    assert antwoord.status_code == 400
    assert "al gebruikt" in antwoord.content.decode()
    assert kaal.get("/admin/").status_code == 302
    assert StaticDevice.objects.get(user=user).token_set.count() == 9


def test_uitloggen_beeindigt_de_tweede_factor(kaal, gebruikers):
    user = gebruikers["beheerder"]
    kaal.force_login(user)
    _stel_in(kaal, user)
    assert kaal.get("/admin/").status_code == 200
    kaal.post("/uitloggen/")
    kaal.force_login(user)
    assert kaal.get("/admin/").url == "/tweede-factor/?next=%2Fadmin%2F"


def test_onbevestigde_post_naar_beheer_wordt_geweigerd(kaal, gebruikers):
    user = gebruikers["coordinator"]
    app_van(user)
    kaal.force_login(user)
    pagina = Page.objects.get(depth=2)
    titel = pagina.title
    antwoord = kaal.post(f"/admin/pages/{pagina.pk}/edit/", {"title": "Overgenomen"})
    assert antwoord.status_code == 403
    assert "tweede factor" in antwoord.content.decode()
    pagina.refresh_from_db()
    assert pagina.title == titel and not pagina.has_unpublished_changes


@pytest.mark.parametrize("onveilig", ["https://kwaad.example/", "//kwaad.example/pad"])
def test_onveilige_next_wordt_niet_gevolgd(kaal, gebruikers, demo_wachtwoord, onveilig):
    apparaat = app_van(gebruikers["trekker"])
    antwoord = _inloggen(kaal, "trekker", demo_wachtwoord, volgende=onveilig)
    assert antwoord.url == "/tweede-factor/?next=%2F"
    antwoord = kaal.post("/tweede-factor/", {"code": code_van(apparaat), "next": onveilig})
    assert antwoord.status_code == 302 and antwoord.url == "/"


def test_instellen_kan_niet_naast_een_bestaand_apparaat(kaal, gebruikers):
    """With a password alone nobody adds a device to an account that already has one."""
    user = gebruikers["trekker"]
    app_van(user)
    kaal.force_login(user)
    antwoord = kaal.get("/tweede-factor/instellen/")
    assert antwoord.status_code == 302 and antwoord.url.startswith("/tweede-factor/?")
    assert kaal.post("/tweede-factor/instellen/", {"code": "123456"}).status_code == 302
    assert TOTPDevice.objects.filter(user=user).count() == 1


def test_eigen_factoren_en_nieuwe_herstelcodes(kaal, gebruikers, settings):
    settings.OTP_STATIC_THROTTLE_FACTOR = 0  # the old code's failure would hold the next back
    user = gebruikers["trekker"]
    kaal.force_login(user)
    oude = _stel_in(kaal, user)
    inhoud = kaal.get("/tweede-factor/mijn/").content.decode()
    assert "Authenticator-app" in inhoud and "10 ongebruikte herstelcodes" in inhoud
    antwoord = kaal.post("/tweede-factor/mijn/")
    nieuwe = _herstelcodes(kaal.get(antwoord.url))
    assert len(nieuwe) == 10 and not set(nieuwe) & set(oude)
    assert ModelLogEntry.objects.filter(
        action="kennisplatform.tweede_factor.herstelcodes", object_id=str(user.pk)
    ).exists()
    kaal.post("/uitloggen/")
    kaal.force_login(user)
    assert kaal.post("/tweede-factor/", {"code": oude[0]}).status_code == 400
    assert kaal.post("/tweede-factor/", {"code": nieuwe[0]}).status_code == 302


def test_beheerder_herstelt_de_factor_van_een_ander(kaal, gebruikers):
    trekker = gebruikers["trekker"]
    trekker_client = type(kaal)()
    trekker_client.force_login(trekker)
    _stel_in(trekker_client, trekker)
    assert trekker_client.get("/admin/").status_code == 200

    kaal.force_login(gebruikers["beheerder"])
    _stel_in(kaal, gebruikers["beheerder"])
    lijst = kaal.get("/admin/users/").content.decode()
    assert f"/admin/tweede-factor/{trekker.pk}/herstellen/" in lijst
    assert f"/admin/tweede-factor/{gebruikers['beheerder'].pk}/herstellen/" not in lijst
    assert kaal.get(f"/admin/tweede-factor/{trekker.pk}/herstellen/").status_code == 200
    antwoord = kaal.post(f"/admin/tweede-factor/{trekker.pk}/herstellen/")
    assert antwoord.status_code == 302
    assert not TOTPDevice.objects.filter(user=trekker).exists()
    assert not StaticDevice.objects.filter(user=trekker).exists()
    logregel = ModelLogEntry.objects.get(
        action="kennisplatform.tweede_factor.hersteld", object_id=str(trekker.pk)
    )
    assert logregel.user_id == gebruikers["beheerder"].pk
    # The trekker's verified session is verified no more: set-up again first.
    assert trekker_client.get("/admin/").url == "/tweede-factor/instellen/?next=%2Fadmin%2F"
    # Never their own through the admin.
    eigen = f"/admin/tweede-factor/{gebruikers['beheerder'].pk}/herstellen/"
    assert _geweigerd(kaal.post(eigen))
    assert TOTPDevice.objects.filter(user=gebruikers["beheerder"]).exists()


@pytest.mark.parametrize("rol", ["trekker", "coordinator"])
def test_alleen_een_beheerder_herstelt(kaal, gebruikers, rol):
    ander = gebruikers["trekker" if rol == "coordinator" else "coordinator"]
    app_van(ander)
    kaal.force_login(gebruikers[rol])
    _stel_in(kaal, gebruikers[rol])
    assert _geweigerd(kaal.get(f"/admin/tweede-factor/{ander.pk}/herstellen/"))
    assert _geweigerd(kaal.post(f"/admin/tweede-factor/{ander.pk}/herstellen/"))
    assert TOTPDevice.objects.filter(user=ander).exists()


def test_uitgezet_in_ontwikkeling(kaal, gebruikers, settings):
    settings.TWEEDE_FACTOR_VERPLICHT = False
    kaal.force_login(gebruikers["trekker"])
    assert kaal.get("/admin/").status_code == 200


def test_uit_zonder_debug_is_een_waarschuwing(settings, caplog):
    settings.DEBUG, settings.TWEEDE_FACTOR_VERPLICHT = False, False
    assert waarschuw_als_uit()
    assert "TWEEDE_FACTOR_VERPLICHT staat uit" in caplog.text
    settings.DEBUG = True
    assert not waarschuw_als_uit()
    settings.DEBUG, settings.TWEEDE_FACTOR_VERPLICHT = False, True
    assert not waarschuw_als_uit()


def test_instellingen_per_omgeving(monkeypatch):
    """Tests: on. Development: off for the demo accounts, unless the environment turns it on."""
    from kennisplatform.settings import dev, test

    assert test.TWEEDE_FACTOR_VERPLICHT is True
    monkeypatch.delenv("TWEEDE_FACTOR_VERPLICHT", raising=False)
    assert importlib.reload(dev).TWEEDE_FACTOR_VERPLICHT is False
    monkeypatch.setenv("TWEEDE_FACTOR_VERPLICHT", "true")
    assert importlib.reload(dev).TWEEDE_FACTOR_VERPLICHT is True


def test_de_backup_neemt_de_tweede_factor_mee():
    """A restore without them would silently drop every editor's factor (README, Back-up)."""
    labels = {m._meta.label_lower for m in in_dump()}
    assert {"otp_totp.totpdevice", "otp_static.staticdevice", "otp_static.statictoken"} <= labels


def test_vijf_verkeerde_codes_blokkeren_het_account_zoals_verkeerde_wachtwoorden(
    kaal, gebruikers, demo_wachtwoord
):
    """django-axes counts wrong codes per account and address: after AXES_FAILURE_LIMIT the
    password login of that account is refused for an hour, as after wrong passwords."""
    app_van(gebruikers["trekker"])
    kaal.force_login(gebruikers["trekker"])
    for _ in range(5):
        kaal.post("/tweede-factor/", {"code": "000000"})
    kaal.post("/uitloggen/")
    antwoord = _inloggen(kaal, "trekker", demo_wachtwoord)
    assert antwoord.status_code != 302
    assert "_auth_user_id" not in kaal.session
    # Another account from the same address is not locked by it.
    assert _inloggen(Client(), "coordinator", demo_wachtwoord).status_code == 302
