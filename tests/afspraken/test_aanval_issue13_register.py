"""Attack on the register's filters of issue 13: a group page made private (a view restriction
on the group page) must not show its title through the group filter of the public register,
neither as a chosen filter (?groep=<slug>) nor in the group facet."""

import pytest

from wagtail.models import PageViewRestriction

from afspraken.models import Uitvoeringsafspraak
from groepen.models import GroepPage

pytestmark = pytest.mark.django_db

GEHEIME_TITEL = "Geheime projectgroep Omgevingsvisie"


@pytest.fixture
def besloten_groep():
    afspraak = Uitvoeringsafspraak.objects.openbaar().exclude(groep=None).first()
    groep = afspraak.groep if afspraak else GroepPage.objects.live().first()
    groep.title = GEHEIME_TITEL
    groep.save()
    PageViewRestriction.objects.create(page=groep, restriction_type=PageViewRestriction.LOGIN)
    return groep


def test_register_noemt_besloten_groep_niet_via_groepsfilter(client, besloten_groep):
    antwoord = client.get("/afspraken/", {"groep": besloten_groep.slug})
    assert antwoord.status_code == 200
    assert GEHEIME_TITEL not in antwoord.content.decode()


def test_register_noemt_besloten_groep_niet_in_de_facet(client, besloten_groep):
    antwoord = client.get("/afspraken/")
    assert antwoord.status_code == 200
    assert GEHEIME_TITEL not in antwoord.content.decode()


def test_json_api_noemt_besloten_groep_niet(client, besloten_groep):
    antwoord = client.get("/api/afspraken/", {"groep": besloten_groep.slug})
    assert GEHEIME_TITEL not in antwoord.content.decode()


def test_afspraakpagina_noemt_besloten_groep_niet(client, besloten_groep):
    afspraak = Uitvoeringsafspraak.objects.openbaar().filter(groep=besloten_groep).first()
    antwoord = client.get(afspraak.get_url())
    assert antwoord.status_code == 200
    assert GEHEIME_TITEL not in antwoord.content.decode()


def test_afspraakpagina_noemt_openbare_groep_wel(client):
    afspraak = Uitvoeringsafspraak.objects.openbaar().exclude(groep=None).first()
    html = client.get(afspraak.get_url()).content.decode()
    assert f">{afspraak.groep.title}</a>" in html


# -- issue 17 review: the exports and the old JSON API wrote the private group's slug ---------


def _groep_in_api(client, afspraak):
    return client.get(f"/api/afspraken/{afspraak.code}/").json()["groep"]


def test_export_en_api_noemen_de_slug_van_een_besloten_groep_niet(client, besloten_groep):
    afspraak = Uitvoeringsafspraak.objects.openbaar().filter(groep=besloten_groep).first()
    assert _groep_in_api(client, afspraak) == ""
    lijst = client.get("/api/afspraken/", {"q": afspraak.code}).json()["results"]
    assert all(rij["groep"] != besloten_groep.slug for rij in lijst)
    for formaat in ("csv", "json"):
        antwoord = client.get(f"/afspraken/export/{formaat}/")
        assert antwoord.status_code == 200
        inhoud = b"".join(antwoord.streaming_content if antwoord.streaming else [antwoord.content])
        assert besloten_groep.slug.encode() not in inhoud, formaat


def test_export_en_api_noemen_een_openbare_groep_wel(client):
    afspraak = Uitvoeringsafspraak.objects.openbaar().exclude(groep=None).first()
    assert _groep_in_api(client, afspraak) == afspraak.groep.slug
    inhoud = client.get("/afspraken/export/csv/")
    inhoud = b"".join(inhoud.streaming_content if inhoud.streaming else [inhoud.content])
    assert afspraak.groep.slug.encode() in inhoud
