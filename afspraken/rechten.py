"""Who may change which agreement. Coördinatoren (and beheerders) change every agreement;
a trekker only the agreements of the group(s) they lead, and never publishes. In the admin a
trekker does not even see other groups' agreements (groepen/groepsgebonden.py)."""

from groepen.lidmaatschap import eigen_groepen

__all__ = ["eigen_groepen", "is_coordinator", "mag_wijzigen", "mag_lezen_in_beheer"]


def is_coordinator(user):
    return user.is_superuser or user.has_perm("afspraken.publish_uitvoeringsafspraak")


def mag_lezen_in_beheer(user, afspraak):
    """Drafts, revisions and history of an agreement: own group(s) only, unless coördinator."""
    if is_coordinator(user):
        return True
    return afspraak.groep_id is not None and afspraak.groep_id in eigen_groepen(user)


def mag_wijzigen(user, afspraak):
    if not user.has_perm("afspraken.change_uitvoeringsafspraak"):
        return False
    return mag_lezen_in_beheer(user, afspraak)
