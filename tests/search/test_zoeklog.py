"""Issue 15.5: the search log (what people search for, what found nothing, which result they
opened; no personal data), the report in the admin and its retention."""

import datetime
import re
import threading
from html import unescape

import pytest

from django.contrib.auth.models import User
from django.db import IntegrityError, connection
from django.db.models import QuerySet
from django.utils import timezone

from kennisplatform import planner
from search import zoeklog
from search.beheer import rapportgegevens
from search.models import Zoekdocument, Zoekklik, Zoekvraag

pytestmark = pytest.mark.django_db

WERKRUIMTE_PAGINA = "Concept-verslag startbijeenkomst"


def _rij(vraag):
    return Zoekvraag.objects.get(vraag=vraag, dag=timezone.localdate())


def _resultaatlinks(html):
    return [
        unescape(h) for h in re.findall(r'<h3 class="utrecht-heading-3">.*?href="([^"]+)"', html)
    ]


def test_normaliseren_vouwt_en_knipt():
    assert zoeklog.normaliseer("  Coördinatie\tVTH  \n Utrecht ") == "coordinatie vth utrecht"
    assert len(zoeklog.normaliseer("woord " * 100)) <= 200
    assert zoeklog.normaliseer(" \x00 ") == ""


def test_zoekpagina_telt_de_vraag_zonder_persoonsgegevens(client):
    client.get("/zoeken/", {"q": "Omgevingsdienst  Utrecht"})
    client.force_login(User.objects.get(username="professional"))
    client.get("/zoeken/", {"q": " omgevingsdienst UTRECHT "})
    rij = _rij("omgevingsdienst utrecht")
    assert rij.aantal == 2
    assert rij.zonder_resultaat == 0
    assert rij.resultaten > 0
    # the row holds the question, the day and counts: nothing about who searched
    velden = {f.name for f in Zoekvraag._meta.get_fields()}
    assert velden == {"id", "vraag", "dag", "aantal", "zonder_resultaat", "resultaten"}


def test_alleen_een_nieuwe_vraag_telt(client):
    client.get("/zoeken/", {"q": "handhaving"})
    client.get("/zoeken/", {"q": "handhaving", "pagina": "2"})  # a next page
    client.get("/zoeken/", {"q": "handhaving", "pagina": "1"})  # back to the first page
    client.get("/zoeken/", {"q": "handhaving", "soort": "afspraak"})  # a filter refines it
    client.get("/api/zoeken/suggesties/", {"q": "handhaving"})  # autocomplete
    client.get(
        "/zoeken/", {"q": "handhaving"}, HTTP_USER_AGENT="Mozilla/5.0 (compatible; Googlebot/2.1)"
    )
    assert _rij("handhaving").aantal == 1
    client.get("/zoeken/", {"q": '"' * 3})  # nothing to search: no row
    assert not Zoekvraag.objects.exclude(vraag="handhaving").exists()


def test_api_zoeken_telt_ook(client):
    client.get("/api/v1/zoeken", {"q": "asbest"})
    client.get("/api/zoeken/", {"q": "asbest"})
    client.get("/api/v1/zoeken", {"q": "asbest", "pagina": 2})
    assert _rij("asbest").aantal == 2


def test_vraag_zonder_resultaat_wordt_geteld(client):
    antwoord = client.get("/zoeken/", {"q": "zqxwvkwartelbrq"})
    assert "0 resultaten" in antwoord.content.decode()
    rij = _rij("zqxwvkwartelbrq")
    assert (rij.aantal, rij.zonder_resultaat, rij.resultaten) == (1, 1, 0)


def test_een_fout_in_het_log_breekt_het_zoeken_niet(client, monkeypatch, caplog):
    def kapot(*args, **kwargs):
        raise RuntimeError("database weg")

    monkeypatch.setattr(zoeklog, "_tel", kapot)
    antwoord = client.get("/zoeken/", {"q": "handhaving"})
    assert antwoord.status_code == 200
    assert "resultaten voor" in antwoord.content.decode()
    assert "Zoekvraag niet gelogd" in caplog.text


def test_gelijktijdig_aanmaken_telt_toch(monkeypatch):
    """Two requests see no row and both create it: the loser's IntegrityError becomes an
    update, so both searches count."""
    zoeklog.log_zoekvraag("bodem", 3)
    echte_update = QuerySet.update
    eerste = {"keer": 0}

    def update_mist_de_rij_eerst(self, **kwargs):
        if self.model is Zoekvraag and eerste["keer"] == 0:
            eerste["keer"] += 1
            return 0  # as if the other request had not committed its row yet
        return echte_update(self, **kwargs)

    monkeypatch.setattr(QuerySet, "update", update_mist_de_rij_eerst)
    zoeklog.log_zoekvraag("Bodem", 0)
    rij = _rij("bodem")
    assert (rij.aantal, rij.zonder_resultaat, rij.resultaten) == (2, 1, 0)
    with pytest.raises(IntegrityError):  # the constraint that makes this safe is there
        Zoekvraag.objects.create(vraag="bodem", dag=timezone.localdate())


def test_klik_telt_en_stuurt_door_naar_het_resultaat(client):
    html = client.get("/zoeken/", {"q": "Omgevingsdienst Utrecht"}).content.decode()
    link = _resultaatlinks(html)[0]
    assert link.startswith("/zoeken/klik/?q=Omgevingsdienst%20Utrecht&r=")
    antwoord = client.get(link)
    assert antwoord.status_code == 302
    doc = Zoekdocument.objects.get(
        sleutel=antwoord.url and link.split("&r=")[1].replace("%3A", ":")
    )
    assert antwoord.url == doc.url
    klik = Zoekklik.objects.get()
    assert (klik.vraag, klik.sleutel, klik.titel, klik.aantal) == (
        "omgevingsdienst utrecht",
        doc.sleutel,
        doc.titel,
        1,
    )
    client.get(link)
    assert Zoekklik.objects.get().aantal == 2


def test_klik_is_geen_open_redirect_en_lekt_niets(client):
    besloten = Zoekdocument.objects.get(titel=WERKRUIMTE_PAGINA)
    for r in ["https://kwaadaardig.example/", "onbekend:1", "", besloten.sleutel]:
        antwoord = client.get("/zoeken/klik/", {"q": "verslag", "r": r})
        assert antwoord.status_code == 404, r
    assert not Zoekklik.objects.exists()
    client.force_login(User.objects.get(username="groepslid"))  # a member may open it
    antwoord = client.get("/zoeken/klik/", {"q": "verslag", "r": besloten.sleutel})
    assert antwoord.status_code == 302 and antwoord.url == besloten.url


def test_zoekvragenrapport_toont_vraag_zonder_resultaat(client):
    """The zero-results report lists a question that found nothing."""
    client.get("/zoeken/", {"q": "zqxwvkwartelbrq"})
    client.get("/zoeken/", {"q": "handhaving"})
    html = client.get("/zoeken/", {"q": "handhaving"}).content.decode()
    client.get(_resultaatlinks(html)[0])
    client.force_login(User.objects.get(username="coordinator"))
    antwoord = client.get("/admin/zoekvragen/", {"dagen": "7"})
    assert antwoord.status_code == 200
    tekst = antwoord.content.decode()
    vaakst, zonder = tekst.split('id="zonder-kop"')
    assert vaakst.index(">handhaving<") < vaakst.index(">zqxwvkwartelbrq<")
    assert "zqxwvkwartelbrq" in zonder and "handhaving" not in zonder
    titel = Zoekklik.objects.get().titel
    assert f"{titel} (1×)" in unescape(vaakst)
    csv = client.get("/admin/zoekvragen/", {"dagen": "30", "export": "csv"})
    assert csv["Content-Type"].startswith("text/csv")
    regels = csv.content.decode().splitlines()
    assert regels[1].startswith("handhaving,2,0,1,")
    assert "zqxwvkwartelbrq,1,1,0," in regels


def test_rapport_telt_over_de_gekozen_periode():
    vandaag = timezone.localdate()
    for dagen_terug, aantal in [(0, 1), (6, 2), (7, 4), (40, 8)]:
        Zoekvraag.objects.create(
            vraag="erfgoed", dag=vandaag - datetime.timedelta(days=dagen_terug), aantal=aantal
        )
    totaal = {d: rapportgegevens(d, vandaag)["vaakst"][0]["totaal"] for d in (7, 30, 90)}
    assert totaal == {7: 3, 30: 7, 90: 15}


@pytest.mark.parametrize("rol, status", [("trekker", 403), ("professional", 302)])
def test_rapport_niet_voor_trekkers(client, rol, status):
    zoeklog.log_zoekvraag("kwartelkoning", 0)
    client.force_login(User.objects.get(username=rol))
    antwoord = client.get("/admin/zoekvragen/")
    assert antwoord.status_code == status
    assert "kwartelkoning" not in antwoord.content.decode()
    assert client.get("/admin/zoekvragen/", {"export": "csv"}).status_code == status


def test_rapport_in_menu_alleen_voor_wie_het_mag(client):
    for rol, zichtbaar in [("coordinator", True), ("beheerder", True), ("trekker", False)]:
        client.force_login(User.objects.get(username=rol))
        html = client.get("/admin/").content.decode()
        assert ("/admin/zoekvragen/" in html) is zichtbaar, rol


def test_planner_ruimt_het_log_op(settings):
    vandaag = timezone.localdate()
    oud = vandaag - datetime.timedelta(days=401)
    Zoekvraag.objects.create(vraag="oud", dag=oud, aantal=1)
    Zoekklik.objects.create(vraag="oud", dag=oud, sleutel="x:1", aantal=1)
    Zoekvraag.objects.create(vraag="recent", dag=vandaag - datetime.timedelta(days=399), aantal=1)
    job = next(j for j in planner.JOBS if j.naam == "zoeklog_opruimen")
    assert job.dagelijks
    assert settings.ZOEKLOG_BEWAARD_DAGEN == 400
    job.doe("2026-12-06")
    assert list(Zoekvraag.objects.values_list("vraag", flat=True)) == ["recent"]
    assert not Zoekklik.objects.exists()
    settings.ZOEKLOG_BEWAARD_DAGEN = 10
    job.doe("2026-12-07")
    assert not Zoekvraag.objects.exists()


@pytest.mark.skipif("connection.vendor != 'postgresql'")
@pytest.mark.transactioneel
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_gelijktijdige_zoekopdrachten_tellen_allemaal():
    """Eight requests (threads, each its own database connection) ask a new question at the
    same moment: the first creates the row, the others count on it; none is lost."""
    start = threading.Barrier(8)

    def verzoek():
        start.wait()
        zoeklog.log_zoekvraag("tegelijk gezocht", 4)
        connection.close()

    draden = [threading.Thread(target=verzoek) for _ in range(8)]
    for draad in draden:
        draad.start()
    for draad in draden:
        draad.join()
    assert _rij("tegelijk gezocht").aantal == 8
