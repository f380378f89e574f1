"""Background tasks of redactie: the daily review reminders (README "Achtergrondtaken").

A task gets values, not model instances, and may run twice: the round of a day is recorded
(Herinneringsronde) in the same transaction as the mails are sent, so a second run for that
day sends nothing, and a round that failed half-way can run again."""

import datetime

from django_tasks import task

from django.db import IntegrityError, transaction

from redactie.herziening import stuur_herinneringen
from redactie.models import Herinneringsronde


@task()
def stuur_herinneringen_taak(dag):
    """Send the reminders of `dag` (ISO date, e.g. "2026-12-05") once."""
    dag = datetime.date.fromisoformat(dag)
    try:
        with transaction.atomic():
            ronde = Herinneringsronde.objects.create(dag=dag)
            ronde.aantal = stuur_herinneringen()
            ronde.save(update_fields=["aantal"])
    except IntegrityError:
        return "al verstuurd"
    return ronde.aantal
