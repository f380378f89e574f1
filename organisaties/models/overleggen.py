"""The overlegstructuur as data: overleggen, their typed relations, who takes part in which
role, and the milestones of the two-yearly evaluation (convenant art. 9)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from organisaties.models.organisaties import Niveau, Organisatie


class Overleg(models.Model):
    """One body of the overlegstructuur (convenant art. 5-6, bijlage 1), e.g. the B-PSO; also a
    werkgroep or klankbordgroep that an overleg sets up (art. 5.5)."""

    class Soort(models.TextChoices):
        OVERLEG = "overleg", _("Overleg")
        WERKGROEP = "werkgroep", _("Werkgroep")
        KLANKBORDGROEP = "klankbordgroep", _("Klankbordgroep")

    naam = models.CharField(_("naam"), max_length=200, unique=True)
    afkorting = models.CharField(_("afkorting"), max_length=30, blank=True)
    soort = models.CharField(
        _("soort"), max_length=20, choices=Soort.choices, default=Soort.OVERLEG
    )
    niveau = models.CharField(_("niveau"), max_length=20, choices=Niveau.choices)
    functie = models.TextField(_("functie"))
    doelgroep = models.TextField(_("doelgroep"))
    frequentie = models.CharField(
        _("frequentie"), max_length=200, blank=True, help_text=_("Bijvoorbeeld: twee keer per jaar")
    )
    taken = models.TextField(
        _("taken"), blank=True, help_text=_("Wat dit overleg doet; één taak per regel.")
    )
    mandaat = models.TextField(_("mandaat"), blank=True, help_text=_("Waarover het besluit."))
    voorzitter_organisatie = models.ForeignKey(
        Organisatie,
        verbose_name=_("voorzitter (organisatie)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="voorzitterschappen",
    )
    voorzitter_naam = models.CharField(_("voorzitter (persoon)"), max_length=200, blank=True)
    secretaris_organisatie = models.ForeignKey(
        Organisatie,
        verbose_name=_("secretaris (organisatie)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="secretariaten",
    )
    secretaris_naam = models.CharField(_("secretaris (persoon)"), max_length=200, blank=True)
    ingesteld_door = models.ForeignKey(
        "self",
        verbose_name=_("ingesteld door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="ingestelde_groepen",
        help_text=_("Voor een werkgroep of klankbordgroep: het overleg dat haar instelde."),
    )
    bron = models.CharField(_("bron"), max_length=200, blank=True)
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    panels = [
        FieldPanel("naam"),
        FieldPanel("afkorting"),
        FieldPanel("soort"),
        FieldPanel("niveau"),
        FieldPanel("functie"),
        FieldPanel("doelgroep"),
        FieldPanel("frequentie"),
        FieldPanel("taken"),
        FieldPanel("mandaat"),
        MultiFieldPanel(
            [
                FieldPanel("voorzitter_organisatie"),
                FieldPanel("voorzitter_naam"),
                FieldPanel("secretaris_organisatie"),
                FieldPanel("secretaris_naam"),
            ],
            heading=_("Voorzitter en secretaris"),
        ),
        FieldPanel("ingesteld_door"),
        FieldPanel("bron"),
        FieldPanel("volgorde"),
    ]

    class Meta:
        ordering = ["volgorde", "naam"]
        verbose_name = _("overleg")
        verbose_name_plural = _("overleggen")

    def __str__(self):
        return self.afkorting or self.naam

    def get_absolute_url(self):
        return reverse("samenwerking:overleg", kwargs={"pk": self.pk})

    @property
    def takenlijst(self):
        return [regel.strip() for regel in self.taken.splitlines() if regel.strip()]


class Relatiesoort(models.TextChoices):
    INFORMEERT = "informeert", _("informeert")
    ADVISEERT = "adviseert", _("adviseert")
    BEREIDT_VOOR = "bereidt_voor", _("bereidt voor")
    BESLUIT = "besluit", _("besluit over")


class OverlegRelatie(models.Model):
    """A typed arrow of the overlegstructuur: the A-PSO "bereidt voor" the B-PSO. Points to
    another overleg or to a group (kennisnetwerk, themagroep, projectgroep), exactly one."""

    van = models.ForeignKey(
        Overleg, verbose_name=_("van"), on_delete=models.CASCADE, related_name="relaties"
    )
    soort = models.CharField(_("soort relatie"), max_length=20, choices=Relatiesoort.choices)
    naar_overleg = models.ForeignKey(
        Overleg,
        verbose_name=_("naar overleg"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="inkomende_relaties",
    )
    naar_groep = models.ForeignKey(
        "groepen.GroepPage",
        verbose_name=_("naar groep"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="inkomende_relaties",
    )
    toelichting = models.CharField(_("toelichting"), max_length=250, blank=True)

    panels = [
        FieldPanel("van"),
        FieldPanel("soort"),
        FieldPanel("naar_overleg"),
        FieldPanel("naar_groep"),
        FieldPanel("toelichting"),
    ]

    class Meta:
        ordering = ["van__volgorde", "soort", "pk"]
        verbose_name = _("relatie tussen overleggen")
        verbose_name_plural = _("relaties tussen overleggen")
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(naar_overleg__isnull=False, naar_groep__isnull=True)
                    | models.Q(naar_overleg__isnull=True, naar_groep__isnull=False)
                ),
                name="overlegrelatie_een_doel",
            )
        ]

    def __str__(self):
        return f"{self.van} {self.get_soort_display()} {self.naar}"

    @property
    def naar(self):
        return self.naar_overleg or self.naar_groep

    def clean(self):
        if bool(self.naar_overleg_id) == bool(self.naar_groep_id):
            raise ValidationError(_("Kies een overleg of een groep, niet allebei en niet geen."))
        if self.naar_overleg_id and self.naar_overleg_id == self.van_id:
            raise ValidationError(
                {"naar_overleg": _("Een overleg heeft geen relatie met zichzelf.")}
            )


class Rol(models.TextChoices):
    LID = "lid", _("lid")
    TREKKER = "trekker", _("trekker")
    COORDINATOR = "coordinator", _("coördinator")
    AGENDALID = "agendalid", _("agendalid")
    ADVISEUR = "adviseur", _("adviseur")


class Deelname(models.Model):
    """An organisation takes part in an overleg or a group, in a role. The group's own
    participants (GroepPage.organisaties) and trekkers count as lid and trekker as well."""

    organisatie = models.ForeignKey(
        Organisatie,
        verbose_name=_("organisatie"),
        on_delete=models.CASCADE,
        related_name="deelnames",
    )
    overleg = models.ForeignKey(
        Overleg,
        verbose_name=_("overleg"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="deelnames",
    )
    groep = models.ForeignKey(
        "groepen.GroepPage",
        verbose_name=_("groep"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="deelnames",
    )
    rol = models.CharField(_("rol"), max_length=20, choices=Rol.choices, default=Rol.LID)
    toelichting = models.CharField(_("toelichting"), max_length=250, blank=True)

    panels = [
        FieldPanel("organisatie"),
        FieldPanel("overleg"),
        FieldPanel("groep"),
        FieldPanel("rol"),
        FieldPanel("toelichting"),
    ]

    class Meta:
        ordering = ["organisatie__naam", "pk"]
        verbose_name = _("deelname")
        verbose_name_plural = _("deelnames")
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(overleg__isnull=False, groep__isnull=True)
                    | models.Q(overleg__isnull=True, groep__isnull=False)
                ),
                name="deelname_overleg_of_groep",
            ),
            models.UniqueConstraint(
                fields=["organisatie", "overleg", "rol"],
                condition=models.Q(overleg__isnull=False),
                name="deelname_uniek_overleg",
            ),
            models.UniqueConstraint(
                fields=["organisatie", "groep", "rol"],
                condition=models.Q(groep__isnull=False),
                name="deelname_uniek_groep",
            ),
        ]

    def __str__(self):
        return f"{self.organisatie} — {self.get_rol_display()} — {self.overleg or self.groep}"

    def clean(self):
        if bool(self.overleg_id) == bool(self.groep_id):
            raise ValidationError(_("Kies een overleg of een groep, niet allebei en niet geen."))


class Evaluatiemoment(models.Model):
    """A dated milestone of the two-yearly evaluation (convenant art. 9): prepared by the
    provincie, through Stuurgroep and A-PSO to the B-PSO, results within three months after
    the calendar year. The report is a document."""

    titel = models.CharField(_("titel"), max_length=250)
    omschrijving = models.TextField(_("omschrijving"), blank=True)
    datum = models.DateField(_("uiterlijk op"))
    overleg = models.ForeignKey(
        Overleg,
        verbose_name=_("verantwoordelijk overleg"),
        on_delete=models.PROTECT,
        related_name="evaluatiemomenten",
    )
    verantwoordelijke = models.ForeignKey(
        Organisatie,
        verbose_name=_("voorbereid door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    afgerond_op = models.DateField(_("afgerond op"), null=True, blank=True)
    rapport = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("evaluatierapport"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    herinnerd_op = models.DateField(_("herinnering verstuurd op"), null=True, editable=False)

    panels = [
        FieldPanel("titel"),
        FieldPanel("omschrijving"),
        FieldRowPanel([FieldPanel("datum"), FieldPanel("afgerond_op")]),
        FieldPanel("overleg"),
        FieldPanel("verantwoordelijke"),
        FieldPanel("rapport"),
    ]

    class Meta:
        ordering = ["datum", "pk"]
        verbose_name = _("evaluatiemoment")
        verbose_name_plural = _("evaluatiemomenten")

    def __str__(self):
        return f"{self.titel} ({self.datum:%d-%m-%Y})"
