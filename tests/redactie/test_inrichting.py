"""Creating a group sets up its permissions; adding a trekker is one action; login safety;
review reminders."""

import datetime

import pytest

from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Collection, Page, Workflow

from groepen.models import GroepRechten
from redactie import rollen
from redactie.models import WerkruimtePage
from tests.factories import GebruikerFactory, KennisnetwerkPageFactory, TrekkerFactory

pytestmark = pytest.mark.django_db


def nieuwe_groep(titel="Kennisnetwerk Bodem en ondergrond"):
    return KennisnetwerkPageFactory(
        title=titel, slug="bodem", doel="Kennis delen over bodem.", niveau="operationeel"
    )


def test_nieuwe_groep_krijgt_rechten_collecties_en_werkruimte():
    groep = nieuwe_groep()
    rechten = GroepRechten.objects.get(groep=groep)
    assert rechten.leden.name.startswith("Kennisnetwerk Bodem en ondergrond – leden")
    assert rechten.trekkers.page_permissions.filter(page=groep).exists()
    assert not rechten.trekkers.page_permissions.filter(
        page=groep, permission__codename="publish_page"
    ).exists()
    assert Collection.objects.filter(pk=rechten.werkruimte_collectie.pk).exists()
    werkruimte = groep.get_children().type(WerkruimtePage).get()
    assert werkruimte.get_view_restrictions().exists()


def test_trekker_toevoegen_is_een_handeling(django_user_model):
    groep = nieuwe_groep()
    persoon = GebruikerFactory(username="nieuwe.trekker", email="t@example.org")
    assert not groep.permissions_for_user(persoon).can_edit()
    TrekkerFactory(groep=groep, naam="Nieuwe trekker", gebruiker=persoon)
    groep.save_revision().publish()  # the coördinator publishes the page with the new trekker
    persoon = django_user_model.objects.get(pk=persoon.pk)
    assert Page.objects.get(pk=groep.pk).permissions_for_user(persoon).can_edit()
    assert not Page.objects.get(pk=groep.pk).permissions_for_user(persoon).can_publish()
    assert persoon.has_perm("wagtailadmin.access_admin")


def test_groepslid_ziet_link_naar_werkruimte_publiek_niet(client, gebruikers, eigen_groep):
    assert "/werkruimte/" not in client.get(eigen_groep.url).content.decode()
    client.force_login(gebruikers["groepslid"])
    assert f"{eigen_groep.url}werkruimte/" in client.get(eigen_groep.url).content.decode()


def test_te_veel_mislukte_inlogpogingen_blokkeren(client):
    for _ in range(5):
        client.post("/inloggen/", {"username": "trekker", "password": "fout-wachtwoord"})
    antwoord = client.post(
        "/inloggen/", {"username": "trekker", "password": "demo-wachtwoord-voor-tests"}
    )
    assert antwoord.status_code == 429
    assert "Tijdelijk geblokkeerd" in antwoord.content.decode()
    assert "_auth_user_id" not in client.session


def test_inloggen_op_de_site_werkt(client, demo_wachtwoord):
    antwoord = client.post("/inloggen/", {"username": "groepslid", "password": demo_wachtwoord})
    assert antwoord.status_code == 302
    assert "_auth_user_id" in client.session


@pytest.mark.parametrize("wachtwoord", ["kort1", "password1234", "123456789012", "trekker2026!"])
def test_zwakke_wachtwoorden_worden_geweigerd(wachtwoord, django_user_model):
    gebruiker = django_user_model(username="trekker2026", email="t@example.org")
    with pytest.raises(ValidationError):
        validate_password(wachtwoord, gebruiker)


def test_herzieningsrapport_en_herinneringsmail(client, gebruikers, eigen_groep):
    Page.objects.filter(pk=eigen_groep.pk).update(
        last_published_at=timezone.now() - datetime.timedelta(days=800)
    )
    client.force_login(gebruikers["trekker"])
    html = client.get("/admin/te-herzien/").content.decode()
    assert eigen_groep.title in html
    mail.outbox.clear()
    call_command("stuur_herinneringen", verbosity=0)
    bericht = next(b for b in mail.outbox if gebruikers["trekker"].email in b.to)
    assert eigen_groep.title in bericht.body
    assert f"/admin/pages/{eigen_groep.pk}/edit/" in bericht.body


def test_herzieningsrapport_niet_voor_publiek(client, gebruikers):
    assert client.get("/admin/te-herzien/").status_code == 302
    client.force_login(gebruikers["professional"])
    assert client.get("/admin/te-herzien/").status_code in (302, 403)


def test_migrate_alleen_maakt_de_rollen_en_de_workflow(db):
    """A production install runs `migrate`, never the demo loader: the roles, their rights and
    the review workflow must come with it (also when they were removed)."""
    Group.objects.filter(name__in=[rollen.COORDINATOREN, rollen.TREKKERS]).delete()
    Workflow.objects.filter(name=rollen.WORKFLOW_NAAM).delete()
    call_command("migrate", verbosity=0)
    coordinatoren = Group.objects.get(name=rollen.COORDINATOREN)
    rechten = set(coordinatoren.permissions.values_list("codename", flat=True))
    assert {"privacy_instellen", "groepsleden_beheren", "publish_uitvoeringsafspraak"} <= rechten
    assert not rechten & set(rollen.GEBRUIKERSBEHEER)
    assert Group.objects.filter(name=rollen.TREKKERS).exists()
    assert Workflow.objects.filter(name=rollen.WORKFLOW_NAAM, active=True).exists()
