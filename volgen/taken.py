"""Background task of volgen: the daily run of the digests (README "Volgen en
overzichtsmails"). Runs safely twice: each user's period is claimed in the database
(digest.stuur_digests), so a second run on the same day sends nothing."""

from django_tasks import task

from .digest import stuur_digests


@task()
def stuur_digests_taak(dag):
    """Send the digests due now (`dag`: the planner's slot, for the task's record)."""
    return stuur_digests()
