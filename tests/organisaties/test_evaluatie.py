"""The evaluation cycle of the convenant (art. 9, issue 14.6): the milestones on the
overlegstructuur page with their status, the responsible overleg and the public report; the
reminders to the coördinatoren, once per milestone; the demo milestones from the yaml."""

import datetime
import re
import threading

import pytest

from django.contrib.auth.models import User
from django.core import mail
from django.db import connection
from django.test import override_settings
from django.utils import timezone

from wagtail.models import Collection, CollectionViewRestriction

from kennisplatform import planner
from kennisplatform.demo.laden import _evaluatie
from organisaties.models import Evaluatiemoment, Overleg, OverlegstructuurPage
from samenwerking import evaluatie
from samenwerking.taken import stuur_evaluatieherinneringen_taak
from tests.factories import DocumentFactory, GebruikerFactory, OverlegFactory

pytestmark = pytest.mark.django_db

VANDAAG = datetime.date(2027, 3, 1)
DAG = datetime.timedelta(days=1)


def _moment(titel, datum, **velden):
    overleg = velden.pop("overleg", None) or Overleg.objects.filter(afkorting="B-PSO").first()
    return Evaluatiemoment.objects.create(
        titel=titel, datum=datum, overleg=overleg or OverlegFactory(), **velden
    )


def _sectie(html):
    begin = html.index('id="evaluatie-kop"')
    return html[begin : html.index("</section>", begin)]


def _item(html, moment):
    begin = html.index(f'id="evaluatie-{moment.pk}"')
    return html[begin : html.index("</li>", begin)]


# -- The page ---------------------------------------------------------------------------


def test_pagina_toont_mijlpalen_met_status_overleg_en_openbaar_rapport(client):
    Evaluatiemoment.objects.all().delete()
    vandaag = timezone.localdate()
    overleg = OverlegFactory(naam="Stuurgroep Evaluatietest")
    openbaar = DocumentFactory(title="Evaluatierapport 2026-2027")
    besloten_map = Collection.get_first_root_node().add_child(name="Besloten evaluatie")
    CollectionViewRestriction.objects.create(
        collection=besloten_map, restriction_type=CollectionViewRestriction.LOGIN
    )
    besloten = DocumentFactory(title="Concept evaluatierapport", collection=besloten_map)
    klaar = _moment(
        "Evaluatiekader vastgesteld",
        vandaag - 40 * DAG,
        afgerond_op=vandaag - 41 * DAG,
        rapport=openbaar,
        overleg=overleg,
    )
    laat = _moment("Uitkomsten gedeeld", vandaag - DAG, rapport=besloten)
    komend = _moment("B-PSO stelt vast", vandaag + 90 * DAG)

    html = client.get(OverlegstructuurPage.objects.get().url).content.decode()
    sectie = _sectie(html)
    # in date order, each with its status in words
    assert sectie.index(klaar.titel) < sectie.index(laat.titel) < sectie.index(komend.titel)
    assert "afgerond op" in _item(sectie, klaar)
    assert ">te laat<" in _item(sectie, laat)
    assert ">komend<" in _item(sectie, komend)
    assert f'<time datetime="{komend.datum:%Y-%m-%d}">' in _item(sectie, komend)
    # the responsible overleg links to its own page
    assert f'href="{overleg.get_absolute_url()}">Stuurgroep Evaluatietest</a>' in sectie
    # the public report is linked; the one in a private collection is not even named
    assert f'href="{openbaar.url}"' in _item(sectie, klaar)
    assert besloten.title not in html and besloten.url not in html


def test_pagina_zonder_mijlpalen_toont_geen_lege_sectie(client):
    Evaluatiemoment.objects.all().delete()
    antwoord = client.get(OverlegstructuurPage.objects.get().url)
    assert antwoord.status_code == 200
    assert 'id="evaluatie-kop"' not in antwoord.content.decode()


def test_status_volgt_de_datum():
    moment = Evaluatiemoment(titel="x", datum=VANDAAG)
    assert evaluatie.status(moment, VANDAAG) == evaluatie.KOMEND
    assert evaluatie.status(moment, VANDAAG + DAG) == evaluatie.TE_LAAT
    moment.afgerond_op = VANDAAG + DAG
    assert evaluatie.status(moment, VANDAAG + 5 * DAG) == evaluatie.AFGEROND


# -- Reminders --------------------------------------------------------------------------


@pytest.fixture
def coordinator():
    Evaluatiemoment.objects.all().delete()
    mail.outbox.clear()
    return GebruikerFactory(username="coordinator-evaluatie", rol="coordinator")


def _aan(adres):
    return [m for m in mail.outbox if m.to == [adres]]


def test_herinnering_een_keer_per_mijlpaal(coordinator):
    moment = _moment("Uitkomsten delen met stuurgroep en B-PSO", VANDAAG + 30 * DAG)
    assert evaluatie.stuur_herinneringen(VANDAAG) == 1
    berichten = _aan(coordinator.email)
    assert len(berichten) == 1
    bericht = berichten[0]
    assert "Uitkomsten delen met stuurgroep en B-PSO" in bericht.subject
    assert "31-03-2027" in bericht.subject
    assert "Over 30 dagen" in bericht.body and "Verantwoordelijk overleg" in bericht.body
    assert f"/admin/snippets/organisaties/evaluatiemoment/edit/{moment.pk}/" in bericht.body
    assert re.search(r"https?://", bericht.body)
    moment.refresh_from_db()
    assert moment.herinnerd_op == VANDAAG

    # the next day, or a second run the same day: nothing again
    assert evaluatie.stuur_herinneringen(VANDAAG) == 0
    assert evaluatie.stuur_herinneringen(VANDAAG + DAG) == 0
    assert len(_aan(coordinator.email)) == 1


def test_geen_herinnering_te_vroeg_of_voor_afgerond(coordinator):
    _moment("Nog ver weg", VANDAAG + 31 * DAG)
    _moment("Al gedaan", VANDAAG + 5 * DAG, afgerond_op=VANDAAG - DAG)
    _moment("Al voorbij", VANDAAG - DAG)
    assert evaluatie.stuur_herinneringen(VANDAAG) == 0
    assert _aan(coordinator.email) == []
    # a day later the first one is due
    assert evaluatie.stuur_herinneringen(VANDAAG + DAG) == 1
    assert ["Nog ver weg" in m.subject for m in _aan(coordinator.email)] == [True]


@override_settings(EVALUATIE_HERINNERING_DAGEN=7)
def test_aantal_dagen_is_een_instelling(coordinator):
    _moment("Over tien dagen", VANDAAG + 10 * DAG)
    assert evaluatie.stuur_herinneringen(VANDAAG) == 0
    assert evaluatie.stuur_herinneringen(VANDAAG + 3 * DAG) == 1


def test_alleen_actieve_coordinatoren_met_adres(coordinator):
    GebruikerFactory(username="trekker-evaluatie", rol="trekker")
    GebruikerFactory(username="oud-coordinator", rol="coordinator", is_active=False)
    _moment("Mijlpaal", VANDAAG + 2 * DAG)
    evaluatie.stuur_herinneringen(VANDAAG)
    ontvangers = {adres for m in mail.outbox for adres in m.to}
    assert coordinator.email in ontvangers
    assert "trekker-evaluatie@example.org" not in ontvangers
    assert "oud-coordinator@example.org" not in ontvangers


def test_zonder_coordinatoren_blijft_de_mijlpaal_open(coordinator):
    coordinator.groups.clear()
    User.objects.filter(groups__name="Coördinatoren").delete()
    moment = _moment("Mijlpaal", VANDAAG + 2 * DAG)
    assert evaluatie.stuur_herinneringen(VANDAAG) == 0
    moment.refresh_from_db()
    assert moment.herinnerd_op is None


def test_een_door_een_ander_geclaimde_mijlpaal_gaat_niet_nog_eens(coordinator, monkeypatch):
    """Two workers: both read the milestone as due; the one that updates second finds it
    claimed and sends nothing."""
    moment = _moment("Mijlpaal", VANDAAG + 2 * DAG)
    oud = evaluatie.te_herinneren

    def ander_was_eerder(vandaag=None):
        gevonden = list(oud(vandaag))
        Evaluatiemoment.objects.filter(pk=moment.pk).update(herinnerd_op=VANDAAG)
        return gevonden

    monkeypatch.setattr(evaluatie, "te_herinneren", ander_was_eerder)
    assert evaluatie.stuur_herinneringen(VANDAAG) == 0
    assert mail.outbox == []


def test_mislukte_verzending_laat_de_mijlpaal_open(coordinator, monkeypatch):
    moment = _moment("Mijlpaal", VANDAAG + 2 * DAG)

    def kapot(*args, **kwargs):
        raise ConnectionError("mailserver weg")

    monkeypatch.setattr(evaluatie, "send_mail", kapot)
    with pytest.raises(ConnectionError):
        evaluatie.stuur_herinneringen(VANDAAG)
    moment.refresh_from_db()
    assert moment.herinnerd_op is None


def test_taak_en_planner(coordinator):
    _moment("Mijlpaal", VANDAAG + 2 * DAG)
    job = next(j for j in planner.JOBS if j.naam == "evaluatieherinneringen")
    assert job.dagelijks
    stuur_evaluatieherinneringen_taak.enqueue(VANDAAG.isoformat())
    stuur_evaluatieherinneringen_taak.enqueue(VANDAAG.isoformat())
    assert len(_aan(coordinator.email)) == 1


@pytest.mark.skipif("connection.vendor != 'postgresql'")
@pytest.mark.transactioneel
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_twee_werkers_tegelijk_sturen_een_keer(verse_demo):
    """Two threads (two database connections) run the reminders at the same moment."""
    Evaluatiemoment.objects.all().delete()
    GebruikerFactory(username="coordinator-parallel", rol="coordinator")
    _moment("Parallel", VANDAAG + 2 * DAG)
    mail.outbox.clear()
    start = threading.Barrier(2)
    uitkomsten = []

    def werker():
        start.wait()
        uitkomsten.append(evaluatie.stuur_herinneringen(VANDAAG))
        connection.close()

    draden = [threading.Thread(target=werker) for _ in range(2)]
    for draad in draden:
        draad.start()
    for draad in draden:
        draad.join()
    assert sorted(uitkomsten) == [0, 1]
    assert len([m for m in mail.outbox if m.to == ["coordinator-parallel@example.org"]]) == 1


# -- Demo -------------------------------------------------------------------------------


def test_demo_mijlpalen_volgen_artikel_9():
    momenten = list(Evaluatiemoment.objects.select_related("overleg", "verantwoordelijke"))
    assert len(momenten) >= 5
    assert all(
        m.verantwoordelijke and m.verantwoordelijke.naam == "Provincie Utrecht" for m in momenten
    )
    # results within three months after the calendar year: 31 March of 2028 and 2030
    deadlines = [m.datum for m in momenten if m.titel.startswith("Uitkomsten")]
    assert deadlines == [datetime.date(2028, 3, 31), datetime.date(2030, 3, 31)]
    # stuurgroep, then A-PSO, then B-PSO for the first evaluation
    eerste = [m for m in momenten if "2026-2027" in m.titel]
    volgorde = [m.overleg.afkorting or m.overleg.naam for m in eerste]
    assert volgorde.index("A-PSO") < volgorde.index("B-PSO")
    assert volgorde[0].startswith("Stuurgroep") or "Stuurgroep" in eerste[0].overleg.naam


def test_demo_opnieuw_laden_voegt_niets_toe():
    aantal = Evaluatiemoment.objects.count()

    class Verslag:
        def teller(self, soort):
            raise AssertionError(soort)

    _evaluatie(Verslag())
    assert Evaluatiemoment.objects.count() == aantal
