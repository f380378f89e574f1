"""The status of an uitvoeringsafspraak: one enum for the model, forms, import and workflow.
A module of its own so that the admin form (imported by the model) can use it too."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    CONCEPT = "concept", _("Concept")
    IN_AFSTEMMING = "in afstemming", _("In afstemming")
    VASTGESTELD = "vastgesteld", _("Vastgesteld")
    INGETROKKEN = "ingetrokken", _("Ingetrokken")
