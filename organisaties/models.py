"""The parties of the cooperation, its overlegstructuur and the yearly samenwerkingsagenda."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
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


class Overleg(models.Model):
    """One body of the overlegstructuur (convenant art. 5-6), e.g. the B-PSO."""

    naam = models.CharField(_("naam"), max_length=200, unique=True)
    afkorting = models.CharField(_("afkorting"), max_length=30, blank=True)
    niveau = models.CharField(_("niveau"), max_length=20, choices=Niveau.choices)
    functie = models.TextField(_("functie"))
    doelgroep = models.TextField(_("doelgroep"))
    bron = models.CharField(_("bron"), max_length=200, blank=True)
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    panels = [
        FieldPanel("naam"),
        FieldPanel("afkorting"),
        FieldPanel("niveau"),
        FieldPanel("functie"),
        FieldPanel("doelgroep"),
        FieldPanel("bron"),
        FieldPanel("volgorde"),
    ]

    class Meta:
        ordering = ["volgorde", "naam"]
        verbose_name = _("overleg")
        verbose_name_plural = _("overleggen")

    def __str__(self):
        return self.afkorting or self.naam


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
        organisaties = list(Organisatie.objects.all())
        context["organisaties_per_soort"] = [
            (label, [o for o in organisaties if o.soort == waarde])
            for waarde, label in Organisatie.Soort.choices
            if any(o.soort == waarde for o in organisaties)
        ]
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

    panels = [
        FieldPanel("onderwerp"),
        FieldPanel("doel"),
        FieldPanel("groep"),
        FieldPanel("kwartaal"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("onderwerp")
        verbose_name_plural = _("onderwerpen")
