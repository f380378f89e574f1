"""The home page and the ordinary content page of the platform."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from groepen.models import GroepPage
from inhoud.blocks import InhoudBlock
from inhoud.toegang import beperkingen_langs_het_pad, openbaar
from kennisplatform.templatetags.navigatie import menupaginas


class HomePage(Page):
    intro = RichTextField(_("inleiding"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(InhoudBlock(), verbose_name=_("inhoud"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("startpagina")

    def route(self, request, path_components):
        """Wagtail walks a path one page at a time, two queries per level (the child by its
        slug, then its specific page). Here one query finds every page on the path by its
        url_path; the walk goes straight to the deepest one, stopping early at a page that
        routes in its own way (RoutablePageMixin), which then routes the rest of the path.
        The pages on the way are the breadcrumbs of the page found (`_kp_voorouders`, read
        by the tag kruimelpad): no query for its ancestors."""
        if not path_components:
            return super().route(request, path_components)
        paden = [
            self.url_path + "".join(f"{slug}/" for slug in path_components[:i])
            for i in range(1, len(path_components) + 1)
        ]
        gevonden = {p.url_path: p for p in self.get_descendants().filter(url_path__in=paden)}
        pagina, diepte = None, 0
        for pad in paden:
            if pad not in gevonden:
                break
            pagina, diepte = gevonden[pad], diepte + 1
            if (pagina.specific_class or Page).route is not Page.route:
                break
        if pagina is None:
            return super().route(request, path_components)
        resultaat = pagina.specific.route(request, path_components[diepte:])
        if resultaat[0].pk == pagina.pk:
            voorouders = [self] + [gevonden[pad] for pad in paden[: diepte - 1]]
            resultaat[0]._kp_voorouders = voorouders
            _beperkingen_langs_het_pad(resultaat[0], voorouders)
        return resultaat

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Title, URL and search description are all on Page: no query per page type
        # (.specific()). Whoever sees the home page passed its restrictions: its children
        # count as public without a view restriction of their own (as in the main menu).
        context["onderdelen"] = menupaginas(request)
        context["recente_groepen"] = openbaar(GroepPage.objects.live()).order_by(
            "-last_published_at", "title"
        )[:6]
        return context


def _beperkingen_langs_het_pad(pagina, voorouders):
    """Wagtail's privacy check (its before_serve_page hook) asks page.get_view_restrictions():
    two queries, the ancestors and then their restrictions. The route knows the page's path,
    so one query does (inhoud.toegang.beperkingen_langs_het_pad), evaluated once per request:
    the privacy check, the page's template and the page cache all ask. With an alias on the
    way Wagtail's own method stays."""
    beperkingen = beperkingen_langs_het_pad(pagina)
    if beperkingen is None or any(p.alias_of_id for p in voorouders):
        return

    def get_view_restrictions():
        len(beperkingen)  # evaluated once: iteration, bool() and exists() reuse the result
        return beperkingen

    pagina.get_view_restrictions = get_view_restrictions


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
