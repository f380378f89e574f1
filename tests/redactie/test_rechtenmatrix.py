"""Every role × every action × own group / other group / public part, for pages and
documents, as the admin and the site decide it (Wagtail's own permission checks)."""

import pytest

from django.contrib.auth.models import AnonymousUser

from wagtail.documents import get_document_model
from wagtail.permissions import policy_registry

from tests.helpers.redactie import ROLLEN, werkruimte_van

pytestmark = pytest.mark.django_db

J, N = True, False
# page target -> role -> (view, edit, submit, publish, unpublish, delete)
VERWACHT_PAGINAS = {
    "eigen groep": {
        "bezoeker": (J, N, N, N, N, N),
        "professional": (J, N, N, N, N, N),
        "groepslid": (J, N, N, N, N, N),
        "trekker": (J, J, J, N, N, N),
        "coordinator": (J, J, J, J, J, J),
        "beheerder": (J, J, J, J, J, J),
    },
    "andere groep": {
        "bezoeker": (J, N, N, N, N, N),
        "professional": (J, N, N, N, N, N),
        "groepslid": (J, N, N, N, N, N),
        "trekker": (J, N, N, N, N, N),
        "coordinator": (J, J, J, J, J, J),
        "beheerder": (J, J, J, J, J, J),
    },
    "publiek deel": {
        "bezoeker": (J, N, N, N, N, N),
        "professional": (J, N, N, N, N, N),
        "groepslid": (J, N, N, N, N, N),
        "trekker": (J, N, N, N, N, N),
        "coordinator": (J, J, J, J, J, J),
        "beheerder": (J, J, J, J, J, J),
    },
    # The private werkruimte: trekkers publish there directly, it never becomes public.
    "eigen werkruimte": {
        "bezoeker": (N, N, N, N, N, N),
        "professional": (N, N, N, N, N, N),
        "groepslid": (J, N, N, N, N, N),
        "trekker": (J, J, J, J, J, N),
        "coordinator": (J, J, J, J, J, J),
        "beheerder": (J, J, J, J, J, J),
    },
    "andere werkruimte": {
        "bezoeker": (N, N, N, N, N, N),
        "professional": (N, N, N, N, N, N),
        "groepslid": (N, N, N, N, N, N),
        "trekker": (N, N, N, N, N, N),
        "coordinator": (J, J, J, J, J, J),
        "beheerder": (J, J, J, J, J, J),
    },
}
ACTIES = ("view", "edit", "submit", "publish", "unpublish", "delete")


def _pagina(doel, eigen_groep, andere_groep, publiek_deel):
    return {
        "eigen groep": eigen_groep,
        "andere groep": andere_groep,
        "publiek deel": publiek_deel,
        "eigen werkruimte": werkruimte_van(eigen_groep),
        "andere werkruimte": werkruimte_van(andere_groep),
    }[doel]


def _mag_bekijken(client, gebruiker, pagina):
    client.logout()
    if gebruiker:
        client.force_login(gebruiker)
    antwoord = client.get(pagina.url)
    return antwoord.status_code == 200


@pytest.mark.parametrize("doel", list(VERWACHT_PAGINAS))
@pytest.mark.parametrize("rol", ROLLEN)
def test_paginarechten(client, gebruikers, eigen_groep, andere_groep, publiek_deel, doel, rol):
    pagina = _pagina(doel, eigen_groep, andere_groep, publiek_deel)
    gebruiker = gebruikers[rol]
    tester = pagina.permissions_for_user(gebruiker or AnonymousUser())
    gevonden = (
        _mag_bekijken(client, gebruiker, pagina),
        tester.can_edit(),
        tester.can_edit() and pagina.get_workflow() is not None,
        tester.can_publish(),
        tester.can_unpublish(),
        tester.can_delete(),
    )
    verwacht = VERWACHT_PAGINAS[doel][rol]
    assert dict(zip(ACTIES, gevonden, strict=True)) == dict(zip(ACTIES, verwacht, strict=True))


# document -> role -> (download, edit, delete)
VERWACHT_DOCUMENTEN = {
    "eigen groep": {
        "bezoeker": (J, N, N),
        "professional": (J, N, N),
        "groepslid": (J, N, N),
        "trekker": (J, N, N),  # public group documents: only a coördinator changes them
        "coordinator": (J, J, J),
        "beheerder": (J, J, J),
    },
    "andere groep": {
        "bezoeker": (J, N, N),
        "professional": (J, N, N),
        "groepslid": (J, N, N),
        "trekker": (J, N, N),
        "coordinator": (J, J, J),
        "beheerder": (J, J, J),
    },
    "publiek deel": {
        "bezoeker": (J, N, N),
        "professional": (J, N, N),
        "groepslid": (J, N, N),
        "trekker": (J, N, N),
        "coordinator": (J, J, J),
        "beheerder": (J, J, J),
    },
    "eigen werkruimte": {
        "bezoeker": (N, N, N),
        "professional": (N, N, N),
        "groepslid": (J, N, N),
        "trekker": (J, J, J),  # their own private workspace
        "coordinator": (J, J, J),
        "beheerder": (J, J, J),
    },
    "andere werkruimte": {
        "bezoeker": (N, N, N),
        "professional": (N, N, N),
        "groepslid": (N, N, N),
        "trekker": (N, N, N),
        "coordinator": (J, J, J),
        "beheerder": (J, J, J),
    },
}


@pytest.mark.parametrize("doel", list(VERWACHT_DOCUMENTEN))
@pytest.mark.parametrize("rol", ROLLEN)
def test_documentrechten(client, gebruikers, documenten, doel, rol):
    document = get_document_model().objects.get(pk=documenten[doel].pk)
    gebruiker = gebruikers[rol]
    client.logout()
    if gebruiker:
        client.force_login(gebruiker)
    antwoord = client.get(document.url)
    wie = gebruiker or AnonymousUser()
    document_policy = policy_registry.get_by_type(get_document_model())
    gevonden = (
        antwoord.status_code == 200,
        document_policy.user_has_permission_for_instance(wie, "change", document),
        document_policy.user_has_permission_for_instance(wie, "delete", document),
    )
    assert gevonden == VERWACHT_DOCUMENTEN[doel][rol], (doel, rol, antwoord.status_code)
