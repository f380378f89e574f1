"""Group pages and their overviews (the group base): breadcrumb, level filter, drafts hidden."""

import pytest

from groepen.models import GroepPage
from kennisnetwerken.models import KennisnetwerkIndexPage, KennisnetwerkPage

pytestmark = pytest.mark.django_db


def test_kruimelpad_op_groepspagina(client):
    groep = KennisnetwerkPage.objects.live().first()
    html = client.get(groep.url).content.decode()
    assert 'aria-label="Kruimelpad"' in html
    assert f'href="{KennisnetwerkIndexPage.objects.get().url}"' in html
    assert 'aria-current="page"' in html


def test_overzicht_filtert_op_niveau(client):
    index = KennisnetwerkIndexPage.objects.get()
    groepen = list(KennisnetwerkPage.objects.live())
    niveau = groepen[0].niveau
    html = client.get(index.url, {"niveau": niveau}).content.decode()
    for groep in groepen:
        assert (groep.title in html) == (groep.niveau == niveau)


def test_onbekend_niveau_toont_alles(client):
    index = KennisnetwerkIndexPage.objects.get()
    html = client.get(index.url, {"niveau": "<script>"}).content.decode()
    assert "<script>" not in html
    for groep in KennisnetwerkPage.objects.live():
        assert groep.title in html


def test_concept_groep_is_onzichtbaar_voor_publiek(client):
    groep = KennisnetwerkPage.objects.live().first()
    url = groep.url
    groep.unpublish()
    assert client.get(url).status_code == 404
    html = client.get(KennisnetwerkIndexPage.objects.get().url).content.decode()
    assert groep.title not in html
    assert groep.title not in client.get("/").content.decode()


def test_groep_base_is_niet_los_aan_te_maken():
    assert not GroepPage.is_creatable
