"""What the platform search indexes of the agreements (registered with search)."""

from django.db.models import CharField, Exists, OuterRef, Q
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _

from afspraken.models import PARTNER_VELDEN, PARTNERS, Uitvoeringsafspraak
from search.afstemming import BELANGRIJK, GEWOON, HOOFD, LAAG, TITEL
from search.models import Zoekdocument
from search.register import registreer
from search.soorten import Soort


def _groep_titel(obj):
    """The title of the agreement's group, only when anyone may read the group's page: a
    private group is never named in search results or the group facet. One query per
    agreement, remembered on the object (velden and facetten both ask)."""
    if not obj.groep_id:
        return ""
    if not hasattr(obj, "_openbare_groep_titel"):
        groep = obj.groep
        openbaar = groep.live and not groep.get_view_restrictions().exists()
        obj._openbare_groep_titel = groep.title if openbaar else ""
    return obj._openbare_groep_titel


class AfspraakSoort(Soort):
    """Uitvoeringsafspraken: all their text fields, trefwoorden, kerninstrument, partners and
    legal references; only what is public (published and past the concept stage). Indexed
    when saved: a draft of a live agreement never changes its row, so indexing the row on
    save (e.g. after an import) shows only what is published."""

    naam = "uitvoeringsafspraak"
    label = _("Uitvoeringsafspraak")
    model = Uitvoeringsafspraak
    facetlabels = {"ketenpartner": dict(PARTNERS)}

    def objecten(self):
        return (
            self.model.objects.openbaar()
            .select_related("kerninstrument", "groep")
            .prefetch_related("trefwoorden")
        )

    def titel(self, obj):
        return obj.titel

    def tekst(self, obj):
        return obj.samenwerkingsafspraak

    def url(self, obj):
        return obj.get_url()

    def velden(self, obj):
        return [
            ("titel", obj.titel, TITEL),
            ("code", obj.code, TITEL),
            ("samenwerkingsafspraak", obj.samenwerkingsafspraak, HOOFD),
            ("trefwoorden", "; ".join(t.name for t in obj.trefwoorden.all()), BELANGRIJK),
            ("kerninstrument", obj.kerninstrument.naam, BELANGRIJK),
            ("juridische_onderbouwing", obj.juridische_onderbouwing, BELANGRIJK),
            ("juridische_tekst", obj.juridische_tekst, GEWOON),
            ("ketenpartners", "; ".join(obj.ketenpartners), GEWOON),
            ("typering", obj.typering, GEWOON),
            ("ambtelijk_bestuurlijk", obj.ambtelijk_bestuurlijk, GEWOON),
            ("bron", obj.bron, GEWOON),
            ("groep", _groep_titel(obj), GEWOON),
            ("toelichting", obj.toelichting, LAAG),
        ]

    def facetten(self, obj):
        return {
            "kerninstrument": obj.kerninstrument.naam,
            "ketenpartners": [veld for veld in PARTNER_VELDEN if getattr(obj, veld)],
            "groep": _groep_titel(obj),
            "status": obj.status,
            "typering": obj.typering,
        }


SOORT = registreer(AfspraakSoort())


def verouderd_in_zoekindex():
    """Public agreements whose search document shows another title than theirs, or still the
    "[samenvatting]" marker: changed by a data migration, which sends no signals (signalen.py
    indexes them again after migrate)."""
    documenten = Zoekdocument.objects.filter(
        soort=SOORT.naam, object_pk=Cast(OuterRef("pk"), CharField())
    )
    verouderd = documenten.filter(
        ~Q(titel=OuterRef("titel")) | Q(velden__icontains="[samenvatting")
    )
    return SOORT.objecten().filter(Exists(verouderd))
