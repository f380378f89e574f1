"""Who belongs to a group: members (leden), trekkers and the coördinatoren who work for every
group. Used by the group page (its werkruimte link), by the per-group admin of snippets
(groepsgebonden.py) and by the rights of materials and agreements; redactie sets up the
groups themselves (inrichting.py) and builds the roles on these names (rollen.py)."""

from django.apps import apps
from django.contrib.auth.models import Group

# The name of the global role group; redactie.rollen creates it.
COORDINATOREN = "Coördinatoren"


def _groep_rechten():
    # The membership record lives in this app's models, which import this module.
    return apps.get_model("groepen", "GroepRechten")


def is_coordinator(user):
    """Coördinatoren and beheerders (superusers) work for every group."""
    return user.is_authenticated and (
        user.is_superuser or user.groups.filter(name=COORDINATOREN).exists()
    )


def is_lid(user, groep):
    """May this user see the group's private werkruimte?"""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    rechten = _groep_rechten().objects.filter(groep=groep).first()
    if rechten is None:
        return False
    return user.groups.filter(
        pk__in=[rechten.leden_id, rechten.trekkers_id],
    ).exists() or is_coordinator(user)


def eigen_groepen(user):
    """Ids of the group pages this user is trekker of (through the group's trekkers group)."""
    if not user.is_authenticated:
        return set()
    mijn_groepen = Group.objects.filter(user=user).values("pk")
    return set(
        _groep_rechten()
        .objects.filter(trekkers__in=mijn_groepen)
        .values_list("groep_id", flat=True)
    )
