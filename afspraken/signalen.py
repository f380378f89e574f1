"""Keeps the public status history of agreements in step with what is published."""

from django.dispatch import receiver

from wagtail.signals import published

from .export import verbind as verbind_exportversie
from .models import Uitvoeringsafspraak
from .vastleggen import leg_publicatie_vast

# Cached exports become stale on any change of what they show (afspraken/export.py).
verbind_exportversie()


@receiver(published, sender=Uitvoeringsafspraak)
def leg_statuswijziging_vast(sender, instance, **kwargs):
    leg_publicatie_vast(instance)  # the rules of the history: vastleggen.py
