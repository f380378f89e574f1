"""The public register of uitvoeringsafspraken (convenant art. 7.1-7.3).

An agreement is a snippet with draft state, revisions, locking and workflow, so it goes through
the same review as pages. The row in the database always holds the live (published) version;
drafts live in revisions. Field names follow the columns of the import format (docs/ontwerp.md), so
model, import, export and API speak one vocabulary."""

import hashlib
import re

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Page,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)

from inhoud.gedeeld import gedeeld
from inhoud.toegang import beperkingen_langs_het_pad
from verwijzingen import grondslagen_uit_tekst

from . import titels
from .forms import AfspraakAdminForm
from .status import Status

# docs/ontwerp.md: the controlled list of kerninstrumenten, in this order. `migrate` installs
# it (migrations/0003_kerninstrumenten.py, a frozen copy); coördinatoren may add more in the admin.
KERNINSTRUMENTEN = [
    "Omgevingsvisie",
    "Programma",
    "Omgevingsplan",
    "Waterschapsverordening",
    "Omgevingsverordening",
    "Decentrale regels",
    "Omgevingsvergunning",
    "Projectbesluit",
    "Toezicht en handhaving",
    "Algemene rijksregels / Meldingen",
    "Maatwerk",
    "Gelijkwaardige maatregelen",
    "Participatie",
    "Digitaal Stelsel Omgevingswet (DSO)",
    "Vooroverleg / omgevingstafel",
]

# The partner columns of the national table (seed 001, docs/ontwerp.md), in their order.
PARTNERS = [
    ("gemeente", _("Gemeente")),
    ("provincie", _("Provincie")),
    ("waterschap", _("Waterschap")),
    ("omgevingsdienst", _("Omgevingsdienst")),
    ("veiligheidsregio", _("Veiligheidsregio")),
    ("ggd", _("GGD")),
    ("rijk", _("Rijk")),
]
PARTNER_VELDEN = [veld for veld, _label in PARTNERS]


def normaliseer(tekst):
    return " ".join(re.sub(r"[^\w\s]", " ", (tekst or "").lower()).split())


def sleutel_voor(kerninstrument_naam, samenwerkingsafspraak):
    """Recognises an agreement without a code: its kerninstrument and normalised text."""
    bron = f"{normaliseer(kerninstrument_naam)}|{normaliseer(samenwerkingsafspraak)}"
    return hashlib.sha1(bron.encode()).hexdigest()


def nieuwe_codes():
    """Generates free codes UA-00001, UA-00002, ... after the highest one in use."""
    hoogste = 0
    for code in Uitvoeringsafspraak.objects.filter(code__startswith="UA-").values_list(
        "code", flat=True
    ):
        if code[3:].isdigit():
            hoogste = max(hoogste, int(code[3:]))
    while True:
        hoogste += 1
        yield f"UA-{hoogste:05d}"


class Kerninstrument(models.Model):
    """The controlled list of the core instruments of the Omgevingswet (docs/ontwerp.md)."""

    naam = models.CharField(_("naam"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True, blank=True)
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=100)
    omschrijving = models.TextField(_("omschrijving"), blank=True)

    panels = [FieldPanel("naam"), FieldPanel("volgorde"), FieldPanel("omschrijving")]

    class Meta:
        ordering = ["volgorde", "naam"]
        verbose_name = _("kerninstrument")
        verbose_name_plural = _("kerninstrumenten")

    def __str__(self):
        return self.naam

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.naam)[:120]
        super().save(*args, **kwargs)


class Trefwoord(TaggedItemBase):
    content_object = ParentalKey(
        "afspraken.Uitvoeringsafspraak",
        on_delete=models.CASCADE,
        related_name="trefwoord_items",
        db_index=False,  # the index (content_object, tag) below serves these lookups
    )

    class Meta:
        indexes = [models.Index(fields=["content_object", "tag"], name="trefwoord_afspraak_tag")]


class AfspraakQuerySet(models.QuerySet):
    def openbaar(self):
        """What anyone may read: published, and past the concept stage."""
        return self.filter(live=True).exclude(status=Uitvoeringsafspraak.Status.CONCEPT)

    def zichtbaar_voor(self, user):
        """Coördinatoren and beheerders also see drafts and concepts (for the admin)."""
        if user.is_authenticated and user.has_perm("afspraken.change_uitvoeringsafspraak"):
            return self.all()
        return self.openbaar()


# Full-text search of agreements goes through the platform search (search/), which builds its
# own Dutch-analysed search documents; the agreement itself is not in Wagtail's index.
class Uitvoeringsafspraak(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    ClusterableModel,
):
    Status = Status

    class Typering(models.TextChoices):
        NODIG = "afstemming nodig", _("Afstemming nodig")
        WENSELIJK = "afstemming wenselijk", _("Afstemming wenselijk")

    class Niveau(models.TextChoices):
        AMBTELIJK = "ambtelijk", _("Ambtelijk")
        BESTUURLIJK = "bestuurlijk", _("Bestuurlijk")

    code = models.CharField(
        _("code"),
        max_length=40,
        unique=True,
        blank=True,
        help_text=_("Vaste sleutel, bijvoorbeeld UA-00012. Wordt automatisch gevuld."),
    )
    titel = models.CharField(_("titel"), max_length=250)
    slug = models.SlugField(_("slug"), max_length=120, unique=True, blank=True)
    samenwerkingsafspraak = models.TextField(_("samenwerkingsafspraak"))
    kerninstrument = models.ForeignKey(
        Kerninstrument,
        verbose_name=_("kerninstrument"),
        on_delete=models.PROTECT,
        related_name="afspraken",
    )
    juridische_onderbouwing = models.TextField(
        _("juridische onderbouwing"),
        blank=True,
        help_text=_(
            "Wet en artikel, gescheiden door puntkomma's, bijvoorbeeld: "
            "Omgevingswet art. 2.2; Omgevingsbesluit art. 10.7"
        ),
    )
    juridische_tekst = models.TextField(_("juridische tekst"), blank=True)
    juridische_tekst_is_samenvatting = models.BooleanField(
        _("de juridische tekst is een samenvatting"),
        default=False,
        help_text=_(
            "Aanvinken als de juridische tekst een samenvatting is en niet de letterlijke tekst "
            "van de wet. De pagina toont dan het label “Samenvatting van de wettekst”."
        ),
    )
    typering = models.CharField(_("typering"), max_length=30, choices=Typering.choices, blank=True)
    trefwoorden = ClusterTaggableManager(
        verbose_name=_("trefwoorden"), through=Trefwoord, blank=True
    )
    bron = models.CharField(_("bron"), max_length=250, blank=True)
    ambtelijk_bestuurlijk = models.CharField(
        _("niveau"), max_length=20, choices=Niveau.choices, blank=True
    )
    gemeente = models.BooleanField(_("gemeente"), default=False)
    provincie = models.BooleanField(_("provincie"), default=False)
    waterschap = models.BooleanField(_("waterschap"), default=False)
    omgevingsdienst = models.BooleanField(_("omgevingsdienst"), default=False)
    veiligheidsregio = models.BooleanField(_("veiligheidsregio"), default=False)
    ggd = models.BooleanField(_("GGD"), default=False)
    rijk = models.BooleanField(_("Rijk"), default=False)
    toelichting = models.TextField(_("toelichting"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.CONCEPT
    )
    vastgesteld_door = models.ForeignKey(
        "organisaties.Overleg",
        verbose_name=_("vastgesteld door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="vastgestelde_afspraken",
    )
    vastgesteld_op = models.DateField(_("vastgesteld op"), null=True, blank=True)
    vastgesteld_in = models.ForeignKey(
        "materialen.Bijeenkomst",
        verbose_name=_("vastgesteld in vergadering"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="vastgestelde_afspraken",
    )
    agendaonderwerp = models.ForeignKey(
        "organisaties.AgendaOnderwerp",
        verbose_name=_("onderwerp van de samenwerkingsagenda"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="afspraken",
    )
    is_voorbeeld = models.BooleanField(
        _("voorbeeld"),
        default=False,
        help_text=_("Een voorbeeldafspraak, geen vastgestelde afspraak van de regio."),
    )
    herzien_voor = models.DateField(
        _("herzien vóór"),
        null=True,
        blank=True,
        help_text=_("Uiterlijk op deze datum beoordeelt de groep of de afspraak nog klopt."),
    )
    groep = models.ForeignKey(
        "groepen.GroepPage",
        verbose_name=_("groep"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="afspraken",
    )
    documenten = ParentalManyToManyField(
        "wagtaildocs.Document", verbose_name=_("documenten"), blank=True, related_name="+"
    )
    sleutel = models.CharField(max_length=40, db_index=True, editable=False, default="")
    gewijzigd_op = models.DateTimeField(_("laatst gewijzigd"), auto_now=True)

    # Wagtail's recommended relations, so revisions and workflow states go with a deleted row.
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="uitvoeringsafspraak")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="uitvoeringsafspraak",
        for_concrete_model=False,
    )

    objects = AfspraakQuerySet.as_manager()
    base_form_class = AfspraakAdminForm

    panels = [
        FieldPanel("titel"),
        FieldPanel("samenwerkingsafspraak"),
        FieldRowPanel([FieldPanel("kerninstrument"), FieldPanel("typering")]),
        FieldRowPanel([FieldPanel("ambtelijk_bestuurlijk"), FieldPanel("groep")]),
        MultiFieldPanel([FieldPanel(veld) for veld in PARTNER_VELDEN], heading=_("Ketenpartners")),
        MultiFieldPanel(
            [
                FieldPanel("juridische_onderbouwing"),
                FieldPanel("juridische_tekst"),
                FieldPanel("juridische_tekst_is_samenvatting"),
            ],
            heading=_("Juridische onderbouwing"),
        ),
        FieldPanel("toelichting"),
        FieldPanel("trefwoorden"),
        FieldPanel("bron"),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("vastgesteld_door"), FieldPanel("vastgesteld_op")]),
                FieldPanel("vastgesteld_in"),
                FieldPanel("herzien_voor"),
            ],
            heading=_("Status en vaststelling"),
        ),
        FieldPanel("documenten"),
        FieldPanel("agendaonderwerp"),
        FieldPanel("is_voorbeeld"),
        FieldPanel("code"),
    ]

    class Meta:
        ordering = ["kerninstrument_id", "titel"]
        verbose_name = _("uitvoeringsafspraak")
        verbose_name_plural = _("uitvoeringsafspraken")
        indexes = [
            models.Index(fields=["titel"], name="afspraak_titel"),
            # Facet counts read only these columns: an index-only scan on PostgreSQL
            # (`include` is ignored on SQLite, which keeps a plain index on live, status).
            # The pk is included for the keyword filter (a semi-join on id).
            models.Index(
                fields=["live", "status"],
                include=[
                    "id",
                    "kerninstrument",
                    "typering",
                    "ambtelijk_bestuurlijk",
                    "groep",
                    *PARTNER_VELDEN,
                ],
                name="afspraak_facetten",
            ),
            # The same columns by kerninstrument: with a kerninstrument chosen, the count,
            # the keyword facet and every facet but the kerninstrument's own read only that
            # instrument's entries (a few thousand of 100,000) instead of all public ones.
            models.Index(
                fields=["kerninstrument", "live", "status"],
                include=[
                    "id",
                    "typering",
                    "ambtelijk_bestuurlijk",
                    "groep",
                    *PARTNER_VELDEN,
                ],
                name="afspraak_facetten_instrument",
            ),
            models.Index(fields=["status", "vastgesteld_op"], name="afspraak_vaststelling"),
            models.Index(fields=["kerninstrument", "titel"], name="afspraak_op_instrument"),
        ]

    def __str__(self):
        return self.titel

    @property
    def revisions(self):
        return self._revisions

    def save(self, *args, **kwargs):
        self.vul_afgeleide_velden()
        if not self.code:
            self.code = next(nieuwe_codes())
        super().save(*args, **kwargs)

    def vul_afgeleide_velden(self):
        """Title, slug and recognition key follow from the text; a "[samenvatting]" marker in
        the legal text becomes the flag. Used by save() and import."""
        self.juridische_tekst, samenvatting = titels.scheid_samenvatting(self.juridische_tekst)
        if samenvatting:
            self.juridische_tekst_is_samenvatting = True
        if not self.titel:
            self.titel = titels.titel_uit_tekst(self.samenwerkingsafspraak)
        if not self.slug:
            basis = titels.slug_basis(self.titel, 100)
            slug, volgnummer = basis, 2
            while type(self).objects.filter(slug=slug).exclude(pk=self.pk).exists():
                slug, volgnummer = f"{basis}-{volgnummer}", volgnummer + 1
            self.slug = slug
        self.sleutel = sleutel_voor(self.kerninstrument.naam, self.samenwerkingsafspraak)

    # -- what pages, export and API show --------------------------------------------------

    @property
    def ketenpartners(self):
        return [str(label) for veld, label in PARTNERS if getattr(self, veld)]

    @property
    def lijsttekst(self):
        """What the register list shows under the title: the text after the title, else the
        toelichting (never the title again)."""
        return self.lijsttekst_van(self.titel, self.samenwerkingsafspraak, self.toelichting)

    @staticmethod
    def lijsttekst_van(titel, samenwerkingsafspraak, toelichting):
        """lijsttekst from the column values (the register list reads values, no instances)."""
        return titels.tekst_na_titel(titel, samenwerkingsafspraak) or toelichting

    @cached_property
    def grondslagen(self):
        return grondslagen_uit_tekst(self.juridische_onderbouwing)

    @property
    def is_ingetrokken(self):
        return self.status == self.Status.INGETROKKEN

    @property
    def is_openbaar(self):
        return self.live and self.status != self.Status.CONCEPT

    def get_url(self, request=None):
        """The public URL (a plain URL of the register, afspraken/urls.py)."""
        return reverse("afspraken:detail", kwargs={"slug": self.slug})

    get_absolute_url = get_url

    def get_full_url(self, request=None):
        if request is not None:
            return request.build_absolute_uri(self.get_url())
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + self.get_url()

    def get_preview_template(self, request, mode_name):
        return "afspraken/afspraak_detail.html"

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        context["afspraak"] = self
        context["statusgeschiedenis"] = self.statuswijzigingen.all()
        return context


class Statuswijziging(models.Model):
    """The public status history of an agreement: one row per published status change."""

    afspraak = models.ForeignKey(
        Uitvoeringsafspraak, on_delete=models.CASCADE, related_name="statuswijzigingen"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Uitvoeringsafspraak.Status.choices
    )
    datum = models.DateTimeField(_("datum"))
    vastgesteld_door = models.ForeignKey(
        "organisaties.Overleg",
        verbose_name=_("vastgesteld door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    vastgesteld_op = models.DateField(_("vastgesteld op"), null=True, blank=True)

    class Meta:
        ordering = ["-datum", "-pk"]
        verbose_name = _("statuswijziging")
        verbose_name_plural = _("statuswijzigingen")

    def __str__(self):
        return f"{self.get_status_display()} ({self.datum:%d-%m-%Y})"


class AfsprakenRegisterPage(Page):
    """The public register: list with filters, a page per agreement, exports and a feed.
    Served by the plain URLs of afspraken/urls.py under /afspraken/ (views.py), through this
    page's template and privacy."""

    intro = RichTextField(_("inleiding"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["kennisplatform.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("register uitvoeringsafspraken")

    @classmethod
    def basis_url(cls):
        """Where the register is: always its plain URL, whatever this page's slug."""
        return reverse("afspraken:register")

    @classmethod
    def gepubliceerd(cls, request=None):
        """The published register page (None without one): what every page of the register,
        and each begrip page, asks first. The page comes from the shared cache under the
        generation of public content (inhoud/gedeeld.py), which a publish or move renews; its
        view restrictions are read from the database on every request, in one query by its
        path (Wagtail's own method, two queries, when an alias is on the way)."""

        def maak():
            pagina = cls.objects.live().first()
            via_alias = pagina is not None and (
                pagina.alias_of_id is not None
                or pagina.get_ancestors().filter(alias_of__isnull=False).exists()
            )
            return pagina, via_alias

        pagina, via_alias = gedeeld("registerpagina", maak, request)
        if pagina is not None and not via_alias:
            beperkingen = beperkingen_langs_het_pad(pagina)
            pagina.get_view_restrictions = lambda: beperkingen
        return pagina

    def serve(self, request, *args, **kwargs):
        # Wagtail reaches this page by its own path only when that is not /afspraken/ (a
        # renamed slug): the register itself lives at the plain URLs, so send the visitor
        # there, filters included.
        doel = self.basis_url()
        if request.META.get("QUERY_STRING"):
            doel += "?" + request.META["QUERY_STRING"]
        return redirect(doel)


class Importtaak(models.Model):
    """An import confirmed in the admin, run as a background task (afspraken/importeren/taak.py): its
    file until it has run, its progress (written while it runs) and its outcome. The admin's
    status page shows it to the one who started it and to coördinatoren."""

    class Stand(models.TextChoices):
        WACHTRIJ = "wachtrij", _("in de wachtrij")
        BEZIG = "bezig", _("bezig")
        KLAAR = "klaar", _("klaar")
        MISLUKT = "mislukt", _("mislukt")

    gebruiker = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    bestandsnaam = models.CharField(max_length=200)
    # The uploaded file until the task has run (then emptied): in the database, so a worker
    # on another machine or with its own temporary folder reads it too.
    inhoud = models.BinaryField(editable=False, default=b"")
    status_wijzigen = models.BooleanField(default=False)
    ook_vergrendeld = models.BooleanField(default=False)
    stand = models.CharField(max_length=20, choices=Stand.choices, default=Stand.WACHTRIJ)
    fase = models.CharField(max_length=100, blank=True)
    verwerkt = models.PositiveIntegerField(default=0)
    totaal = models.PositiveIntegerField(null=True, blank=True)
    rijen = models.PositiveIntegerField(default=0)
    nieuw = models.PositiveIntegerField(default=0)
    gewijzigd = models.PositiveIntegerField(default=0)
    ongewijzigd = models.PositiveIntegerField(default=0)
    overgeslagen = models.PositiveIntegerField(default=0)
    samenvatting = models.TextField(blank=True)
    fout = models.TextField(blank=True)
    aangemaakt = models.DateTimeField(auto_now_add=True)
    gestart = models.DateTimeField(null=True, blank=True)
    klaar = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("importtaak")
        verbose_name_plural = _("importtaken")
        ordering = ["-aangemaakt"]

    def __str__(self):
        return f"{self.bestandsnaam} ({self.get_stand_display()})"

    @property
    def afgelopen(self):
        return self.stand in (self.Stand.KLAAR, self.Stand.MISLUKT)

    @property
    def procent(self):
        if self.stand == self.Stand.KLAAR:
            return 100
        if not self.totaal:
            return 0
        return min(100, 100 * self.verwerkt // self.totaal)
