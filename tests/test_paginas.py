"""Every page type renders for the public, in Dutch, with its content and navigation."""

import pytest

from wagtail.models import Page

from begrippen.models import Begrip, BegrippenIndexPage
from groepen.models import GroepPage
from kennisnetwerken.models import KennisnetwerkIndexPage, KennisnetwerkPage
from kennisplatform.models import InhoudPage
from organisaties.models import OverlegstructuurPage, SamenwerkingsagendaPage
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


def test_kruimelpad_op_groepspagina(client):
    groep = KennisnetwerkPage.objects.live().first()
    html = client.get(groep.url).content.decode()
    assert 'aria-label="Kruimelpad"' in html
    assert f'href="{KennisnetwerkIndexPage.objects.get().url}"' in html
    assert 'aria-current="page"' in html


def test_groepspagina_toont_trekkers_deelnemers_en_secties(client):
    groep = ProjectgroepPage.objects.live().first()
    html = client.get(groep.url).content.decode()
    trekker = groep.trekkers.first()
    assert trekker.naam in html
    for organisatie in groep.organisaties.all():
        assert organisatie.naam in html
    for kop in (
        "Doel",
        "Opdracht",
        "Resultaten en planning",
        "Begrippen",
        "Werkmateriaal",
        "Sjablonen",
    ):
        assert f">{kop}</h2>" in html
    assert groep.resultaten.first().kwartaal in html


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


def test_begrippenlijst_filter_en_detail(client):
    index = BegrippenIndexPage.objects.get()
    html = client.get(index.url, {"filter": "PSO"}).content.decode()
    assert "B-PSO" in html and "A-PSO" in html and "Omgevingsvisie" not in html
    begrip = Begrip.objects.get(term="B-PSO")
    detail = client.get(f"{index.url}{begrip.slug}/")
    assert detail.status_code == 200
    assert begrip.definitie[:60] in detail.content.decode()
    assert client.get(f"{index.url}bestaat-niet/").status_code == 404


def test_overlegstructuur_en_agenda(client):
    html = client.get(OverlegstructuurPage.objects.get().url).content.decode()
    assert "B-PSO" in html and "Doelgroep" in html and "Omgevingsdienst Utrecht" in html
    agenda = SamenwerkingsagendaPage.objects.live().first()
    assert agenda.onderwerpen.count() >= 3
    assert agenda.onderwerpen.first().onderwerp in client.get(agenda.url).content.decode()


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
    html = client.get("/admin/login/").content.decode()
    assert 'lang="nl"' in html
    assert "Inloggen" in html or "Aanmelden" in html


def test_groep_base_is_niet_los_aan_te_maken():
    assert not GroepPage.is_creatable


def test_paginatitel_noemt_pagina_en_platform(client):
    assert (
        "<title>Kennisplatform Regionale Samenwerking</title>" in client.get("/").content.decode()
    )
    groep = ProjectgroepPage.objects.live().first()
    html = client.get(groep.url).content.decode()
    assert f"<title>{groep.title} | Kennisplatform Regionale Samenwerking</title>" in html
