"""Background tasks in tests: the real database queue and its worker."""

from unittest import mock

from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from django.core.management import call_command
from django.test import override_settings

# The production setting (settings/production.py): tasks wait in the database for the worker.
DATABASE_WACHTRIJ = override_settings(
    TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
)


def wachtend(naam):
    """The queued (READY) results of the task whose function is called `naam`."""
    return DBTaskResult.objects.filter(
        status=TaskResultStatus.READY, task_path__endswith=f".{naam}"
    )


def draai_werker():
    """`manage.py db_worker --batch`: run every queued task, then stop. The worker closes stale
    database connections between tasks; in a test that would close the connection that holds
    the test's own (uncommitted) transaction, so that one step is left out here."""
    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        call_command(
            "db_worker",
            "--batch",
            "--no-reload",
            "--no-startup-delay",
            "--queue-name=*",
            verbosity=0,
        )
