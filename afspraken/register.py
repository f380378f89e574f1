"""Filtering, facet counts, sorting and export rows of the public register. Shared by the
register page, the exports, the feed and the JSON API, so they always agree."""

from dataclasses import dataclass

from django.db.models import Case, CharField, Count, F, IntegerField, Q, Value, When
from django.db.models.functions import Cast
from django.utils.formats import localize
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.text import slugify
from django.utils.translation import gettext as _g
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from taggit.models import Tag

from groepen.models import GroepPage
from groepen.toegang import openbaar
from search.zoeker import OngeldigeZoekvraag, zoek_objecten

from .importeren import KOLOMMEN, SAMENVATTING_KOLOM
from .models import PARTNER_VELDEN, PARTNERS, Kerninstrument, Trefwoord, Uitvoeringsafspraak
from .zoeken import AfspraakSoort

Status = Uitvoeringsafspraak.Status

SORTERINGEN = {
    "titel": (_("Titel (A–Z)"), ["titel", "pk"]),
    "recent": (_("Laatst gewijzigd"), [F("last_published_at").desc(nulls_last=True), "-pk"]),
    "vastgesteld": (_("Datum vaststelling"), [F("vastgesteld_op").desc(nulls_last=True), "-pk"]),
    # By the controlled list's order of creation (no join, so an index serves it).
    "kerninstrument": (_("Kerninstrument"), ["kerninstrument_id", "titel", "pk"]),
}
STANDAARD_SORTERING = "kerninstrument"
# With a free-text question the best matches come first (and that is the default then).
RELEVANTIE = ("relevantie", _("Best passend"))
# Shown by default; an ingetrokken agreement stays readable but only when asked for.
STANDAARD_STATUSSEN = [Status.IN_AFSTEMMING, Status.VASTGESTELD]
MAX_VOOR_TREFWOORDTELLING = 20_000
# The keyword field suggests at most this many (most used first); any other keyword still
# works when typed or in the URL. Keeps the page small in a register with thousands of them.
MAX_TREFWOORDEN_IN_LIJST = 2000


@dataclass
class Facetwaarde:
    waarde: str
    label: str
    aantal: int
    gekozen: bool
    # "1 afspraak", "12 afspraken" (keywords only): what {% blocktranslate count %} made of the
    # count; the list has up to 2000 of them, a template tag per option cost more.
    aantal_tekst: str = ""


class Lijstregel:
    """One agreement as the register list shows it (afspraak_item.html), made from the values
    of KOLOMMEN: no model instance per row, labels looked up once."""

    KOLOMMEN = [
        "slug",
        "titel",
        "status",
        "is_voorbeeld",
        "typering",
        "ambtelijk_bestuurlijk",
        "samenwerkingsafspraak",
        "toelichting",
        "kerninstrument__naam",
        *PARTNER_VELDEN,
    ]
    __slots__ = (
        "slug",
        "titel",
        "status",
        "status_label",
        "is_ingetrokken",
        "is_voorbeeld",
        "typering",
        "typering_label",
        "ambtelijk_bestuurlijk",
        "niveau_label",
        "kerninstrument_naam",
        "lijsttekst",
        "ketenpartners",
    )

    def __init__(self, rij, labels):
        self.slug = rij["slug"]
        self.titel = rij["titel"]
        self.status = rij["status"]
        # as get_FOO_display(): the label, else the stored value
        self.status_label = labels["status"].get(self.status, self.status)
        self.is_ingetrokken = self.status == Status.INGETROKKEN
        self.is_voorbeeld = rij["is_voorbeeld"]
        self.typering = typering = rij["typering"]
        self.typering_label = labels["typering"].get(typering, typering)
        self.ambtelijk_bestuurlijk = niveau = rij["ambtelijk_bestuurlijk"]
        self.niveau_label = labels["niveau"].get(niveau, niveau)
        self.kerninstrument_naam = rij["kerninstrument__naam"]
        self.lijsttekst = Uitvoeringsafspraak.lijsttekst_van(
            rij["titel"], rij["samenwerkingsafspraak"], rij["toelichting"]
        )
        self.ketenpartners = [str(label) for veld, label in PARTNERS if rij[veld]]

    @classmethod
    def van(cls, queryset):
        """The rows of a queryset of agreements (a page of resultaten()), read as values."""
        labels = {
            "status": dict(Status.choices),
            "typering": dict(Uitvoeringsafspraak.Typering.choices),
            "niveau": dict(Uitvoeringsafspraak.Niveau.choices),
        }
        return [cls(rij, labels) for rij in queryset.values(*cls.KOLOMMEN)]


class Registerfilter:
    """The filters of one request, validated: unknown values are ignored, never an error
    (an unknown keyword or an unusable question gets a Dutch message in `meldingen`).

    A free-text question `q` searches within the register through the platform search
    (search.zoeker.zoek_objecten): the matching public agreements become the basis that every
    filter, facet count, sort order, export and API page works on.

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

    trefwoorden_overgeslagen = False

    def __init__(self, params, basis=None):
        self.basis = Uitvoeringsafspraak.objects.openbaar() if basis is None else basis
        self.openbaar = self.basis  # before the question narrows it (for the keyword lookup)
        self.gekozen = {}
        self.meldingen = []
        self.zoekuitkomst = None
        self.treffers = []
        waarden = {naam: str(params.get(naam, "")).strip()[:120] for naam, _l in self.FACETTEN}
        # NUL never belongs to a valid value (and PostgreSQL cannot compare text with it)
        waarden = {naam: "" if "\x00" in w else w for naam, w in waarden.items()}
        self.instrumenten = {k.slug: k for k in Kerninstrument.objects.all()}
        self.tag = self._zoek_tag(waarden["trefwoord"]) if waarden["trefwoord"] else None
        self.q = self._zoek(str(params.get("q", "")))
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
                self.gekozen[naam] = self.tag.slug if naam == "trefwoord" else waarde
        self.standaard_sortering = RELEVANTIE[0] if self.q else STANDAARD_SORTERING
        sortering = params.get("sortering", "")
        geldig = sortering in SORTERINGEN or (self.q and sortering == RELEVANTIE[0])
        self.sortering = sortering if geldig else self.standaard_sortering

    def _zoek_tag(self, waarde):
        """The keyword by its slug (the links) or its name (typed in the field), among the
        keywords of public agreements only; a Dutch message when there is none."""
        tags = Tag.objects.filter(
            pk__in=Trefwoord.objects.filter(
                content_object_id__in=self.openbaar.values("pk")
            ).values("tag_id")
        )
        tag = (
            tags.filter(slug=waarde).first()
            or tags.filter(name__iexact=waarde).first()
            # SQLite compares case only in ASCII: "ÉÉN" finds "één" through its slug
            or tags.filter(slug=slugify(waarde)).first()
        )
        if tag is None:
            self.meldingen.append(
                _g(
                    "Het trefwoord “%(t)s” komt in geen openbare afspraak voor. "
                    "Dit filter is niet gebruikt."
                )
                % {"t": waarde[:80]}
            )
        return tag

    def _zoek(self, q):
        """Narrow the basis to the agreements matching the question (search service)."""
        q = q.replace("\x00", " ").strip()
        if not q:
            return ""
        try:
            uitkomst = zoek_objecten(q, AfspraakSoort.naam)
        except OngeldigeZoekvraag as fout:
            self.meldingen.append(f"{fout} " + _g("De zoekterm is niet gebruikt."))
            return ""
        self.zoekuitkomst = uitkomst
        self.treffers = [int(pk) for pk in uitkomst.objecten if pk.isdigit()]
        self.basis = self.basis.filter(pk__in=self.treffers)
        if uitkomst.melding:
            self.meldingen.append(uitkomst.melding)
        if uitkomst.meer_dan:
            self.meldingen.append(
                _g(
                    "Meer dan %(n)s afspraken passen bij deze zoekterm; u ziet de %(n)s die het "
                    "best passen. Maak de zoekterm preciezer of gebruik de filters."
                )
                % {"n": len(self.treffers)}
            )
        return q

    def sorteringen(self):
        """The sort orders to offer: (value, label)."""
        keuzes = [(k, v[0]) for k, v in SORTERINGEN.items()]
        return [RELEVANTIE, *keuzes] if self.q else keuzes

    @cached_property
    def groepen(self):
        """Published groups anyone may read, by slug (title, pk), for the group facet and its
        labels: a group page behind a privacy setting never shows its title here."""
        return {
            slug: (titel, pk)
            for slug, titel, pk in openbaar(GroepPage.objects.live()).values_list(
                "slug", "title", "pk"
            )
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
        if self.sortering == RELEVANTIE[0]:
            volgorde = [
                Case(
                    *(When(pk=pk, then=Value(i)) for i, pk in enumerate(self.treffers)),
                    default=Value(len(self.treffers)),
                    output_field=IntegerField(),
                ),
                "pk",
            ]
        else:
            volgorde = SORTERINGEN[self.sortering][1]
        return self.gefilterd().select_related("kerninstrument").order_by(*volgorde)

    # -- facets --------------------------------------------------------------------------

    # facet -> model field it groups by
    FACETVELDEN = {
        "kerninstrument": "kerninstrument_id",
        "typering": "typering",
        "niveau": "ambtelijk_bestuurlijk",
        "status": "status",
        "groep": "groep_id",
    }

    # A facet not chosen (and not status, whose part leaves out the default statuses) counts
    # exactly the results, grouped: the sum of its groups is the number of results.
    TELLENDE_FACETTEN = ["typering", "niveau", "groep", "kerninstrument", "ketenpartner"]

    totaal = None

    def facetten(self, totaal=None):
        """Counts per facet value; each facet counts the rows matching all *other* chosen
        filters. One statement: a UNION ALL of one GROUP BY per facet (the ketenpartners
        grouped by their combination as a bit mask), so each part can use its own index.

        Also sets `totaal`, the number of results, from the groups of a facet that is not
        chosen: the page needs no COUNT query of its own. `totaal` given: the number of
        results counted elsewhere (it decides whether keywords are counted)."""
        delen = []
        for naam, veld in self.FACETVELDEN.items():
            delen.append(
                self.gefilterd(behalve=naam)
                .order_by()
                .annotate(facet=Value(naam), waarde=Cast(veld, CharField()))
                .values("facet", "waarde")
                .annotate(n=Count("*"))
                .values_list("facet", "waarde", "n")
            )
        masker = sum(
            (Cast(veld, IntegerField()) * (1 << i) for i, (veld, _l) in enumerate(PARTNERS)),
            Value(0),
        )
        delen.append(
            self.gefilterd(behalve="ketenpartner")
            .order_by()
            .annotate(facet=Value("ketenpartner"), waarde=Cast(masker, CharField()))
            .values("facet", "waarde")
            .annotate(n=Count("*"))
            .values_list("facet", "waarde", "n")
        )
        aantallen, sommen = {}, {}
        for facet, waarde, n in delen[0].union(*delen[1:], all=True):
            sommen[facet] = sommen.get(facet, 0) + n
            if facet == "ketenpartner":
                for i, (veld, _l) in enumerate(PARTNERS):
                    if int(waarde) & (1 << i):
                        sleutel = f"ketenpartner|{veld}"
                        aantallen[sleutel] = aantallen.get(sleutel, 0) + n
            else:
                aantallen[f"{facet}|{waarde}"] = n
        self.totaal = next(
            (sommen.get(n, 0) for n in self.TELLENDE_FACETTEN if n not in self.gekozen), None
        )
        if self.totaal is None:  # every one of them chosen: rare, a COUNT of its own
            self.totaal = self.gefilterd().count()
        if totaal is None:
            totaal = self.totaal

        resultaat = {}
        for naam, label in self.FACETTEN:
            if naam == "trefwoord":
                rijen = self._trefwoorden(totaal)
            elif naam == "groep":
                rijen = sorted(
                    (
                        (slug, titel, aantallen.get(f"groep|{pk}", 0))
                        for slug, (titel, pk) in self.groepen.items()
                    ),
                    key=lambda rij: rij[1],
                )
            elif naam == "kerninstrument":
                rijen = [
                    (k.slug, k.naam, aantallen.get(f"kerninstrument|{k.pk}", 0))
                    for k in self.instrumenten.values()
                ]
            else:
                rijen = [(w, lbl, aantallen.get(f"{naam}|{w}", 0)) for w, lbl in self.keuzes[naam]]
            resultaat[naam] = (label, self._waarden(naam, rijen))
        return resultaat

    def _waarden(self, naam, rijen):
        gekozen = self.gekozen.get(naam)
        waarden = [
            Facetwaarde(str(waarde), str(label), aantal, str(waarde) == gekozen)
            for waarde, label, aantal in rijen
            if aantal
            or str(waarde) == gekozen
            or (naam == "trefwoord" and self.trefwoorden_overgeslagen)
        ]
        if naam == "trefwoord" and not self.trefwoorden_overgeslagen:
            teksten = {}  # many keywords share a count: each text made once
            for w in waarden:
                if w.aantal not in teksten:
                    teksten[w.aantal] = ngettext("%(n)s afspraak", "%(n)s afspraken", w.aantal) % {
                        "n": localize(w.aantal)
                    }
                w.aantal_tekst = teksten[w.aantal]
        return waarden

    def _trefwoorden(self, totaal=None):
        """Every keyword of the agreements matching the other filters, with counts, most used
        first (the field offers them all as suggestions). Above MAX_VOOR_TREFWOORDTELLING
        results the counts are left out (too costly on every request): then every keyword
        of the public agreements, by name, with count 0."""
        if totaal is not None and totaal > MAX_VOOR_TREFWOORDTELLING:
            self.trefwoorden_overgeslagen = True
            rijen = (
                Tag.objects.filter(
                    pk__in=Trefwoord.objects.filter(
                        content_object_id__in=self.gefilterd(behalve="trefwoord").values("pk")
                    ).values("tag_id")
                )
                .order_by("name")
                .values_list("slug", "name")
            )
            return [(slug, naam, 0) for slug, naam in rijen[:MAX_TREFWOORDEN_IN_LIJST]]
        return list(
            Trefwoord.objects.filter(
                content_object_id__in=self.gefilterd(behalve="trefwoord").values("pk")
            )
            .values_list("tag__slug", "tag__name")
            .annotate(n=Count("*"))
            .order_by("-n", "tag__name")[:MAX_TREFWOORDEN_IN_LIJST]
        )

    # -- links ---------------------------------------------------------------------------

    def querystring(self, **wijzig):
        params = {"q": self.q} if self.q else {}
        params.update(self.gekozen)
        if self.sortering != self.standaard_sortering:
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
        gekozen = [
            {
                "facet": labels[naam],
                "waarde": self._label(naam, waarde),
                "zonder": self.querystring(**{naam: None}) or "?",
            }
            for naam, waarde in self.gekozen.items()
        ]
        if self.q:
            zonder_q = self.querystring(q=None)
            if self.sortering == RELEVANTIE[0]:  # not offered without a question
                zonder_q = self.querystring(q=None, sortering=None)
            gekozen.insert(
                0, {"facet": _g("Zoekterm"), "waarde": self.q, "zonder": zonder_q or "?"}
            )
        return gekozen

    def _label(self, naam, waarde):
        if naam == "trefwoord":
            return self.tag.name
        if naam == "groep":
            return self.groepen[waarde][0]
        return dict(self.keuzes[naam])[waarde]


# -- export rows ---------------------------------------------------------------------------

EXPORT_KOLOMMEN = ["code", "titel", "status", "groep"]


def export_kolommen():
    """The import format's columns, with the optional ones an export fills; the summary flag
    follows the legal text it describes."""
    kolommen = [*EXPORT_KOLOMMEN, *KOLOMMEN]
    kolommen.insert(kolommen.index("juridische_tekst") + 1, SAMENVATTING_KOLOM)
    return kolommen


def export_queryset(qs):
    return qs.select_related("kerninstrument", "groep").prefetch_related("trefwoorden")


def openbare_groep_ids():
    """The pks of the group pages anyone may read (live, no privacy setting on or above them).
    Exports and the JSON name only these groups: a private group's slug never leaves the site.
    An import reads an empty groep cell as "keep the group", so the round trip loses nothing."""
    return set(openbaar(GroepPage.objects.live()).values_list("pk", flat=True))


def export_rij(afspraak, openbare_groepen=None):
    """One agreement in the vocabulary of the import format (so export → import round-trips).
    `openbare_groepen`: openbare_groep_ids(), when the caller exports many rows."""
    if openbare_groepen is None:
        openbare_groepen = openbare_groep_ids() if afspraak.groep_id else set()
    rij = {veld: getattr(afspraak, veld) for veld in _TEKSTVELDEN}
    rij["groep"] = afspraak.groep.slug if afspraak.groep_id in openbare_groepen else ""
    rij["kerninstrument"] = afspraak.kerninstrument.naam
    for veld, _label in PARTNERS:
        rij[veld] = getattr(afspraak, veld)
    return _export_rij(rij, (t.name for t in afspraak.trefwoorden.all()), export_kolommen())


_TEKSTVELDEN = [
    "code",
    "titel",
    "status",
    "juridische_onderbouwing",
    "juridische_tekst",
    SAMENVATTING_KOLOM,
    "samenwerkingsafspraak",
    "typering",
    "bron",
    "ambtelijk_bestuurlijk",
    "toelichting",
]


def _export_rij(rij, trefwoorden, kolommen):
    rij["trefwoorden"] = "; ".join(sorted(trefwoorden))
    for veld in [*(veld for veld, _label in PARTNERS), SAMENVATTING_KOLOM]:
        rij[veld] = "x" if rij[veld] else ""
    return {kolom: rij[kolom] for kolom in kolommen}


def export_rijen(qs, chunk_size=1000):
    """The export rows of a queryset, read chunk by chunk: plain values instead of model
    instances and the keywords of each chunk in one query, so memory stays flat and a large
    register is exported several times faster than through export_rij."""
    velden = ["pk", *_TEKSTVELDEN, "groep_id", "groep__slug", "kerninstrument__naam"]
    velden += [veld for veld, _label in PARTNERS]
    kolommen = export_kolommen()
    openbaar = openbare_groep_ids()
    deel = []
    for waarden in qs.values(*velden).iterator(chunk_size=chunk_size):
        deel.append(waarden)
        if len(deel) >= chunk_size:
            yield from _deel_rijen(deel, kolommen, openbaar)
            deel = []
    yield from _deel_rijen(deel, kolommen, openbaar)


def _deel_rijen(deel, kolommen, openbaar):
    if not deel:
        return
    trefwoorden = {}
    for pk, naam in Trefwoord.objects.filter(
        content_object_id__in=[w["pk"] for w in deel]
    ).values_list("content_object_id", "tag__name"):
        trefwoorden.setdefault(pk, []).append(naam)
    for waarden in deel:
        slug = waarden.pop("groep__slug")
        waarden["groep"] = slug if waarden.pop("groep_id") in openbaar else ""
        waarden["kerninstrument"] = waarden.pop("kerninstrument__naam")
        yield _export_rij(waarden, trefwoorden.get(waarden["pk"], []), kolommen)
