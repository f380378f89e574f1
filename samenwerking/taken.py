"""Background task of samenwerking: the daily reminders of the evaluation milestones to the
coördinatoren (convenant art. 9). It gets a value, not a model instance, and may run twice or
in two workers at once: each milestone is claimed once (samenwerking.evaluatie)."""

import datetime

from django_tasks import task

from samenwerking.evaluatie import stuur_herinneringen


@task()
def stuur_evaluatieherinneringen_taak(dag):
    """Send the evaluation reminders that are due on `dag` (ISO date, e.g. "2026-12-05")."""
    return stuur_herinneringen(datetime.date.fromisoformat(dag))
