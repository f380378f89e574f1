"""Who logged in through which identity provider, their organisation, and which Django groups
a provider gave them (so a later login takes away only what that provider gave)."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _


class Account(models.Model):
    """The organisation an account belongs to (set by the provider at every login; a
    beheerder may set it for a local account too)."""

    gebruiker = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.CASCADE,
        related_name="aanmelding",
    )
    organisatie = models.ForeignKey(
        "organisaties.Organisatie",
        verbose_name=_("organisatie"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="accounts",
    )

    class Meta:
        verbose_name = _("organisatie van een account")
        verbose_name_plural = _("organisaties van accounts")

    def __str__(self):
        return f"{self.gebruiker} ({self.organisatie or '-'})"


class Identiteit(models.Model):
    """One identity at one provider: the account is found again by (aanbieder, sub), never
    by e-mail address alone."""

    gebruiker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.CASCADE,
        related_name="identiteiten",
    )
    aanbieder = models.CharField(_("aanbieder"), max_length=40)
    sub = models.CharField(_("kenmerk bij de aanbieder (sub)"), max_length=255)
    aangemaakt = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    laatst_gebruikt = models.DateTimeField(_("laatst gebruikt"), auto_now=True)

    class Meta:
        verbose_name = _("identiteit bij een aanbieder")
        verbose_name_plural = _("identiteiten bij aanbieders")
        constraints = [
            models.UniqueConstraint(fields=["aanbieder", "sub"], name="identiteit_uniek"),
        ]

    def __str__(self):
        return f"{self.aanbieder}: {self.sub}"


class Toekenning(models.Model):
    """A Django group (leden, trekkers, a role) that this provider gave to this account. A
    membership without such a row was given by hand, and no login touches it."""

    gebruiker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.CASCADE,
        related_name="toekenningen",
    )
    aanbieder = models.CharField(_("aanbieder"), max_length=40)
    groep = models.ForeignKey(
        Group, verbose_name=_("groep"), on_delete=models.CASCADE, related_name="+"
    )

    class Meta:
        verbose_name = _("groep van een aanbieder")
        verbose_name_plural = _("groepen van aanbieders")
        constraints = [
            models.UniqueConstraint(
                fields=["gebruiker", "aanbieder", "groep"], name="toekenning_uniek"
            ),
        ]

    def __str__(self):
        return f"{self.gebruiker}: {self.groep} ({self.aanbieder})"
