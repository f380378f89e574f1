import pytest

from django.contrib.auth.models import User

from kennisplatform.models import HomePage, InhoudPage
from search.zoeker import zoek


@pytest.fixture
def gebruiker(db):
    def _gebruiker(naam):
        return User.objects.get(username=naam) if naam != "bezoeker" else None

    return _gebruiker


@pytest.fixture
def pagina(db):
    """Publish an ordinary page with this text; the search index follows the publication."""

    def _pagina(titel, intro="", publiceren=True, ouder=None):
        ouder = ouder or HomePage.objects.get()
        nieuw = InhoudPage(title=titel, intro=intro)
        ouder.add_child(instance=nieuw)
        revisie = nieuw.save_revision()
        if publiceren:
            revisie.publish()
        else:
            nieuw.live = False
            nieuw.save()
        return nieuw

    return _pagina


def titels(q, user=None, **filters):
    return [r.doc.titel for r in zoek(q, user, filters, per_pagina=200).resultaten]
