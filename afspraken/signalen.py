"""Keeps the public status history of agreements in step with what is published."""

from django.dispatch import receiver
from django.utils import timezone

from wagtail.signals import published

from .export import verbind as verbind_exportversie
from .models import Statuswijziging, Uitvoeringsafspraak

# Cached exports become stale on any change of what they show (afspraken/export.py).
verbind_exportversie()


@receiver(published, sender=Uitvoeringsafspraak)
def leg_statuswijziging_vast(sender, instance, **kwargs):
    laatste = instance.statuswijzigingen.first()
    if laatste is None or (
        laatste.status,
        laatste.vastgesteld_door_id,
        laatste.vastgesteld_op,
    ) != (instance.status, instance.vastgesteld_door_id, instance.vastgesteld_op):
        Statuswijziging.objects.create(
            afspraak=instance,
            status=instance.status,
            datum=timezone.now(),
            vastgesteld_door=instance.vastgesteld_door,
            vastgesteld_op=instance.vastgesteld_op,
        )
