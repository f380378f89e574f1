"""The site header (kennisplatform/kop.html): search form and menu button on every page, the
menu with Bijeenkomsten and Sjablonen, the logged-in state, and one login screen."""

import pytest
from bs4 import BeautifulSoup

from django.conf import settings

from afspraken.models import AfsprakenRegisterPage, Uitvoeringsafspraak
from begrippen.models import Begrip, BegrippenIndexPage
from materialen.models import Bijeenkomst
from tests.factories import GebruikerFactory
from tests.helpers.tweefactor import tweede_stap
from tests.site.test_paginas import pagina_types_met_demo

pytestmark = pytest.mark.django_db


def kop(antwoord):
    assert antwoord.status_code in (200, 404), antwoord.status_code
    header = BeautifulSoup(antwoord.content.decode(), "html.parser").find("header")
    assert header is not None
    return header


def openbare_adressen():
    adressen = {
        naam: pagina.url
        for naam, pagina in pagina_types_met_demo().items()
        if pagina is not None and not pagina.get_view_restrictions().exists()
    }
    register = AfsprakenRegisterPage.objects.get()
    adressen |= {
        "afspraak": Uitvoeringsafspraak.objects.openbaar().first().get_url(),
        "begrip": f"{BegrippenIndexPage.objects.get().url}{Begrip.objects.first().slug}/",
        "register gefilterd": f"{register.url}?niveau=ambtelijk",
        "bijeenkomsten": "/bijeenkomsten/",
        "bijeenkomst": f"/bijeenkomsten/{Bijeenkomst.objects.first().pk}/",
        "sjablonen": "/sjablonen/",
        "zoeken": "/zoeken/?q=vergunning",
        "inloggen": "/inloggen/",
        "uitloggen": "/uitloggen/",
        "404": "/bestaat-niet/",
    }
    return adressen


def test_elke_openbare_pagina_heeft_zoekformulier_en_menuknop_in_de_kop(client):
    adressen = openbare_adressen()
    assert len(adressen) > 15
    for naam, adres in adressen.items():
        header = kop(client.get(adres))
        formulier = header.find("form", attrs={"role": "search"})
        assert formulier is not None, f"{naam}: geen zoekformulier in de kop"
        assert formulier["action"] == "/zoeken/" and formulier.get("method", "get") == "get"
        veld = formulier.find("input", attrs={"name": "q"})
        assert veld is not None, naam
        # labelled: a <label for> with text in the same form
        label = formulier.find("label", attrs={"for": veld["id"]})
        assert label is not None and label.get_text(strip=True), naam
        knop = formulier.find("button")
        assert knop is not None and knop.get("type", "submit") == "submit", naam
        assert knop.get_text(strip=True) == "Zoeken"

        menuknop = header.find("button", class_="kp-menuknop")
        assert menuknop is not None, f"{naam}: geen menuknop"
        menu = header.find(id=menuknop["aria-controls"])
        assert menu is not None and menu.find("nav"), naam
        assert menuknop["aria-expanded"] in ("true", "false")


def test_het_zoekformulier_in_de_kop_zoekt(client):
    antwoord = client.get("/zoeken/", {"q": "vergunning"})
    assert antwoord.status_code == 200
    assert antwoord.context["uitkomst"].count > 0
    # The /zoeken/ page keeps its own big form next to the one in the header, each with its
    # own name (two search landmarks with the same name would be ambiguous).
    soep = BeautifulSoup(antwoord.content.decode(), "html.parser")
    formulieren = soep.find_all("form", attrs={"role": "search"})
    assert len(formulieren) == 2
    assert len({f["aria-label"] for f in formulieren}) == 2


def test_zoekveld_in_de_kop_toont_de_zoekvraag_op_de_zoekpagina(client):
    # On /zoeken/ the header field shows what was searched for (not an empty box above the
    # results); on other pages it stays empty, even with a q in the address.
    zoekpagina = kop(client.get("/zoeken/", {"q": 'vergunning "handhaving"'}))
    assert zoekpagina.find("input", attrs={"name": "q"})["value"] == 'vergunning "handhaving"'
    register = kop(client.get(AfsprakenRegisterPage.objects.get().url, {"q": "vergunning"}))
    assert register.find("input", attrs={"name": "q"}).get("value") is None


def test_menu_noemt_bijeenkomsten_en_sjablonen_na_de_groepen(client):
    header = kop(client.get("/"))
    titels = [a.get_text(strip=True) for a in header.select("nav a")]
    for titel in ("Kennisnetwerken", "Themagroepen", "Projectgroepen"):
        assert titel in titels
    assert "Bijeenkomsten" in titels and "Sjablonen" in titels
    laatste_groep = max(
        titels.index(t) for t in ("Kennisnetwerken", "Themagroepen", "Projectgroepen")
    )
    assert titels.index("Bijeenkomsten") == laatste_groep + 1
    assert titels.index("Sjablonen") == laatste_groep + 2
    assert header.select_one('nav a[href="/bijeenkomsten/"]') is not None
    assert header.select_one('nav a[href="/sjablonen/"]') is not None


@pytest.mark.parametrize(
    ("adres", "actief"),
    [("/bijeenkomsten/", "page"), ("/sjablonen/", "page"), ("/sjablonen/1/", "true")],
)
def test_menu_markeert_de_huidige_url_view(client, adres, actief):
    header = kop(client.get(adres))
    huidig = header.select("nav a[aria-current]")
    assert [(a["href"], a["aria-current"]) for a in huidig] == [
        ("/" + adres.split("/")[1] + "/", actief)
    ]


def test_menu_markeert_de_sectie_van_een_pagina(client):
    groep = pagina_types_met_demo()["KennisnetwerkPage"]
    header = kop(client.get(groep.url))
    huidig = header.select("nav a[aria-current]")
    assert [(a.get_text(strip=True), a["aria-current"]) for a in huidig] == [
        ("Kennisnetwerken", "true")
    ]
    index = kop(client.get(groep.get_parent().url))
    assert [a["aria-current"] for a in index.select("nav a[aria-current]")] == ["page"]


def test_anoniem_ziet_inloggen_en_geen_naam_of_uitloggen(client):
    header = kop(client.get("/sjablonen/"))
    assert "Ingelogd als" not in header.get_text()
    assert header.find("form", attrs={"action": "/uitloggen/"}) is None
    inloggen = header.find("a", string="Inloggen")
    assert inloggen["href"] == "/inloggen/?next=/sjablonen/"
    # one way in per page: the footer does not repeat it
    pagina = BeautifulSoup(client.get("/sjablonen/").content.decode(), "html.parser")
    assert len(pagina.find_all("a", string="Inloggen")) == 1
    # no userbar for the public
    assert "wagtail-userbar" not in client.get("/").content.decode()


def test_ingelogd_lid_ziet_naam_en_uitloggen_maar_geen_beheer(client):
    lid = GebruikerFactory(username="kop-lid", first_name="Iris", last_name="de Vries")
    client.force_login(lid)
    html = client.get("/").content.decode()
    header = kop(client.get("/"))
    assert "Ingelogd als" in header.get_text() and "Iris de Vries" in header.get_text()
    uitloggen = header.find("form", attrs={"action": "/uitloggen/"})
    assert uitloggen["method"] == "post"
    assert uitloggen.find("input", attrs={"name": "csrfmiddlewaretoken"}) is not None
    assert uitloggen.find("button").get_text(strip=True) == "Uitloggen"
    assert header.find("a", string="Beheer") is None
    assert header.find("a", string="Inloggen") is None
    assert "wagtail-userbar" not in html


def test_ingelogde_redacteur_ziet_beheer_en_de_userbar(client, django_user_model):
    client.force_login(django_user_model.objects.get(username="trekker"))
    antwoord = client.get("/")
    header = kop(antwoord)
    assert header.find("a", string="Beheer")["href"] == "/admin/"
    html = antwoord.content.decode()
    assert "<wagtail-userbar" in html
    # the userbar brings its own scripts as files: the strict policy of the site stays
    assert "unsafe" not in antwoord["Content-Security-Policy"]


def test_uitloggen_vanuit_de_kop(client):
    client.force_login(GebruikerFactory(username="kop-uit"))
    antwoord = client.post("/uitloggen/")
    assert antwoord.status_code == 200
    assert "_auth_user_id" not in client.session
    assert "Ingelogd als" not in kop(client.get("/")).get_text()


def test_beheer_login_leidt_naar_de_ene_inlogpagina(client):
    antwoord = client.get("/admin/login/")
    assert antwoord.status_code == 302 and antwoord["Location"] == "/inloggen/"
    antwoord = client.get("/admin/login/", {"next": "/admin/pages/"})
    assert antwoord["Location"] == "/inloggen/?next=%2Fadmin%2Fpages%2F"
    # the admin itself sends anonymous visitors there as well
    antwoord = client.get("/admin/")
    assert antwoord.status_code == 302
    assert antwoord["Location"] == "/inloggen/?next=/admin/"


def test_inlogpagina_is_nederlands(client):
    html = client.get("/admin/login/", follow=True).content.decode()
    soep = BeautifulSoup(html, "html.parser")
    main = soep.find("main")
    labels = [label.get_text(strip=True) for label in main.find_all("label")]
    assert labels == ["Gebruikersnaam", "Wachtwoord"]
    for engels in ("Password", "Username", "Sign in", "Forgot", "Remember"):
        assert engels not in main.get_text()
    assert main.find("form").find("button").get_text(strip=True) == "Inloggen"
    assert main.find("a", string="Wachtwoord vergeten?") is not None


def test_redacteur_komt_na_inloggen_in_het_beheer(client, demo_wachtwoord):
    antwoord = client.get("/admin/pages/", follow=True)
    assert antwoord.redirect_chain[-1][0] == "/inloggen/?next=/admin/pages/"
    html = antwoord.content.decode()
    assert 'name="next" value="/admin/pages/"' in html
    antwoord = client.post(
        "/inloggen/",
        {"username": "coordinator", "password": demo_wachtwoord, "next": "/admin/pages/"},
    )
    # An editor gives the second factor first (issue 17.2), then goes on to `next`.
    assert antwoord.status_code == 302
    antwoord = tweede_stap(client, antwoord, "coordinator")
    assert antwoord.status_code == 302 and antwoord["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_inloggen_met_next_naar_het_beheer(client, demo_wachtwoord):
    client.get("/admin/login/?next=/admin/")
    antwoord = client.post(
        "/inloggen/", {"username": "trekker", "password": demo_wachtwoord, "next": "/admin/"}
    )
    antwoord = tweede_stap(client, antwoord, "trekker")
    assert antwoord["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize(
    "volgende", ["https://kwaad.example/", "//kwaad.example/admin/", "\\\\kwaad.example"]
)
def test_next_naar_een_andere_site_wordt_genegeerd(client, demo_wachtwoord, volgende):
    antwoord = client.post(
        "/inloggen/", {"username": "trekker", "password": demo_wachtwoord, "next": volgende}
    )
    assert antwoord.status_code == 302
    antwoord = tweede_stap(client, antwoord, "trekker")
    assert antwoord["Location"] == settings.LOGIN_REDIRECT_URL


def test_post_naar_beheer_login_logt_in_via_dezelfde_view(client, demo_wachtwoord):
    antwoord = client.post("/admin/login/", {"username": "trekker", "password": "fout"})
    assert antwoord.status_code == 200
    html = antwoord.content.decode()
    assert "Uw gebruikersnaam en wachtwoord komen niet overeen" in html
    assert "Password" not in html
    antwoord = client.post(
        "/admin/login/", {"username": "trekker", "password": demo_wachtwoord, "next": "/admin/"}
    )
    antwoord = tweede_stap(client, antwoord, "trekker")
    assert antwoord.status_code == 302 and antwoord["Location"] == "/admin/"


def test_lid_zonder_beheerrecht_krijgt_uitleg_op_de_inlogpagina(client):
    client.force_login(GebruikerFactory(username="kop-geen-beheer", first_name="Bas"))
    antwoord = client.get("/admin/", follow=True)
    assert antwoord.redirect_chain[-1][0] == "/inloggen/?next=/admin/"
    main = BeautifulSoup(antwoord.content.decode(), "html.parser").find("main")
    tekst = main.get_text(" ", strip=True)
    assert "U bent ingelogd als Bas" in tekst
    assert "geen toegang" in tekst  # Wagtail's own message, shown on our page


def test_beheer_uitloggen_komt_op_de_inlogpagina(client, django_user_model):
    client.force_login(django_user_model.objects.get(username="trekker"))
    antwoord = client.post("/admin/logout/", follow=True)
    assert antwoord.redirect_chain[-1][0] == "/inloggen/"
    assert "uitgelogd" in antwoord.content.decode()
