"""The digest mail (issue 17, "what it must show"): a reader follows a group and a register
filter; after an agreement is fixed and a material added, the next digest lists exactly those
and nothing the reader may not see; unsubscribing works without login; twice a day sends once."""

import datetime
import re
from io import StringIO
from urllib.parse import urlsplit

import pytest

from django.core import mail, signing
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from wagtail.log_actions import log

from afspraken.models import Uitvoeringsafspraak
from groepen.models import GroepRechten
from redactie.models import WerkruimtePage
from tests.factories import BijeenkomstFactory, InhoudPageFactory, UitvoeringsafspraakFactory
from volgen.digest import afmeldsleutel, stuur_digests
from volgen.models import Digestinstelling, Volg

from .conftest import materiaal, morgen

pytestmark = pytest.mark.django_db


@pytest.fixture
def volger(client, lezer, groep, prive_groep, instrument):
    """The reader follows the public group and the filter "kerninstrument = Volginstrument"
    through the buttons, gets the digest daily, and (from before it became private) the
    private group."""
    client.force_login(lezer)
    client.post("/volglijst/volg/", {"soort": "groep", "waarde": str(groep.pk)})
    client.post(
        "/volglijst/volg/",
        {"soort": "registerfilter", "waarde": f"?kerninstrument={instrument.slug}"},
    )
    client.post("/volglijst/frequentie/", {"frequentie": "dagelijks"})
    Volg.objects.create(gebruiker=lezer, soort="groep", waarde=str(prive_groep.pk))
    client.logout()
    return lezer


@pytest.fixture
def wijzigingen(volger, groep, prive_groep, instrument, ander_instrument):
    rechten = GroepRechten.objects.get(groep=groep)
    prive_rechten = GroepRechten.objects.get(groep=prive_groep)
    return {
        # what the reader must read
        "vastgesteld": UitvoeringsafspraakFactory(
            titel="Vergunningen samen afstemmen", kerninstrument=instrument, publiceren=True
        ),
        "materiaal": materiaal(groep, "Verslag van de volgbijeenkomst", rechten.collectie),
        # what the reader must not read
        "andere_filter": UitvoeringsafspraakFactory(
            titel="Afspraak buiten het filter", kerninstrument=ander_instrument, publiceren=True
        ),
        "concept": UitvoeringsafspraakFactory(
            titel="Conceptafspraak van de groep",
            groep=groep,
            concept=True,
            kerninstrument=instrument,
        ),
        "werkruimte": materiaal(groep, "Besloten notitie", rechten.werkruimte_collectie),
        "prive_groep": materiaal(
            prive_groep, "Materiaal van besloten groep", prive_rechten.collectie
        ),
    }


def test_digest_toont_precies_het_nieuwe_dat_de_lezer_mag_zien(volger, wijzigingen):
    assert stuur_digests(nu=morgen()) == 1
    assert len(mail.outbox) == 1
    bericht = mail.outbox[0]
    assert bericht.to == [volger.email]
    tekst = bericht.body
    html = bericht.alternatives[0][0]
    vastgesteld = wijzigingen["vastgesteld"]
    for inhoud in (tekst, html):
        assert "Vastgestelde afspraken" in inhoud
        assert vastgesteld.titel in inhoud
        assert "http://testserver" not in inhoud
        assert "Nieuw werkmateriaal" in inhoud
        assert "Verslag van de volgbijeenkomst" in inhoud
        for titel in (
            "Afspraak buiten het filter",
            "Conceptafspraak van de groep",
            "Besloten notitie",
            "Materiaal van besloten groep",
            "Besloten Volgnetwerk",
        ):
            assert titel not in inhoud
        # nothing else was new: no other sections
        for kop in (
            "Nieuwe of gewijzigde",
            "Ingetrokken",
            "Nieuwe bijeenkomsten",
            "Gewijzigde pagina",
        ):
            assert kop not in inhoud
    basis = "http://127.0.0.1:8000" if "127.0.0.1:8000" in tekst else None
    assert basis, "links are absolute (WAGTAILADMIN_BASE_URL)"
    assert f"{basis}{vastgesteld.get_url()}" in tekst
    assert bericht.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert re.fullmatch(
        r"<http://127\.0\.0\.1:8000/volglijst/afmelden/[^>]+/>",
        bericht.extra_headers["List-Unsubscribe"],
    )
    assert Digestinstelling.objects.get(gebruiker=volger).laatst_verstuurd is not None


def test_twee_keer_op_een_dag_stuurt_een_keer(volger, wijzigingen):
    nu = morgen()
    assert stuur_digests(nu=nu) == 1
    UitvoeringsafspraakFactory(
        titel="Nog een vastgestelde",
        kerninstrument=wijzigingen["vastgesteld"].kerninstrument,
        publiceren=True,
    )
    assert stuur_digests(nu=nu) == 0
    call_command("stuur_digests", stdout=StringIO())  # today: already claimed
    assert len(mail.outbox) == 1


def test_niets_nieuw_geen_mail(volger):
    assert stuur_digests(nu=morgen()) == 0
    assert mail.outbox == []


def test_ingetrokken_en_gewijzigd(volger, instrument):
    afspraak = UitvoeringsafspraakFactory(
        titel="Later ingetrokken", kerninstrument=instrument, publiceren=True
    )
    # a digest went out after it was fixed: from here on only what changes next counts
    Digestinstelling.objects.filter(gebruiker=volger).update(gemeld_tot=timezone.now())
    afspraak.status = Uitvoeringsafspraak.Status.INGETROKKEN
    afspraak.save_revision().publish()
    gewijzigd = UitvoeringsafspraakFactory(
        titel="In afstemming gezet",
        kerninstrument=instrument,
        status=Uitvoeringsafspraak.Status.IN_AFSTEMMING,
        publiceren=True,
    )
    assert stuur_digests(nu=morgen()) == 1
    tekst = mail.outbox[0].body
    assert "Ingetrokken afspraken\n- " in tekst and "Later ingetrokken" in tekst
    assert "Nieuwe of gewijzigde afspraken" in tekst and gewijzigd.titel in tekst
    assert "Vastgestelde afspraken" not in tekst


def test_wekelijks_alleen_op_de_weekdag(volger, wijzigingen, settings):
    Digestinstelling.objects.filter(gebruiker=volger).update(frequentie="wekelijks")
    nu = morgen()
    # the weekday where the platform lives (Europe/Amsterdam), as the digest reckons it: the
    # UTC weekday differs between 23:00 and 24:00 UTC
    weekdag = timezone.localdate(nu).weekday()
    settings.DIGEST_WEEKDAG = (weekdag + 1) % 7
    assert stuur_digests(nu=nu) == 0
    settings.DIGEST_WEEKDAG = weekdag
    assert stuur_digests(nu=nu) == 1
    assert stuur_digests(nu=nu + datetime.timedelta(days=1)) == 0  # next day: not the weekday


def test_droog_stuurt_niets(volger, wijzigingen):
    uit = []
    assert stuur_digests(nu=morgen(), droog=True, uitvoer=uit.append) == 1
    assert mail.outbox == [] and "Vergunningen samen afstemmen" in uit[0]
    assert stuur_digests(nu=morgen()) == 1  # droog claimed nothing


def _afmeldpad(bericht):
    return urlsplit(re.search(r"Meld u af: (\S+)", bericht.body).group(1)).path


def test_afmeldlink_werkt_zonder_inloggen(volger, wijzigingen):
    stuur_digests(nu=morgen())
    pad = _afmeldpad(mail.outbox[0])
    anoniem = Client(enforce_csrf_checks=True)
    bevestig = anoniem.get(pad)
    assert bevestig.status_code == 200
    assert "Ja, afmelden" in bevestig.content.decode()
    assert Digestinstelling.objects.get(gebruiker=volger).frequentie == "dagelijks"  # GET: nothing
    antwoord = anoniem.post(pad)
    assert antwoord.status_code == 200 and "U bent afgemeld" in antwoord.content.decode()
    assert Digestinstelling.objects.get(gebruiker=volger).frequentie == "uit"
    assert Volg.objects.filter(gebruiker=volger).count() == 3  # the follows stay
    mail.outbox.clear()
    assert stuur_digests(nu=morgen()) == 0


def test_list_unsubscribe_post_zonder_sessie_en_csrf(volger, wijzigingen):
    stuur_digests(nu=morgen())
    adres = mail.outbox[0].extra_headers["List-Unsubscribe"].strip("<>")
    antwoord = Client(enforce_csrf_checks=True).post(
        urlsplit(adres).path,
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert antwoord.status_code == 200
    assert Digestinstelling.objects.get(gebruiker=volger).frequentie == "uit"


@pytest.mark.parametrize("methode", ["get", "post"])
def test_vervalste_sleutel_geeft_nederlandse_fout(volger, methode, lezer):
    sleutel = afmeldsleutel(volger)
    # another user's id with the same signature, and a broken signature
    for vals in (sleutel[:-2] + ("aa" if not sleutel.endswith("aa") else "bb"), "1:abc:def"):
        antwoord = getattr(Client(), methode)(f"/volglijst/afmelden/{vals}/")
        assert antwoord.status_code == 400
        assert "afmeldlink is ongeldig" in antwoord.content.decode()
    assert Digestinstelling.objects.get(gebruiker=volger).frequentie == "dagelijks"


def test_sleutel_voor_ander_doel_werkt_niet(volger):
    sleutel = signing.dumps({"g": volger.pk, "doel": "iets anders"}, salt="volgen.afmelden")
    assert Client().post(f"/volglijst/afmelden/{sleutel}/").status_code == 400
    sleutel = signing.dumps({"g": volger.pk, "doel": "afmelden-overzichtsmail"})  # no salt
    assert Client().post(f"/volglijst/afmelden/{sleutel}/").status_code == 400
    assert Digestinstelling.objects.get(gebruiker=volger).frequentie == "dagelijks"


def test_bijeenkomsten_en_paginas_van_de_groep(volger, groep):
    bijeenkomst = BijeenkomstFactory(groep=groep, titel="Volgsessie in het voorjaar")
    log(instance=bijeenkomst, action="wagtail.create")  # as the admin's create view does
    stil = BijeenkomstFactory(groep=groep, titel="Zonder logregel")  # not created in the admin
    InhoudPageFactory(parent=groep, title="Nieuwe groepspagina", publiceren=True)
    werkruimte = groep.get_children().type(WerkruimtePage).get()
    InhoudPageFactory(parent=werkruimte, title="Werkruimtenotulen", publiceren=True)
    assert stuur_digests(nu=morgen()) == 1
    tekst = mail.outbox[0].body
    assert "Nieuwe bijeenkomsten" in tekst and "Volgsessie in het voorjaar" in tekst
    assert stil.titel not in tekst
    assert "Gewijzigde pagina's" in tekst and "Nieuwe groepspagina" in tekst
    assert "Werkruimtenotulen" not in tekst


def test_weer_aanzetten_meldt_vanaf_dat_moment(client, volger, wijzigingen):
    Digestinstelling.objects.filter(gebruiker=volger).update(frequentie="uit")
    assert stuur_digests(nu=morgen()) == 0
    client.force_login(volger)
    client.post("/volglijst/frequentie/", {"frequentie": "dagelijks"})
    assert stuur_digests(nu=morgen()) == 0  # what changed while it was off is not sent later
    assert mail.outbox == []
