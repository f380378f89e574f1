"""The platform search names the group of a public agreement in its results and group facet,
also when that group's page is private (the search document keeps the group's title, and
setting privacy on a group page does not reindex its agreements). Found in the review of
issue 13. Now the index names only a group anyone may read, and a change of a group page's privacy
or publication indexes its agreements again."""

import pytest

from wagtail.models import PageViewRestriction

from afspraken.models import Uitvoeringsafspraak

pytestmark = pytest.mark.django_db

GEHEIM = "Geheime projectgroep Zoekfacet"


def test_zoeken_noemt_besloten_groep_niet(client):
    afspraak = Uitvoeringsafspraak.objects.openbaar().exclude(groep=None).first()
    groep = afspraak.groep.specific
    groep.title = GEHEIM
    groep.save_revision().publish()
    vraag = {"q": afspraak.titel.split()[0], "soort": "uitvoeringsafspraak"}
    assert GEHEIM in client.get("/zoeken/", vraag).content.decode()  # public: named
    beperking = PageViewRestriction.objects.create(
        page=groep, restriction_type=PageViewRestriction.LOGIN
    )
    antwoord = client.get("/zoeken/", vraag)
    assert antwoord.status_code == 200
    assert GEHEIM not in antwoord.content.decode()
    beperking.delete()
    assert GEHEIM in client.get("/zoeken/", vraag).content.decode()
