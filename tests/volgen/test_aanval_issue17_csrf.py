"""Issue 17, attack on following as another site or another user would: every change needs the
CSRF token of the reader's own session; the one-click unsubscribe (RFC 8058, no CSRF) only turns
the digest off for the user the signed token names, and does nothing else."""

import json

import pytest

from django.core import signing
from django.test import Client

from tests.factories import GebruikerFactory
from volgen.digest import AFMELD_DOEL, AFMELD_ZOUT, afmeldsleutel
from volgen.models import Digestinstelling, Volg

pytestmark = pytest.mark.django_db


@pytest.fixture
def browser(lezer):
    """The reader's browser, with CSRF checks on as in production."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(lezer)
    return client


def test_volgen_en_wijzigen_zonder_csrf_token_doet_niets(browser, lezer, groep):
    volg = Volg.objects.create(gebruiker=lezer, soort="groep", waarde=str(groep.pk))
    Digestinstelling.van(lezer)
    assert browser.post("/volglijst/volg/", {"soort": "groep", "waarde": "1"}).status_code == 403
    assert browser.post(f"/volglijst/{volg.pk}/verwijder/").status_code == 403
    assert browser.post("/volglijst/frequentie/", {"frequentie": "uit"}).status_code == 403
    assert list(Volg.objects.filter(gebruiker=lezer)) == [volg]
    assert Digestinstelling.objects.get(gebruiker=lezer).frequentie == "wekelijks"


def test_andermans_volg_kan_niet_via_het_eigen_formulier(client, lezer, groep):
    ander = GebruikerFactory(username="ander-volgen")
    zijne = Volg.objects.create(gebruiker=ander, soort="groep", waarde=str(groep.pk))
    client.force_login(lezer)
    assert client.post(f"/volglijst/{zijne.pk}/verwijder/").status_code == 404
    assert Volg.objects.filter(pk=zijne.pk).exists()
    # the list shows only the reader's own follows
    assert "Kennisnetwerk Volgtest" not in client.get("/volglijst/").content.decode()


def test_eenklik_afmelden_zonder_csrf_zet_alleen_de_mail_uit(lezer, groep):
    ander = GebruikerFactory(username="ander-afmelden")
    Volg.objects.create(gebruiker=lezer, soort="groep", waarde=str(groep.pk))
    for gebruiker in (lezer, ander):
        Digestinstelling.objects.create(gebruiker=gebruiker, frequentie="dagelijks")
    mailprogramma = Client(enforce_csrf_checks=True)
    antwoord = mailprogramma.post(
        f"/volglijst/afmelden/{afmeldsleutel(lezer)}/",
        {"List-Unsubscribe": "One-Click"},
    )
    assert antwoord.status_code == 200
    assert Digestinstelling.objects.get(gebruiker=lezer).frequentie == "uit"
    assert Digestinstelling.objects.get(gebruiker=ander).frequentie == "dagelijks"
    assert Volg.objects.filter(gebruiker=lezer).count() == 1  # the follows stay
    assert "_auth_user_id" not in mailprogramma.session  # nobody is logged in by it


def _met_andere_inhoud(sleutel, ander):
    delen = sleutel.split(":")
    inhoud = json.dumps({"g": ander.pk, "doel": AFMELD_DOEL}, separators=(",", ":"))
    delen[0] = signing.b64_encode(inhoud.encode()).decode()
    return ":".join(delen)


@pytest.mark.parametrize(
    "maak",
    [
        # the reader's token with the user id swapped (the signature no longer fits)
        lambda lezer, ander: _met_andere_inhoud(afmeldsleutel(lezer), ander),
        # signed for the right purpose, but with another salt (another part of the site)
        lambda lezer, ander: signing.dumps({"g": ander.pk, "doel": AFMELD_DOEL}),
        # the right salt, an id that is not a number
        lambda lezer, ander: signing.dumps(
            {"g": str(ander.pk), "doel": AFMELD_DOEL}, salt=AFMELD_ZOUT
        ),
        # a list instead of a dict
        lambda lezer, ander: signing.dumps([ander.pk, AFMELD_DOEL], salt=AFMELD_ZOUT),
    ],
)
def test_vervalste_afmeldsleutel_raakt_niemand(lezer, maak):
    ander = GebruikerFactory(username="slachtoffer-afmelden")
    Digestinstelling.objects.create(gebruiker=ander, frequentie="dagelijks")
    antwoord = Client(enforce_csrf_checks=True).post(f"/volglijst/afmelden/{maak(lezer, ander)}/")
    assert antwoord.status_code == 400
    assert "ongeldig of beschadigd" in antwoord.content.decode()
    assert Digestinstelling.objects.get(gebruiker=ander).frequentie == "dagelijks"
