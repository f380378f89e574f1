"""What every group (kennisnetwerk, themagroep, projectgroep) has in common. The group base
is a concrete page model so that begrippen, materials and agreements can point to "a group"
of any kind. Also the membership record of a group (GroepRechten): who are its members and
trekkers, and which collections hold its documents."""

from django.apps import apps
from django.contrib.auth.models import Group
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Collection, Orderable, Page
from wagtail.search import index

from begrippen.gedeeld import alle_begrippen
from groepen import toegang
from groepen.formulieren import GroepPageFormulier
from groepen.lidmaatschap import is_lid
from inhoud.blocks import InhoudBlock
from organisaties.models import Niveau

# The private workspace page of a group lives in redactie (a higher layer): named, not imported,
# like the page types in subpage_types. So does the ordinary content page of the site.
WERKRUIMTE_MODEL = "redactie.WerkruimtePage"
INHOUD_MODEL = "kennisplatform.InhoudPage"

# How much of each list the group page shows before it links to the rest.
BIJEENKOMSTEN_OP_PAGINA = 3
LAATSTE_MATERIALEN = 5
MAX_INHOUDSPAGINAS = 20


class GroepPage(Page):
    samenvatting = models.CharField(
        _("samenvatting"), max_length=250, blank=True, help_text=_("Eén zin voor overzichten.")
    )
    doel = models.TextField(_("doel"))
    body = StreamField(InhoudBlock(), verbose_name=_("inhoud"), blank=True)
    niveau = models.CharField(_("niveau"), max_length=20, choices=Niveau.choices)
    organisaties = ParentalManyToManyField(
        "organisaties.Organisatie",
        verbose_name=_("deelnemende organisaties"),
        blank=True,
        related_name="groepen",
    )
    vergaderritme = models.CharField(_("vergaderritme"), max_length=200, blank=True)
    contact = models.EmailField(_("contact (e-mail)"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("samenvatting"),
        FieldPanel("doel"),
        FieldPanel("niveau"),
        FieldPanel("body"),
        InlinePanel("trekkers", label=_("Trekkers"), min_num=1),
        MultiFieldPanel(
            [FieldPanel("organisaties"), FieldPanel("vergaderritme"), FieldPanel("contact")],
            heading=_("Deelname en contact"),
        ),
        InlinePanel("werkmaterialen", label=_("Werkmateriaal")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("samenvatting", boost=2),
        index.SearchField("doel", boost=2),
        index.SearchField("body"),
        index.FilterField("niveau"),
    ]
    is_creatable = False
    subpage_types = ["redactie.WerkruimtePage", "kennisplatform.InhoudPage"]
    # The account of a trekker: chosen from the group's members only (formulieren.py).
    base_form_class = GroepPageFormulier

    class Meta:
        verbose_name = _("groep")
        verbose_name_plural = _("groepen")

    @property
    def soort_label(self):
        return self.specific_class._meta.verbose_name

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["trekkers"] = self.trekkers.select_related("organisatie")
        context["deelnemers"] = self.organisaties.all()
        # from the list the template's begrippen_koppelen reads anyway (one query for both)
        context["begrippen"] = [b for b in alle_begrippen(request) if b.groep_id == self.pk]
        context["inhoudspaginas"] = self.inhoudspaginas()
        per_bijeenkomst = toegang.werkmaterialen_per_bijeenkomst(request, self)
        context["werkmaterialen"] = per_bijeenkomst
        context["laatste_materialen"] = toegang.laatste_materialen(
            per_bijeenkomst, LAATSTE_MATERIALEN
        )
        context["aantal_materialen"] = sum(len(items) for _, _, items in per_bijeenkomst)
        context["meer_materialen"] = context["aantal_materialen"] > LAATSTE_MATERIALEN
        context["sjablonen"] = list(self.sjablonen.all())
        nu = timezone.now()
        # One more than shown: is there more to link to? Both lists in one query.
        meer = BIJEENKOMSTEN_OP_PAGINA + 1
        eerste_komende = self.bijeenkomsten.filter(einde__gte=nu).order_by("begin")[:meer]
        laatste_voorbije = self.bijeenkomsten.filter(einde__lt=nu).order_by("-begin")[:meer]
        beide = self.bijeenkomsten.filter(
            models.Q(pk__in=eerste_komende.values("pk"))
            | models.Q(pk__in=laatste_voorbije.values("pk"))
        ).order_by("begin")
        komend, voorbij = [], []
        for bijeenkomst in beide:
            (komend if bijeenkomst.einde >= nu else voorbij).append(bijeenkomst)
        voorbij.reverse()
        context["komende_bijeenkomsten"] = komend[:BIJEENKOMSTEN_OP_PAGINA]
        context["voorbije_bijeenkomsten"] = voorbij[:BIJEENKOMSTEN_OP_PAGINA]
        context["meer_bijeenkomsten"] = max(len(komend), len(voorbij)) > BIJEENKOMSTEN_OP_PAGINA
        context["werkruimte"] = self.werkruimte_voor(request.user)
        context["zonder_inhoud"] = not (
            self.body
            or context["inhoudspaginas"]
            or komend
            or voorbij
            or per_bijeenkomst
            or context["sjablonen"]
            or self.heeft_eigen_inhoud
        )
        return context

    def get_view_restrictions(self):
        """Wagtail's privacy check before serving and the page's template both ask; the
        answer is looked up once per page object (one request) instead of each time."""
        if not hasattr(self, "_beperkingen"):
            self._beperkingen = super().get_view_restrictions()
            len(self._beperkingen)  # evaluated once: iteration, bool() and exists() reuse it
        return self._beperkingen

    def inhoudspaginas(self):
        """The group's own content pages: published children anyone may read (never the
        werkruimte, which has a view restriction, nor a page below it). What Wagtail's
        public() gives, without its query over every restriction of the site: a child of
        a restricted group is never public, one of a public group when it has no
        restriction of its own."""
        if self.get_view_restrictions():
            return []
        inhoud_model = apps.get_model(INHOUD_MODEL)
        return list(
            inhoud_model.objects.child_of(self)
            .live()
            .filter(view_restrictions__isnull=True)
            .order_by("path")[:MAX_INHOUDSPAGINAS]
        )

    @property
    def heeft_eigen_inhoud(self):
        """Does this kind of group have content of its own beyond the common sections
        (a projectgroep's opdracht)? Subclasses say so."""
        return False

    @property
    def meta_beschrijving(self):
        return self.samenvatting or self.doel

    def werkruimte_voor(self, user):
        """The group's private werkruimte page, if this user may enter it."""
        if not is_lid(user, self):
            return None
        werkruimte_model = apps.get_model(WERKRUIMTE_MODEL)
        return self.get_children().type(werkruimte_model).live().first()


class Trekker(Orderable):
    groep = ParentalKey(GroepPage, on_delete=models.CASCADE, related_name="trekkers")
    naam = models.CharField(_("naam"), max_length=200)
    organisatie = models.ForeignKey(
        "organisaties.Organisatie",
        verbose_name=_("organisatie"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    rol = models.CharField(_("rol"), max_length=200, default="Trekker")
    gebruiker = models.ForeignKey(
        "auth.User",
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="trekkerschappen",
        help_text=_("Het account waarmee deze trekker inlogt (optioneel)."),
    )

    panels = [
        FieldPanel("naam"),
        FieldPanel("organisatie"),
        FieldPanel("rol"),
        FieldPanel("gebruiker"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("trekker")
        verbose_name_plural = _("trekkers")

    def __str__(self):
        return self.naam


class Werkmateriaal(Orderable):
    """Material from a meeting: slides, a report, a work form."""

    class Soort(models.TextChoices):
        PRESENTATIE = "presentatie", _("Presentatie")
        VERSLAG = "verslag", _("Verslag")
        WERKVORM = "werkvorm", _("Werkvorm")
        HANDREIKING = "handreiking", _("Handreiking")
        SJABLOON = "sjabloon", _("Sjabloon")
        OVERIG = "overig", _("Overig")

    groep = ParentalKey(GroepPage, on_delete=models.CASCADE, related_name="werkmaterialen")
    titel = models.CharField(_("titel"), max_length=250)
    soort = models.CharField(_("soort"), max_length=20, choices=Soort.choices, default=Soort.OVERIG)
    bijeenkomst = models.CharField(
        _("bijeenkomst (omschrijving)"),
        max_length=250,
        blank=True,
        help_text=_("Voor een bijeenkomst die niet in de agenda van het platform staat."),
    )
    gekoppelde_bijeenkomst = models.ForeignKey(
        "materialen.Bijeenkomst",
        verbose_name=_("bijeenkomst uit de agenda"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="werkmaterialen",
    )
    datum = models.DateField(_("datum"), null=True, blank=True)
    omschrijving = models.TextField(_("omschrijving"), blank=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("titel"),
        FieldPanel("soort"),
        FieldPanel("gekoppelde_bijeenkomst"),
        FieldPanel("bijeenkomst"),
        FieldPanel("datum"),
        FieldPanel("omschrijving"),
        FieldPanel(
            "document",
            help_text=_(
                "Openbaar of alleen voor de werkruimte volgt uit de collectie van het document: "
                "een document in de collectie „Werkruimte” van de groep zien alleen leden."
            ),
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("werkmateriaal")
        verbose_name_plural = _("werkmaterialen")

    def __str__(self):
        return self.titel

    # zichtbare_werkmaterialen() sets this per collection; otherwise it is asked here.
    openbaar = None

    @property
    def is_openbaar(self):
        if self.openbaar is not None:
            return self.openbaar
        return self.document is None or toegang.is_openbaar(self.document)


class GroepRechten(models.Model):
    """What `redactie.inrichting.richt_groep_in()` set up for one group; one row per group page.
    The membership of a group: its leden and trekkers (Django groups) and its collections."""

    groep = models.OneToOneField(GroepPage, on_delete=models.CASCADE, related_name="rechten")
    leden = models.OneToOneField(Group, on_delete=models.PROTECT, related_name="+")
    trekkers = models.OneToOneField(Group, on_delete=models.PROTECT, related_name="+")
    collectie = models.ForeignKey(Collection, on_delete=models.PROTECT, related_name="+")
    werkruimte_collectie = models.ForeignKey(Collection, on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("rechten van een groep")
        verbose_name_plural = _("rechten van groepen")

    def __str__(self):
        return str(self.groep)


class GroepIndexPage(Page):
    """Lists the published groups of one kind, filterable by level."""

    intro = RichTextField(_("inleiding"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["kennisplatform.HomePage"]
    max_count = 1

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        groepen = toegang.openbaar(self.get_children().live()).specific().order_by("title")
        niveau = request.GET.get("niveau", "")
        if niveau in Niveau.values:
            groepen = [g for g in groepen if getattr(g, "niveau", None) == niveau]
        else:
            niveau = ""
        context["groepen"] = groepen
        context["niveaus"] = Niveau.choices
        context["gekozen_niveau"] = niveau
        return context
