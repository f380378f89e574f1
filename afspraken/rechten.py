"""Who may change which agreement. Coördinatoren (and beheerders) change every agreement;
a trekker only the agreements of the group(s) they lead, and never publishes."""

from django.contrib.auth.models import Group


def is_coordinator(user):
    return user.is_superuser or user.has_perm("afspraken.publish_uitvoeringsafspraak")


def eigen_groepen(user):
    """Ids of the group pages this user is trekker of (through the group's trekkers group)."""
    from redactie.models import GroepRechten

    if not user.is_authenticated:
        return set()
    mijn_groepen = Group.objects.filter(user=user).values("pk")
    return set(
        GroepRechten.objects.filter(trekkers__in=mijn_groepen).values_list("groep_id", flat=True)
    )


def mag_wijzigen(user, afspraak):
    if not user.has_perm("afspraken.change_uitvoeringsafspraak"):
        return False
    if is_coordinator(user):
        return True
    return afspraak.groep_id is not None and afspraak.groep_id in eigen_groepen(user)
