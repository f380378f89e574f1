"""The organisations of the region, and which of them are parties to the convenant."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index


class Niveau(models.TextChoices):
    STRATEGISCH = "strategisch", _("Strategisch")
    TACTISCH = "tactisch", _("Tactisch")
    OPERATIONEEL = "operationeel", _("Operationeel")


class Organisatie(index.Indexed, models.Model):
    class Soort(models.TextChoices):
        GEMEENTE = "gemeente", _("Gemeente")
        PROVINCIE = "provincie", _("Provincie")
        WATERSCHAP = "waterschap", _("Waterschap")
        OMGEVINGSDIENST = "omgevingsdienst", _("Omgevingsdienst")
        VEILIGHEIDSREGIO = "veiligheidsregio", _("Veiligheidsregio")
        GGD = "ggd", _("GGD")
        RIJK = "rijk", _("Rijk")
        OVERIG = "overig", _("Overig")

    naam = models.CharField(_("naam"), max_length=200, unique=True)
    afkorting = models.CharField(_("afkorting"), max_length=30, blank=True)
    soort = models.CharField(_("soort"), max_length=20, choices=Soort.choices)
    website = models.URLField(_("website"), blank=True)

    panels = [
        FieldPanel("naam"),
        FieldPanel("afkorting"),
        FieldPanel("soort"),
        FieldPanel("website"),
    ]
    search_fields = [
        index.SearchField("naam"),
        index.SearchField("afkorting"),
        index.AutocompleteField("naam"),
        index.FilterField("soort"),
    ]

    class Meta:
        ordering = ["naam"]
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")

    def __str__(self):
        return f"{self.naam} ({self.afkorting})" if self.afkorting else self.naam

    def get_absolute_url(self):
        return reverse("samenwerking:organisatie", kwargs={"pk": self.pk})


class Partijschap(models.Model):
    """An organisation as a party to the convenant: signing, joining and leaving (art. 9.9)
    and its own internal decision to take part (art. 10)."""

    organisatie = models.OneToOneField(
        Organisatie,
        verbose_name=_("organisatie"),
        on_delete=models.CASCADE,
        related_name="partijschap",
    )
    ondertekend_op = models.DateField(_("ondertekend op"), null=True, blank=True)
    toegetreden_op = models.DateField(
        _("toegetreden op"), null=True, blank=True, help_text=_("Bij latere toetreding (art. 9.9).")
    )
    uitgetreden_op = models.DateField(_("uitgetreden op"), null=True, blank=True)
    besluit = models.CharField(
        _("intern besluit"),
        max_length=250,
        blank=True,
        help_text=_("Het besluit van de eigen organisatie om deel te nemen (art. 10)."),
    )
    besluit_op = models.DateField(_("datum besluit"), null=True, blank=True)
    besluit_link = models.URLField(_("link naar het besluit"), blank=True)

    panels = [
        FieldPanel("organisatie"),
        FieldRowPanel([FieldPanel("ondertekend_op"), FieldPanel("toegetreden_op")]),
        FieldPanel("uitgetreden_op"),
        MultiFieldPanel(
            [FieldPanel("besluit"), FieldPanel("besluit_op"), FieldPanel("besluit_link")],
            heading=_("Intern besluit (art. 10)"),
        ),
    ]

    class Meta:
        ordering = ["organisatie__naam"]
        verbose_name = _("partij bij het convenant")
        verbose_name_plural = _("partijen bij het convenant")

    def __str__(self):
        return str(self.organisatie)

    @property
    def is_actief(self):
        return self.uitgetreden_op is None

    def clean(self):
        begin = self.toegetreden_op or self.ondertekend_op
        if begin and self.uitgetreden_op and self.uitgetreden_op < begin:
            raise ValidationError(
                {"uitgetreden_op": _("Uittreden kan niet vóór ondertekenen of toetreden liggen.")}
            )
