"""E-mail in the background. Everything that sends mail keeps using Django's mail API
(Wagtail's workflow notifications, the review reminders, a password reset); with this backend
(production: EMAIL_BACKEND) a message is not sent in the request but put in a task
(verstuur_mail), and the worker sends it with ACHTERGROND_EMAIL_BACKEND
(SMTP). A slow or unreachable mail server no longer holds up a click on "Ter beoordeling"."""

import base64

from django_tasks import task, task_backends
from django_tasks_db import DatabaseBackend
from django_tasks_db.models import DBTaskResult

from django.conf import settings
from django.core.mail import get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.message import EmailMultiAlternatives

VELDEN = ("subject", "body", "from_email", "to", "cc", "bcc", "reply_to")


def naar_json(bericht):
    """The message as JSON for a task argument; None when it cannot be (an attachment that is
    a ready-made MIME part): that one is sent at once."""
    gegevens = {veld: getattr(bericht, veld) for veld in VELDEN}
    gegevens["headers"] = dict(bericht.extra_headers)
    gegevens["alternatives"] = [list(a) for a in getattr(bericht, "alternatives", [])]
    gegevens["attachments"] = []
    for bijlage in bericht.attachments:
        if not isinstance(bijlage, tuple):
            return None
        naam, inhoud, mimetype = bijlage
        if isinstance(inhoud, str):
            inhoud = inhoud.encode()
        gegevens["attachments"].append([naam, base64.b64encode(inhoud).decode(), mimetype])
    return gegevens


def uit_json(gegevens):
    bericht = EmailMultiAlternatives(
        **{veld: gegevens[veld] for veld in VELDEN}, headers=gegevens["headers"]
    )
    for inhoud, mimetype in gegevens["alternatives"]:
        bericht.attach_alternative(inhoud, mimetype)
    for naam, inhoud, mimetype in gegevens["attachments"]:
        bericht.attach(naam, base64.b64decode(inhoud), mimetype)
    return bericht


def verstuur_nu(berichten):
    with get_connection(settings.ACHTERGROND_EMAIL_BACKEND) as verbinding:
        return verbinding.send_messages(berichten)


@task(takes_context=True)
def verstuur_mail(context, bericht):
    """Send one message that AchtergrondMailBackend queued. Sent at most once: the worker does
    not run a task again by itself; a failure is kept in the task's result.

    Afterwards, sent or not, the message is wiped from the task's stored arguments: a password
    reset link or a private page's title must not stay in the task table (kept 14 days)."""
    try:
        return verstuur_nu([uit_json(bericht)])
    finally:
        # Only the database queue keeps arguments (the ImmediateBackend has no row).
        if isinstance(task_backends[context.task_result.backend], DatabaseBackend):
            DBTaskResult.objects.filter(id=context.task_result.id).update(
                args_kwargs={"args": [], "kwargs": {}}
            )


class AchtergrondMailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        aantal = 0
        for bericht in email_messages:
            gegevens = naar_json(bericht)
            if gegevens is None:
                aantal += verstuur_nu([bericht]) or 0
            else:
                verstuur_mail.enqueue(gegevens)
                aantal += 1
        return aantal
