"""Attack on the page in review that stays editable for its trekker (issue 13,
VaststellingsTaak.locked_for_user): what a coördinator reviews must be what approval publishes.

Wagtail's review list on the dashboard offers a preview of the revision that was *submitted*
(TaskState.revision, PreviewRevisionForTask), while approving publishes the *latest* revision
(wagtail.workflows.publish_workflow_state). Since the trekker may now save after submitting,
a coördinator who reviews through that preview would approve a version they never saw: the
trekker publishing a change without review. Fixed in beoordeling.herstart_beoordeling: a save
by the trekker restarts the review task on the new revision."""

import pytest

from django.urls import reverse

from wagtail.models import Page

from groepen.models import GroepPage
from tests.redactie.test_beoordeling import _groepspagina_gegevens, _taak_van

pytestmark = pytest.mark.django_db

NIEUW = "Ongezien: elke week op zondagnacht"


def test_de_voorvertoning_voor_de_beoordelaar_toont_wat_goedkeuren_publiceert(
    client, gebruikers, eigen_groep
):
    groep = Page.objects.get(pk=eigen_groep.pk).specific
    ingediend = _taak_van(groep)
    client.force_login(gebruikers["trekker"])
    antwoord = client.post(
        reverse("wagtailadmin_pages:edit", args=[groep.pk]),
        _groepspagina_gegevens(groep, vergaderritme=NIEUW),
    )
    assert antwoord.status_code == 302

    # The coördinator who opened the submitted version earlier cannot approve it any more.
    client.force_login(gebruikers["coordinator"])
    oud = reverse("wagtailadmin_pages:workflow_action", args=(groep.pk, "approve", ingediend.pk))
    client.post(oud, {"comment": ""})
    assert GroepPage.objects.get(pk=groep.pk).vergaderritme != NIEUW

    # The preview of the review list shows the new version, and approving publishes that one.
    taak = _taak_van(groep)
    voorvertoning = client.get(
        reverse("wagtailadmin_pages:workflow_preview", args=[groep.pk, taak.task_id])
    )
    assert voorvertoning.status_code == 200
    assert NIEUW in voorvertoning.content.decode()
    url = reverse("wagtailadmin_pages:workflow_action", args=(groep.pk, "approve", taak.pk))
    client.post(url, {"comment": ""})
    assert GroepPage.objects.get(pk=groep.pk).vergaderritme == NIEUW
