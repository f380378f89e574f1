"""The organisation of accounts in the admin: for beheerders only."""

import pytest

from django.contrib.auth.models import User

from aanmelden.models import Account
from organisaties.models import Organisatie

pytestmark = pytest.mark.django_db

LIJST = "/admin/snippets/aanmelden/account/"


def test_beheerder_ziet_en_zet_de_organisatie_van_een_account(client):
    groepslid = User.objects.get(username="groepslid")
    odu = Organisatie.objects.get(afkorting="ODU")
    Account.objects.create(gebruiker=groepslid, organisatie=odu)
    client.force_login(User.objects.get(username="beheerder"))
    antwoord = client.get(LIJST)
    assert antwoord.status_code == 200
    assert "Omgevingsdienst Utrecht" in antwoord.content.decode()


@pytest.mark.parametrize("rol", ["trekker", "coordinator"])
def test_andere_rollen_zien_de_lijst_niet(client, rol):
    client.force_login(User.objects.get(username=rol))
    antwoord = client.get(LIJST)
    assert antwoord.status_code in {302, 403}
