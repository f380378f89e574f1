"""What the platform search indexes of the begrippen, and the begrippen as concepts: a
question with a begrip's term, abbreviation or synonym also finds texts with its other names
("ODU" finds "Omgevingsdienst Utrecht")."""

from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished

from begrippen import thesaurus
from begrippen.gedeeld import begrip_url
from begrippen.models import Begrip
from search.afstemming import GEWOON, HOOFD, TITEL
from search.indexeren import werk_bij_reeks
from search.register import Concept, registreer, registreer_concepten
from search.soorten import Soort
from search.taken import volg_wijziging


class BegripSoort(Soort):
    naam = "begrip"
    label = _("Begrip")
    model = Begrip

    def titel(self, obj):
        return obj.term

    def tekst(self, obj):
        return obj.definitie

    def url(self, obj):
        return begrip_url(obj)

    def velden(self, obj):
        return [
            ("term", obj.term, TITEL),
            ("afkortingen", obj.afkortingen.replace(";", " "), TITEL),
            # synonyms are the begrip's other names: as heavy as its term
            ("synoniemen", obj.synoniemen, TITEL),
            ("definitie", obj.definitie, HOOFD),
            ("bron", obj.bron, GEWOON),
        ]

    def facetten(self, obj):
        # a private group is never named in the group facet
        return {"groep": obj.openbare_groep.title if obj.openbare_groep else ""}


def concepten():
    """Every begrip as a concept (token "bgr<pk>")."""
    return [
        Concept(
            f"bgr{begrip.pk}",
            begrip.term,
            tuple(begrip.afkortingen_lijst),
            tuple(begrip.synoniemen_lijst),
        )
        for begrip in Begrip.objects.all()
    ]


registreer(BegripSoort())
registreer_concepten(concepten)
# issue 15: the standard thesaurus that ships with the platform (begrippen/thesaurus.py)
registreer_concepten(thesaurus.gelijk, thesaurus.GELIJK_VOORVOEGSEL, "CONCEPT_THESAURUS")
registreer_concepten(thesaurus.verwant, thesaurus.VERWANT_VOORVOEGSEL, "CONCEPT_VERWANT")


# The group facet names a group only while anyone may read its page (Begrip.openbare_groep):
# a change of privacy of a group page (or a page above it) or of the publication of a group
# page indexes the begrippen of those groups again. Connected here, at module level: search
# imports every zoeken.py when the platform starts.
@receiver(post_save, sender=PageViewRestriction, dispatch_uid="begrippen-privacy")
@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="begrippen-privacy-weg")
def _privacy_gewijzigd(sender, instance, raw=False, **kwargs):
    if not raw:
        werk_bij_reeks(Begrip.objects.filter(groep__path__startswith=instance.page.path))


@receiver(page_published, dispatch_uid="begrippen-groep-gepubliceerd")
@receiver(page_unpublished, dispatch_uid="begrippen-groep-ingetrokken")
def _pagina_gepubliceerd(sender, instance, **kwargs):
    # only the group page itself: publishing the home page must not index every begrip again
    werk_bij_reeks(Begrip.objects.filter(groep_id=instance.pk))


# --- issue 15: the index follows a begrip's names ---------------------------------------------
# When a begrip's term, abbreviations or synonyms change (or the begrip goes), the documents
# with an old or a new name, or with the begrip's token, are indexed again (search.taken).


def _namen(begrip):
    return (begrip.term, begrip.afkortingen, begrip.synoniemen)


def _varianten(begrip):
    return [begrip.term, *begrip.afkortingen_lijst, *begrip.synoniemen_lijst]


@receiver(pre_save, sender=Begrip, dispatch_uid="begrippen-concept-oud")
def _begrip_voor_opslaan(sender, instance, raw=False, **kwargs):
    oud = None if raw or not instance.pk else Begrip.objects.filter(pk=instance.pk).first()
    instance._oude_begrip = oud


@receiver(post_save, sender=Begrip, dispatch_uid="begrippen-concept")
def _begrip_concept(sender, instance, raw=False, **kwargs):
    if raw:
        return
    oud = getattr(instance, "_oude_begrip", None)
    if oud is not None and _namen(oud) == _namen(instance):
        return
    varianten = _varianten(instance) + (_varianten(oud) if oud is not None else [])
    volg_wijziging(varianten, [f"bgr{instance.pk}"])


@receiver(post_delete, sender=Begrip, dispatch_uid="begrippen-concept-weg")
def _begrip_weg(sender, instance, **kwargs):
    volg_wijziging([], [f"bgr{instance.pk}"])
