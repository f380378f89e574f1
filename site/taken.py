"""Background tasks of the project itself (README "Achtergrondtaken")."""

from django_tasks import task

from django.utils import timezone


@task()
def hartslag():
    """Enqueued by the planner every minute and run by the worker: a finished hartslag in the
    last minutes shows that the worker runs (the health check /gezond/ reads the results)."""
    return timezone.now().isoformat()
