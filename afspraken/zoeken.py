"""What the platform search indexes of the agreements (registered with search)."""

from django.db.models import CharField, Exists, OuterRef, Prefetch, Q
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _

from afspraken.models import PARTNER_VELDEN, PARTNERS, Uitvoeringsafspraak
from search.afkortingen import lijkt_afkorting
from search.afstemming import BELANGRIJK, GEWOON, HOOFD, LAAG, TITEL
from search.models import Zoekdocument
from search.opbouw import onthoud
from search.register import Concept, registreer, registreer_concepten
from search.soorten import Soort
from verwijzingen import WETTEN


def _openbare_titel(groep):
    openbaar = groep.live and not groep.get_view_restrictions().exists()
    return groep.title if openbaar else ""


def _groep_titel(obj):
    """The title of the agreement's group, only when anyone may read the group's page: a
    private group is never named in search results or the group facet. A few queries per
    agreement, remembered on the object (velden and facetten both ask) and during a rebuild
    per group (search.opbouw.onthoud): a full rebuild spent a third of its time here."""
    if not obj.groep_id:
        return ""
    if not hasattr(obj, "_openbare_groep_titel"):
        obj._openbare_groep_titel = onthoud(
            ("afspraken.groep_titel", obj.groep_id), lambda: _openbare_titel(obj.groep)
        )
    return obj._openbare_groep_titel


def _trefwoorden(obj):
    lijst = getattr(obj, "trefwoorden_lijst", None)
    return obj.trefwoorden.all() if lijst is None else lijst


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
            # not the group: only its public title is used, per group (_groep_titel); a
            # page instance per agreement was a tenth of a full rebuild
            .select_related("kerninstrument")
            # issue 16: as a list (to_attr): prefetching into the tag manager built a
            # queryset per agreement, a fifth of a full rebuild
            .prefetch_related(Prefetch("trefwoorden", to_attr="trefwoorden_lijst"))
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
            ("trefwoorden", "; ".join(t.name for t in _trefwoorden(obj)), BELANGRIJK),
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


# --- issue 15 (rang): laws and their abbreviations as concepts ---------------------------------
# The laws the register refers to (verwijzingen.WETTEN) with the abbreviations the platform
# knows for them: "art. 16.15 Ow" finds "Omgevingswet art. 16.15", "Bal" the "Besluit
# activiteiten leefomgeving". Token "wet" + the law's BWB id; weighted as a begrip.
WET_VOORVOEGSEL = "wet"


def wetten():
    """Per law with another name than its own (an abbreviation, "Archiefwet" for "Archiefwet
    1995") one concept: its name, its abbreviations and its other names."""
    namen = {}
    for naam_in_tekst, (naam, bwb_id) in WETTEN.items():
        if naam_in_tekst != naam.lower():
            namen.setdefault((naam, bwb_id), []).append(naam_in_tekst)
    return [
        Concept(
            f"{WET_VOORVOEGSEL}{bwb_id.lower()}",
            naam,
            tuple(n for n in andere if lijkt_afkorting(n)),
            tuple(n for n in andere if not lijkt_afkorting(n)),
        )
        for (naam, bwb_id), andere in namen.items()
    ]


registreer_concepten(wetten, WET_VOORVOEGSEL, "CONCEPT_WET")
# --- end issue 15 (rang)
