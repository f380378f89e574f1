"""The factories of tests/factories.py make valid objects that the site shows or uses."""

import pytest

from django.contrib.auth.models import User

from wagtail.models import Page

from afspraken.models import Uitvoeringsafspraak
from kennisplatform.models import HomePage
from tests.factories import (
    WACHTWOORD,
    BegripFactory,
    BijeenkomstFactory,
    DocumentFactory,
    GebruikerFactory,
    InhoudPageFactory,
    KennisnetwerkPageFactory,
    OrganisatieFactory,
    OverlegFactory,
    TrekkerFactory,
    UitvoeringsafspraakFactory,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "factory",
    [OrganisatieFactory, OverlegFactory, BegripFactory, BijeenkomstFactory, TrekkerFactory],
)
def test_model_is_geldig(factory):
    factory().full_clean()


def test_gebruiker_met_rol_en_groep():
    groep = KennisnetwerkPageFactory(publiceren=True)
    coordinator = GebruikerFactory(rol="coordinator")
    assert coordinator.has_perm("afspraken.publish_uitvoeringsafspraak")
    beheerder = GebruikerFactory(rol="beheerder")
    assert beheerder.is_superuser
    lid = GebruikerFactory(lid_van=groep)
    trekker = GebruikerFactory(trekker_van=groep)
    assert lid.groups.get() == groep.rechten.leden
    assert trekker.groups.get() == groep.rechten.trekkers
    assert lid.check_password(WACHTWOORD)
    assert GebruikerFactory(username=lid.username) == lid
    assert User.objects.filter(username=lid.username).count() == 1


def test_paginas_komen_onder_hun_ouder_en_worden_gepubliceerd(client):
    pagina = InhoudPageFactory(title="Fabriekspagina", publiceren=True)
    assert pagina.get_parent().specific == HomePage.objects.get()
    assert client.get(pagina.url).status_code == 200
    groep = KennisnetwerkPageFactory()
    assert groep.get_parent().specific_class.__name__ == "KennisnetwerkIndexPage"
    assert groep.rechten.werkruimte_collectie  # set up as the admin sets up a new group
    kind = InhoudPageFactory(parent=groep)
    assert Page.objects.get(pk=kind.pk).get_parent().pk == groep.pk


def test_afspraak_concept_met_revisies_en_gepubliceerd():
    concept = UitvoeringsafspraakFactory(concept=True, revisies=2)
    assert not concept.live and concept.status == "concept"
    assert concept.revisions.count() == 2
    assert concept.latest_revision.content["samenwerkingsafspraak"].endswith("Tweede versie.")
    gepubliceerd = UitvoeringsafspraakFactory(publiceren=True)
    assert gepubliceerd in Uitvoeringsafspraak.objects.openbaar()


def test_document_in_collectie():
    document = DocumentFactory(title="notitie")
    with document.file.open("rb") as bestand:
        assert bestand.read() == b"inhoud van notitie"
    assert document.collection.is_root()
