"""A world for the follow tests: a public group with its collections, a private group (only its
members see it), a reader who is member of neither, and an own kerninstrument."""

import datetime

import pytest

from django.utils import timezone

from wagtail.models import PageViewRestriction

from groepen.models import Werkmateriaal
from redactie.inrichting import richt_groep_in
from tests.factories import (
    DocumentFactory,
    GebruikerFactory,
    KennisnetwerkPageFactory,
    KerninstrumentFactory,
)


@pytest.fixture
def groep(db):
    groep = KennisnetwerkPageFactory(title="Kennisnetwerk Volgtest", publiceren=True)
    richt_groep_in(groep)
    return groep


@pytest.fixture
def prive_groep(db):
    groep = KennisnetwerkPageFactory(title="Besloten Volgnetwerk", publiceren=True)
    rechten = richt_groep_in(groep)
    beperking = PageViewRestriction.objects.create(
        page=groep, restriction_type=PageViewRestriction.GROUPS
    )
    beperking.groups.add(rechten.leden, rechten.trekkers)
    return groep


@pytest.fixture
def lezer(db):
    return GebruikerFactory(username="lezer-volgen", rol="professional")


@pytest.fixture
def instrument(db):
    return KerninstrumentFactory(naam="Volginstrument")


@pytest.fixture
def ander_instrument(db):
    return KerninstrumentFactory(naam="Ander volginstrument")


def materiaal(groep, titel, collectie):
    document = DocumentFactory(title=titel, collection=collectie)
    return Werkmateriaal.objects.create(groep=groep, titel=titel, document=document)


def morgen():
    return timezone.now() + datetime.timedelta(days=1)
