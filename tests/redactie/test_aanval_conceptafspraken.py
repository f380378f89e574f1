"""Attack (issue 11.11): a trekker read other groups' concept agreements in the admin (copy,
revisions, compare, usage, history, listing showed the full text; only editing was blocked).
Every admin URL of an agreement of another group now answers 404 for a trekker; the URLs are
taken from the snippet viewset itself, so views Wagtail adds later are covered too."""

import re

import pytest

from django.urls import URLPattern, reverse

from afspraken.models import Uitvoeringsafspraak
from tests.factories import UitvoeringsafspraakFactory

pytestmark = pytest.mark.django_db

GEHEIM = "Geheime concepttekst over de verdeling van kosten"
# Views that show an agreement; the own group's trekker and coördinatoren may open them.
LEESVIEWS = {
    "edit",
    "usage",
    "history",
    "history_results",
    "inspect",
    "copy",
    "revisions_view",
    "revisions_compare",
    "workflow_history",
    "workflow_history_detail",
}


def maak_concept(groep, titel):
    """A concept agreement of the group with two revisions (the second text longer)."""
    return UitvoeringsafspraakFactory(
        concept=True,
        groep=groep,
        titel=titel,
        samenwerkingsafspraak=f"{GEHEIM} ({titel}).",
        revisies=2,
    )


def _viewset():
    return Uitvoeringsafspraak.snippet_viewset


def admin_urls(afspraak, coordinator):
    """Every URL of the agreement's snippet viewset that takes its pk, with real arguments."""
    workflow_state = afspraak.get_workflow().start(afspraak, coordinator)
    task_state = workflow_state.current_task_state
    revisie = afspraak.latest_revision
    waarden = {
        "pk": afspraak.pk,
        "revision_id": revisie.pk,
        "revision_id_a": "earliest",
        "revision_id_b": "latest",
        "action_name": "approve",
        "task_state_id": task_state.pk,
        "workflow_state_id": workflow_state.pk,
        "task_id": task_state.task_id,
    }
    urls = {}
    for patroon in _viewset().get_urlpatterns():
        if not isinstance(patroon, URLPattern):
            continue
        namen = set(patroon.pattern.regex.groupindex)
        if "pk" not in namen:
            continue
        naam = f"{_viewset().get_admin_url_namespace()}:{patroon.name}"
        urls[patroon.name] = reverse(naam, kwargs={k: waarden[k] for k in namen})
    return urls


@pytest.fixture
def andermans(andere_groep):
    return maak_concept(andere_groep, "Concept van een andere groep")


@pytest.fixture
def eigen(eigen_groep):
    return maak_concept(eigen_groep, "Concept van de eigen groep")


def test_alle_beheer_urls_van_andermans_concept_geven_404(client, gebruikers, andermans):
    urls = admin_urls(andermans, gebruikers["coordinator"])
    # The views named in the issue are all there (so the test covers them).
    assert {"edit", "delete", "usage", "history", "revisions_view", "revisions_compare"} <= set(
        urls
    )
    assert {"workflow_history", "workflow_history_detail", "copy"} <= set(urls)
    client.force_login(gebruikers["trekker"])
    for naam, url in urls.items():
        antwoord = client.get(url)
        assert antwoord.status_code == 404, (naam, url, antwoord.status_code)
        assert GEHEIM not in antwoord.content.decode(), naam
        assert client.post(url, {}).status_code == 404, naam
    assert Uitvoeringsafspraak.objects.filter(pk=andermans.pk).exists()


def test_lijst_toont_andermans_concept_niet(client, gebruikers, andermans, eigen):
    client.force_login(gebruikers["trekker"])
    for naam in ["list", "list_results"]:
        html = client.get(reverse(f"{_viewset().get_admin_url_namespace()}:{naam}")).content
        html = html.decode()
        assert andermans.titel not in html, naam
        assert eigen.titel in html, naam
    zoek = client.get(
        reverse(f"{_viewset().get_admin_url_namespace()}:list"), {"q": "andere groep"}
    )
    assert andermans.titel not in zoek.content.decode()


def test_eigen_trekker_leest_eigen_concept(client, gebruikers, eigen):
    urls = admin_urls(eigen, gebruikers["coordinator"])
    client.force_login(gebruikers["trekker"])
    for naam in LEESVIEWS & set(urls):
        antwoord = client.get(urls[naam])
        assert antwoord.status_code == 200, (naam, antwoord.status_code)
    assert GEHEIM in client.get(urls["revisions_view"]).content.decode()


def test_coordinator_leest_elk_concept(client, gebruikers, andermans):
    urls = admin_urls(andermans, gebruikers["coordinator"])
    client.force_login(gebruikers["coordinator"])
    for naam in LEESVIEWS & set(urls):
        antwoord = client.get(urls[naam])
        assert antwoord.status_code == 200, (naam, antwoord.status_code)
    lijst = client.get(reverse(f"{_viewset().get_admin_url_namespace()}:list"))
    assert andermans.titel in lijst.content.decode()
    assert re.search(GEHEIM, client.get(urls["revisions_view"]).content.decode())


def test_kiezer_toont_andermans_concept_niet(client, gebruikers, andermans, eigen):
    client.force_login(gebruikers["trekker"])
    kiezer = "wagtailsnippetchoosers_afspraken_uitvoeringsafspraak"
    for naam in ["choose", "choose_results"]:
        html = client.get(reverse(f"{kiezer}:{naam}")).content.decode()
        assert andermans.titel not in html, naam
        assert eigen.titel in html, naam
    assert client.get(reverse(f"{kiezer}:chosen", args=[andermans.pk])).status_code == 404
    assert client.get(reverse(f"{kiezer}:chosen", args=[eigen.pk])).status_code == 200


def test_rapporten_tonen_andermans_concept_niet(client, gebruikers, andermans, eigen):
    for afspraak in [andermans, eigen]:
        afspraak.get_workflow().start(afspraak, gebruikers["coordinator"])
    rapporten = [
        "wagtailadmin_reports:workflow",
        "wagtailadmin_reports:workflow_tasks",
        "wagtailadmin_reports:site_history",
    ]
    client.force_login(gebruikers["trekker"])
    for rapport in rapporten:
        html = client.get(reverse(rapport)).content.decode()
        assert andermans.titel not in html, rapport
        assert eigen.titel in html, rapport
    client.force_login(gebruikers["coordinator"])
    for rapport in rapporten:
        assert andermans.titel in client.get(reverse(rapport)).content.decode(), rapport
