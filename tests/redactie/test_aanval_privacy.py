"""Attack (issue 11.1): a trekker publishes in the group's werkruimte, and Wagtail lets whoever
may publish a page change its privacy; POSTing restriction_type=none made the werkruimte
public. Privacy is the coördinatoren's and beheerders' business (redactie/privacy.py)."""

import inspect

import pytest

from django.urls import reverse

from wagtail.admin.views import page_privacy
from wagtail.models import CollectionViewRestriction, PagePermissionTester, PageViewRestriction

from redactie import privacy
from tests.helpers.redactie import werkruimte_van

pytestmark = pytest.mark.django_db


# The button "Privacy wijzigen" in the status side panel (the dialog itself is always there).
KNOP = 'data-a11y-dialog-show="set-privacy"'
GEWEIGERD = (302, 403)  # Wagtail's admin turns PermissionDenied into a redirect with a message


def _privacy_url(pagina):
    return reverse("wagtailadmin_pages:set_privacy", args=[pagina.pk])


def _maak_openbaar(client, gebruiker, pagina):
    client.force_login(gebruiker)
    return client.post(_privacy_url(pagina), {"restriction_type": "none"})


def test_trekker_kan_werkruimte_niet_openbaar_maken(client, gebruikers, eigen_groep):
    werkruimte = werkruimte_van(eigen_groep)
    antwoord = _maak_openbaar(client, gebruikers["trekker"], werkruimte)
    assert antwoord.status_code in GEWEIGERD
    assert PageViewRestriction.objects.filter(page=werkruimte).exists()
    client.logout()
    assert client.get(werkruimte.url).status_code != 200  # still closed to outsiders


def test_trekker_kan_privacy_van_werkruimtepagina_niet_wijzigen(client, gebruikers, eigen_groep):
    pagina = werkruimte_van(eigen_groep).get_children().first()
    client.force_login(gebruikers["trekker"])
    antwoord = client.post(
        _privacy_url(pagina), {"restriction_type": "password", "password": "geheim-genoeg-1"}
    )
    assert antwoord.status_code in GEWEIGERD
    assert not PageViewRestriction.objects.filter(page=pagina).exists()
    assert client.get(_privacy_url(pagina)).status_code in GEWEIGERD


def test_trekker_krijgt_privacy_niet_aangeboden(client, gebruikers, eigen_groep):
    werkruimte = werkruimte_van(eigen_groep)
    client.force_login(gebruikers["trekker"])
    antwoord = client.get(reverse("wagtailadmin_pages:edit", args=[werkruimte.pk]))
    assert antwoord.status_code == 200  # the trekker does edit the werkruimte
    assert KNOP not in antwoord.content.decode()


def test_coordinator_krijgt_privacy_aangeboden_en_kan_hem_wijzigen(client, gebruikers, eigen_groep):
    werkruimte = werkruimte_van(eigen_groep)
    client.force_login(gebruikers["coordinator"])
    html = client.get(reverse("wagtailadmin_pages:edit", args=[werkruimte.pk])).content.decode()
    assert KNOP in html
    antwoord = _maak_openbaar(client, gebruikers["coordinator"], werkruimte)
    assert antwoord.status_code == 200
    assert not PageViewRestriction.objects.filter(page=werkruimte).exists()


def test_trekker_kan_privacy_van_werkruimtecollectie_niet_wijzigen(client, gebruikers, eigen_groep):
    collectie = eigen_groep.rechten.werkruimte_collectie
    client.force_login(gebruikers["trekker"])
    antwoord = client.post(
        reverse("wagtailadmin_collections:set_privacy", args=[collectie.pk]),
        {"restriction_type": "none"},
    )
    assert antwoord.status_code in GEWEIGERD
    assert CollectionViewRestriction.objects.filter(collection=collectie).exists()


def test_adapter_past_nog_op_wagtail():
    """redactie/privacy.py narrows a Wagtail internal; fail loudly when Wagtail changes it."""
    assert PagePermissionTester.can_set_view_restrictions is privacy._can_set_view_restrictions
    assert privacy._wagtail_can_set_view_restrictions.__name__ == "can_set_view_restrictions"
    assert "can_set_view_restrictions" in inspect.getsource(page_privacy.SetPrivacyView.dispatch)
