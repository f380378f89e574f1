"""Who takes part in which overleg or public group, in which role (issue 14.3): the data
behind the matrix /organisaties/, its CSV and each organisation's page.

A role comes from three sources: a Deelname (overleg or group, with a role), a group's own
participants (GroepPage.organisaties, as lid) and the organisation of each of its trekkers (as
trekker). Only public groups count (live, without a view restriction): a private group is no
column, gives no role and counts nowhere. A fixed number of queries, whatever the number of
organisations, overleggen or groups."""

from dataclasses import dataclass, field

from groepen.models import GroepPage, Trekker
from groepen.toegang import openbare_groepen
from organisaties.models import Deelname, Niveau, Organisatie, Overleg, Rol

ROLVOLGORDE = {waarde: i for i, waarde in enumerate(Rol.values)}
NIVEAULABELS = dict(Niveau.choices)


@dataclass
class Kolom:
    """An overleg or a public group: one column of the matrix."""

    soort: str  # "overleg" or "groep"
    pk: int
    naam: str
    afkorting: str
    niveau: str
    url: str

    @property
    def sleutel(self):
        return (self.soort, self.pk)

    @property
    def kop(self):
        return self.afkorting or self.naam

    @property
    def niveau_label(self):
        return NIVEAULABELS.get(self.niveau, self.niveau)


@dataclass
class Rij:
    organisatie: Organisatie
    rollen: dict = field(default_factory=dict)  # kolom.sleutel -> [rol labels]
    cellen: list = field(default_factory=list)  # [(kolom, [rol labels])] in column order

    @property
    def is_partij(self):
        return is_partij(self.organisatie)


def is_partij(organisatie):
    """A current party to the convenant: signed or joined, and not left."""
    partijschap = getattr(organisatie, "partijschap", None)
    return partijschap is not None and partijschap.is_actief


def kolommen(niveau=None, request=None):
    """The overleggen, then the public groups (by title), optionally of one level. With the
    request, Wagtail looks up the site's root paths once per request, not once per group."""
    overleggen = Overleg.objects.all()
    groepen = openbare_groepen().order_by("title")
    if niveau:
        overleggen = overleggen.filter(niveau=niveau)
        groepen = groepen.filter(niveau=niveau)
    resultaat = [
        Kolom("overleg", o.pk, o.naam, o.afkorting, o.niveau, o.get_absolute_url())
        for o in overleggen
    ]
    resultaat += [Kolom("groep", g.pk, g.title, "", g.niveau, g.get_url(request)) for g in groepen]
    return resultaat


def rollen(kolommen_, organisatie_ids=None):
    """{(organisatie_id, kolom.sleutel): set of Rol values} for these columns; with
    `organisatie_ids` only for those organisations. Three queries."""
    overleg_ids = [k.pk for k in kolommen_ if k.soort == "overleg"]
    groep_ids = [k.pk for k in kolommen_ if k.soort == "groep"]
    resultaat = {}

    def voeg_toe(organisatie_id, sleutel, rol):
        resultaat.setdefault((organisatie_id, sleutel), set()).add(rol)

    def beperk(qs, veld="organisatie_id"):
        return qs if organisatie_ids is None else qs.filter(**{f"{veld}__in": organisatie_ids})

    deelnames = Deelname.objects.filter(overleg_id__in=overleg_ids) | Deelname.objects.filter(
        groep_id__in=groep_ids
    )
    for org, overleg, groep, rol in beperk(deelnames).values_list(
        "organisatie_id", "overleg_id", "groep_id", "rol"
    ):
        voeg_toe(org, ("overleg", overleg) if overleg else ("groep", groep), rol)
    if groep_ids:
        leden = GroepPage.organisaties.through.objects.filter(groeppage_id__in=groep_ids)
        for groep, org in beperk(leden).values_list("groeppage_id", "organisatie_id"):
            voeg_toe(org, ("groep", groep), Rol.LID)
        trekkers = Trekker.objects.filter(groep_id__in=groep_ids, organisatie__isnull=False)
        for groep, org in beperk(trekkers).values_list("groep_id", "organisatie_id"):
            voeg_toe(org, ("groep", groep), Rol.TREKKER)
    return resultaat


def rol_labels(waarden):
    labels = dict(Rol.choices)
    return [str(labels[w]) for w in sorted(waarden, key=lambda w: ROLVOLGORDE.get(w, 99))]


@dataclass
class Matrix:
    kolommen: list
    rijen: list

    @property
    def overleg_kolommen(self):
        return [k for k in self.kolommen if k.soort == "overleg"]

    @property
    def groep_kolommen(self):
        return [k for k in self.kolommen if k.soort == "groep"]

    @property
    def heeft_afkortingen(self):
        return any(k.afkorting for k in self.kolommen)


def matrix(soort=None, niveau=None, rol=None, alleen_partijen=False, request=None):
    """The organisations (rows) × overleggen and public groups (columns) for these filters.

    Columns: every overleg and public group (of `niveau`). Rows: every organisation (of
    `soort`; with `alleen_partijen` only current parties to the convenant); with a filter on
    level or role only those with a role in a shown column, and with a role filter a cell
    shows only that role."""
    kolommen_ = kolommen(niveau, request)
    organisaties = Organisatie.objects.select_related("partijschap").order_by("naam")
    if soort:
        organisaties = organisaties.filter(soort=soort)
    if alleen_partijen:
        organisaties = organisaties.filter(
            partijschap__isnull=False, partijschap__uitgetreden_op__isnull=True
        )
    alle_rollen = rollen(kolommen_)
    rijen = []
    for organisatie in organisaties:
        rij = Rij(organisatie)
        for kolom in kolommen_:
            waarden = alle_rollen.get((organisatie.pk, kolom.sleutel), set())
            if rol:
                waarden = waarden & {rol}
            if waarden:
                rij.rollen[kolom.sleutel] = rol_labels(waarden)
        if rij.rollen or not (niveau or rol):
            rij.cellen = [(k, rij.rollen.get(k.sleutel, [])) for k in kolommen_]
            rijen.append(rij)
    return Matrix(kolommen_, rijen)


@dataclass
class Deelnamerij:
    kolom: Kolom
    rollen: list


def deelnames_van(organisatie, request=None):
    """The overleggen and public groups this organisation takes part in, with its roles:
    the same source as the matrix."""
    kolommen_ = kolommen(request=request)
    eigen = rollen(kolommen_, organisatie_ids=[organisatie.pk])
    return [
        Deelnamerij(kolom, rol_labels(eigen[(organisatie.pk, kolom.sleutel)]))
        for kolom in kolommen_
        if (organisatie.pk, kolom.sleutel) in eigen
    ]
