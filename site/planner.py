"""The scheduler (`manage.py planner`): which job runs when, and the claim that makes every
job run once per time slot, however many planners run or restart.

Every minute: Wagtail's publish_scheduled (pages and snippets whose go_live_at or expire_at
passed) and a `hartslag` task for the worker. Daily, at PLANNER_DAGELIJKS_UUR and on start-up
when the last run is more than a day ago: the review reminders and the digests of what
readers follow (tasks for the worker),
clearsessions, the pruning of old task results and of login records older than
INLOGSPOREN_BEWAARD_DAGEN (the privacy statement promises that term) and of the search log older
than ZOEKLOG_BEWAARD_DAGEN (issue 15). A run is claimed by a PlannerRonde row
(unique per job and slot) in the same transaction as the job: a failed job leaves no claim
and is tried again in the next round."""

import datetime
import logging
from dataclasses import dataclass

from axes.handlers.proxy import AxesProxyHandler
from axes.models import AccessAttempt
from django_tasks import task_backends
from django_tasks_db import DatabaseBackend

from django.conf import settings
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.utils import timezone

from kennisplatform.models import PlannerRonde
from kennisplatform.taken import hartslag
from redactie.taken import stuur_herinneringen_taak
from samenwerking.taken import stuur_evaluatieherinneringen_taak  # issue 14.6: evaluatie
from search.zoeklog import ruim_op as ruim_zoeklog_op  # issue 15: zoeklog
from volgen.taken import stuur_digests_taak

logger = logging.getLogger(__name__)

DAG = datetime.timedelta(days=1)
RONDES_BEWAARD = datetime.timedelta(days=7)  # PlannerRonde rows older than this are pruned
TAAKRESULTATEN_DAGEN = 14  # finished task results kept this many days


@dataclass(frozen=True)
class Job:
    naam: str
    dagelijks: bool
    doe: object  # callable(slot) -> None

    def slot(self, nu):
        lokaal = timezone.localtime(nu)
        return f"{lokaal:%Y-%m-%d}" if self.dagelijks else f"{lokaal:%Y-%m-%dT%H:%M}"


def _publiceer(slot):
    call_command("publish_scheduled", verbosity=0)


def _hartslag(slot):
    hartslag.enqueue()


def _herinneringen(slot):
    stuur_herinneringen_taak.enqueue(slot)


def _digests(slot):
    stuur_digests_taak.enqueue(slot)


# --- evaluatie (issue 14.6): reminders of the evaluation milestones to the coördinatoren
def _evaluatieherinneringen(slot):
    stuur_evaluatieherinneringen_taak.enqueue(slot)


# --- end evaluatie


def _sessies(slot):
    call_command("clearsessions", verbosity=0)


def _opruimen(slot):
    PlannerRonde.objects.filter(gestart_op__lt=timezone.now() - RONDES_BEWAARD).delete()
    if isinstance(task_backends["default"], DatabaseBackend):  # the ImmediateBackend keeps none
        call_command(
            "prune_db_task_results",
            f"--min-age-days={TAAKRESULTATEN_DAGEN}",
            "--queue-name=*",
            verbosity=0,
        )


def _inlogsporen(slot):
    """django-axes keeps its login records (time, username, IP address, browser) forever by
    default: remove those older than the term the privacy statement names."""
    dagen = settings.INLOGSPOREN_BEWAARD_DAGEN
    AxesProxyHandler.reset_logs(age_days=dagen)
    AxesProxyHandler.reset_failure_logs(age_days=dagen)
    # Failed attempts expire after AXES_COOLOFF_TIME but are only removed at a next login.
    AccessAttempt.objects.filter(attempt_time__lte=timezone.now() - dagen * DAG).delete()


# --- issue 15: zoeklog: the search log is kept ZOEKLOG_BEWAARD_DAGEN days
def _zoeklog(slot):
    ruim_zoeklog_op(settings.ZOEKLOG_BEWAARD_DAGEN)


# --- end zoeklog


JOBS = [
    Job("publish_scheduled", False, _publiceer),
    Job("hartslag", False, _hartslag),
    Job("stuur_herinneringen", True, _herinneringen),
    Job("stuur_digests", True, _digests),  # issue 17: overzichtsmails van wat lezers volgen
    Job("evaluatieherinneringen", True, _evaluatieherinneringen),  # issue 14.6: evaluatie
    Job("clearsessions", True, _sessies),
    Job("prune_db_task_results", True, _opruimen),
    Job("inlogsporen_opruimen", True, _inlogsporen),
    Job("zoeklog_opruimen", True, _zoeklog),  # issue 15: zoeklog
]


def is_aan_de_beurt(job, nu, opstart):
    """Whether the job still has to run in its slot at `nu`."""
    if PlannerRonde.objects.filter(taak=job.naam, slot=job.slot(nu)).exists():
        return False
    if not job.dagelijks:
        return True
    if timezone.localtime(nu).hour >= settings.PLANNER_DAGELIJKS_UUR:
        return True
    if not opstart:
        return False
    laatste = PlannerRonde.objects.filter(taak=job.naam).order_by("-gestart_op").first()
    return laatste is None or laatste.gestart_op < nu - DAG


def draai(job, nu):
    """Claim the job's slot and run it, both in one transaction. False when another planner
    claimed the slot first, or when the job failed (then it is tried again next round)."""
    try:
        with transaction.atomic():
            PlannerRonde.objects.create(taak=job.naam, slot=job.slot(nu))
            job.doe(job.slot(nu))
    except IntegrityError:
        return False  # claimed by another planner in the meantime
    except Exception:
        logger.exception("Planner: %s mislukt; de volgende ronde probeert het opnieuw", job.naam)
        return False
    return True


def ronde(nu=None, opstart=False):
    """Run every job that is due; returns the names of the jobs that ran."""
    nu = nu or timezone.now()
    return [job.naam for job in JOBS if is_aan_de_beurt(job, nu, opstart) and draai(job, nu)]
