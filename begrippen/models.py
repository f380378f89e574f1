"""The shared vocabulary (begrippen) of the cooperation and its A-Z glossary page."""

from django.db import models
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from begrippen.gebruik import gebruik_van
from inhoud.toegang import openbaar
from search.analyse import opsomming
from verwijzingen import bronnen_uit_tekst


class Begrip(index.Indexed, models.Model):
    term = models.CharField(_("term"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=200, unique=True, blank=True)
    definitie = models.TextField(_("definitie"))
    afkortingen = models.CharField(
        _("afkortingen"), max_length=200, blank=True, help_text=_("Gescheiden door puntkomma's.")
    )
    synoniemen = models.TextField(
        _("synoniemen"), blank=True, help_text=_("Gescheiden door puntkomma's.")
    )
    bron = models.CharField(
        _("bron"),
        max_length=250,
        blank=True,
        help_text=_("Bijvoorbeeld: Convenant Regionale Samenwerking, art. 1"),
    )
    groep = models.ForeignKey(
        "groepen.GroepPage",
        verbose_name=_("groep"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="begrippen",
    )
    verwante_begrippen = models.ManyToManyField(
        "self", verbose_name=_("verwante begrippen"), blank=True
    )
    bredere_begrippen = models.ManyToManyField(
        "self",
        verbose_name=_("bredere begrippen"),
        symmetrical=False,
        blank=True,
        related_name="smallere_begrippen",
        help_text=_("Het algemenere begrip waar dit begrip onder valt (SKOS: broader)."),
    )

    panels = [
        FieldPanel("term"),
        FieldPanel("definitie"),
        FieldPanel("afkortingen"),
        FieldPanel("synoniemen"),
        FieldPanel("bron"),
        FieldPanel("groep"),
        FieldPanel("bredere_begrippen"),
        FieldPanel("verwante_begrippen"),
    ]
    search_fields = [
        index.SearchField("term", boost=3),
        index.AutocompleteField("term"),
        index.SearchField("afkortingen", boost=3),
        index.SearchField("synoniemen", boost=2),
        index.SearchField("definitie"),
    ]

    class Meta:
        ordering = ["term"]
        verbose_name = _("begrip")
        verbose_name_plural = _("begrippen")

    def __str__(self):
        return self.term

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.term)[:200] or "begrip"
        super().save(*args, **kwargs)

    @property
    def afkortingen_lijst(self):
        return opsomming(self.afkortingen)

    @property
    def synoniemen_lijst(self):
        return opsomming(self.synoniemen)

    @cached_property
    def openbare_groep(self):
        """The begrip's group, only when anyone may read the group's page (live, no view
        restriction on it or above it): a private group is never named or linked, as in the
        register of afspraken."""
        groep = self.groep if self.groep_id else None
        if groep is None or not groep.live or groep.get_view_restrictions().exists():
            return None
        return groep

    @property
    def bronnen(self):
        """The sources as {"titel", "url"}: a law article links to wetten.overheid.nl."""
        return bronnen_uit_tekst(self.bron)

    @property
    def beginletter(self):
        eerste = self.term[:1].upper()
        return eerste if eerste.isalpha() else "#"


def gefilterde_begrippen(filter_tekst):
    """The begrippen whose term, abbreviations or synonyms contain the text (all without one);
    the glossary page's filter, also used by /api/v1/begrippen."""
    begrippen = Begrip.objects.all()
    if filter_tekst:
        begrippen = begrippen.filter(
            models.Q(term__icontains=filter_tekst)
            | models.Q(afkortingen__icontains=filter_tekst)
            | models.Q(synoniemen__icontains=filter_tekst)
        )
    return begrippen


def zet_openbare_groepen(begrippen):
    """Fill `openbare_groep` of these begrippen (their group selected along) in one query
    for all of them, instead of two per begrip: the same rule, Wagtail's public()."""
    groep_ids = {b.groep_id for b in begrippen if b.groep_id}
    zichtbaar = set(
        openbaar(Page.objects.live().filter(pk__in=groep_ids)).values_list("pk", flat=True)
        if groep_ids
        else []
    )
    for begrip in begrippen:
        begrip.openbare_groep = begrip.groep if begrip.groep_id in zichtbaar else None


def relaties(begrip):
    """{"breder": [...], "smaller": [...], "verwant": [...]}: the begrippen this one is related
    to, by term, in one query for the three kinds."""
    soorten = {
        "breder": begrip.bredere_begrippen.all(),
        "smaller": begrip.smallere_begrippen.all(),
        "verwant": begrip.verwante_begrippen.all(),
    }
    delen = [qs.order_by().annotate(relatie=models.Value(soort)) for soort, qs in soorten.items()]
    uit = {soort: [] for soort in soorten}
    for ander in delen[0].union(*delen[1:], all=True).order_by("term"):
        uit[ander.relatie].append(ander)
    return uit


class BegrippenIndexPage(RoutablePageMixin, Page):
    """The A-Z glossary; each begrip has its own URL below it."""

    intro = RichTextField(_("inleiding"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["kennisplatform.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("begrippenlijst")

    @path("")
    def lijst(self, request):
        filter_tekst = request.GET.get("filter", "").strip()[:100]
        begrippen = gefilterde_begrippen(filter_tekst)
        per_letter = {}
        for begrip in begrippen:
            per_letter.setdefault(begrip.beginletter, []).append(begrip)
        return self.render(
            request,
            context_overrides={
                "filter_tekst": filter_tekst,
                "per_letter": sorted(per_letter.items()),
                "aantal": sum(len(v) for v in per_letter.values()),
            },
        )

    @re_path(r"^(?P<slug>[-\w]+)/$")
    def begrip(self, request, slug):
        if not slug:
            raise Http404
        # whether anyone may read the group's page comes along in the same query
        groep_openbaar = Exists(openbaar(Page.objects.live()).filter(pk=OuterRef("groep_id")))
        begrip = get_object_or_404(
            Begrip.objects.select_related("groep").annotate(groep_openbaar=groep_openbaar),
            slug=slug,
        )
        begrip.openbare_groep = begrip.groep if begrip.groep_openbaar else None
        return self.render(
            request,
            template="begrippen/begrip_page.html",
            context_overrides={
                "begrip": begrip,
                "pagina_titel": begrip.term,
                "relaties": relaties(begrip),
                "gebruik": gebruik_van(begrip, request),
            },
        )

    def url_voor(self, begrip):
        return self.url + self.reverse_subpage("begrip", kwargs={"slug": begrip.slug})
