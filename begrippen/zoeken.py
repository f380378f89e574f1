"""What the platform search indexes of the begrippen, and the begrippen as concepts: a
question with a begrip's term, abbreviation or synonym also finds texts with its other names
("ODU" finds "Omgevingsdienst Utrecht")."""

from django.utils.translation import gettext_lazy as _

from begrippen.models import Begrip, BegrippenIndexPage
from search.afstemming import GEWOON, HOOFD, TITEL
from search.register import Concept, registreer, registreer_concepten
from search.soorten import Soort


class BegripSoort(Soort):
    naam = "begrip"
    label = _("Begrip")
    model = Begrip

    def titel(self, obj):
        return obj.term

    def tekst(self, obj):
        return obj.definitie

    def url(self, obj):
        lijst = BegrippenIndexPage.objects.live().first()
        return lijst.url_voor(obj) if lijst else ""

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
        return {"groep": obj.groep.title if obj.groep_id else ""}


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
