"""The begrippen and the address of the begrippenlijst come from the shared cache
(begrippen/gedeeld.py): a change is on the next request, with no query when nothing changed."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from begrippen.gedeeld import alle_begrippen, lijst_url
from begrippen.models import Begrip, BegrippenIndexPage
from tests.factories import BegripFactory, KennisnetwerkPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pagina():
    """A group page whose goal names the (not yet existing) begrip "wolkenkrabbelregel"."""
    return KennisnetwerkPageFactory(
        title="Groep Gedeeld",
        doel="Wij passen de wolkenkrabbelregel toe in de hele regio.",
        publiceren=True,
    )


def _html(client, pagina):
    antwoord = client.get(pagina.url)
    assert antwoord.status_code == 200
    return antwoord.content.decode()


def test_een_nieuw_begrip_is_bij_het_volgende_verzoek_gekoppeld(client, pagina):
    assert "/begrippen/wolkenkrabbelregel/" not in _html(client, pagina)
    begrip = BegripFactory(term="wolkenkrabbelregel")
    assert f'href="/begrippen/{begrip.slug}/"' in _html(client, pagina)
    begrip.delete()
    assert f'href="/begrippen/{begrip.slug}/"' not in _html(client, pagina)


def test_een_gewijzigde_definitie_is_bij_het_volgende_verzoek_te_zien(client, pagina):
    begrip = BegripFactory(term="wolkenkrabbelregel", definitie="Eerste uitleg.")
    assert "Eerste uitleg." in _html(client, pagina)
    begrip.definitie = "Tweede uitleg."
    begrip.save()
    html = _html(client, pagina)
    assert "Tweede uitleg." in html and "Eerste uitleg." not in html


def test_de_begrippenlijst_verhuist_en_de_koppelingen_gaan_mee(client, pagina):
    begrip = BegripFactory(term="wolkenkrabbelregel")
    assert f'href="/begrippen/{begrip.slug}/"' in _html(client, pagina)
    lijst = BegrippenIndexPage.objects.get()
    lijst.slug = "woordenlijst"
    lijst.save_revision().publish()
    assert f'href="/woordenlijst/{begrip.slug}/"' in _html(client, pagina)
    lijst.unpublish()
    assert f"/{begrip.slug}/" not in _html(client, pagina)


def test_uit_de_cache_zonder_query():
    eerst = alle_begrippen(), lijst_url()
    with CaptureQueriesContext(connection) as queries:
        daarna = alle_begrippen(), lijst_url()
    assert len(queries) == 0
    assert daarna == eerst and len(daarna[0]) == Begrip.objects.count()
