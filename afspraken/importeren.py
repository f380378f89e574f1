"""Import of uitvoeringsafspraken from CSV or XLSX, in the format of DESIGN.md.

Two phases: `lees()` parses and validates the whole file and reports every bad row (row number
as in a spreadsheet, column, reason) without touching the database; `schrijf()` writes all rows
in one transaction, or nothing. Re-importing the same file changes nothing."""

import csv
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from taggit.models import Tag
from wagtail.models import ModelLogEntry, Revision

from kennisnetwerken.models import GroepPage

from .massaschrijven import reserveer_ids, voeg_in
from .models import (
    PARTNER_VELDEN,
    Kerninstrument,
    Statuswijziging,
    Trefwoord,
    Uitvoeringsafspraak,
    nieuwe_codes,
    sleutel_voor,
    titel_uit_tekst,
)

KOLOMMEN = [
    "kerninstrument",
    "juridische_onderbouwing",
    "juridische_tekst",
    "samenwerkingsafspraak",
    "typering",
    "trefwoorden",
    "bron",
    "ambtelijk_bestuurlijk",
    *PARTNER_VELDEN,
    "toelichting",
]
OPTIONELE_KOLOMMEN = ["code", "titel", "status", "groep"]
TEKSTVELDEN = [
    "juridische_onderbouwing",
    "juridische_tekst",
    "samenwerkingsafspraak",
    "toelichting",
]
# Fields an import sets; comparing them tells whether a row changes an existing agreement.
VERGELEKEN_VELDEN = [
    "titel",
    "samenwerkingsafspraak",
    "kerninstrument_id",
    "juridische_onderbouwing",
    "juridische_tekst",
    "typering",
    "bron",
    "ambtelijk_bestuurlijk",
    *PARTNER_VELDEN,
    "toelichting",
    "status",
    "groep_id",
]
MAX_BESTANDSGROOTTE = 50 * 1024 * 1024
BATCH = 1000


class ImportFout(Exception):
    """The file cannot be imported; `fouten` lists every reason."""

    def __init__(self, fouten):
        self.fouten = fouten
        super().__init__("\n".join(str(fout) for fout in fouten))


@dataclass
class Fout:
    rij: int
    kolom: str
    reden: str

    def __str__(self):
        if self.kolom:
            return _("rij %(rij)s, kolom %(kolom)s: %(reden)s") % vars(self)
        return _("rij %(rij)s: %(reden)s") % vars(self)


@dataclass
class Regel:
    """One valid row, ready to be written."""

    rij: int
    waarden: dict
    trefwoorden: list
    code: str
    sleutel: str


@dataclass
class Resultaat:
    regels: list = field(default_factory=list)
    nieuw: list = field(default_factory=list)
    gewijzigd: list = field(default_factory=list)
    ongewijzigd: int = 0

    @property
    def samenvatting(self):
        return _("%(nieuw)s nieuw, %(gewijzigd)s gewijzigd, %(ongewijzigd)s ongewijzigd") % {
            "nieuw": len(self.nieuw),
            "gewijzigd": len(self.gewijzigd),
            "ongewijzigd": self.ongewijzigd,
        }


# -- reading ------------------------------------------------------------------------------


def _rijen_uit_csv(inhoud):
    try:
        tekst = inhoud.decode("utf-8-sig")
    except UnicodeDecodeError as fout:
        regel = inhoud[: fout.start].count(b"\n") + 1
        raise ImportFout(
            [Fout(regel, "", _("het bestand is geen UTF-8-tekst (sla het op als CSV UTF-8)"))]
        ) from None
    if "\x00" in tekst:
        raise ImportFout([Fout(1, "", _("het bestand is geen CSV- of XLSX-bestand"))])
    eerste_regel = tekst.split("\n", 1)[0]
    scheiding = ";" if eerste_regel.count(";") > eerste_regel.count(",") else ","
    try:
        yield from csv.reader(io.StringIO(tekst, newline=""), delimiter=scheiding, strict=True)
    except csv.Error as fout:
        raise ImportFout([Fout(0, "", _("ongeldige CSV: %(fout)s") % {"fout": fout})]) from None


def _rijen_uit_xlsx(inhoud):
    from openpyxl import load_workbook

    try:
        werkmap = load_workbook(io.BytesIO(inhoud), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise ImportFout([Fout(1, "", _("het bestand is geen geldig XLSX-bestand"))]) from None
    blad = werkmap.worksheets[0]
    for rij in blad.iter_rows(values_only=True):
        yield ["" if cel is None else str(cel) for cel in rij]
    werkmap.close()


def _rijen(inhoud):
    if inhoud.startswith(b"PK\x03\x04"):
        return _rijen_uit_xlsx(inhoud)
    return _rijen_uit_csv(inhoud)


class Lezer:
    """Validates a whole file against the controlled lists in the database."""

    def __init__(self):
        self.instrumenten = {k.naam.strip().lower(): k for k in Kerninstrument.objects.all()}
        self.groepen = {}
        for groep in GroepPage.objects.only("id", "title", "slug"):
            self.groepen[groep.title.strip().lower()] = groep.pk
            self.groepen[groep.slug.lower()] = groep.pk
        self.statussen = {waarde: waarde for waarde in Uitvoeringsafspraak.Status.values}
        self.typeringen = {waarde: waarde for waarde in Uitvoeringsafspraak.Typering.values}
        self.niveaus = {waarde: waarde for waarde in Uitvoeringsafspraak.Niveau.values}

    def lees(self, inhoud, voortgang: Callable[[int], None] | None = None):
        if len(inhoud) > MAX_BESTANDSGROOTTE:
            raise ImportFout([Fout(0, "", _("het bestand is groter dan 50 MB"))])
        if not inhoud.strip():
            raise ImportFout([Fout(1, "", _("het bestand is leeg"))])
        rijen = _rijen(inhoud)
        kop = [kolom.strip().lstrip("\ufeff").lower() for kolom in next(rijen, [])]
        self._controleer_kop(kop)
        fouten, regels, codes, sleutels = [], [], {}, {}
        for nummer, cellen in enumerate(rijen, start=2):
            if not any(cel.strip() for cel in cellen):
                continue
            if len(cellen) > len(kop):
                fouten.append(
                    Fout(
                        nummer,
                        "",
                        _("meer cellen (%(n)s) dan kolommen in de kop (%(k)s)")
                        % {"n": len(cellen), "k": len(kop)},
                    )  # fmt: skip
                )
                continue
            rij = dict(zip(kop, [cel.strip() for cel in cellen], strict=False))
            regel = self._regel(nummer, rij, fouten)
            if regel is None:
                continue
            for waarde, gezien, kolom in (
                (regel.code, codes, "code"),
                (None if regel.code else regel.sleutel, sleutels, "samenwerkingsafspraak"),
            ):
                if not waarde:
                    continue
                if waarde in gezien:
                    fouten.append(
                        Fout(
                            nummer,
                            kolom,
                            _("staat dubbel in dit bestand (ook in rij %(rij)s)")
                            % {"rij": gezien[waarde]},
                        )  # fmt: skip
                    )
                gezien[waarde] = nummer
            regels.append(regel)
            if voortgang and nummer % BATCH == 0:
                voortgang(nummer - 1)
        if fouten:
            raise ImportFout(fouten)
        if not regels:
            raise ImportFout([Fout(2, "", _("het bestand bevat geen afspraken"))])
        return regels

    def _controleer_kop(self, kop):
        fouten = []
        bekend = set(KOLOMMEN) | set(OPTIONELE_KOLOMMEN)
        for kolom in KOLOMMEN:
            if kolom not in kop:
                fouten.append(Fout(1, kolom, _("deze kolom ontbreekt in de kop")))
        for kolom in kop:
            if kolom not in bekend:
                fouten.append(
                    Fout(
                        1,
                        kolom or "(leeg)",
                        _("onbekende kolom; toegestaan zijn: %(k)s")
                        % {"k": ", ".join([*KOLOMMEN, *OPTIONELE_KOLOMMEN])},
                    )  # fmt: skip
                )
            elif kop.count(kolom) > 1:
                fouten.append(Fout(1, kolom, _("deze kolom staat meer dan eens in de kop")))
        if fouten:
            raise ImportFout(fouten)

    def _keuze(self, nummer, rij, kolom, keuzes, fouten, standaard=""):
        waarde = rij.get(kolom, "")
        if not waarde:
            return standaard
        gevonden = keuzes.get(" ".join(waarde.lower().split()))
        if gevonden is None:
            fouten.append(
                Fout(
                    nummer,
                    kolom,
                    _("onbekende waarde “%(w)s”; toegestaan: %(k)s")
                    % {"w": waarde, "k": ", ".join(sorted(set(map(str, keuzes.values()))))},
                )  # fmt: skip
            )
        return gevonden

    def _regel(self, nummer, rij, fouten):
        aantal_fouten = len(fouten)
        waarden = {veld: rij.get(veld, "") for veld in [*TEKSTVELDEN, "bron"]}
        if not waarden["samenwerkingsafspraak"]:
            fouten.append(Fout(nummer, "samenwerkingsafspraak", _("de afspraaktekst is leeg")))
        instrument_naam = rij.get("kerninstrument", "")
        instrument = self.instrumenten.get(" ".join(instrument_naam.lower().split()))
        if instrument is None:
            fouten.append(
                Fout(
                    nummer,
                    "kerninstrument",
                    _("onbekend kerninstrument “%(w)s”; toegestaan: %(k)s")
                    % {
                        "w": instrument_naam,
                        "k": "; ".join(k.naam for k in self.instrumenten.values()),
                    },
                )  # fmt: skip
            )
        waarden["kerninstrument"] = instrument
        waarden["typering"] = self._keuze(nummer, rij, "typering", self.typeringen, fouten)
        waarden["ambtelijk_bestuurlijk"] = self._keuze(
            nummer, rij, "ambtelijk_bestuurlijk", self.niveaus, fouten
        )
        waarden["status"] = self._keuze(
            nummer, rij, "status", self.statussen, fouten, Uitvoeringsafspraak.Status.CONCEPT
        )
        for veld in PARTNER_VELDEN:
            waarde = rij.get(veld, "")
            if waarde.lower() not in ("", "x"):
                fouten.append(
                    Fout(
                        nummer,
                        veld,
                        _("verwacht “x” of een lege cel, gevonden “%(w)s”") % {"w": waarde},
                    )  # fmt: skip
                )
            waarden[veld] = waarde.lower() == "x"
        waarden["groep_id"] = None
        if rij.get("groep"):
            waarden["groep_id"] = self.groepen.get(rij["groep"].lower())
            if waarden["groep_id"] is None:
                fouten.append(
                    Fout(
                        nummer,
                        "groep",
                        _("onbekende groep “%(w)s” (gebruik naam of slug)") % {"w": rij["groep"]},
                    )  # fmt: skip
                )
        waarden["titel"] = rij.get("titel", "")
        code = rij.get("code", "")
        for veld, maximum in (("titel", 250), ("bron", 250), ("code", 40)):
            if len(rij.get(veld, "")) > maximum:
                fouten.append(Fout(nummer, veld, _("langer dan %(m)s tekens") % {"m": maximum}))
        trefwoorden = list(
            dict.fromkeys(t.strip() for t in rij.get("trefwoorden", "").split(";") if t.strip())
        )
        if any(len(t) > 100 for t in trefwoorden):
            fouten.append(Fout(nummer, "trefwoorden", _("een trefwoord is langer dan 100 tekens")))
        if len(fouten) > aantal_fouten:
            return None
        if not waarden["titel"]:
            waarden["titel"] = titel_uit_tekst(waarden["samenwerkingsafspraak"])
        sleutel = sleutel_voor(instrument.naam, waarden["samenwerkingsafspraak"])
        return Regel(nummer, waarden, trefwoorden, code, sleutel)


# -- writing ------------------------------------------------------------------------------


def vergelijk(regels):
    """Split valid rows into new, changed and unchanged agreements (no writes)."""
    resultaat = Resultaat(regels=regels)
    codes = [r.code for r in regels if r.code]
    sleutels = [r.sleutel for r in regels if not r.code]
    bestaand_code, bestaand_sleutel = {}, {}
    for start in range(0, max(len(codes), len(sleutels)), 5000):
        for afspraak in Uitvoeringsafspraak.objects.filter(code__in=codes[start : start + 5000]):
            bestaand_code[afspraak.code] = afspraak
        for afspraak in Uitvoeringsafspraak.objects.filter(
            sleutel__in=sleutels[start : start + 5000]
        ):
            bestaand_sleutel.setdefault(afspraak.sleutel, afspraak)
    trefwoorden = _huidige_trefwoorden(
        list(bestaand_code.values()) + list(bestaand_sleutel.values())
    )
    for regel in regels:
        afspraak = (
            bestaand_code.get(regel.code) if regel.code else bestaand_sleutel.get(regel.sleutel)
        )
        if afspraak is None:
            resultaat.nieuw.append(regel)
            continue
        nieuw = {
            **regel.waarden,
            "kerninstrument_id": regel.waarden["kerninstrument"].pk,
        }
        anders = [v for v in VERGELEKEN_VELDEN if getattr(afspraak, v) != nieuw[v]]
        if anders or trefwoorden.get(afspraak.pk, []) != sorted(regel.trefwoorden):
            resultaat.gewijzigd.append((regel, afspraak))
        else:
            resultaat.ongewijzigd += 1
    return resultaat


def _huidige_trefwoorden(afspraken):
    huidige = {}
    ids = [a.pk for a in afspraken]
    for start in range(0, len(ids), 5000):
        for pk, naam in Trefwoord.objects.filter(
            content_object_id__in=ids[start : start + 5000]
        ).values_list("content_object_id", "tag__name"):
            huidige.setdefault(pk, []).append(naam)
    return {pk: sorted(namen) for pk, namen in huidige.items()}


def _tags(namen):
    """Existing taggit tags by name, creating the missing ones in bulk."""
    namen = set(namen)
    tags = {t.name: t for t in Tag.objects.filter(name__in=namen)}
    ontbrekend = namen - tags.keys()
    if ontbrekend:
        bezet = set(Tag.objects.values_list("slug", flat=True))
        nieuw = []
        for naam in sorted(ontbrekend):
            slug = _unieke_slug(slugify(naam)[:90] or "trefwoord", bezet)
            nieuw.append(Tag(name=naam, slug=slug))
        Tag.objects.bulk_create(nieuw, batch_size=BATCH)
        tags.update({t.name: t for t in Tag.objects.filter(name__in=ontbrekend)})
    return tags


def _unieke_slug(basis, bezet):
    slug, volgnummer = basis, 2
    while slug in bezet:
        slug, volgnummer = f"{basis}-{volgnummer}", volgnummer + 1
    bezet.add(slug)
    return slug


def schrijf(resultaat, gebruiker=None, voortgang=None, index=True):
    """Write new and changed agreements in one transaction. The importer acts as a coördinator:
    rows past the concept stage are published, concept rows stay unpublished drafts.
    With index=False the platform search index is left alone (the benchmark rebuilds it)."""
    hoogste = Uitvoeringsafspraak.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    with transaction.atomic():
        _maak_nieuwe(resultaat, gebruiker, voortgang)
        for regel, afspraak in resultaat.gewijzigd:
            _werk_bij(regel, afspraak, gebruiker)
    if index:  # the platform search (search/) indexes rows written without signals
        from search.indexeren import werk_bij_reeks

        werk_bij_reeks(Uitvoeringsafspraak.objects.filter(pk__gt=hoogste))
    return resultaat


def _werk_bij(regel, afspraak, gebruiker):
    for veld, waarde in regel.waarden.items():
        setattr(afspraak, veld, waarde)
    afspraak.trefwoorden.set(regel.trefwoorden)
    if not afspraak.live:
        afspraak.save()  # a draft that was never published keeps its content in the row
    revisie = afspraak.save_revision(user=gebruiker, log_action=True)
    if afspraak.status != Uitvoeringsafspraak.Status.CONCEPT or afspraak.live:
        revisie.publish(user=gebruiker)


def _maak_nieuwe(resultaat, gebruiker, voortgang):
    regels = resultaat.nieuw
    if not regels:
        return
    nu = timezone.now()
    model_type = ContentType.objects.get_for_model(Uitvoeringsafspraak)
    tags = _tags(naam for regel in regels for naam in regel.trefwoorden)
    bezette_slugs = set(Uitvoeringsafspraak.objects.values_list("slug", flat=True))
    codes = nieuwe_codes()
    gebruiker_id = gebruiker.pk if gebruiker else None
    for start in range(0, len(regels), BATCH):
        deel = regels[start : start + BATCH]
        afspraken, koppelingen = [], []
        for regel, pk in zip(deel, reserveer_ids(Uitvoeringsafspraak, len(deel)), strict=True):
            afspraak = Uitvoeringsafspraak(
                pk=pk, code=regel.code or next(codes), sleutel=regel.sleutel, **regel.waarden
            )
            afspraak.slug = _unieke_slug(slugify(afspraak.titel)[:100] or "afspraak", bezette_slugs)
            openbaar = afspraak.status != Uitvoeringsafspraak.Status.CONCEPT
            afspraak.live = openbaar
            afspraak.has_unpublished_changes = not openbaar
            if openbaar:
                afspraak.first_published_at = afspraak.last_published_at = nu
            items = [
                Trefwoord(content_object=afspraak, tag=tags[naam]) for naam in regel.trefwoorden
            ]
            koppelingen.extend(items)
            afspraak.trefwoord_items = items  # in memory, for the revision content below
            afspraak.documenten = []
            afspraken.append(afspraak)
        revisies = [
            Revision(
                pk=revisie_pk,
                content_type_id=model_type.pk,
                base_content_type_id=model_type.pk,
                object_id=str(afspraak.pk),
                created_at=nu,
                user_id=gebruiker_id,
                object_str=str(afspraak),
                content=afspraak.serializable_data(),
            )
            for afspraak, revisie_pk in zip(
                afspraken, reserveer_ids(Revision, len(afspraken)), strict=True
            )
        ]
        # Every row points at its revision from the start: no UPDATEs afterwards.
        for afspraak, revisie in zip(afspraken, revisies, strict=True):
            afspraak.latest_revision = revisie
            afspraak.live_revision = revisie if afspraak.live else None
        voeg_in(Revision, revisies)
        voeg_in(Uitvoeringsafspraak, afspraken)
        voeg_in(Trefwoord, koppelingen)
        _log_en_geschiedenis(afspraken, revisies, model_type, gebruiker_id, nu)
        if voortgang:
            voortgang(start + len(deel))


def _log_en_geschiedenis(afspraken, revisies, model_type, gebruiker_id, nu):
    logs, wijzigingen = [], []
    for afspraak, revisie in zip(afspraken, revisies, strict=True):
        acties = ["wagtail.create"] + (["wagtail.publish"] if afspraak.live else [])
        for actie in acties:
            logs.append(
                ModelLogEntry(
                    content_type_id=model_type.pk,
                    label=str(afspraak),
                    action=actie,
                    object_id=str(afspraak.pk),
                    user_id=gebruiker_id,
                    revision_id=revisie.pk,
                    timestamp=nu,
                    content_changed=True,
                    data={"bron": "import"},
                )
            )
        if afspraak.live:
            wijzigingen.append(
                Statuswijziging(
                    afspraak=afspraak,
                    status=afspraak.status,
                    datum=nu,
                    vastgesteld_door=afspraak.vastgesteld_door,
                    vastgesteld_op=afspraak.vastgesteld_op,
                )
            )
    voeg_in(ModelLogEntry, logs)
    voeg_in(Statuswijziging, wijzigingen)


def importeer(inhoud, gebruiker=None, droog=False, voortgang=None, index=True):
    """Validate and (unless droog) write a file. Raises ImportFout; writes all or nothing."""
    regels = Lezer().lees(inhoud, voortgang=None)
    resultaat = vergelijk(regels)
    if not droog:
        schrijf(resultaat, gebruiker, voortgang, index)
    return resultaat
