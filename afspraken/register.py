"""Filtering, facet counts, sorting and export rows of the public register. Shared by the
register page, the exports, the feed and the JSON API, so they always agree."""

from dataclasses import dataclass

from django.db.models import Count, F, Q
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from taggit.models import Tag

from kennisnetwerken.models import GroepPage

from .models import PARTNERS, Kerninstrument, Trefwoord, Uitvoeringsafspraak

Status = Uitvoeringsafspraak.Status

SORTERINGEN = {
    "titel": (_("Titel (A–Z)"), ["titel", "pk"]),
    "recent": (_("Laatst gewijzigd"), [F("last_published_at").desc(nulls_last=True), "-pk"]),
    "vastgesteld": (_("Datum vaststelling"), [F("vastgesteld_op").desc(nulls_last=True), "-pk"]),
    "kerninstrument": (_("Kerninstrument"), ["kerninstrument__volgorde", "titel", "pk"]),
}
STANDAARD_SORTERING = "kerninstrument"
# Shown by default; an ingetrokken agreement stays readable but only when asked for.
STANDAARD_STATUSSEN = [Status.IN_AFSTEMMING, Status.VASTGESTELD]
MAX_TREFWOORDEN_IN_FACET = 30


@dataclass
class Facetwaarde:
    waarde: str
    label: str
    aantal: int
    gekozen: bool


class Registerfilter:
    """The filters of one request, validated: unknown values are ignored, never an error.

    All facet counts except the keywords come from one aggregate query: for every facet value
    a conditional count over the rows matching all *other* chosen filters."""

    FACETTEN = [
        ("kerninstrument", _("Kerninstrument")),
        ("ketenpartner", _("Ketenpartner")),
        ("typering", _("Typering")),
        ("niveau", _("Niveau")),
        ("status", _("Status")),
        ("trefwoord", _("Trefwoord")),
        ("groep", _("Groep")),
    ]

    def __init__(self, params, basis=None):
        self.basis = Uitvoeringsafspraak.objects.openbaar() if basis is None else basis
        self.gekozen = {}
        waarden = {naam: str(params.get(naam, "")).strip()[:120] for naam, _l in self.FACETTEN}
        self.instrumenten = {k.slug: k for k in Kerninstrument.objects.all()}
        self.tag = None
        if waarden["trefwoord"]:
            self.tag = Tag.objects.filter(slug=waarden["trefwoord"]).first()
        self.keuzes = {
            "kerninstrument": [(k.slug, k.naam) for k in self.instrumenten.values()],
            "ketenpartner": [(veld, str(label)) for veld, label in PARTNERS],
            "typering": Uitvoeringsafspraak.Typering.choices,
            "niveau": Uitvoeringsafspraak.Niveau.choices,
            "status": [(w, label) for w, label in Status.choices if w != Status.CONCEPT],
        }
        for naam, waarde in waarden.items():
            if not waarde:
                continue
            if naam == "trefwoord":
                geldig = self.tag is not None
            elif naam == "groep":
                geldig = waarde in self.groepen
            else:
                geldig = waarde in dict(self.keuzes[naam])
            if geldig:
                self.gekozen[naam] = waarde
        sortering = params.get("sortering", "")
        self.sortering = sortering if sortering in SORTERINGEN else STANDAARD_SORTERING

    @cached_property
    def groepen(self):
        """Published groups by slug (title, pk), for the group facet and its labels."""
        return {
            slug: (titel, pk)
            for slug, titel, pk in GroepPage.objects.live().values_list("slug", "title", "pk")
        }

    def _voorwaarde(self, naam, waarde):
        if naam == "kerninstrument":
            return Q(kerninstrument_id=self.instrumenten[waarde].pk)
        if naam == "ketenpartner":
            return Q(**{waarde: True})
        if naam == "typering":
            return Q(typering=waarde)
        if naam == "niveau":
            return Q(ambtelijk_bestuurlijk=waarde)
        if naam == "status":
            return Q(status=waarde)
        if naam == "trefwoord":
            return Q(
                pk__in=Trefwoord.objects.filter(tag_id=self.tag.pk).values("content_object_id")
            )
        return Q(groep_id=self.groepen[waarde][1])

    def _voorwaarden(self, behalve=None):
        voorwaarde = Q()
        for naam, waarde in self.gekozen.items():
            if naam != behalve:
                voorwaarde &= self._voorwaarde(naam, waarde)
        if behalve != "status" and "status" not in self.gekozen:
            voorwaarde &= Q(status__in=STANDAARD_STATUSSEN)
        return voorwaarde

    def gefilterd(self, behalve=None):
        return self.basis.filter(self._voorwaarden(behalve))

    def resultaten(self):
        return (
            self.gefilterd()
            .select_related("kerninstrument")
            .order_by(*SORTERINGEN[self.sortering][1])
        )

    # -- facets --------------------------------------------------------------------------

    def facetten(self):
        tellingen = {}
        velden = {
            "kerninstrument": ("kerninstrument_id", lambda slug: self.instrumenten[slug].pk),
            "typering": ("typering", str),
            "niveau": ("ambtelijk_bestuurlijk", str),
            "status": ("status", str),
        }
        for naam, (veld, waarde_van) in velden.items():
            anders = self._voorwaarden(behalve=naam)
            for waarde, _label in self.keuzes[naam]:
                tellingen[f"{naam}|{waarde}"] = Count(
                    "pk", filter=anders & Q(**{veld: waarde_van(waarde)})
                )
        anders = self._voorwaarden(behalve="ketenpartner")
        for veld, _label in PARTNERS:
            tellingen[f"ketenpartner|{veld}"] = Count("pk", filter=anders & Q(**{veld: True}))
        anders = self._voorwaarden(behalve="groep")
        for slug, (_titel, pk) in self.groepen.items():
            tellingen[f"groep|{slug}"] = Count("pk", filter=anders & Q(groep_id=pk))
        # Aliases must be plain identifiers: number them, then map back to "facet|value".
        sleutels = list(tellingen)
        ruw = self.basis.order_by().aggregate(
            **{f"n{i}": tellingen[sleutel] for i, sleutel in enumerate(sleutels)}
        )
        aantallen = {sleutel: ruw[f"n{i}"] for i, sleutel in enumerate(sleutels)}

        resultaat = {}
        for naam, label in self.FACETTEN:
            if naam == "trefwoord":
                rijen = self._trefwoorden()
            elif naam == "groep":
                rijen = sorted(
                    (
                        (slug, titel, aantallen[f"groep|{slug}"])
                        for slug, (titel, _pk) in self.groepen.items()
                    ),
                    key=lambda rij: rij[1],
                )
            else:
                rijen = [(w, lbl, aantallen[f"{naam}|{w}"]) for w, lbl in self.keuzes[naam]]
            resultaat[naam] = (label, self._waarden(naam, rijen))
        return resultaat

    def _waarden(self, naam, rijen):
        gekozen = self.gekozen.get(naam)
        return [
            Facetwaarde(str(waarde), str(label), aantal, str(waarde) == gekozen)
            for waarde, label, aantal in rijen
            if aantal or str(waarde) == gekozen
        ]

    def _trefwoorden(self):
        rijen = list(
            Trefwoord.objects.filter(
                content_object_id__in=self.gefilterd(behalve="trefwoord").values("pk")
            )
            .values_list("tag__slug", "tag__name")
            .annotate(n=Count("pk"))
            .order_by("-n", "tag__name")[:MAX_TREFWOORDEN_IN_FACET]
        )
        if self.tag and self.tag.slug not in [slug for slug, _naam, _n in rijen]:
            rijen.append((self.tag.slug, self.tag.name, 0))
        return rijen

    # -- links ---------------------------------------------------------------------------

    def querystring(self, **wijzig):
        params = {**self.gekozen}
        if self.sortering != STANDAARD_SORTERING:
            params["sortering"] = self.sortering
        for naam, waarde in wijzig.items():
            if waarde is None:
                params.pop(naam, None)
            else:
                params[naam] = waarde
        return "?" + urlencode(params) if params else ""

    def gekozen_filters(self):
        """Chosen filters with their label and a link that removes them."""
        labels = dict(self.FACETTEN)
        return [
            {
                "facet": labels[naam],
                "waarde": self._label(naam, waarde),
                "zonder": self.querystring(**{naam: None}) or "?",
            }
            for naam, waarde in self.gekozen.items()
        ]

    def _label(self, naam, waarde):
        if naam == "trefwoord":
            return self.tag.name
        if naam == "groep":
            return self.groepen[waarde][0]
        return dict(self.keuzes[naam])[waarde]


# -- export rows ---------------------------------------------------------------------------

EXPORT_KOLOMMEN = ["code", "titel", "status", "groep"]


def export_kolommen():
    from .importeren import KOLOMMEN

    return [*EXPORT_KOLOMMEN, *KOLOMMEN]


def export_queryset(qs):
    return qs.select_related("kerninstrument", "groep").prefetch_related("trefwoorden")


def export_rij(afspraak):
    """One agreement in the vocabulary of the import format (so export → import round-trips)."""
    rij = {
        "code": afspraak.code,
        "titel": afspraak.titel,
        "status": afspraak.status,
        "groep": afspraak.groep.slug if afspraak.groep_id else "",
        "kerninstrument": afspraak.kerninstrument.naam,
        "juridische_onderbouwing": afspraak.juridische_onderbouwing,
        "juridische_tekst": afspraak.juridische_tekst,
        "samenwerkingsafspraak": afspraak.samenwerkingsafspraak,
        "typering": afspraak.typering,
        "trefwoorden": "; ".join(sorted(t.name for t in afspraak.trefwoorden.all())),
        "bron": afspraak.bron,
        "ambtelijk_bestuurlijk": afspraak.ambtelijk_bestuurlijk,
        "toelichting": afspraak.toelichting,
    }
    for veld, _label in PARTNERS:
        rij[veld] = "x" if getattr(afspraak, veld) else ""
    return {kolom: rij[kolom] for kolom in export_kolommen()}
