"""The home page and the ordinary content page of the platform."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from groepen.models import GroepPage
from inhoud.blocks import InhoudBlock


class HomePage(Page):
    intro = RichTextField(_("inleiding"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(InhoudBlock(), verbose_name=_("inhoud"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("startpagina")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["onderdelen"] = self.get_children().live().public().in_menu().specific()
        context["recente_groepen"] = (
            GroepPage.objects.live().public().order_by("-last_published_at", "title")[:6]
        )
        return context


class InhoudPage(Page):
    """An ordinary page of text, e.g. the convenant with its articles."""

    intro = models.TextField(_("inleiding"), blank=True)
    body = StreamField(InhoudBlock(), verbose_name=_("inhoud"), blank=True)
    inhoudsopgave = models.BooleanField(
        _("toon inhoudsopgave"),
        default=False,
        help_text=_("Toon bovenaan een lijst van de artikelen en koppen."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("inhoudsopgave"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    subpage_types = ["kennisplatform.InhoudPage"]

    class Meta:
        verbose_name = _("inhoudspagina")

    def toc(self):
        """(anchor, label) pairs for the table of contents."""
        from django.utils.text import slugify

        items = []
        for blok in self.body:
            if blok.block_type == "artikel":
                nummer = blok.value["nummer"]
                prefix = "Artikel " if nummer[:1].isdigit() else ""
                items.append(
                    (f"artikel-{slugify(nummer)}", f"{prefix}{nummer} {blok.value['titel']}")
                )
        return items


class PlannerRonde(models.Model):
    """One run of a scheduled job (kennisplatform/planner.py) in its time slot: the minute
    ("2026-12-05T13:45") or the day ("2026-12-05"). The unique (taak, slot) pair is the claim:
    two planners, or a restarted one, never run a job twice in the same slot."""

    taak = models.CharField(_("taak"), max_length=60)
    slot = models.CharField(_("tijdvak"), max_length=20)
    gestart_op = models.DateTimeField(_("gestart op"), auto_now_add=True)

    class Meta:
        verbose_name = _("plannerronde")
        verbose_name_plural = _("plannerrondes")
        constraints = [models.UniqueConstraint(fields=["taak", "slot"], name="plannerronde_uniek")]
        indexes = [models.Index(fields=["taak", "-gestart_op"], name="plannerronde_laatste")]

    def __str__(self):
        return f"{self.taak} {self.slot}"
