"""What the platform search indexes of the cooperation as data (issue 14, item 10): the
overleggen, the organisations, the samenwerkingsverbanden, the items of the
samenwerkingsagenda and the milestones of the evaluation (convenant art. 9). Each has its own
value of the "soort" facet.

The models are saved (and deleted) as ordinary rows, so search re-indexes them itself
(Soort.bij_opslaan). What search cannot see is kept current here: the many-to-many fields of
a samenwerkingsverband, names that appear in another kind's document, and the publication and
privacy of the agenda page that an agenda item belongs to (an item of an unpublished or
private agenda page is never indexed, so never counted in a facet)."""

from django.contrib.auth.models import AnonymousUser
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from organisaties.models import (
    AgendaOnderwerp,
    Evaluatiemoment,
    Onderwerp,
    Organisatie,
    Overleg,
    OverlegstructuurPage,
    SamenwerkingsagendaPage,
    Samenwerkingsverband,
)
from search.afstemming import BELANGRIJK, GEWOON, HOOFD, TITEL
from search.indexeren import werk_bij_reeks
from search.register import Concept, registreer, registreer_concepten
from search.soorten import Soort, pagina_soort
from search.taken import volg_wijziging
from search.toegang import zonder_verborgen


def openbare_paginas(model):
    """The live pages of this model that an anonymous visitor may read."""
    return zonder_verborgen(model.objects.live(), AnonymousUser())


def _openbare_groep_titel(groep):
    """A group is named only while anyone may read its page: a private group never shows in
    a result or in the group facet."""
    if groep is None or not groep.live or groep.get_view_restrictions().exists():
        return ""
    return groep.title


class OverlegSoort(Soort):
    naam = "overleg"
    label = _("Overleg")
    model = Overleg

    def objecten(self):
        return self.model.objects.select_related("voorzitter_organisatie")

    def titel(self, obj):
        if obj.afkorting and obj.afkorting != obj.naam:
            return f"{obj.naam} ({obj.afkorting})"
        return obj.naam

    def tekst(self, obj):
        return obj.functie

    def url(self, obj):
        return obj.get_absolute_url()

    def velden(self, obj):
        return [
            ("naam", obj.naam, TITEL),
            ("afkorting", obj.afkorting, TITEL),
            ("functie", obj.functie, HOOFD),
            ("taken", obj.taken, BELANGRIJK),
            ("mandaat", obj.mandaat, BELANGRIJK),
            ("doelgroep", obj.doelgroep, GEWOON),
            ("frequentie", obj.frequentie, GEWOON),
        ]


class OrganisatieSoort(Soort):
    naam = "organisatie"
    label = _("Organisatie")
    model = Organisatie

    def titel(self, obj):
        return str(obj)

    def tekst(self, obj):
        return str(obj.get_soort_display())

    def url(self, obj):
        return obj.get_absolute_url()

    def velden(self, obj):
        return [("naam", obj.naam, TITEL), ("afkorting", obj.afkorting, TITEL)]


class SamenwerkingsverbandSoort(Soort):
    naam = "samenwerkingsverband"
    label = _("Samenwerkingsverband")
    model = Samenwerkingsverband

    def objecten(self):
        return self.model.objects.prefetch_related("onderwerpen", "organisaties")

    def titel(self, obj):
        return obj.naam

    def tekst(self, obj):
        return obj.omschrijving

    def url(self, obj):
        return obj.get_absolute_url()

    def velden(self, obj):
        return [
            ("naam", obj.naam, TITEL),
            ("afkorting", obj.afkorting, TITEL),
            ("omschrijving", obj.omschrijving, HOOFD),
            ("onderwerpen", "; ".join(o.naam for o in obj.onderwerpen.all()), BELANGRIJK),
            ("rechtsvorm", str(obj.get_rechtsvorm_display()), BELANGRIJK),
            ("organisaties", "; ".join(o.naam for o in obj.organisaties.all()), GEWOON),
        ]


class AgendaOnderwerpSoort(Soort):
    """An item of the samenwerkingsagenda, found at its place on the agenda page. Only the
    items of a live agenda page that anyone may read are indexed."""

    naam = "agendaonderwerp"
    label = _("Agendaonderwerp")
    model = AgendaOnderwerp

    def objecten(self):
        return self.model.objects.filter(
            agenda__in=openbare_paginas(SamenwerkingsagendaPage)
        ).select_related("agenda", "groep")

    def titel(self, obj):
        return obj.onderwerp

    def tekst(self, obj):
        return obj.doel or obj.beleidsvraagstuk

    def url(self, obj):
        pagina = obj.agenda.url
        return f"{pagina}#onderwerp-{obj.pk}" if pagina else ""

    def velden(self, obj):
        return [
            ("onderwerp", obj.onderwerp, TITEL),
            ("beleidsvraagstuk", obj.beleidsvraagstuk, HOOFD),
            ("doel", obj.doel, HOOFD),
            ("aanpak", obj.aanpak, BELANGRIJK),
            ("agenda", obj.agenda.title, GEWOON),
            ("trekker", obj.trekker, GEWOON),
            ("groep", _openbare_groep_titel(obj.groep), GEWOON),
        ]

    def facetten(self, obj):
        return {
            "groep": _openbare_groep_titel(obj.groep),
            "status": str(obj.get_status_display()),
        }


class EvaluatiemomentSoort(Soort):
    """A milestone of the evaluation, found on the overlegstructuur page where it is shown
    (only while that page is live and public)."""

    naam = "evaluatiemoment"
    label = _("Evaluatiemoment")
    model = Evaluatiemoment

    def objecten(self):
        if not openbare_paginas(OverlegstructuurPage).exists():
            return self.model.objects.none()
        return self.model.objects.select_related("overleg", "verantwoordelijke")

    def titel(self, obj):
        return obj.titel

    def tekst(self, obj):
        return obj.omschrijving

    def url(self, obj):
        pagina = openbare_paginas(OverlegstructuurPage).first()
        return f"{pagina.url}#evaluatie-{obj.pk}" if pagina and pagina.url else ""

    def velden(self, obj):
        return [
            ("titel", obj.titel, TITEL),
            ("omschrijving", obj.omschrijving, HOOFD),
            ("overleg", obj.overleg.naam, GEWOON),
            (
                "verantwoordelijke",
                obj.verantwoordelijke.naam if obj.verantwoordelijke else "",
                GEWOON,
            ),
        ]

    def facetten(self, obj):
        return {"status": str(_("afgerond")) if obj.afgerond_op else ""}


# --- issue 15: the samenwerkingsagenda and overlegstructuur pages themselves are found by
# their title and introduction (their items and milestones are soorten of their own)
registreer(pagina_soort(SamenwerkingsagendaPage, "pagina", _("Pagina")))
registreer(pagina_soort(OverlegstructuurPage, "pagina", _("Pagina")))
registreer(OverlegSoort())
registreer(OrganisatieSoort())
registreer(SamenwerkingsverbandSoort())
registreer(AgendaOnderwerpSoort())
registreer(EvaluatiemomentSoort())


# --- Keeping the index current beyond the rows themselves. Connected at module level: search
# imports every zoeken.py when the platform starts.


@receiver(
    m2m_changed, sender=Samenwerkingsverband.onderwerpen.through, dispatch_uid="kp-verband-ow"
)
@receiver(
    m2m_changed, sender=Samenwerkingsverband.organisaties.through, dispatch_uid="kp-verband-org"
)
def _verband_koppelingen(sender, instance, action, reverse, pk_set, **kwargs):
    # the admin saves the row first and its subjects and organisations after it
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if not reverse:
        werk_bij_reeks(Samenwerkingsverband.objects.filter(pk=instance.pk))
    elif pk_set:
        werk_bij_reeks(Samenwerkingsverband.objects.filter(pk__in=pk_set))


@receiver(post_save, sender=Onderwerp, dispatch_uid="kp-onderwerp-naam")
def _onderwerp_gewijzigd(sender, instance, raw=False, **kwargs):
    if not raw:
        werk_bij_reeks(instance.samenwerkingsverbanden.all())


@receiver(post_save, sender=Organisatie, dispatch_uid="kp-organisatie-naam")
def _organisatie_gewijzigd(sender, instance, raw=False, **kwargs):
    if not raw:
        werk_bij_reeks(instance.samenwerkingsverbanden.all())
        werk_bij_reeks(Evaluatiemoment.objects.filter(verantwoordelijke=instance))


@receiver(post_save, sender=Overleg, dispatch_uid="kp-overleg-naam")
def _overleg_gewijzigd(sender, instance, raw=False, **kwargs):
    if not raw:
        werk_bij_reeks(instance.evaluatiemomenten.all())


def _onder(pagina):
    """The agenda items under this page (inclusive), and whether the overlegstructuur page is
    among those pages."""
    pad = Page.objects.filter(pk=pagina.pk).values_list("path", flat=True).first()
    if pad is None:
        return AgendaOnderwerp.objects.none(), False
    onderwerpen = AgendaOnderwerp.objects.filter(agenda__path__startswith=pad)
    structuur = OverlegstructuurPage.objects.filter(path__startswith=pad).exists()
    return onderwerpen, structuur


def _pagina_onder(pagina):
    onderwerpen, structuur = _onder(pagina)
    werk_bij_reeks(onderwerpen)
    if structuur:
        werk_bij_reeks(Evaluatiemoment.objects.all())


@receiver(page_published, dispatch_uid="kp-agenda-gepubliceerd")
@receiver(page_unpublished, dispatch_uid="kp-agenda-ingetrokken")
def _pagina_gepubliceerd(sender, instance, **kwargs):
    # only the agenda and overlegstructuur pages themselves: publishing the home page does
    # not index every item again
    if instance.specific_class in (SamenwerkingsagendaPage, OverlegstructuurPage):
        _pagina_onder(instance)


@receiver(post_page_move, dispatch_uid="kp-agenda-verplaatst")
def _pagina_verplaatst(sender, instance, **kwargs):
    _pagina_onder(instance)  # a new URL, perhaps under another restriction


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="kp-agenda-privacy")
@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="kp-agenda-privacy-weg")
def _privacy_gewijzigd(sender, instance, raw=False, **kwargs):
    if raw:
        return
    try:
        pagina = instance.page
    except Page.DoesNotExist:
        return
    _pagina_onder(pagina)


# --- issue 15: organisations as concepts -------------------------------------------------------
# An organisation's name and abbreviation name one concept (token "org<pk>"): "ODRA" also finds
# "Omgevingsdienst Regio Arnhem". Weighted below a begrip (afstemming.CONCEPT_ORGANISATIE); a
# begrip with the same abbreviation wins (search.register.alle_concepten).
VOORVOEGSEL = "org"


def concepten():
    return [
        Concept(f"{VOORVOEGSEL}{org.pk}", org.naam, (org.afkorting,))
        for org in Organisatie.objects.exclude(afkorting="").only("pk", "naam", "afkorting")
    ]


registreer_concepten(concepten, VOORVOEGSEL, "CONCEPT_ORGANISATIE")


@receiver(pre_save, sender=Organisatie, dispatch_uid="kp-organisatie-concept-oud")
def _organisatie_voor_opslaan(sender, instance, raw=False, **kwargs):
    oud = None if raw or not instance.pk else Organisatie.objects.filter(pk=instance.pk).first()
    instance._oude_namen = (oud.naam, oud.afkorting) if oud else None


@receiver(post_save, sender=Organisatie, dispatch_uid="kp-organisatie-concept")
def _organisatie_concept(sender, instance, raw=False, created=False, **kwargs):
    """A new or changed name or abbreviation: the documents with the old or new one follow."""
    if raw:
        return
    oud = getattr(instance, "_oude_namen", None)
    if oud == (instance.naam, instance.afkorting) or not (instance.afkorting or oud):
        return
    volg_wijziging(
        [instance.naam, instance.afkorting, *(oud or ())], [f"{VOORVOEGSEL}{instance.pk}"]
    )


@receiver(post_delete, sender=Organisatie, dispatch_uid="kp-organisatie-concept-weg")
def _organisatie_weg(sender, instance, **kwargs):
    if instance.afkorting:
        volg_wijziging([], [f"{VOORVOEGSEL}{instance.pk}"])
