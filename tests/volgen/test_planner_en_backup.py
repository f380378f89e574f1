"""The digests run from the scheduler's daily job (once per day), and the follows and digest
settings are in the backup."""

import datetime

import pytest

from django.core import mail
from django.utils import timezone

from kennisplatform import planner
from kennisplatform.backup import modellen
from kennisplatform.models import PlannerRonde
from tests.factories import UitvoeringsafspraakFactory
from volgen.models import Digestinstelling, Volg
from volgen.taken import stuur_digests_taak

pytestmark = pytest.mark.django_db


def test_dagelijkse_job_stuurt_de_overzichten_een_keer(lezer, instrument):
    Volg.objects.create(
        gebruiker=lezer, soort="registerfilter", waarde=f"kerninstrument={instrument.slug}"
    )
    Digestinstelling.objects.create(
        gebruiker=lezer,
        frequentie="dagelijks",
        gemeld_tot=timezone.now() - datetime.timedelta(days=1),
    )
    UitvoeringsafspraakFactory(
        titel="Vastgesteld voor de planner", kerninstrument=instrument, publiceren=True
    )
    job = next(j for j in planner.JOBS if j.naam == "stuur_digests")
    assert job.dagelijks
    nu = timezone.now()
    assert planner.draai(job, nu)
    assert not planner.draai(job, nu)  # the slot of today is claimed
    assert PlannerRonde.objects.filter(taak="stuur_digests").count() == 1
    # the task itself runs safely twice (a second worker, a retried task)
    stuur_digests_taak.enqueue(job.slot(nu))
    assert [m.to for m in mail.outbox] == [[lezer.email]]
    assert "Vastgesteld voor de planner" in mail.outbox[0].body


def test_volgen_zit_in_de_backup():
    labels = {m._meta.label_lower for m in modellen.in_dump()}
    assert {"volgen.volg", "volgen.digestinstelling"} <= labels
