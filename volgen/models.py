"""What a logged-in reader follows, and how often he or she wants the digest of it."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Volg(models.Model):
    """One thing a user follows. `waarde` is normalised (soorten.normaliseer): a group's page
    id, a kerninstrument's or keyword's slug, or a query string of known filter keys."""

    class Soort(models.TextChoices):
        GROEP = "groep", _("Groep")
        KERNINSTRUMENT = "kerninstrument", _("Kerninstrument")
        TREFWOORD = "trefwoord", _("Trefwoord")
        REGISTERFILTER = "registerfilter", _("Filter van het register")
        ZOEKVRAAG = "zoekvraag", _("Zoekvraag")

    gebruiker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="volgt"
    )
    soort = models.CharField(_("soort"), max_length=20, choices=Soort.choices)
    waarde = models.CharField(_("waarde"), max_length=500)
    aangemaakt = models.DateTimeField(_("gevolgd sinds"), auto_now_add=True)

    class Meta:
        ordering = ["soort", "aangemaakt", "pk"]
        verbose_name = _("gevolgd onderwerp")
        verbose_name_plural = _("gevolgde onderwerpen")
        constraints = [
            models.UniqueConstraint(
                fields=["gebruiker", "soort", "waarde"], name="volg_uniek_per_gebruiker"
            )
        ]

    def __str__(self):
        return f"{self.get_soort_display()}: {self.waarde}"


class Digestinstelling(models.Model):
    """Per user: how often the digest comes, and up to when changes were reported.

    `gemeld_tot` starts at the moment the setting is made (the first follow): a first digest
    reports what changed since then, never the whole history. After every run for this user,
    mail or not, it moves to the run's time; a second run on the same day finds nothing due."""

    class Frequentie(models.TextChoices):
        DAGELIJKS = "dagelijks", _("Dagelijks")
        WEKELIJKS = "wekelijks", _("Wekelijks")
        UIT = "uit", _("Uit (geen e-mail)")

    gebruiker = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="digestinstelling"
    )
    frequentie = models.CharField(
        _("frequentie"), max_length=20, choices=Frequentie.choices, default=Frequentie.WEKELIJKS
    )
    gemeld_tot = models.DateTimeField(_("gemeld tot"), default=timezone.now)
    laatst_verstuurd = models.DateTimeField(_("laatste overzicht verstuurd"), null=True, blank=True)

    class Meta:
        verbose_name = _("instelling overzichtsmail")
        verbose_name_plural = _("instellingen overzichtsmail")

    def __str__(self):
        return f"{self.gebruiker}: {self.get_frequentie_display()}"

    @classmethod
    def van(cls, gebruiker):
        return cls.objects.get_or_create(gebruiker=gebruiker)[0]
