"""Projectgroepen: time-boxed groups with an opdracht, a planning and results, on the
shared group base (groepen)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from groepen.models import GroepIndexPage, GroepPage


class ProjectgroepIndexPage(GroepIndexPage):
    subpage_types = ["projectgroepen.ProjectgroepPage"]

    class Meta:
        verbose_name = _("overzicht projectgroepen")


class ProjectgroepPage(GroepPage):
    class Status(models.TextChoices):
        GEPLAND = "gepland", _("Gepland")
        LOPEND = "lopend", _("Lopend")
        AFGEROND = "afgerond", _("Afgerond")

    opdracht = models.TextField(_("opdracht"))
    startdatum = models.DateField(_("startdatum"), null=True, blank=True)
    einddatum = models.DateField(_("einddatum"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.LOPEND
    )

    content_panels = GroepPage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("opdracht"),
                FieldRowPanel([FieldPanel("startdatum"), FieldPanel("einddatum")]),
                FieldPanel("status"),
                InlinePanel("resultaten", label=_("Resultaten")),
            ],
            heading=_("Opdracht en planning"),
        ),
    ]
    search_fields = GroepPage.search_fields + [
        index.SearchField("opdracht"),
        index.FilterField("status"),
    ]
    is_creatable = True
    parent_page_types = ["projectgroepen.ProjectgroepIndexPage"]

    class Meta:
        verbose_name = _("projectgroep")
        verbose_name_plural = _("projectgroepen")

    @property
    def heeft_eigen_inhoud(self):
        return bool(self.opdracht)

    def clean(self):
        super().clean()
        if self.startdatum and self.einddatum and self.einddatum < self.startdatum:
            raise ValidationError({"einddatum": _("De einddatum ligt vóór de startdatum.")})


class Resultaat(Orderable):
    """A deliverable of a projectgroep with its planned quarter."""

    projectgroep = ParentalKey(
        ProjectgroepPage, on_delete=models.CASCADE, related_name="resultaten"
    )
    resultaat = models.CharField(_("resultaat"), max_length=500)
    kwartaal = models.CharField(_("gepland"), max_length=40, help_text=_("Bijvoorbeeld Q2 2024"))

    panels = [FieldPanel("resultaat"), FieldPanel("kwartaal")]

    class Meta(Orderable.Meta):
        verbose_name = _("resultaat")
        verbose_name_plural = _("resultaten")
