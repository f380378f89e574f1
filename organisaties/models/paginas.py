"""The public pages of the overlegstructuur and the yearly samenwerkingsagenda."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from organisaties.models.organisaties import Niveau, Organisatie, Partijschap
from organisaties.models.overleggen import Overleg


class OverlegstructuurPage(Page):
    """The overlegstructuur and the participating organisations, public to all."""

    intro = RichTextField(_("inleiding"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["kennisplatform.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("overlegstructuur")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        overleggen = list(Overleg.objects.all())
        context["overleggen_per_niveau"] = [
            (label, [o for o in overleggen if o.niveau == waarde])
            for waarde, label in Niveau.choices
        ]
        # --- overleg (issue 14.2): the parties to the convenant, not every organisation
        organisaties = [
            p.organisatie
            for p in Partijschap.objects.filter(uitgetreden_op__isnull=True).select_related(
                "organisatie"
            )
        ]
        context["partijen_per_soort"] = [
            (label, sorted((o for o in organisaties if o.soort == waarde), key=lambda o: o.naam))
            for waarde, label in Organisatie.Soort.choices
            if any(o.soort == waarde for o in organisaties)
        ]
        # --- end overleg
        return context


class SamenwerkingsagendaPage(Page):
    """The yearly samenwerkingsagenda: topics, aims, the group that carries them, planning."""

    jaar = models.PositiveSmallIntegerField(_("jaar"))
    intro = RichTextField(_("inleiding"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [
        FieldPanel("jaar"),
        FieldPanel("intro"),
        InlinePanel("onderwerpen", label=_("Onderwerpen")),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["kennisplatform.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("samenwerkingsagenda")
        verbose_name_plural = _("samenwerkingsagenda's")


KWARTAAL = re.compile(r"\d{4}-Q[1-4]")


class Agendastatus(models.TextChoices):
    GEPLAND = "gepland", _("Gepland")
    LOOPT = "loopt", _("Loopt")
    AFGEROND = "afgerond", _("Afgerond")
    VERTRAAGD = "vertraagd", _("Vertraagd")
    GESTOPT = "gestopt", _("Gestopt")


class AgendaOnderwerpManager(models.Manager):
    """With its agenda page: every item names its year (__str__), e.g. in the admin's select
    of an agreement's agendaonderwerp, without a query per item."""

    def get_queryset(self):
        return super().get_queryset().select_related("agenda")


class AgendaOnderwerp(Orderable):
    agenda = ParentalKey(
        SamenwerkingsagendaPage, on_delete=models.CASCADE, related_name="onderwerpen"
    )
    onderwerp = models.CharField(_("onderwerp"), max_length=250)
    doel = models.TextField(_("doel en resultaat"), blank=True)
    groep = models.ForeignKey(
        "groepen.GroepPage",
        verbose_name=_("groep"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    kwartaal = models.CharField(
        _("planning"), max_length=40, blank=True, help_text=_("Bijvoorbeeld Q3 2026")
    )
    beleidsvraagstuk = models.TextField(_("beleidsvraagstuk"), blank=True)
    randvoorwaarden = models.TextField(_("randvoorwaarden"), blank=True)
    aanpak = models.TextField(_("aanpak en planning"), blank=True)
    kwartaal_van = models.CharField(
        _("van kwartaal"), max_length=7, blank=True, help_text=_("Bijvoorbeeld 2026-Q1")
    )
    kwartaal_tot = models.CharField(
        _("tot en met kwartaal"), max_length=7, blank=True, help_text=_("Bijvoorbeeld 2026-Q4")
    )
    trekker = models.CharField(
        _("trekker"), max_length=200, blank=True, help_text=_("Persoon of organisatie.")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Agendastatus.choices, default=Agendastatus.GEPLAND
    )
    gepland = models.TextField(_("gepland resultaat"), blank=True)
    bereikt = models.TextField(_("bereikt resultaat"), blank=True)
    voortgang_toelichting = models.TextField(_("toelichting op de voortgang"), blank=True)
    documenten = ParentalManyToManyField(
        "wagtaildocs.Document", verbose_name=_("materialen"), blank=True, related_name="+"
    )

    panels = [
        FieldPanel("onderwerp"),
        FieldPanel("beleidsvraagstuk"),
        FieldPanel("doel"),
        FieldPanel("randvoorwaarden"),
        FieldPanel("aanpak"),
        FieldPanel("groep"),
        FieldPanel("trekker"),
        FieldRowPanel([FieldPanel("kwartaal_van"), FieldPanel("kwartaal_tot")]),
        FieldPanel("kwartaal"),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("gepland"),
                FieldPanel("bereikt"),
                FieldPanel("voortgang_toelichting"),
            ],
            heading=_("Voortgang"),
        ),
        FieldPanel("documenten"),
    ]

    objects = AgendaOnderwerpManager()

    class Meta(Orderable.Meta):
        verbose_name = _("onderwerp")
        verbose_name_plural = _("onderwerpen")

    def __str__(self):
        # "2026 — Omgevingsplannen afstemmen": the same subject may return in another year.
        if self.agenda_id is None:
            return self.onderwerp
        return f"{self.agenda.jaar} — {self.onderwerp}"

    def clean(self):
        for veld in ("kwartaal_van", "kwartaal_tot"):
            waarde = getattr(self, veld)
            if waarde and not KWARTAAL.fullmatch(waarde):
                raise ValidationError({veld: _("Schrijf een kwartaal als 2026-Q3.")})
        if self.kwartaal_van and self.kwartaal_tot and self.kwartaal_tot < self.kwartaal_van:
            raise ValidationError({"kwartaal_tot": _("Het eind ligt vóór het begin.")})
