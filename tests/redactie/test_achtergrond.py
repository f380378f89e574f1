"""Issue 18.3: notification e-mail in the background. In production a click on "Ter
beoordeling aanbieden" does not wait for the mail server: the message waits as a task, the
worker sends it, unchanged (text, HTML, recipients, attachments)."""

import pytest

from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.test import override_settings

from kennisplatform.mail import naar_json, uit_json
from kennisplatform.models import InhoudPage
from tests.helpers.taken import DATABASE_WACHTRIJ, draai_werker, wachtend
from tests.redactie.test_workflow import maak_aan_als

pytestmark = pytest.mark.django_db

MAIL_OP_DE_ACHTERGROND = override_settings(
    EMAIL_BACKEND="kennisplatform.mail.AchtergrondMailBackend",
    ACHTERGROND_EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
)


@DATABASE_WACHTRIJ
@MAIL_OP_DE_ACHTERGROND
def test_werkstroommail_gaat_via_de_werker(client, gebruikers, eigen_groep):
    mail.outbox.clear()
    maak_aan_als(client, gebruikers["trekker"], eigen_groep, "Verslag intervisie", "action-submit")
    assert InhoudPage.objects.get(title="Verslag intervisie").workflow_in_progress
    assert mail.outbox == []  # the request did not send anything itself
    assert wachtend("verstuur_mail").exists()

    draai_werker()

    bericht = next(b for b in mail.outbox if gebruikers["coordinator"].email in b.to)
    assert "Verslag intervisie" in bericht.body
    assert not wachtend("verstuur_mail").exists()


def test_bericht_komt_ongeschonden_door_de_wachtrij():
    bericht = EmailMultiAlternatives(
        "Onderwerp", "Tekst", "van@example.org", ["aan@example.org"], cc=["cc@example.org"]
    )
    bericht.attach_alternative("<p>Tekst</p>", "text/html")
    bericht.attach("lijst.csv", "a;b\n1;2\n", "text/csv")
    terug = uit_json(naar_json(bericht))
    assert (terug.subject, terug.body, terug.to, terug.cc) == (
        "Onderwerp",
        "Tekst",
        ["aan@example.org"],
        ["cc@example.org"],
    )
    assert terug.alternatives[0][1] == "text/html"
    assert terug.attachments[0][0] == "lijst.csv" and "1;2" in terug.attachments[0][1]
