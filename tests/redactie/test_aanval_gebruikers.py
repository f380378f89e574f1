"""Attack (issue 11.4): a coördinator made any account a superuser through Wagtail's user edit
form, and could reset the beheerder's password. Accounts are now the beheerders' business;
coördinatoren manage the members of groups in the screen "Groepsleden"."""

import importlib

import pytest

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from redactie import rollen

pytestmark = pytest.mark.django_db

GEWEIGERD = (302, 403)  # Wagtail's admin answers PermissionDenied with a redirect and message


def _bewerk(client, doel, **extra):
    return client.post(
        reverse("wagtailusers_users:edit", args=[doel.pk]),
        {
            "username": doel.username,
            "email": doel.email or f"{doel.username}@example.org",
            "first_name": doel.first_name or "Naam",
            "last_name": doel.last_name or "Achternaam",
            "is_active": "on",
            **extra,
        },
    )


def test_coordinator_maakt_niemand_superuser(client, gebruikers):
    client.force_login(gebruikers["coordinator"])
    for doel in [gebruikers["professional"], gebruikers["coordinator"]]:
        antwoord = _bewerk(client, doel, is_superuser="on")
        assert antwoord.status_code in GEWEIGERD
        doel.refresh_from_db()
        assert not doel.is_superuser and not doel.is_staff
    assert (
        client.get(
            reverse("wagtailusers_users:edit", args=[gebruikers["professional"].pk])
        ).status_code
        in GEWEIGERD
    )


def test_coordinator_wijzigt_wachtwoord_van_beheerder_niet(client, gebruikers, demo_wachtwoord):
    beheerder = gebruikers["beheerder"]
    client.force_login(gebruikers["coordinator"])
    nieuw = "Overgenomen-wachtwoord-2026!"
    antwoord = _bewerk(client, beheerder, password1=nieuw, password2=nieuw)
    assert antwoord.status_code in GEWEIGERD
    beheerder.refresh_from_db()
    assert not beheerder.check_password(nieuw)
    assert beheerder.check_password(demo_wachtwoord)


def test_coordinator_maakt_geen_accounts_en_kent_geen_rollen_toe(client, gebruikers):
    client.force_login(gebruikers["coordinator"])
    antwoord = client.post(
        reverse("wagtailusers_users:add"),
        {
            "username": "indringer",
            "email": "indringer@example.org",
            "first_name": "In",
            "last_name": "Dringer",
            "password1": "Een-lang-wachtwoord-2026!",
            "password2": "Een-lang-wachtwoord-2026!",
            "is_superuser": "on",
        },
    )
    assert antwoord.status_code in GEWEIGERD
    assert not apps.get_model("auth", "User").objects.filter(username="indringer").exists()
    coordinatoren = Group.objects.get(name=rollen.COORDINATOREN)
    rol = reverse("wagtail_bulk_action", args=["auth", "user", "assign_role"])
    client.post(
        f"{rol}?id={gebruikers['professional'].pk}", {"role": coordinatoren.pk, "mode": "assign"}
    )
    assert not gebruikers["professional"].groups.filter(pk=coordinatoren.pk).exists()


def test_coordinator_heeft_geen_gebruikersrechten(gebruikers):
    coordinator = gebruikers["coordinator"]
    for recht in ["add_user", "change_user", "delete_user", "change_group"]:
        assert not coordinator.has_perm(f"auth.{recht}")
    assert coordinator.has_perm("redactie.groepsleden_beheren")
    assert coordinator.has_perm("redactie.privacy_instellen")


def test_coordinator_ziet_de_accountlijst_niet(client, gebruikers):
    """The list of accounts (with admin flags and last logins) is the beheerder's too."""
    client.force_login(gebruikers["coordinator"])
    antwoord = client.get(reverse("wagtailusers_users:index"))
    assert antwoord.status_code in GEWEIGERD
    assert gebruikers["beheerder"].username not in antwoord.content.decode()
    assert not gebruikers["coordinator"].has_perm("auth.view_user")


def test_migratie_neemt_gebruikersbeheer_af(gebruikers):
    migratie = importlib.import_module("redactie.migrations.0002_rechten_privacy_en_groepsleden")
    coordinatoren = Group.objects.get(name=rollen.COORDINATOREN)
    coordinatoren.permissions.add(
        Permission.objects.get(content_type__app_label="auth", codename="change_user")
    )
    coordinatoren.permissions.remove(
        Permission.objects.get(codename="privacy_instellen", content_type__app_label="redactie")
    )
    migratie.rechten_bijwerken(apps, None)
    codes = set(coordinatoren.permissions.values_list("codename", flat=True))
    assert "change_user" not in codes
    assert {"privacy_instellen", "groepsleden_beheren"} <= codes


def test_beheerder_beheert_accounts_wel(client, gebruikers):
    client.force_login(gebruikers["beheerder"])
    doel = gebruikers["professional"]
    assert client.get(reverse("wagtailusers_users:edit", args=[doel.pk])).status_code == 200
    antwoord = _bewerk(client, doel, first_name="Gewijzigd")
    assert antwoord.status_code == 302
    doel.refresh_from_db()
    assert doel.first_name == "Gewijzigd" and not doel.is_superuser


# --- the screen "Groepsleden" --------------------------------------------------------------


def _groepsleden(client, **data):
    return client.post(reverse("redactie_groepsleden"), data)


def test_coordinator_voegt_lid_toe_en_verwijdert(client, gebruikers, andere_groep):
    rechten = andere_groep.rechten
    lid = gebruikers["professional"]
    client.force_login(gebruikers["coordinator"])
    html = client.get(reverse("redactie_groepsleden")).content.decode()
    assert andere_groep.title in html
    _groepsleden(client, groep=rechten.pk, gebruiker=lid.pk, actie="toevoegen")
    assert lid.groups.filter(pk=rechten.leden_id).exists()
    client.logout()
    client.force_login(lid)
    werkruimte = andere_groep.get_children().get(slug="werkruimte")
    assert client.get(werkruimte.url).status_code == 200  # the new member sees the werkruimte
    client.force_login(gebruikers["coordinator"])
    _groepsleden(client, groep=rechten.pk, gebruiker=lid.pk, actie="verwijderen")
    assert not lid.groups.filter(pk=rechten.leden_id).exists()


def test_coordinator_maakt_zichzelf_niet_machtiger(client, gebruikers, eigen_groep):
    coordinator = gebruikers["coordinator"]
    voor = set(coordinator.groups.values_list("pk", flat=True))
    client.force_login(coordinator)
    machtig = list(Group.objects.exclude(pk__in=voor).values_list("pk", flat=True))
    for pk in machtig:
        _groepsleden(client, groep=pk, gebruiker=coordinator.pk, actie="toevoegen", rol="trekkers")
        _groepsleden(client, groep=pk, gebruiker=coordinator.pk, actie="toevoegen", django_groep=pk)
    na = set(coordinator.groups.values_list("pk", flat=True)) - voor
    leden_groepen = set(
        apps.get_model("groepen", "GroepRechten").objects.values_list("leden_id", flat=True)
    )
    assert na <= leden_groepen  # at most member (reader) of a group's werkruimte
    coordinator.refresh_from_db()
    assert not coordinator.is_superuser
    nieuwe_rechten = Permission.objects.filter(group__pk__in=na)
    assert not nieuwe_rechten.exists()
    assert not coordinator.groups.filter(pk=eigen_groep.rechten.trekkers_id).exists()


@pytest.mark.parametrize("rol", ["professional", "groepslid", "trekker"])
def test_groepsleden_alleen_voor_coordinatoren(client, gebruikers, eigen_groep, rol):
    gebruiker = gebruikers[rol]
    client.force_login(gebruiker)
    assert client.get(reverse("redactie_groepsleden")).status_code in GEWEIGERD
    _groepsleden(client, groep=eigen_groep.rechten.pk, gebruiker=gebruiker.pk, actie="toevoegen")
    if rol != "groepslid":
        assert not gebruiker.groups.filter(pk=eigen_groep.rechten.leden_id).exists()


def test_groepsleden_onzin_geeft_geen_fout(client, gebruikers):
    client.force_login(gebruikers["coordinator"])
    assert (
        _groepsleden(client, groep="x' OR 1=1", gebruiker="1", actie="toevoegen").status_code == 404
    )
    assert _groepsleden(client, groep="", actie="toevoegen").status_code == 404
