"""Issue 18.3: `manage.py planner` runs the schedules. A page scheduled for publication goes
live without anyone touching it; a daily job runs once a day, however often the planner
starts; the worker gets a heartbeat every minute; SIGTERM stops the planner cleanly."""

import datetime
import os
import signal
from io import StringIO
from unittest import mock

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from wagtail.models import Page

from kennisplatform import planner
from kennisplatform.models import HomePage, InhoudPage, PlannerRonde
from kennisplatform.taken import hartslag
from kennisplatform.verplichte_paginas import PAGINAS
from redactie.demo import demo_groep
from redactie.models import Herinneringsronde
from tests.helpers.taken import DATABASE_WACHTRIJ, draai_werker, wachtend

pytestmark = pytest.mark.django_db


def _geplande_pagina():
    """A new page, approved for publication at a moment that has just passed (as Wagtail's
    "publish" with a go-live date does; the planner is the one that publishes it)."""
    pagina = InhoudPage(title="Geplande aankondiging", slug="geplande-aankondiging", live=False)
    HomePage.objects.first().add_child(instance=pagina)
    pagina.go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    pagina.save_revision(approved_go_live_at=pagina.go_live_at)
    pagina.refresh_from_db()
    assert not pagina.live
    return pagina


@DATABASE_WACHTRIJ
def test_geplande_pagina_gaat_live_zonder_dat_iemand_iets_doet(client):
    pagina = _geplande_pagina()
    assert client.get(pagina.url).status_code == 404

    call_command("planner", "--eenmaal", stdout=StringIO())

    pagina.refresh_from_db()
    assert pagina.live
    assert client.get(pagina.url).status_code == 200
    # The planner also left a heartbeat for the worker, which runs it.
    assert wachtend("hartslag").count() == 1
    draai_werker()
    klaar = DBTaskResult.objects.filter(task_path__endswith=".hartslag")
    assert klaar.get().status == TaskResultStatus.SUCCESSFUL


@DATABASE_WACHTRIJ
def test_dagelijks_worden_oude_taakresultaten_en_rondes_opgeruimd():
    hartslag.enqueue()
    draai_werker()
    oud = timezone.now() - datetime.timedelta(days=20)
    DBTaskResult.objects.update(finished_at=oud)
    ronde = PlannerRonde.objects.create(taak="hartslag", slot="2026-11-15T10:00")
    PlannerRonde.objects.filter(pk=ronde.pk).update(gestart_op=oud)

    call_command("planner", "--eenmaal", stdout=StringIO())

    assert not DBTaskResult.objects.filter(finished_at=oud).exists()
    assert not PlannerRonde.objects.filter(pk=ronde.pk).exists()
    assert wachtend("hartslag").count() == 1  # this minute's heartbeat stays


def test_dagelijkse_taak_draait_maar_een_keer(gebruikers_met_achterstand):
    mail.outbox.clear()
    call_command("planner", "--eenmaal", stdout=StringIO())
    verstuurd = len(mail.outbox)
    assert verstuurd >= 1  # at least the trekker of the demo group

    call_command("planner", "--eenmaal", stdout=StringIO())  # a restart, or a second planner

    assert len(mail.outbox) == verstuurd
    assert Herinneringsronde.objects.count() == 1
    assert PlannerRonde.objects.filter(taak="stuur_herinneringen").count() == 1
    assert PlannerRonde.objects.filter(taak="clearsessions").count() == 1


def test_herinneringstaak_twee_keer_op_een_dag_stuurt_een_keer(gebruikers_met_achterstand):
    from redactie.taken import stuur_herinneringen_taak

    mail.outbox.clear()
    stuur_herinneringen_taak.enqueue("2026-12-05")
    verstuurd = len(mail.outbox)
    stuur_herinneringen_taak.enqueue("2026-12-05")
    assert verstuurd >= 1 and len(mail.outbox) == verstuurd


@override_settings(PLANNER_DAGELIJKS_UUR=6)
def test_dagelijkse_taak_op_het_uur_en_bij_opstart_na_een_dag():
    job = next(j for j in planner.JOBS if j.naam == "clearsessions")
    vroeg = timezone.make_aware(datetime.datetime(2026, 12, 5, 3, 0))
    laat = timezone.make_aware(datetime.datetime(2026, 12, 5, 7, 0))
    # Never ran: due on start-up, even before the hour; while running, only from the hour.
    assert planner.is_aan_de_beurt(job, vroeg, opstart=True)
    assert not planner.is_aan_de_beurt(job, vroeg, opstart=False)
    assert planner.is_aan_de_beurt(job, laat, opstart=False)
    # Ran yesterday evening: not again on a start-up at night, but from the hour on.
    ronde = PlannerRonde.objects.create(taak=job.naam, slot="2026-12-04")
    PlannerRonde.objects.filter(pk=ronde.pk).update(gestart_op=vroeg - datetime.timedelta(hours=6))
    assert not planner.is_aan_de_beurt(job, vroeg, opstart=True)
    assert planner.is_aan_de_beurt(job, laat, opstart=False)
    assert planner.draai(job, laat)
    assert not planner.is_aan_de_beurt(job, laat, opstart=True)
    assert not planner.draai(job, laat)  # a second planner finds the slot claimed


def test_mislukte_taak_wordt_de_volgende_ronde_opnieuw_geprobeerd():
    job = planner.Job("proef", False, mock.Mock(side_effect=[RuntimeError("stuk"), None]))
    nu = timezone.now()
    assert not planner.draai(job, nu)
    assert not PlannerRonde.objects.filter(taak="proef").exists()  # no claim left behind
    assert planner.draai(job, nu)


def test_sigterm_stopt_de_planner_netjes():
    echte_ronde = planner.ronde

    def ronde_en_dan_sigterm(**kwargs):
        gedraaid = echte_ronde(**kwargs)
        os.kill(os.getpid(), signal.SIGTERM)  # as systemd or `make serve` stops it
        return gedraaid

    vorige = signal.getsignal(signal.SIGTERM)
    uitvoer = StringIO()
    with mock.patch.object(planner, "ronde", ronde_en_dan_sigterm):
        call_command("planner", stdout=uitvoer)
    assert "Planner gestopt." in uitvoer.getvalue()
    assert "publish_scheduled" in uitvoer.getvalue()
    assert signal.getsignal(signal.SIGTERM) is vorige


@pytest.fixture
def gebruikers_met_achterstand(db):
    groep = demo_groep()
    Page.objects.filter(pk=groep.pk).update(
        last_published_at=timezone.now() - datetime.timedelta(days=800)
    )
    return groep


def test_dagelijks_verdwijnen_inloggegevens_na_de_bewaartermijn(settings):
    """django-axes keeps every login forever by default; the privacy statement promises a
    term (INLOGSPOREN_BEWAARD_DAGEN) and the planner keeps that promise."""
    settings.INLOGSPOREN_BEWAARD_DAGEN = 30
    nu = timezone.now()
    gegevens = {"ip_address": "192.0.2.7", "user_agent": "Firefox", "username": "trekker"}
    oud_log = AccessLog.objects.create(**gegevens)
    recent_log = AccessLog.objects.create(**gegevens)
    oude_fout = AccessFailureLog.objects.create(**gegevens, locked_out=False)
    oude_poging = AccessAttempt.objects.create(**gegevens, failures_since_start=1)
    AccessLog.objects.filter(pk=oud_log.pk).update(attempt_time=nu - datetime.timedelta(days=31))
    AccessLog.objects.filter(pk=recent_log.pk).update(attempt_time=nu - datetime.timedelta(days=29))
    AccessFailureLog.objects.filter(pk=oude_fout.pk).update(
        attempt_time=nu - datetime.timedelta(days=31)
    )
    AccessAttempt.objects.filter(pk=oude_poging.pk).update(
        attempt_time=nu - datetime.timedelta(days=31)
    )

    call_command("planner", "--eenmaal", stdout=StringIO())

    assert list(AccessLog.objects.values_list("pk", flat=True)) == [recent_log.pk]
    assert not AccessFailureLog.objects.exists() and not AccessAttempt.objects.exists()
    assert PlannerRonde.objects.filter(taak="inlogsporen_opruimen").count() == 1


def test_privacyverklaring_noemt_de_bewaartermijn_en_alle_cookies(settings):
    privacy = next(p for p in PAGINAS if p["slug"] == "privacy")
    tekst = " ".join(str(waarde) for _soort, waarde in privacy["body"])
    assert f"bewaren wij {settings.INLOGSPOREN_BEWAARD_DAGEN} dagen" in tekst
    for cookie in (
        settings.CSRF_COOKIE_NAME,
        settings.SESSION_COOKIE_NAME,
        "messages",  # django.contrib.messages (CookieStorage), admin only
        "wagtail_sidebar_collapsed",  # Wagtail's admin sidebar
    ):
        assert f"<b>{cookie}</b>" in tekst
    assert settings.SESSION_COOKIE_AGE == 14 * 24 * 3600 and "na twee weken" in tekst
    assert settings.CSRF_COOKIE_AGE <= 366 * 24 * 3600 and "tot een jaar" in tekst
