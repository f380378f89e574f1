"""Roles and group workspaces of the demo, as the rights tests use them."""

from redactie.models import WerkruimtePage

ROLLEN = ["bezoeker", "professional", "groepslid", "trekker", "coordinator", "beheerder"]


def werkruimte_van(groep):
    return groep.get_children().type(WerkruimtePage).get().specific
