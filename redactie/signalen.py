from django.db.models.signals import post_save
from django.dispatch import receiver

from wagtail.signals import page_published

from groepen.models import GroepPage
from redactie.inrichting import hernoem_collecties, richt_groep_in, synchroniseer_trekkers


@receiver(post_save)
def groep_aangemaakt(sender, instance, created, raw=False, **kwargs):
    """A new group page gets its groups, permissions, collections and werkruimte at once;
    a renamed one (its title is saved when published) renames its collections."""
    if raw or not isinstance(instance, GroepPage):
        return
    if created:
        richt_groep_in(instance)
    else:
        hernoem_collecties(instance)


@receiver(page_published)
def groep_gepubliceerd(sender, instance, **kwargs):
    """Publishing a group page applies its list of trekkers (accounts) to the permissions."""
    if isinstance(instance, GroepPage):
        synchroniseer_trekkers(instance)
