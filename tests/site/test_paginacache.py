"""Issue 16.2: the anonymous page cache. A second anonymous request comes from the shared cache;
each kind of change is visible to an anonymous reader on the next request; what is personal,
private or has a form never comes from the cache or goes into it."""

import datetime

import pytest

from django.contrib.auth.models import User
from django.core.cache import caches
from django.test import Client
from django.urls import reverse

from wagtail.models import Page, PageViewRestriction

from afspraken.importeren import importeer
from afspraken.models import Uitvoeringsafspraak
from begrippen.models import Begrip, BegrippenIndexPage
from kennisplatform.models import InhoudPage
from materialen.models import Sjabloon
from organisaties.models import Organisatie, Overleg
from redactie.demo import demo_groep
from search.models import Zoekvraag
from tests.factories import DocumentFactory, InhoudPageFactory, UitvoeringsafspraakFactory
from tests.helpers.redactie import werkruimte_van

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def paginacache_aan(settings):
    settings.PAGINACACHE = True
    settings.PAGINACACHE_MAX_AGE = 60


def gecachet(anoniem, url):
    """Request url twice anonymously; the second answer comes from the cache."""
    eerste = anoniem.get(url)
    assert eerste.status_code == 200, url
    assert eerste["X-Paginacache"] == "MISS"
    tweede = anoniem.get(url)
    assert tweede["X-Paginacache"] == "HIT"
    assert tweede.content == eerste.content
    return tweede.content.decode()


def niet_gecachet(bezoeker, url, status=200):
    for _ in range(2):
        antwoord = bezoeker.get(url)
        assert antwoord.status_code == status, url
        assert "X-Paginacache" not in antwoord
    return antwoord


# -- the cache itself ----------------------------------------------------------------------------


def test_tweede_anonieme_aanvraag_komt_uit_de_cache(anoniem):
    html = gecachet(anoniem, "/")
    assert "Kennisplatform" in html
    antwoord = anoniem.get("/")
    assert antwoord["Cache-Control"] == "public, max-age=60"
    assert "Cookie" in antwoord["Vary"]
    assert antwoord["ETag"]
    # the headers of the middleware outside the cache are there on a copy too
    assert "Content-Security-Policy" in antwoord and "X-Request-ID" in antwoord
    assert anoniem.head("/")["X-Paginacache"] == "HIT"


def test_etag_geeft_304_uit_de_cache_en_zonder(anoniem, settings):
    eerste = anoniem.get("/afspraken/")
    herhaald = anoniem.get("/afspraken/", headers={"if-none-match": eerste["ETag"]})
    assert herhaald.status_code == 304 and herhaald.content == b""
    anders = anoniem.get("/afspraken/", headers={"if-none-match": '"iets-anders"'})
    assert anders.status_code == 200 and anders["X-Paginacache"] == "HIT"
    # an answer rendered without the cache gets its ETag and 304 as well
    settings.PAGINACACHE = False
    vers = anoniem.get("/afspraken/")
    assert "X-Paginacache" not in vers and vers["ETag"] == eerste["ETag"]
    assert anoniem.get("/afspraken/", headers={"if-none-match": vers["ETag"]}).status_code == 304


def test_filters_in_andere_volgorde_zijn_dezelfde_pagina(anoniem):
    assert anoniem.get("/afspraken/?status=vastgesteld&sortering=titel")["X-Paginacache"] == "MISS"
    assert anoniem.get("/afspraken/?sortering=titel&status=vastgesteld")["X-Paginacache"] == "HIT"
    assert anoniem.get("/afspraken/?status=concept")["X-Paginacache"] == "MISS"


def test_feed_json_en_begrippen_worden_gecachet(anoniem):
    gecachet(anoniem, "/afspraken/feed/")
    gecachet(anoniem, "/api/afspraken/")
    gecachet(anoniem, "/api/v1/afspraken")
    gecachet(anoniem, BegrippenIndexPage.objects.get().url)


def test_uit_zonder_paginacache(anoniem, settings):
    settings.PAGINACACHE = False
    niet_gecachet(anoniem, "/")


# -- every kind of change is visible on the next request ----------------------------------------


def test_publiceren_is_meteen_zichtbaar(anoniem, vastleggen):
    groep = demo_groep()
    assert "Nieuwe naam van de groep" not in gecachet(anoniem, groep.url)
    groep.title = "Nieuwe naam van de groep"
    with vastleggen():
        groep.save_revision().publish()
    antwoord = anoniem.get(groep.url)
    assert antwoord["X-Paginacache"] == "MISS"
    assert "Nieuwe naam van de groep" in antwoord.content.decode()


def test_een_concept_opslaan_laat_de_cache_staan(anoniem, vastleggen):
    groep = demo_groep()
    gecachet(anoniem, groep.url)
    groep.title = "Nog niet gepubliceerd"
    with vastleggen():
        groep.save_revision()
    assert anoniem.get(groep.url)["X-Paginacache"] == "HIT"


def test_depubliceren_is_meteen_zichtbaar(anoniem, vastleggen):
    pagina = InhoudPageFactory(title="Tijdelijke pagina", publiceren=True)
    gecachet(anoniem, pagina.url)
    with vastleggen():
        pagina.unpublish()
    assert anoniem.get(pagina.url).status_code == 404


def test_verplaatsen_is_meteen_zichtbaar(anoniem, vastleggen):
    pagina = InhoudPageFactory(title="Verhuizende pagina", publiceren=True)
    oud = pagina.url
    gecachet(anoniem, oud)
    doel = InhoudPage.objects.get(slug="convenant")
    with vastleggen():
        pagina.move(doel, pos="last-child")
    verhuisd = anoniem.get(oud)  # Wagtail leaves a redirect behind
    assert verhuisd.status_code == 301 and "X-Paginacache" not in verhuisd
    assert anoniem.get(Page.objects.get(pk=pagina.pk).url).status_code == 200


def test_verwijderen_is_meteen_zichtbaar(anoniem, vastleggen):
    pagina = InhoudPageFactory(title="Weg te halen pagina", publiceren=True)
    gecachet(anoniem, pagina.url)
    url = pagina.url
    with vastleggen():
        pagina.delete()
    assert anoniem.get(url).status_code == 404


def _csv(tekst):
    with open("tests/data/afspraken_voorbeeld.csv", encoding="utf-8") as bestand:
        kop, rij = bestand.readline(), bestand.readline()
    oud = rij.split(",Gemeenten en provincie brengen")[1].split(";")[0]
    return (kop + rij.replace(oud, f" {tekst}")).encode()


def test_een_import_is_meteen_zichtbaar(anoniem, vastleggen):
    """New agreements are written in bulk, without model signals."""
    gecachet(anoniem, "/api/afspraken/?q=paginacacheproef")
    gecachet(anoniem, "/afspraken/?sortering=nieuw")
    aantal = Uitvoeringsafspraak.objects.count()
    with vastleggen():
        resultaat = importeer(_csv("bewaren paginacacheproef"))
    assert len(resultaat.nieuw) == 1 and Uitvoeringsafspraak.objects.count() == aantal + 1
    nieuw = Uitvoeringsafspraak.objects.order_by("-pk").first()
    antwoord = anoniem.get("/api/afspraken/?q=paginacacheproef")
    assert antwoord["X-Paginacache"] == "MISS"
    assert nieuw.code in antwoord.content.decode()
    assert anoniem.get("/afspraken/?sortering=nieuw")["X-Paginacache"] == "MISS"


def test_een_vaststelling_is_meteen_zichtbaar(anoniem, client, vastleggen):
    afspraak = UitvoeringsafspraakFactory(
        groep=demo_groep(), status="in afstemming", publiceren=True
    )
    coordinator = User.objects.get(username="coordinator")
    afspraak.get_workflow().start(afspraak, User.objects.get(username="trekker"))
    html = gecachet(anoniem, afspraak.get_url())
    assert "Status: Vastgesteld" not in html and "12 maart 2026" not in html
    overleg = Overleg.objects.get(afkorting="B-PSO")
    client.force_login(coordinator)
    taak = afspraak.current_workflow_state.current_task_state
    actie = reverse(
        "wagtailsnippets_afspraken_uitvoeringsafspraak:workflow_action",
        args=[afspraak.pk, "vaststellen", taak.pk],
    )
    with vastleggen():
        antwoord = client.post(
            actie,
            {"vastgesteld_in": "", "vastgesteld_door": overleg.pk, "vastgesteld_op": "2026-03-12"},
        )
    assert antwoord.status_code == 302
    afspraak.refresh_from_db()
    assert afspraak.status == "vastgesteld" and afspraak.vastgesteld_op == datetime.date(
        2026, 3, 12
    )
    antwoord = anoniem.get(afspraak.get_url())
    assert antwoord["X-Paginacache"] == "MISS"
    html = antwoord.content.decode()
    assert "Status: Vastgesteld" in html and "op 12 maart 2026" in html


def test_een_begrip_wijzigen_of_verwijderen_is_meteen_zichtbaar(anoniem, vastleggen):
    begrip = Begrip.objects.order_by("pk").first()
    url = BegrippenIndexPage.objects.get().url_voor(begrip)
    assert "Een nieuwe definitie." not in gecachet(anoniem, url)
    assert f'href="{url}"' in gecachet(anoniem, BegrippenIndexPage.objects.get().url)
    begrip.definitie = "Een nieuwe definitie."
    with vastleggen():
        begrip.save()
    assert "Een nieuwe definitie." in anoniem.get(url).content.decode()
    with vastleggen():
        begrip.delete()
    assert anoniem.get(url).status_code == 404
    assert f'href="{url}"' not in anoniem.get(BegrippenIndexPage.objects.get().url).content.decode()


def test_een_organisatie_wijzigen_is_meteen_zichtbaar(anoniem, vastleggen):
    organisatie = Organisatie.objects.order_by("pk").first()
    gecachet(anoniem, "/organisaties/")
    organisatie.naam = "Gemeente Paginacachestad"
    with vastleggen():
        organisatie.save()
    assert "Gemeente Paginacachestad" in anoniem.get("/organisaties/").content.decode()


def test_zoeklog_en_inlogpogingen_laten_de_cache_staan(anoniem, vastleggen):
    gecachet(anoniem, "/")
    with vastleggen():
        assert anoniem.get("/zoeken/?q=vergunning").status_code == 200
        anoniem.post("/inloggen/", {"username": "bestaat-niet", "password": "fout-wachtwoord"})
    assert Zoekvraag.objects.exists()
    assert Client().get("/")["X-Paginacache"] == "HIT"


# -- never from the shared cache -----------------------------------------------------------------


def test_ingelogd_altijd_vers_en_privé(anoniem, client):
    gecachet(anoniem, "/")
    client.force_login(User.objects.get(username="groepslid"))
    antwoord = niet_gecachet(client, "/")
    assert "Ingelogd als" in antwoord.content.decode()
    assert "private" in antwoord["Cache-Control"] and "public" not in antwoord["Cache-Control"]
    # and what a logged-in reader got is never given to the next anonymous one
    client.get("/kennisnetwerken/")
    assert Client().get("/kennisnetwerken/")["X-Paginacache"] == "MISS"


def test_beheer_nooit_uit_de_cache(client):
    niet_gecachet(Client(), "/admin/", status=302)
    client.force_login(User.objects.get(username="beheerder"))
    niet_gecachet(client, "/admin/")


def test_werkruimte_nooit_uit_de_cache(client, vastleggen):
    werkruimte = werkruimte_van(demo_groep())
    niet_gecachet(Client(), werkruimte.url, status=302)
    client.force_login(User.objects.get(username="groepslid"))
    niet_gecachet(client, werkruimte.url)
    # even when its view restriction is gone by mistake, a workspace is never stored
    with vastleggen():
        PageViewRestriction.objects.filter(page=werkruimte).delete()
    assert not werkruimte.get_view_restrictions().exists()
    niet_gecachet(Client(), werkruimte.url)


def test_besloten_pagina_nooit_uit_de_cache(anoniem, vastleggen):
    pagina = InhoudPageFactory(title="Pagina met wachtwoord", publiceren=True)
    gecachet(anoniem, pagina.url)  # still public: cached, until the restriction comes
    with vastleggen():
        PageViewRestriction.objects.create(
            page=pagina, restriction_type=PageViewRestriction.PASSWORD, password="geheimpje"
        )
    antwoord = niet_gecachet(Client(), pagina.url)  # the password form, with a CSRF token
    assert "csrfmiddlewaretoken" in antwoord.content.decode()


def test_besloten_documenten_nooit_uit_de_cache(client):
    groep = demo_groep()
    besloten = DocumentFactory(title="besloten-stuk", collection=groep.rechten.werkruimte_collectie)
    openbaar = DocumentFactory(title="openbaar-stuk", collection=groep.rechten.collectie)
    niet_gecachet(Client(), openbaar.url)
    assert Client().get(besloten.url).status_code != 200
    client.force_login(User.objects.get(username="groepslid"))
    niet_gecachet(client, besloten.url)
    assert Client().get(besloten.url).status_code != 200


def test_zoeken_nooit_uit_de_cache(client):
    voor = Zoekvraag.objects.count()
    niet_gecachet(Client(), "/zoeken/?q=vergunning")
    client.force_login(User.objects.get(username="groepslid"))
    niet_gecachet(client, "/zoeken/?q=vergunning")
    niet_gecachet(client, "/api/zoeken/?q=vergunning")
    assert Zoekvraag.objects.count() > voor


def test_pagina_met_formulier_nooit_uit_de_cache(anoniem):
    sjabloon = Sjabloon.objects.first()
    antwoord = niet_gecachet(anoniem, reverse("materialen:sjabloon", args=[sjabloon.pk]))
    assert "csrfmiddlewaretoken" in antwoord.content.decode()


def test_onbereikbare_cache_bij_verversen_wordt_gelogd(vastleggen, monkeypatch, caplog):
    """Redis down while something is published: the new generation is lost, and said so."""
    monkeypatch.setattr(caches["default"], "in_storing", lambda: True, raising=False)
    with vastleggen():
        Organisatie.objects.order_by("pk").first().save()
    assert "De paginacache kon niet worden ververst" in caplog.text
