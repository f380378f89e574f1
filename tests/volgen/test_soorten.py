"""The other kinds of follow in the digest (kerninstrument, keyword, saved search), and the
setting of the weekday."""

import pytest

from django.core import mail
from django.utils import timezone

from tests.factories import UitvoeringsafspraakFactory
from tests.site.test_instellingen import draai
from volgen.digest import stuur_digests
from volgen.models import Digestinstelling, Volg

from .conftest import morgen

pytestmark = pytest.mark.django_db


def _volg(lezer, soort, waarde):
    Digestinstelling.objects.get_or_create(gebruiker=lezer, defaults={"frequentie": "dagelijks"})
    Volg.objects.create(gebruiker=lezer, soort=soort, waarde=waarde)


def test_kerninstrument_en_trefwoord(lezer, instrument, ander_instrument):
    met_trefwoord = UitvoeringsafspraakFactory(
        titel="Afspraak met trefwoord", kerninstrument=ander_instrument
    )
    met_trefwoord.trefwoorden.add("volgtrefwoord")
    met_trefwoord.save_revision().publish()
    _volg(lezer, "kerninstrument", instrument.slug)
    _volg(lezer, "trefwoord", "volgtrefwoord")
    # the last digest went out after it was fixed: only the change below is news
    Digestinstelling.objects.filter(gebruiker=lezer).update(gemeld_tot=timezone.now())
    met_trefwoord.samenwerkingsafspraak += " Bijgewerkt."
    met_trefwoord.save_revision().publish()
    UitvoeringsafspraakFactory(
        titel="Afspraak van het instrument", kerninstrument=instrument, publiceren=True
    )
    UitvoeringsafspraakFactory(
        titel="Afspraak zonder verband", kerninstrument=ander_instrument, publiceren=True
    )
    assert stuur_digests(nu=morgen()) == 1
    tekst = mail.outbox[0].body
    assert "Nieuwe of gewijzigde afspraken\n- " in tekst
    assert "Afspraak met trefwoord" in tekst.split("Nieuwe of gewijzigde afspraken")[1]
    assert "Afspraak van het instrument" in tekst  # fixed
    assert "Afspraak zonder verband" not in tekst


def test_zoekvraag(client, lezer, ander_instrument):
    client.force_login(lezer)
    client.post("/volglijst/volg/", {"soort": "zoekvraag", "waarde": "q=brandveiligheidsdossier"})
    Digestinstelling.objects.filter(gebruiker=lezer).update(frequentie="dagelijks")
    UitvoeringsafspraakFactory(
        titel="Het brandveiligheidsdossier delen",
        kerninstrument=ander_instrument,
        publiceren=True,
    )
    UitvoeringsafspraakFactory(
        titel="Iets anders", kerninstrument=ander_instrument, publiceren=True
    )
    assert stuur_digests(nu=morgen()) == 1
    tekst = mail.outbox[0].body
    assert "Het brandveiligheidsdossier delen" in tekst and "Iets anders" not in tekst


def test_onbekende_weekdag_geeft_een_zin():
    resultaat = draai(
        "check", DIGEST_WEEKDAG="funday", DJANGO_SETTINGS_MODULE="kennisplatform.settings.dev"
    )
    assert resultaat.returncode != 0
    assert "Traceback" not in resultaat.stderr
    assert resultaat.stderr.strip().startswith(
        "Configuratiefout: De omgevingsvariabele DIGEST_WEEKDAG moet een weekdag zijn"
    )
