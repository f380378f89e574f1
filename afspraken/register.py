"""Filtering, facet counts, sorting and export rows of the public register. Shared by the
register page, the exports, the feed and the JSON API, so they always agree."""

from dataclasses import dataclass

from django.db.models import Count, F, Q
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
    """The filters of one request, validated: unknown values are ignored, never an error."""

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
        for naam, _label in self.FACETTEN:
            waarde = str(params.get(naam, "")).strip()[:120]
            if waarde and self._geldig(naam, waarde):
                self.gekozen[naam] = waarde
        sortering = params.get("sortering", "")
        self.sortering = sortering if sortering in SORTERINGEN else STANDAARD_SORTERING

    def _geldig(self, naam, waarde):
        if naam == "kerninstrument":
            return Kerninstrument.objects.filter(slug=waarde).exists()
        if naam == "ketenpartner":
            return waarde in dict(PARTNERS)
        if naam == "typering":
            return waarde in Uitvoeringsafspraak.Typering.values
        if naam == "niveau":
            return waarde in Uitvoeringsafspraak.Niveau.values
        if naam == "status":
            return waarde in Status.values and waarde != Status.CONCEPT
        if naam == "trefwoord":
            return Tag.objects.filter(slug=waarde).exists()
        if naam == "groep":
            return GroepPage.objects.filter(slug=waarde).exists()
        return False

    def _voorwaarde(self, naam, waarde):
        return {
            "kerninstrument": Q(kerninstrument__slug=waarde),
            "ketenpartner": Q(**{waarde: True}),
            "typering": Q(typering=waarde),
            "niveau": Q(ambtelijk_bestuurlijk=waarde),
            "status": Q(status=waarde),
            "trefwoord": Q(
                pk__in=Trefwoord.objects.filter(tag__slug=waarde).values("content_object_id")
            ),
            "groep": Q(groep__slug=waarde),
        }[naam]

    def gefilterd(self, behalve=None):
        qs = self.basis
        for naam, waarde in self.gekozen.items():
            if naam != behalve:
                qs = qs.filter(self._voorwaarde(naam, waarde))
        if behalve != "status" and "status" not in self.gekozen:
            qs = qs.filter(status__in=STANDAARD_STATUSSEN)
        return qs

    def resultaten(self):
        return (
            self.gefilterd()
            .select_related("kerninstrument")
            .order_by(*SORTERINGEN[self.sortering][1])
        )

    # -- facets --------------------------------------------------------------------------

    def facetten(self):
        return {naam: (label, getattr(self, f"_facet_{naam}")()) for naam, label in self.FACETTEN}

    def _waarden(self, naam, rijen):
        gekozen = self.gekozen.get(naam)
        return [
            Facetwaarde(str(waarde), str(label), aantal, str(waarde) == gekozen)
            for waarde, label, aantal in rijen
            if aantal or str(waarde) == gekozen
        ]

    def _tellingen(self, naam, veld):
        return dict(
            self.gefilterd(behalve=naam)
            .order_by()
            .values_list(veld)
            .annotate(n=Count("pk"))
            .values_list(veld, "n")
        )

    def _facet_kerninstrument(self):
        aantallen = self._tellingen("kerninstrument", "kerninstrument_id")
        return self._waarden(
            "kerninstrument",
            [(k.slug, k.naam, aantallen.get(k.pk, 0)) for k in Kerninstrument.objects.all()],
        )

    def _facet_ketenpartner(self):
        aantallen = self.gefilterd(behalve="ketenpartner").aggregate(
            **{veld: Count("pk", filter=Q(**{veld: True})) for veld, _label in PARTNERS}
        )
        return self._waarden(
            "ketenpartner", [(veld, label, aantallen[veld]) for veld, label in PARTNERS]
        )

    def _keuzefacet(self, naam, veld, keuzes):
        aantallen = self._tellingen(naam, veld)
        return self._waarden(naam, [(w, label, aantallen.get(w, 0)) for w, label in keuzes])

    def _facet_typering(self):
        return self._keuzefacet("typering", "typering", Uitvoeringsafspraak.Typering.choices)

    def _facet_niveau(self):
        return self._keuzefacet(
            "niveau", "ambtelijk_bestuurlijk", Uitvoeringsafspraak.Niveau.choices
        )

    def _facet_status(self):
        keuzes = [(w, label) for w, label in Status.choices if w != Status.CONCEPT]
        return self._keuzefacet("status", "status", keuzes)

    def _facet_trefwoord(self):
        rijen = (
            Trefwoord.objects.filter(
                content_object_id__in=self.gefilterd(behalve="trefwoord").values("pk")
            )
            .values_list("tag__slug", "tag__name")
            .annotate(n=Count("pk"))
            .order_by("-n", "tag__name")[:MAX_TREFWOORDEN_IN_FACET]
        )
        rijen = list(rijen)
        gekozen = self.gekozen.get("trefwoord")
        if gekozen and gekozen not in [slug for slug, _naam, _n in rijen]:
            tag = Tag.objects.get(slug=gekozen)
            rijen.append((tag.slug, tag.name, 0))
        return self._waarden("trefwoord", rijen)

    def _facet_groep(self):
        aantallen = self._tellingen("groep", "groep_id")
        groepen = GroepPage.objects.filter(pk__in=[pk for pk in aantallen if pk]).order_by("title")
        rijen = [(g.slug, g.title, aantallen.get(g.pk, 0)) for g in groepen]
        gekozen = self.gekozen.get("groep")
        if gekozen and gekozen not in [slug for slug, _t, _n in rijen]:
            groep = GroepPage.objects.get(slug=gekozen)
            rijen.append((groep.slug, groep.title, 0))
        return self._waarden("groep", rijen)

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
        labels = {naam: label for naam, label in self.FACETTEN}
        resultaat = []
        for naam, waarde in self.gekozen.items():
            resultaat.append(
                {
                    "facet": labels[naam],
                    "waarde": self._label(naam, waarde),
                    "zonder": self.querystring(**{naam: None}) or "?",
                }
            )
        return resultaat

    def _label(self, naam, waarde):
        if naam == "kerninstrument":
            return Kerninstrument.objects.get(slug=waarde).naam
        if naam == "ketenpartner":
            return dict(PARTNERS)[waarde]
        if naam == "trefwoord":
            return Tag.objects.get(slug=waarde).name
        if naam == "groep":
            return GroepPage.objects.get(slug=waarde).title
        keuzes = {
            "typering": Uitvoeringsafspraak.Typering,
            "niveau": Uitvoeringsafspraak.Niveau,
            "status": Status,
        }[naam]
        return keuzes(waarde).label


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
