"""Issue 16: what many pages read comes from the shared cache under the generation of public
content (inhoud/gedeeld.py): the main menu, the published register page with its privacy, and
where a begrip is used. Each change is there on the reader's next request, a view restriction
first of all; a warm cache costs no query for them."""

import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

from afspraken.models import AfsprakenRegisterPage
from begrippen.models import BegrippenIndexPage
from inhoud import gedeeld
from tests.factories import BegripFactory, InhoudPageFactory, UitvoeringsafspraakFactory

pytestmark = pytest.mark.django_db


def menu(anoniem):
    html = anoniem.get("/").content.decode()
    nav = re.search(r'<nav class="[^"]*kp-hoofdmenu.*?</nav>', html, re.S).group(0)
    return re.findall(r'class="utrecht-nav-list__link"[^>]*>([^<]+)<', nav)


# -- the generation-scoped memo itself -------------------------------------------------------------


def test_gemaakt_eens_per_generatie_ook_voor_een_ander_proces():
    gemaakt = []

    def maak():
        gemaakt.append(1)
        return len(gemaakt)

    assert gedeeld.gedeeld("proef", maak) == 1
    assert gedeeld.gedeeld("proef", maak) == 1  # another request, another process: the cache
    gedeeld.vernieuw()
    assert gedeeld.gedeeld("proef", maak) == 2


def test_een_wijziging_tijdens_het_maken_maakt_het_resultaat_oud():
    """The generation is read before the data: what was read while a change committed is
    stored under the old generation and never used."""
    gemaakt = []

    def maak_terwijl_er_iets_verandert():
        gemaakt.append(1)
        if len(gemaakt) == 1:
            gedeeld.vernieuw()  # a change commits while the first request reads
        return len(gemaakt)

    assert gedeeld.gedeeld("proef", maak_terwijl_er_iets_verandert) == 1
    assert gedeeld.gedeeld("proef", maak_terwijl_er_iets_verandert) == 2
    assert gedeeld.gedeeld("proef", maak_terwijl_er_iets_verandert) == 2


def test_zonder_bereikbare_cache_wordt_het_steeds_gemaakt(monkeypatch):
    cache = gedeeld._cache()
    for methode in ("get", "add", "set"):
        monkeypatch.setattr(cache, methode, lambda *a, **k: None)
    monkeypatch.setattr(cache, "get_many", lambda *a, **k: {})
    gemaakt = []
    for _ in range(2):
        gedeeld.gedeeld("proef", lambda: gemaakt.append(1))
    assert len(gemaakt) == 2


# -- the main menu ---------------------------------------------------------------------------------


def test_menu_volgt_publiceren_privacy_en_depubliceren(anoniem, vastleggen):
    assert "Nieuw onderdeel" not in menu(anoniem)
    with vastleggen():
        pagina = InhoudPageFactory(title="Nieuw onderdeel", show_in_menus=True, publiceren=True)
    assert "Nieuw onderdeel" in menu(anoniem)
    with vastleggen():
        beperking = PageViewRestriction.objects.create(
            page=pagina, restriction_type=PageViewRestriction.LOGIN
        )
    assert "Nieuw onderdeel" not in menu(anoniem)  # a private page is never named
    with vastleggen():
        beperking.delete()
    assert "Nieuw onderdeel" in menu(anoniem)
    with vastleggen():
        pagina.unpublish()
    assert "Nieuw onderdeel" not in menu(anoniem)


def test_menu_ziet_een_wijziging_binnen_dezelfde_transactie(anoniem):
    """Before the commit (a test's transaction never commits) the change is there too."""
    menu(anoniem)
    InhoudPageFactory(title="Nog in de transactie", show_in_menus=True, publiceren=True)
    assert "Nog in de transactie" in menu(anoniem)


def test_warme_cache_leest_het_menu_niet_uit_de_database(anoniem):
    url = InhoudPageFactory(title="Gewone pagina", publiceren=True).url

    def queries():
        with CaptureQueriesContext(connection) as vastgelegd:
            assert anoniem.get(url).status_code == 200
        return [q["sql"] for q in vastgelegd if q["sql"].startswith("SELECT DISTINCT")]

    anoniem.get(url)
    assert queries() == []
    gedeeld.vernieuw()
    assert len(queries()) == 1  # the top-level pages, once per generation


# -- the register page and its privacy -------------------------------------------------------------


def test_registerpagina_besloten_maken_geldt_bij_het_volgende_verzoek(anoniem, vastleggen):
    afspraak = UitvoeringsafspraakFactory(titel="Afspraak achter het register", publiceren=True)
    adres = f"/afspraken/{afspraak.slug}/"
    assert anoniem.get(adres).status_code == 200
    register = AfsprakenRegisterPage.objects.live().get()
    with vastleggen():
        beperking = PageViewRestriction.objects.create(
            page=register, restriction_type=PageViewRestriction.LOGIN
        )
    for pad in (adres, "/afspraken/"):
        antwoord = anoniem.get(pad)
        assert antwoord.status_code == 302 and "/inloggen/" in antwoord["Location"], pad
    with vastleggen():
        beperking.delete()
    assert anoniem.get(adres).status_code == 200


def test_registerpagina_gedepubliceerd_geeft_404(anoniem, vastleggen):
    afspraak = UitvoeringsafspraakFactory(titel="Afspraak zonder register", publiceren=True)
    adres = f"/afspraken/{afspraak.slug}/"
    assert anoniem.get(adres).status_code == 200
    with vastleggen():
        AfsprakenRegisterPage.objects.live().get().unpublish()
    assert anoniem.get(adres).status_code == 404


# -- where a begrip is used ------------------------------------------------------------------------


def test_gebruik_van_een_begrip_volgt_afspraken_en_het_register(anoniem, vastleggen):
    begrip = BegripFactory(term="Kwelscherm", definitie="Een scherm tegen kwel.")
    adres = BegrippenIndexPage.objects.live().get().url_voor(begrip)
    assert "Afspraak over het kwelscherm" not in anoniem.get(adres).content.decode()
    with vastleggen():
        afspraak = UitvoeringsafspraakFactory(titel="Afspraak over het kwelscherm", publiceren=True)
    assert "Afspraak over het kwelscherm" in anoniem.get(adres).content.decode()
    with vastleggen():
        afspraak.unpublish()
    assert "Afspraak over het kwelscherm" not in anoniem.get(adres).content.decode()


def test_gebruik_van_een_begrip_volgt_de_privacy_van_het_register(anoniem, vastleggen):
    begrip = BegripFactory(term="Kwelsloot", definitie="Een sloot die kwel opvangt.")
    UitvoeringsafspraakFactory(titel="Afspraak over de kwelsloot", publiceren=True)
    adres = BegrippenIndexPage.objects.live().get().url_voor(begrip)
    assert "Afspraak over de kwelsloot" in anoniem.get(adres).content.decode()
    with vastleggen():
        PageViewRestriction.objects.create(
            page=AfsprakenRegisterPage.objects.live().get(),
            restriction_type=PageViewRestriction.LOGIN,
        )
    assert "Afspraak over de kwelsloot" not in anoniem.get(adres).content.decode()
