"""Meetings of the groups, and what the platform derives from an uploaded document (its
extracted text and a preview image of the first page).

Documents stay Wagtail's standard Document: public or workspace-only follows from the
collection it is in (redactie/inrichting.py), so every check on privacy asks the collection's
view restrictions (groepen/toegang.py)."""

import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index


class Bijeenkomst(index.Indexed, models.Model):
    """A meeting, workshop or course of one group, or a meeting (vergadering) of one overleg:
    when, where, agenda, the report after and the besluitenlijst. Exactly one of `groep` and
    `overleg` is set (clean() says so in Dutch before the database constraint does). A meeting
    of an overleg is public; a meeting of a private group stays as private as its group."""

    class Soort(models.TextChoices):
        BIJEENKOMST = "bijeenkomst", _("Bijeenkomst")
        WORKSHOP = "workshop", _("Workshop")
        CURSUS = "cursus", _("Cursus")
        KENNISSESSIE = "kennissessie", _("Kennissessie")

    groep = models.ForeignKey(
        "groepen.GroepPage",
        verbose_name=_("groep"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="bijeenkomsten",
    )
    overleg = models.ForeignKey(
        "organisaties.Overleg",
        verbose_name=_("overleg"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="bijeenkomsten",
        help_text=_("Een vergadering van een overleg (B-PSO, A-PSO, …) in plaats van een groep."),
    )
    titel = models.CharField(_("titel"), max_length=250)
    soort = models.CharField(
        _("soort"), max_length=20, choices=Soort.choices, default=Soort.BIJEENKOMST
    )
    begin = models.DateTimeField(_("begin"))
    einde = models.DateTimeField(_("einde"))
    locatie = models.CharField(
        _("locatie"), max_length=250, blank=True, help_text=_("Adres of zaal.")
    )
    online_link = models.URLField(
        _("online deelnemen"), blank=True, help_text=_("Link naar de online vergadering.")
    )
    agenda = RichTextField(_("agenda"), blank=True, features=["bold", "italic", "ol", "ul", "link"])
    verslag = RichTextField(
        _("verslag"),
        blank=True,
        features=["bold", "italic", "ol", "ul", "link", "h3"],
        help_text=_("Na afloop: wat is besproken en afgesproken."),
    )
    besluitenlijst = RichTextField(
        _("besluitenlijst"),
        blank=True,
        features=["bold", "italic", "ol", "ul", "link"],
        help_text=_("De besluiten van deze vergadering, genummerd."),
    )
    uid = models.UUIDField(_("agenda-id"), default=uuid.uuid4, unique=True, editable=False)

    panels = [
        MultiFieldPanel(
            [FieldPanel("groep", widget=forms.Select), FieldPanel("overleg", widget=forms.Select)],
            heading=_("Van groep of overleg"),
            help_text=_("Kies een groep óf een overleg, niet allebei."),
        ),
        FieldPanel("titel"),
        FieldPanel("soort"),
        FieldRowPanel([FieldPanel("begin"), FieldPanel("einde")]),
        MultiFieldPanel([FieldPanel("locatie"), FieldPanel("online_link")], heading=_("Waar")),
        FieldPanel("agenda"),
        FieldPanel("verslag"),
        FieldPanel("besluitenlijst"),
    ]
    search_fields = [
        index.SearchField("titel", boost=2),
        index.AutocompleteField("titel"),
        index.SearchField("agenda"),
        index.SearchField("verslag"),
        index.SearchField("besluitenlijst"),
        index.SearchField("locatie"),
        index.FilterField("groep"),
        index.FilterField("overleg"),
        index.FilterField("begin"),
    ]

    class Meta:
        ordering = ["begin"]
        verbose_name = _("bijeenkomst")
        verbose_name_plural = _("bijeenkomsten")
        constraints = [
            models.UniqueConstraint(fields=["groep", "titel", "begin"], name="bijeenkomst_uniek"),
            models.UniqueConstraint(
                fields=["overleg", "titel", "begin"], name="bijeenkomst_overleg_uniek"
            ),
            models.CheckConstraint(
                condition=(
                    models.Q(groep__isnull=False, overleg__isnull=True)
                    | models.Q(groep__isnull=True, overleg__isnull=False)
                ),
                name="bijeenkomst_groep_of_overleg",
            ),
        ]

    def __str__(self):
        return f"{self.titel} ({timezone.localtime(self.begin):%d-%m-%Y})"

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("materialen:bijeenkomst", kwargs={"pk": self.pk})

    def clean(self):
        fouten = {}
        if self.begin and self.einde and self.einde <= self.begin:
            fouten["einde"] = _("Het einde moet na het begin liggen.")
        if not self.locatie and not self.online_link:
            fouten["locatie"] = _("Vul een locatie of een link voor online deelnemen in.")
        if self.groep_id and self.overleg_id:
            fouten["overleg"] = _(
                "Een bijeenkomst hoort bij een groep óf bij een overleg, niet bij allebei. "
                "Maak het veld groep of het veld overleg leeg."
            )
        elif not self.groep_id and not self.overleg_id:
            fouten["groep"] = _("Kies de groep of het overleg waar deze bijeenkomst bij hoort.")
        if fouten:
            raise ValidationError(fouten)

    @property
    def is_voorbij(self):
        return self.einde < timezone.now()

    @property
    def organisator(self):
        """The group or the overleg this meeting belongs to."""
        return self.overleg if self.overleg_id else self.groep

    @property
    def organisator_naam(self):
        if self.overleg_id:
            return self.overleg.naam
        return self.groep.title if self.groep_id else ""

    @property
    def vergadering_label(self):
        """How a meeting of an overleg is chosen in the vaststelling: "B-PSO — 12-03-2026"."""
        naam = self.organisator_naam
        if self.overleg_id and self.overleg.afkorting:
            naam = self.overleg.afkorting
        return f"{naam} — {timezone.localtime(self.begin):%d-%m-%Y}"


class DocumentGegevens(index.Indexed, models.Model):
    """Derived from a document's file: its kind (by content), text and first-page preview."""

    document = models.OneToOneField(
        "wagtaildocs.Document", on_delete=models.CASCADE, related_name="gegevens"
    )
    soort = models.CharField(_("soort bestand"), max_length=20, blank=True)
    tekst = models.TextField(_("tekst"), blank=True)
    # Kept in the database, not in MEDIA_ROOT: a preview of a workspace document must never be
    # reachable by a guessable file URL; it is served only after the same access check.
    voorbeeld = models.BinaryField(_("voorbeeld (PNG)"), null=True, blank=True, editable=False)
    bestand_hash = models.CharField(max_length=64, blank=True, editable=False)
    # Wagtail's file_hash of the document when these data were made: a document whose file
    # was replaced since (another file_hash) is being processed again (`actueel` is False).
    file_hash = models.CharField(max_length=40, blank=True, editable=False)
    # Empty when the file was read completely; otherwise the limit it reached (verwerker.py).
    niet_verwerkt = models.CharField(
        _("niet verwerkt"),
        max_length=250,
        blank=True,
        editable=False,
        help_text=_("Waarom tekst en voorbeeld niet (volledig) van het bestand zijn gemaakt."),
    )
    bijgewerkt = models.DateTimeField(auto_now=True)

    search_fields = [
        index.SearchField("tekst"),
        index.RelatedFields("document", [index.SearchField("title", boost=2)]),
        index.FilterField("soort"),
    ]

    class Meta:
        verbose_name = _("documentgegevens")
        verbose_name_plural = _("documentgegevens")

    def __str__(self):
        return str(self.document)

    @property
    def is_verwerkt(self):
        return not self.niet_verwerkt

    @property
    def heeft_voorbeeld(self):
        return bool(self.voorbeeld)

    @property
    def actueel(self):
        """Made from the document's current file; else the worker has yet to process it."""
        return self.file_hash == self.document.file_hash


def wordt_verwerkt(document):
    """Whether text and preview of this document are still to be made (by the task of
    materialen/taken.py): no DocumentGegevens yet, or made from an earlier file."""
    gegevens = DocumentGegevens.objects.filter(document=document).only("file_hash").first()
    return bool(document.file) and (gegevens is None or gegevens.file_hash != document.file_hash)


class Sjabloon(index.Indexed, models.Model):
    """A ready-to-use text, such as a model convenant with fill-in placeholders."""

    titel = models.CharField(_("titel"), max_length=250, unique=True)
    omschrijving = models.TextField(_("omschrijving"), blank=True)
    tekst = models.TextField(
        _("tekst"),
        help_text=_(
            "De tekst met invulplekken: [invullen naam], [****], ** of …. Het platform vindt "
            "ze zelf en maakt er een formulier van. Koppen: een regel die begint met #, ## of "
            "###, of met „Hoofdstuk 1” of „Artikel 1.1”. Een lege regel scheidt alinea's."
        ),
    )
    bron = models.CharField(_("bron"), max_length=250, blank=True)
    groep = models.ForeignKey(
        "groepen.GroepPage",
        verbose_name=_("groep"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sjablonen",
    )

    panels = [
        FieldPanel("titel"),
        FieldPanel("omschrijving"),
        FieldPanel("tekst"),
        FieldPanel("bron"),
        FieldPanel("groep"),
    ]
    search_fields = [
        index.SearchField("titel", boost=2),
        index.AutocompleteField("titel"),  # the admin list finds it while typing, like the rest
        index.SearchField("omschrijving"),
        index.SearchField("tekst"),
    ]

    class Meta:
        ordering = ["titel"]
        verbose_name = _("sjabloon")
        verbose_name_plural = _("sjablonen")

    def __str__(self):
        return self.titel
