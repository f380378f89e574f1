"""Review of issue 18 ("aanval"): mail through the worker. A message waits in the task table
(django_tasks_db) as a task argument; once the worker has handled it, nothing of it may stay
there: a password reset link in that table is a way into someone's account for whoever can
read the database, for the 14 days the results are kept."""

import re

import pytest
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from django.core import mail
from django.core.mail import EmailMessage

from kennisplatform.mail import naar_json, verstuur_mail
from tests.helpers.taken import DATABASE_WACHTRIJ, draai_werker, wachtend
from tests.redactie.test_achtergrond import MAIL_OP_DE_ACHTERGROND

pytestmark = pytest.mark.django_db


@DATABASE_WACHTRIJ
@MAIL_OP_DE_ACHTERGROND
def test_wachtwoordherstel_blijft_niet_in_de_takentabel(client, gebruikers):
    gebruiker = gebruikers["trekker"]
    assert gebruiker.email
    mail.outbox.clear()
    antwoord = client.post("/admin/password_reset/", {"email": gebruiker.email})
    assert antwoord.status_code == 302
    assert wachtend("verstuur_mail").exists()

    draai_werker()

    bericht = next(b for b in mail.outbox if gebruiker.email in b.to)
    link = re.search(r"/admin/password_reset/confirm/\S+", bericht.body)
    assert link, bericht.body  # the mail itself is complete
    for resultaat in DBTaskResult.objects.filter(task_path__endswith=".verstuur_mail"):
        opgeslagen = str(resultaat.args_kwargs) + str(resultaat.return_value)
        assert link[0] not in opgeslagen
        assert gebruiker.email not in opgeslagen
        assert bericht.subject not in opgeslagen


@MAIL_OP_DE_ACHTERGROND
def test_mail_via_de_takenwachtrij_ook_zonder_database_wachtrij():
    """With the ImmediateBackend (`make run`) the task has no row in the task table: the wipe
    must not make the task fail."""
    mail.outbox.clear()
    bericht = EmailMessage("Onderwerp", "Tekst", "van@example.org", ["aan@example.org"])
    resultaat = verstuur_mail.enqueue(naar_json(bericht))
    assert resultaat.status == TaskResultStatus.SUCCESSFUL, resultaat.errors
    assert [b.subject for b in mail.outbox] == ["Onderwerp"]
