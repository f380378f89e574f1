"""Atom feeds per group and per register filter: valid Atom, only public content; a private
group has no feed (404 for everyone, members too: feed readers read anonymously)."""

import xml.etree.ElementTree as ET

import pytest

from groepen.models import GroepRechten
from tests.factories import GebruikerFactory, UitvoeringsafspraakFactory

from .conftest import materiaal

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def _atom(antwoord):
    assert antwoord.status_code == 200
    assert antwoord["Content-Type"].startswith("application/atom+xml")
    wortel = ET.fromstring(antwoord.content)
    assert wortel.tag == f"{ATOM}feed"
    return [e.findtext(f"{ATOM}title") for e in wortel.findall(f"{ATOM}entry")]


def test_feed_per_groep_alleen_openbaar(client, groep, instrument):
    rechten = GroepRechten.objects.get(groep=groep)
    materiaal(groep, "Openbare presentatie", rechten.collectie)
    materiaal(groep, "Werkruimtestuk", rechten.werkruimte_collectie)
    UitvoeringsafspraakFactory(
        titel="Openbare groepsafspraak", groep=groep, kerninstrument=instrument, publiceren=True
    )
    UitvoeringsafspraakFactory(
        titel="Concept van de groep", groep=groep, kerninstrument=instrument, concept=True
    )
    titels = _atom(client.get(f"/groepen/{groep.pk}/feed/"))
    assert "Openbare presentatie" in titels
    assert "Openbare groepsafspraak" in titels
    assert "Kennisnetwerk Volgtest" in titels  # the group page itself
    assert "Werkruimtestuk" not in titels and "Concept van de groep" not in titels
    assert "Werkruimte" not in " ".join(titels)  # the workspace page is private
    html = client.get(groep.url).content.decode()
    assert f'href="/groepen/{groep.pk}/feed/"' in html


def test_besloten_groep_heeft_geen_feed(client, prive_groep):
    assert client.get(f"/groepen/{prive_groep.pk}/feed/").status_code == 404
    lid = GebruikerFactory(username="lid-volgfeed", lid_van=prive_groep)
    client.force_login(lid)
    assert client.get(f"/groepen/{prive_groep.pk}/feed/").status_code == 404
    html = client.get(prive_groep.url).content.decode()
    assert "Besloten Volgnetwerk" in html  # the member sees the page, without a feed link
    assert f"/groepen/{prive_groep.pk}/feed/" not in html
    assert client.get("/groepen/999999/feed/").status_code == 404


def test_feed_per_registerfilter(client, instrument, ander_instrument):
    UitvoeringsafspraakFactory(
        titel="Binnen het filter", kerninstrument=instrument, publiceren=True
    )
    UitvoeringsafspraakFactory(titel="Concept binnen", kerninstrument=instrument, concept=True)
    UitvoeringsafspraakFactory(
        titel="Buiten het filter", kerninstrument=ander_instrument, publiceren=True
    )
    titels = _atom(client.get(f"/afspraken/feed/?kerninstrument={instrument.slug}"))
    assert titels == ["Binnen het filter"]
    # without filters: the feed of newly fixed agreements as before
    alle = _atom(client.get("/afspraken/feed/"))
    assert "Binnen het filter" in alle and "Buiten het filter" in alle
    assert "Concept binnen" not in alle
