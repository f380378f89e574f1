"""Trekkers draft and submit; coördinatoren review and publish; everyone is told by e-mail."""

import datetime

import pytest

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Page, TaskState, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, streamfield

from kennisplatform.models import InhoudPage

pytestmark = pytest.mark.django_db


def nieuwe_pagina_data(titel, **extra):
    return nested_form_data(
        {
            "title": titel,
            "slug": slugify(titel),
            "intro": "Tekst van de trekker.",
            "body": streamfield([]),
            **extra,
        }
    )


def maak_aan_als(client, gebruiker, ouder, titel, actie, **extra):
    client.force_login(gebruiker)
    url = reverse("wagtailadmin_pages:add", args=("kennisplatform", "inhoudpage", ouder.pk))
    data = nieuwe_pagina_data(titel, **extra)
    data[actie] = "1"
    return client.post(url, data)


def test_trekker_publiceert_niet_via_de_publiceerknop(client, gebruikers, eigen_groep):
    maak_aan_als(
        client, gebruikers["trekker"], eigen_groep, "Poging tot publiceren", "action-publish"
    )
    pagina = InhoudPage.objects.get(title="Poging tot publiceren")
    assert not pagina.live  # saved as a draft instead
    assert client.get(pagina.url or "/niet-gepubliceerd/").status_code == 404


def test_trekker_dient_in_en_coordinator_krijgt_mail_met_werkende_link(
    client, gebruikers, eigen_groep
):
    mail.outbox.clear()
    maak_aan_als(
        client, gebruikers["trekker"], eigen_groep, "Verslag kennissessie", "action-submit"
    )
    pagina = InhoudPage.objects.get(title="Verslag kennissessie")
    assert not pagina.live
    assert pagina.workflow_in_progress
    ontvangers = {adres for bericht in mail.outbox for adres in bericht.to}
    assert gebruikers["coordinator"].email in ontvangers
    assert gebruikers["trekker"].email not in ontvangers
    bericht = next(b for b in mail.outbox if gebruikers["coordinator"].email in b.to)
    link = f"/admin/pages/{pagina.pk}/"
    assert link in bericht.body
    # the link works for the coördinator
    client.force_login(gebruikers["coordinator"])
    pad = bericht.body[bericht.body.index(link) :].split()[0]
    assert client.get(pad).status_code == 200


def _dien_in(client, gebruikers, eigen_groep, titel):
    maak_aan_als(client, gebruikers["trekker"], eigen_groep, titel, "action-submit")
    pagina = InhoudPage.objects.get(title=titel)
    taak = TaskState.objects.get(
        workflow_state__base_content_type__isnull=False,
        workflow_state__object_id=str(pagina.pk),
        status="in_progress",
    )
    return pagina, taak


def test_coordinator_keurt_goed_publiceert_en_trekker_hoort_het(client, gebruikers, eigen_groep):
    pagina, taak = _dien_in(client, gebruikers, eigen_groep, "Werkvorm rollenspel")
    mail.outbox.clear()
    client.force_login(gebruikers["coordinator"])
    url = reverse("wagtailadmin_pages:workflow_action", args=(pagina.pk, "approve", taak.pk))
    antwoord = client.post(url, {"comment": "Akkoord"})
    assert antwoord.status_code in (200, 302)
    pagina.refresh_from_db()
    assert pagina.live
    assert any(gebruikers["trekker"].email in b.to for b in mail.outbox)


def test_coordinator_vraagt_wijzigingen_met_toelichting(client, gebruikers, eigen_groep):
    pagina, taak = _dien_in(client, gebruikers, eigen_groep, "Handreiking vooroverleg")
    mail.outbox.clear()
    client.force_login(gebruikers["coordinator"])
    url = reverse("wagtailadmin_pages:workflow_action", args=(pagina.pk, "reject", taak.pk))
    client.post(url, {"comment": "Graag de bron van art. 2.2 toevoegen."})
    pagina.refresh_from_db()
    assert not pagina.live
    status = WorkflowState.objects.filter(
        base_content_type__isnull=False, object_id=str(pagina.pk)
    ).latest("created_at")
    assert status.status == WorkflowState.STATUS_NEEDS_CHANGES
    bericht = next(b for b in mail.outbox if gebruikers["trekker"].email in b.to)
    assert "Graag de bron van art. 2.2 toevoegen." in bericht.body


def test_trekker_kan_niet_depubliceren_of_bulk_publiceren(client, gebruikers, eigen_groep):
    client.force_login(gebruikers["trekker"])
    antwoord = client.post(reverse("wagtailadmin_pages:unpublish", args=(eigen_groep.pk,)))
    assert antwoord.status_code in (302, 403)
    assert Page.objects.get(pk=eigen_groep.pk).live
    maak_aan_als(client, gebruikers["trekker"], eigen_groep, "Bulkpoging", "action-save")
    concept = InhoudPage.objects.get(title="Bulkpoging")
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    client.post(f"{url}?id={concept.pk}", {})
    concept.refresh_from_db()
    assert not concept.live


def test_ingepland_publiceren_door_trekker_publiceert_niets(client, gebruikers, eigen_groep):
    straks = (timezone.localtime() + datetime.timedelta(minutes=1)).strftime("%Y-%m-%d %H:%M")
    maak_aan_als(
        client,
        gebruikers["trekker"],
        eigen_groep,
        "Ingepland stuk",
        "action-publish",
        go_live_at=straks,
    )
    pagina = InhoudPage.objects.get(title="Ingepland stuk")
    assert not pagina.revisions.filter(approved_go_live_at__isnull=False).exists()
    call_command("publish_scheduled")
    pagina.refresh_from_db()
    assert not pagina.live


def test_coordinator_plant_publicatie_en_die_wordt_uitgevoerd(client, gebruikers, eigen_groep):
    maak_aan_als(
        client, gebruikers["coordinator"], eigen_groep, "Gepland door coördinator", "action-save"
    )
    pagina = InhoudPage.objects.get(title="Gepland door coördinator")
    pagina.save_revision(user=gebruikers["coordinator"], approved_go_live_at=timezone.now())
    call_command("publish_scheduled")
    pagina.refresh_from_db()
    assert pagina.live


def test_wijzigingen_staan_in_het_auditlog(client, gebruikers, eigen_groep):
    from wagtail.models import PageLogEntry

    _dien_in(client, gebruikers, eigen_groep, "Voor het logboek")
    pagina = InhoudPage.objects.get(title="Voor het logboek")
    acties = set(PageLogEntry.objects.filter(page=pagina).values_list("action", flat=True))
    assert {"wagtail.create", "wagtail.workflow.start"} <= acties
