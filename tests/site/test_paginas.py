"""Every page type renders for the public, in Dutch, with its content and navigation."""

import pytest

from wagtail.models import Page

from kennisplatform.models import InhoudPage
from projectgroepen.models import ProjectgroepPage

pytestmark = pytest.mark.django_db


def pagina_types_met_demo():
    """One live page of every concrete page type of the project."""
    from wagtail.models import get_page_models

    gevonden = {}
    for model in get_page_models():
        if model is Page or model._meta.app_label.startswith("wagtail"):
            continue
        pagina = model.objects.live().exact_type(model).first()
        gevonden[model.__name__] = pagina
    return gevonden


def test_elk_paginatype_heeft_demo_inhoud_en_rendert(client, django_user_model):
    for naam, pagina in pagina_types_met_demo().items():
        if naam == "GroepPage":
            continue
        assert pagina is not None, f"geen demo-pagina voor {naam}"
        client.logout()
        if pagina.get_view_restrictions().exists():
            # Restricted (e.g. a werkruimte): the public is sent to the login page.
            antwoord = client.get(pagina.url)
            assert antwoord.status_code == 302 and antwoord["Location"].startswith("/inloggen/")
            client.force_login(django_user_model.objects.get(username="beheerder"))
        antwoord = client.get(pagina.url)
        assert antwoord.status_code == 200, naam
        html = antwoord.content.decode()
        assert '<html lang="nl"' in html
        assert 'href="#inhoud"' in html and 'id="inhoud"' in html  # skip link and its target
        assert "<main" in html and "<header" in html and "<footer" in html
        assert pagina.title in html


def test_convenant_toont_inhoudsopgave_en_artikelen(client):
    convenant = InhoudPage.objects.get(slug="convenant")
    html = client.get(convenant.url).content.decode()
    assert 'href="#artikel-1"' in html and 'id="artikel-1"' in html
    assert "Coördinatie als structureel fundament" in html


def test_onbekende_pagina_geeft_nederlandse_404(client):
    antwoord = client.get("/bestaat-niet/")
    assert antwoord.status_code == 404
    assert "Pagina niet gevonden" in antwoord.content.decode()


def test_beheer_is_nederlandstalig(client):
    # /admin/login/ leads to the one login screen of the site (tests/site/test_kop.py)
    html = client.get("/admin/login/", follow=True).content.decode()
    assert 'lang="nl"' in html
    assert "Inloggen" in html or "Aanmelden" in html


def test_paginatitel_noemt_pagina_en_platform(client):
    assert (
        "<title>Kennisplatform Regionale Samenwerking</title>" in client.get("/").content.decode()
    )
    groep = ProjectgroepPage.objects.live().first()
    html = client.get(groep.url).content.decode()
    assert f"<title>{groep.title} | Kennisplatform Regionale Samenwerking</title>" in html
