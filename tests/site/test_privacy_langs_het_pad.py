"""The privacy check of a routed page (inhoud.toegang.beperkingen_langs_het_pad, used by
HomePage.route in site/models.py): the restrictions of every page on the path in one query,
the same ones Wagtail's own Page.get_view_restrictions finds (Wagtail 8.0 is pinned; this
fails when it changes them)."""

import pytest

from django.test import RequestFactory

from wagtail.models import Page, PageViewRestriction

from kennisnetwerken.models import KennisnetwerkPage
from kennisplatform.models import HomePage
from tests.factories import InhoudPageFactory

pytestmark = pytest.mark.django_db


def _gerouteerd(pagina):
    thuis = HomePage.objects.get()
    delen = [d for d in pagina.url_path[len(thuis.url_path) :].split("/") if d]
    return thuis.route(RequestFactory().get(pagina.url), delen)[0]


def _ids(restricties):
    return sorted(r.pk for r in restricties)


@pytest.mark.parametrize("op", ["pagina", "groep", "index", "thuis", "wortel"])
def test_dezelfde_beperkingen_als_wagtail_in_een_query(op, django_assert_num_queries):
    groep = KennisnetwerkPage.objects.live().first()
    pagina = InhoudPageFactory(parent=groep, title="Onder de groep", publiceren=True)
    beperkt = {
        "pagina": pagina,
        "groep": groep,
        "index": groep.get_parent(),
        "thuis": HomePage.objects.get(),
        "wortel": Page.get_first_root_node(),
    }[op]
    restrictie = PageViewRestriction.objects.create(
        page=beperkt, restriction_type=PageViewRestriction.LOGIN
    )
    gerouteerd = _gerouteerd(pagina)
    assert gerouteerd.pk == pagina.pk
    with django_assert_num_queries(1):
        eigen = _ids(gerouteerd.get_view_restrictions())
        assert gerouteerd.get_view_restrictions().exists()  # asked again: no second query
    assert eigen == _ids(Page.get_view_restrictions(gerouteerd)) == [restrictie.pk]


def test_zonder_beperking_geen():
    groep = KennisnetwerkPage.objects.live().first()
    gerouteerd = _gerouteerd(groep)
    assert _ids(gerouteerd.get_view_restrictions()) == _ids(Page.get_view_restrictions(groep))


def test_een_beperkte_ouder_houdt_het_publiek_buiten(client):
    groep = KennisnetwerkPage.objects.live().first()
    pagina = InhoudPageFactory(parent=groep, title="Achter de groep", publiceren=True)
    assert client.get(pagina.url).status_code == 200
    PageViewRestriction.objects.create(page=groep, restriction_type=PageViewRestriction.LOGIN)
    antwoord = client.get(pagina.url)
    assert antwoord.status_code == 302 and antwoord["Location"].startswith("/inloggen/")
    assert "Achter de groep" not in antwoord.content.decode()
