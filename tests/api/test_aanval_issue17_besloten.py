"""Issue 17, attack on /api/v1 and the register feed for a private group: once a group's page is
behind a view restriction, neither its title nor its slug appears in search results, facets,
counts or feed titles, and asking for it answers as for a group that does not exist."""

import pytest

from wagtail.models import PageViewRestriction

from afspraken.models import Uitvoeringsafspraak

pytestmark = pytest.mark.django_db

GEHEIM = "Geheime werkgroep Zoeklek"


@pytest.fixture
def besloten_afspraak():
    afspraak = Uitvoeringsafspraak.objects.openbaar().exclude(groep=None).first()
    groep = afspraak.groep.specific
    groep.title = GEHEIM
    groep.save_revision().publish()
    PageViewRestriction.objects.create(page=groep, restriction_type=PageViewRestriction.LOGIN)
    return afspraak


def test_zoeken_v1_noemt_de_besloten_groep_nergens(client, besloten_afspraak):
    groep = besloten_afspraak.groep
    for q in (besloten_afspraak.titel, GEHEIM, groep.slug):
        antwoord = client.get("/api/v1/zoeken", {"q": q})
        assert antwoord.status_code == 200
        gegevens = antwoord.json()
        # everything but the echo of the question itself (query, _links)
        gevonden = str([gegevens["results"], gegevens["facets"], gegevens["suggestion"]])
        assert GEHEIM not in gevonden
        assert "Zoeklek" not in gevonden.lower().title()
    # filtering on its title finds nothing, like a group that does not exist
    met = client.get("/api/v1/zoeken", {"q": besloten_afspraak.titel, "groep": GEHEIM}).json()
    zonder = client.get("/api/v1/zoeken", {"q": besloten_afspraak.titel, "groep": "Bestaat niet"})
    assert met["count"] == zonder.json()["count"] == 0


def test_registerfeed_noemt_de_besloten_groep_niet(client, besloten_afspraak):
    groep = besloten_afspraak.groep
    besloten = client.get("/afspraken/feed/", {"groep": groep.slug})
    onbekend = client.get("/afspraken/feed/", {"groep": "bestaat-niet"})
    assert besloten.status_code == onbekend.status_code == 200
    assert GEHEIM not in besloten.content.decode()
    assert groep.slug not in besloten.content.decode()
