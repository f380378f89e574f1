"""The overlegstructuur as an anonymous visitor may see it (issue 14.1, 14.2): overleggen,
their relations, and the groups that relations point to. A relation to a group that is not
live or sits under a view restriction (a private group) is left out everywhere: on the
overleg page, in the diagram and in its text equivalent."""

from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.translation import gettext as _

from groepen.toegang import openbare_groepen
from organisaties.models import Niveau, Overleg, OverlegRelatie


def zichtbare_relaties(relaties):
    """These relations without those to a group an anonymous visitor may not see; one query,
    with both ends loaded."""
    return relaties.filter(
        Q(naar_groep__isnull=True) | Q(naar_groep__in=openbare_groepen().values("pk"))
    ).select_related("van", "naar_overleg", "naar_groep")


@dataclass
class Knoop:
    """One box of the diagram: an overleg or a group that a relation points to."""

    sleutel: str
    naam: str
    afkorting: str
    url: str
    niveau: str
    soort: str  # "overleg", "werkgroep", "klankbordgroep" or "groep"
    soort_label: str
    uitgaand: list = field(default_factory=list)

    @property
    def is_groep(self):
        return self.soort == "groep"


@dataclass
class Pijl:
    van: Knoop
    naar: Knoop
    soort: str
    label: str
    toelichting: str


@dataclass
class Structuur:
    niveaus: list  # [(waarde, label, [Knoop])], every level, also an empty one
    pijlen: list

    @property
    def knopen(self):
        return [k for _, _, knopen in self.niveaus for k in knopen]

    @property
    def is_leeg(self):
        return not self.knopen


def _overlegknoop(overleg):
    return Knoop(
        sleutel=f"overleg-{overleg.pk}",
        naam=overleg.naam,
        afkorting=overleg.afkorting if overleg.afkorting != overleg.naam else "",
        url=overleg.get_absolute_url(),
        niveau=overleg.niveau,
        soort=overleg.soort,
        soort_label=overleg.get_soort_display(),
    )


def _groepknoop(groep, request):
    return Knoop(
        sleutel=f"groep-{groep.pk}",
        naam=groep.title,
        afkorting="",
        url=groep.get_url(request),
        niveau=groep.niveau,
        soort="groep",
        soort_label=_("Groep"),
    )


def overlegstructuur(request=None):
    """The whole structure in a fixed number of queries, whatever its size."""
    overleggen = {o.pk: _overlegknoop(o) for o in Overleg.objects.all()}
    groepen = {}
    pijlen = []
    for relatie in zichtbare_relaties(OverlegRelatie.objects.all()):
        van = overleggen[relatie.van_id]
        if relatie.naar_overleg_id:
            naar = overleggen[relatie.naar_overleg_id]
        else:
            if relatie.naar_groep_id not in groepen:
                groepen[relatie.naar_groep_id] = _groepknoop(relatie.naar_groep, request)
            naar = groepen[relatie.naar_groep_id]
        pijl = Pijl(van, naar, relatie.soort, relatie.get_soort_display(), relatie.toelichting)
        van.uitgaand.append(pijl)
        pijlen.append(pijl)
    knopen = list(overleggen.values()) + sorted(groepen.values(), key=lambda k: k.naam)
    niveaus = [
        (waarde, label, [k for k in knopen if k.niveau == waarde])
        for waarde, label in Niveau.choices
    ]
    # A group without a known level (should not happen) still gets a box: lowest band.
    bekend = set(Niveau.values)
    niveaus[-1][2].extend(k for k in knopen if k.niveau not in bekend)
    return Structuur(niveaus=niveaus, pijlen=pijlen)
