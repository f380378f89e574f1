"""The overview of samenwerkingsverbanden of Sterk Utrechts Bestuur (seed 002)."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel

from organisaties.models.organisaties import Organisatie


class Onderwerp(models.Model):
    """Controlled list of subjects of samenwerkingsverbanden (comes with migrate)."""

    naam = models.CharField(_("naam"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)

    panels = [FieldPanel("naam"), FieldPanel("slug")]

    class Meta:
        ordering = ["naam"]
        verbose_name = _("onderwerp")
        verbose_name_plural = _("onderwerpen")

    def __str__(self):
        return self.naam


class Samenwerkingsverband(models.Model):
    """A cooperation body in the region (Sterk Utrechts Bestuur, programmalijn "Overzicht
    samenwerkingsverbanden"): subjects, legal form, who takes part."""

    class Rechtsvorm(models.TextChoices):
        GEMEENSCHAPPELIJKE_REGELING = (
            "gemeenschappelijke_regeling",
            _("Gemeenschappelijke regeling"),
        )
        CONVENANT = "convenant", _("Convenant")
        NETWERK = "netwerk", _("Netwerk")
        STICHTING = "stichting", _("Stichting")
        VERENIGING = "vereniging", _("Vereniging")
        OVERIG = "overig", _("Overig")

    naam = models.CharField(_("naam"), max_length=200, unique=True)
    afkorting = models.CharField(_("afkorting"), max_length=30, blank=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    omschrijving = models.TextField(_("omschrijving"), blank=True)
    rechtsvorm = models.CharField(_("rechtsvorm"), max_length=40, choices=Rechtsvorm.choices)
    onderwerpen = models.ManyToManyField(
        Onderwerp, verbose_name=_("onderwerpen"), blank=True, related_name="samenwerkingsverbanden"
    )
    organisaties = models.ManyToManyField(
        Organisatie,
        verbose_name=_("deelnemende organisaties"),
        blank=True,
        related_name="samenwerkingsverbanden",
    )
    website = models.URLField(_("website"), blank=True)
    bron = models.CharField(_("bron"), max_length=250, blank=True)
    is_voorbeeld = models.BooleanField(
        _("voorbeeld"), default=False, help_text=_("Voorbeeldgegeven, geen echt verband.")
    )
    gewijzigd_op = models.DateTimeField(_("laatst gewijzigd"), auto_now=True)

    panels = [
        FieldPanel("naam"),
        FieldPanel("afkorting"),
        FieldPanel("slug"),
        FieldPanel("omschrijving"),
        FieldPanel("rechtsvorm"),
        FieldPanel("onderwerpen"),
        FieldPanel("organisaties"),
        FieldPanel("website"),
        FieldPanel("bron"),
        FieldPanel("is_voorbeeld"),
    ]

    class Meta:
        ordering = ["naam"]
        verbose_name = _("samenwerkingsverband")
        verbose_name_plural = _("samenwerkingsverbanden")

    def __str__(self):
        return self.naam

    def get_absolute_url(self):
        return reverse("samenwerking:verband", kwargs={"slug": self.slug})
