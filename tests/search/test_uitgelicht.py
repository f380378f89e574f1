"""Issue 15.5: results that editors promote for a question ("Uitgelicht") come first, once,
only for whoever may see them, and are managed by coördinatoren in the admin."""

import re

import pytest

from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search.models import Indexversie, Promotie, Zoekdocument
from search.zoeker import zoek, zoek_objecten

pytestmark = pytest.mark.django_db

WERKRUIMTE_PAGINA = "Concept-verslag startbijeenkomst"
VRAAG = "handhaving"


def _doc_buiten_de_resultaten(vraag):
    """A public search document that the question does not find by itself."""
    gevonden = set(zoek(vraag, per_pagina=500).ids)
    return (
        Zoekdocument.objects.filter(toegang="openbaar")
        .exclude(url="")
        .exclude(pk__in=gevonden)
        .order_by("pk")
        .first()
    )


def test_uitgelicht_resultaat_staat_eerst_voor_zijn_vraag(client):
    """A promoted result appears first for its question."""
    zonder = zoek(VRAAG)
    laatste = Zoekdocument.objects.get(pk=zoek(VRAAG, per_pagina=500).ids[-1])
    extra = _doc_buiten_de_resultaten(VRAAG)
    Promotie.objects.create(
        vraag=VRAAG, sleutel=extra.sleutel, volgorde=1, toelichting="Lees dit eerst."
    )
    Promotie.objects.create(vraag=VRAAG, sleutel=laatste.sleutel, volgorde=2)
    uitkomst = zoek("  Handhaving ")  # normalised like the log
    assert [r.doc for r in uitkomst.resultaten[:2]] == [extra, laatste]
    assert [r.uitgelicht for r in uitkomst.resultaten[:3]] == [True, True, False]
    # not twice, and counted once: the one that was found anyway moved up
    assert uitkomst.count == zonder.count + 1
    assert uitkomst.ids.count(laatste.pk) == 1
    assert laatste not in [r.doc for r in zoek(VRAAG, pagina=uitkomst.paginas).resultaten]
    # on the page: first, marked "Uitgelicht" in its heading, with the editors' explanation
    html = client.get("/zoeken/", {"q": "HANDHAVING"}).content.decode()
    eerste = html[html.index('class="kp-resultatenlijst"') :].split("</li>")[0]
    assert "kp-resultaat--uitgelicht" in eerste
    assert re.search(
        r'<h3 class="utrecht-heading-3"><span class="kp-uitgelicht">Uitgelicht', eerste
    )
    assert extra.titel in eerste and "Lees dit eerst." in eerste
    # another question is not affected
    assert extra not in [r.doc for r in zoek("handhavingsstrategie").resultaten[:1]]
    # the API gives the same order
    antwoord = client.get("/api/v1/zoeken", {"q": VRAAG}).json()
    assert antwoord["results"][0]["titel"] == extra.titel


def test_uitgelicht_besloten_resultaat_niet_voor_bezoeker(gebruiker):
    """A promoted private result does not appear for an anonymous visitor and does not change
    the count (nor the facets)."""
    besloten = Zoekdocument.objects.get(titel=WERKRUIMTE_PAGINA)
    voor = zoek(VRAAG)
    Promotie.objects.create(vraag=VRAAG, sleutel=besloten.sleutel)
    na = zoek(VRAAG)
    assert besloten.pk not in na.ids
    assert (na.count, na.facetten) == (voor.count, voor.facetten)
    assert [r.doc for r in na.resultaten] == [r.doc for r in voor.resultaten]
    # a member of the group sees it, first
    lid = zoek(VRAAG, gebruiker("groepslid"))
    assert lid.resultaten[0].doc == besloten and lid.resultaten[0].uitgelicht


def test_uitgelicht_volgt_de_filters():
    extra = _doc_buiten_de_resultaten(VRAAG)
    Promotie.objects.create(vraag=VRAAG, sleutel=extra.sleutel)
    andere_soort = "begrip" if extra.soort != "begrip" else "afspraak"
    assert extra.pk not in zoek(VRAAG, filters={"soort": andere_soort}).ids
    assert zoek(VRAAG, filters={"soort": extra.soort}).resultaten[0].doc == extra
    # an app that searches its own list gets it too (zoek_objecten)
    assert zoek_objecten(VRAAG, extra.soort).objecten[0] == extra.object_pk


def test_verdwenen_resultaat_wordt_overgeslagen():
    Promotie.objects.create(vraag=VRAAG, sleutel="pagina:999999")
    assert zoek(VRAAG).count == zoek("handhaving ").count > 0


# --- the admin ---------------------------------------------------------------------------


def _inloggen(client, rol):
    client.force_login(User.objects.get(username=rol))


def test_coordinator_licht_een_resultaat_uit(client):
    _inloggen(client, "coordinator")
    assert client.get("/admin/zoeken/uitgelicht/").status_code == 200
    formulier = client.get("/admin/zoeken/uitgelicht/new/", {"vraag": "Geen  Resultaat"})
    assert 'value="geen resultaat"' in formulier.content.decode()
    doc = Zoekdocument.objects.filter(toegang="openbaar").exclude(url="").order_by("pk").first()
    gegevens = {"vraag": "  Omgevingsdienst UTRECHT ", "resultaat": doc.pk, "volgorde": 0}
    antwoord = client.post("/admin/zoeken/uitgelicht/new/", {**gegevens, "toelichting": ""})
    assert antwoord.status_code == 302
    promotie = Promotie.objects.get()
    assert (promotie.vraag, promotie.sleutel) == ("omgevingsdienst utrecht", doc.sleutel)
    lijst = client.get("/admin/zoeken/uitgelicht/").content.decode()
    assert doc.titel in lijst
    # the same result twice for one question: a Dutch message, nothing saved
    antwoord = client.post("/admin/zoeken/uitgelicht/new/", {**gegevens, "toelichting": ""})
    assert antwoord.status_code == 200
    assert "Dit resultaat is al uitgelicht bij deze zoekvraag." in antwoord.content.decode()
    assert Promotie.objects.count() == 1
    # editing keeps the chosen result
    bewerk = client.get(f"/admin/zoeken/uitgelicht/edit/{promotie.pk}/").content.decode()
    assert doc.titel in bewerk


@pytest.mark.parametrize(
    "gegevens, melding",
    [
        ({"vraag": "  ", "resultaat": ""}, "Vul de zoekvraag in."),
        ({"vraag": "iets", "resultaat": ""}, "Kies het resultaat dat bovenaan moet staan."),
        ({"vraag": "iets", "resultaat": "besloten"}, "niet (meer) openbaar te vinden"),
        ({"vraag": "iets", "resultaat": "abc"}, "niet (meer) openbaar te vinden"),
    ],
)
def test_ongeldige_promotie_krijgt_nederlandse_melding(client, gegevens, melding):
    _inloggen(client, "coordinator")
    if gegevens["resultaat"] == "besloten":
        gegevens["resultaat"] = Zoekdocument.objects.get(titel=WERKRUIMTE_PAGINA).pk
    antwoord = client.post("/admin/zoeken/uitgelicht/new/", {**gegevens, "volgorde": 0})
    assert antwoord.status_code == 200
    assert melding in antwoord.content.decode()
    assert not Promotie.objects.exists()


def test_kiezer_toont_alleen_openbare_resultaten(client):
    _inloggen(client, "coordinator")
    besloten = Zoekdocument.objects.get(titel=WERKRUIMTE_PAGINA)
    antwoord = client.get("/admin/zoeken/kiezen/results/", {"q": "startbijeenkomst"})
    assert antwoord.status_code == 200
    html = antwoord.content.decode()
    assert WERKRUIMTE_PAGINA not in html
    assert client.get(f"/admin/zoeken/kiezen/chosen/{besloten.pk}/").status_code == 404
    openbaar = Zoekdocument.objects.filter(toegang="openbaar").exclude(url="").first()
    gekozen = client.get(f"/admin/zoeken/kiezen/chosen/{openbaar.pk}/")
    assert gekozen.status_code == 200 and openbaar.titel in gekozen.content.decode()


def test_trekker_beheert_geen_uitgelichte_resultaten(client):
    _inloggen(client, "trekker")
    for url in ["/admin/zoeken/uitgelicht/", "/admin/zoeken/uitgelicht/new/"]:
        assert client.get(url).status_code in (302, 403), url
    doc = Zoekdocument.objects.filter(toegang="openbaar").exclude(url="").first()
    client.post("/admin/zoeken/uitgelicht/new/", {"vraag": "x", "resultaat": doc.pk, "volgorde": 0})
    assert not Promotie.objects.exists()


# --- remembered per index version (no query per search) ----------------------------------


def _vraagt_promoties(queries):
    return any("search_promotie" in q["sql"] for q in queries)


def test_zoeken_vraagt_niets_over_promoties_zolang_er_geen_veranderen():
    zoek(VRAAG)  # the memo of this index version is made
    with CaptureQueriesContext(connection) as vragen:
        zoek(VRAAG)
        zoek("omgevingsdienst")
    assert not _vraagt_promoties(vragen.captured_queries)


def test_nieuwe_promotie_staat_bij_de_volgende_zoekvraag_erbij(
    django_capture_on_commit_callbacks,
):
    """A change raises the index version in the database when it commits: every process
    (gunicorn worker) reads it on its next request and forgets its memo."""
    extra = _doc_buiten_de_resultaten(VRAAG)
    zoek(VRAAG)
    voor = Indexversie.objects.filter(pk=1).values_list("versie", flat=True).first() or 0
    with django_capture_on_commit_callbacks(execute=True):
        promotie = Promotie.objects.create(vraag=VRAAG, sleutel=extra.sleutel)
    assert Indexversie.objects.get(pk=1).versie > voor
    assert zoek(VRAAG).resultaten[0].doc == extra
    promotie.delete()
    assert extra.pk not in zoek(VRAAG).ids
