"""Import of uitvoeringsafspraken from CSV or XLSX, in the format of DESIGN.md.

Two phases: `lees()` parses and validates the whole file and reports the bad rows (row number
as in a spreadsheet, column, reason; at most MAX_FOUTEN) without touching the database;
`importeer()` writes all rows in one transaction, or nothing. Re-importing the same file changes
nothing. A missing optional column (or an empty `status`/`groep` cell) keeps what an existing
agreement has; a status change, and changes to locked agreements or agreements with a pending
draft or workflow, need explicit consent.

Every file is untrusted: the limits below bound memory and time, whatever the file claims."""

import codecs
import csv
import io
import os
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from xml.etree.ElementTree import ParseError

from django.contrib.contenttypes.models import ContentType
from django.db import connections, router, transaction
from django.utils import timezone
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext as _

from taggit.models import Tag
from wagtail.models import ModelLogEntry, Revision, WorkflowState

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
# Limits of the import, documented in the README (section "Importeren").
MAX_BESTANDSGROOTTE = 50 * 1024 * 1024  # bytes of an uploaded CSV or XLSX file
MAX_RIJEN = 200_000  # rows read from a file, empty rows included
MAX_KOLOMMEN = 50  # columns in the header row (the format has 20)
MAX_FOUTEN = 500  # errors collected; after that the file is not read any further
MAX_XLSX_UITGEPAKT = 250 * 1024 * 1024  # uncompressed bytes of all parts of an XLSX file
MAX_GEDEELDE_TEKSTEN = 250_000  # entries in the shared strings table of an XLSX file
MAX_CELLEN = MAX_RIJEN * MAX_KOLOMMEN  # cells in an XLSX file
MAX_CELLEN_PER_RIJ = 16_384  # cells in one row of an XLSX file (Excel's own maximum)
BATCH = 1000


class ImportFout(Exception):
    """The file cannot be imported; `fouten` lists the reasons (at most MAX_FOUTEN; with
    `afgebroken` the file was not read further, so there may be more)."""

    def __init__(self, fouten, afgebroken=False):
        self.fouten = fouten
        self.afgebroken = afgebroken
        regels = [str(fout) for fout in fouten]
        if afgebroken:
            regels.append(_("… en meer fouten (het bestand is niet verder gelezen)"))
        super().__init__("\n".join(regels))


def _kolomletter(nummer):
    letters = ""
    while nummer:
        nummer, rest = divmod(nummer - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


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
    # Fields the file leaves open (no column, or an empty status/groep/titel cell): an existing
    # agreement keeps its value, a new one gets the default in `waarden`.
    behouden: frozenset = frozenset()

    def waarden_voor(self, afspraak):
        """The values this row sets on an existing agreement."""
        return {veld: w for veld, w in self.waarden.items() if veld not in self.behouden}


# -- reading ------------------------------------------------------------------------------


def _controleer_utf8(inhoud):
    """Validate UTF-8 in pieces (no copy of the whole file as text); the error names the row."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    stuk = 1024 * 1024
    for begin in range(0, len(inhoud), stuk):
        try:
            decoder.decode(inhoud[begin : begin + stuk], final=begin + stuk >= len(inhoud))
        except UnicodeDecodeError as fout:
            regel = inhoud[: begin + fout.start].count(b"\n") + 1
            raise ImportFout(
                [Fout(regel, "", _("het bestand is geen UTF-8-tekst (sla het op als CSV UTF-8)"))]
            ) from None


def _rijen_uit_csv(inhoud):
    _controleer_utf8(inhoud)
    if b"\x00" in inhoud:
        raise ImportFout([Fout(1, "", _("het bestand is geen CSV- of XLSX-bestand"))])
    eerste_regel = inhoud[: 64 * 1024].split(b"\n", 1)[0]
    scheiding = ";" if eerste_regel.count(b";") > eerste_regel.count(b",") else ","
    # Decoded while reading: the file is never held a second time as one large string.
    tekst = io.TextIOWrapper(io.BytesIO(inhoud), encoding="utf-8-sig", newline="")
    lezer = csv.reader(tekst, delimiter=scheiding, strict=True)
    try:
        yield from lezer
    except csv.Error as fout:
        raise ImportFout(
            [Fout(lezer.line_num, "", _("ongeldige CSV: %(fout)s") % {"fout": fout})]
        ) from None


def _geen_xlsx(reden=None):
    tekst = _("het bestand is geen geldig XLSX-bestand")
    if reden:
        tekst = f"{tekst} ({reden})"
    return ImportFout([Fout(1, "", tekst)])


def _is_xml(archief, deel):
    """Whether a part is XML by its content (whatever its name: openpyxl follows the paths in
    the package, so shared strings could hide under any name)."""
    with archief.open(deel) as bron:
        begin = bron.read(1024)
    if begin[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16
        return True
    begin = begin.removeprefix(b"\xef\xbb\xbf").lstrip()
    return not begin or begin.startswith(b"<")


def _controleer_xlsx(archief):
    """Check an XLSX archive against the limits before openpyxl opens it: openpyxl reads the
    shared strings table whole (a small file can hold millions of them) and builds each row
    completely. Streams every XML part once, keeping no elements, and counts."""
    from defusedxml.ElementTree import iterparse

    delen = archief.infolist()
    if sum(deel.file_size for deel in delen) > MAX_XLSX_UITGEPAKT:
        raise _geen_xlsx(_("uitgepakt groter dan %(m)s MB") % {"m": MAX_XLSX_UITGEPAKT >> 20})
    teksten = cellen = 0
    for deel in delen:
        if not _is_xml(archief, deel):
            continue  # images and other binary parts: openpyxl does not parse them
        in_rij = 0
        with archief.open(deel) as bron:
            stapel = []
            for gebeurtenis, element in iterparse(bron, events=("start", "end")):
                if gebeurtenis == "start":
                    stapel.append(element)
                    continue
                stapel.pop()
                if stapel:
                    stapel[-1].remove(element)  # keep nothing: memory stays constant
                naam = element.tag.rpartition("}")[2]
                if naam == "si":
                    teksten += 1
                    if teksten > MAX_GEDEELDE_TEKSTEN:
                        raise _geen_xlsx(
                            _("meer dan %(m)s verschillende teksten") % {"m": MAX_GEDEELDE_TEKSTEN}
                        )
                elif naam == "c":
                    cellen += 1
                    in_rij += 1
                    if cellen > MAX_CELLEN or in_rij > MAX_CELLEN_PER_RIJ:
                        raise _geen_xlsx(_("te veel cellen"))
                elif naam == "row":
                    in_rij = 0


# What openpyxl and the XML parsers raise on a damaged or hostile file.
XLSX_FOUTEN = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    RuntimeError,  # an encrypted part ("password required")
    NotImplementedError,  # a compression method zipfile cannot read
    zlib.error,
    EOFError,
    KeyError,
    ValueError,
    TypeError,
    IndexError,
    AttributeError,
    OSError,
    ParseError,
    SyntaxError,  # lxml's XMLSyntaxError
)


def _rijen_uit_xlsx(inhoud):
    from defusedxml import DefusedXmlException
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(io.BytesIO(inhoud)) as archief:
            _controleer_xlsx(archief)
        werkmap = load_workbook(io.BytesIO(inhoud), read_only=True, data_only=True)
    except ImportFout:
        raise
    except (*XLSX_FOUTEN, DefusedXmlException):
        raise _geen_xlsx() from None
    try:
        blad = werkmap.worksheets[0]
        # The stored dimension may claim any width; rows end at their last real cell.
        blad.reset_dimensions()
        for rij in blad.iter_rows(values_only=True):
            yield ["" if cel is None else str(cel) for cel in rij]
    except (*XLSX_FOUTEN, DefusedXmlException):
        raise _geen_xlsx() from None
    finally:
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
        self.kop = []

    def lees(self, inhoud, voortgang: Callable[[int], None] | None = None):
        if len(inhoud) > MAX_BESTANDSGROOTTE:
            raise ImportFout(
                [
                    Fout(
                        0,
                        "",
                        _("het bestand is groter dan %(m)s MB") % {"m": MAX_BESTANDSGROOTTE >> 20},
                    )
                ]
            )
        if not inhoud or inhoud.isspace():  # (strip() would copy the whole file)
            raise ImportFout([Fout(1, "", _("het bestand is leeg"))])
        rijen = _rijen(inhoud)
        try:
            return self._lees_rijen(rijen, voortgang)
        finally:
            rijen.close()  # stops the reader and releases the workbook

    def _lees_rijen(self, rijen, voortgang):
        kop = [kolom.strip().lstrip("\ufeff").lower() for kolom in next(rijen, [])]
        while kop and not kop[-1]:
            kop.pop()  # empty cells after the last column (a formatted, empty column)
        self._controleer_kop(kop)
        self.kop = kop
        fouten, regels, codes, sleutels = [], [], {}, {}
        for nummer, cellen in enumerate(rijen, start=2):
            if nummer > MAX_RIJEN:
                fouten.append(Fout(nummer, "", _("meer dan %(m)s rijen") % {"m": MAX_RIJEN}))
                raise ImportFout(fouten, afgebroken=True)
            if len(fouten) >= MAX_FOUTEN:
                raise ImportFout(fouten, afgebroken=True)
            if not any(cel.strip() for cel in cellen):
                continue
            rij = self._rij(nummer, kop, cellen, fouten)
            if rij is None:
                continue
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
            raise ImportFout(fouten[:MAX_FOUTEN], afgebroken=len(fouten) > MAX_FOUTEN)
        if not regels:
            raise ImportFout([Fout(2, "", _("het bestand bevat geen afspraken"))])
        return regels

    def _rij(self, nummer, kop, cellen, fouten):
        """The cells of a row by column name; a value under an empty header cell (or beyond
        the header) is an error, an empty one is ignored."""
        rij = {}
        for positie, cel in enumerate(cellen):
            cel = cel.strip()
            kolom = kop[positie] if positie < len(kop) else ""
            if kolom:
                rij[kolom] = cel
            elif cel:
                fouten.append(
                    Fout(
                        nummer,
                        _("%(letter)s (zonder kop)") % {"letter": _kolomletter(positie + 1)},
                        _("deze cel heeft een waarde, maar de kolom heeft geen naam in de kop"),
                    )  # fmt: skip
                )
                return None
        return rij

    def _controleer_kop(self, kop):
        if len(kop) > MAX_KOLOMMEN:
            raise ImportFout(
                [Fout(1, "", _("meer dan %(m)s kolommen in de kop") % {"m": MAX_KOLOMMEN})]
            )
        fouten = []
        bekend = set(KOLOMMEN) | set(OPTIONELE_KOLOMMEN)
        for kolom in KOLOMMEN:
            if kolom not in kop:
                fouten.append(Fout(1, kolom, _("deze kolom ontbreekt in de kop")))
        for kolom in kop:
            if not kolom:
                continue  # checked per row: the column must stay empty
            if kolom not in bekend:
                fouten.append(
                    Fout(
                        1,
                        kolom[:100],
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
        behouden = frozenset(veld for veld in ("status", "groep", "titel") if not rij.get(veld))
        behouden = {"groep_id" if veld == "groep" else veld for veld in behouden}
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
        return Regel(nummer, waarden, trefwoorden, code, sleutel, frozenset(behouden))


# -- comparing ----------------------------------------------------------------------------


# Labels of the fields in the preview; long texts are shown shortened.
VELDNAMEN = {
    "titel": "titel",
    "samenwerkingsafspraak": "tekst",
    "kerninstrument_id": "kerninstrument",
    "juridische_onderbouwing": "juridische onderbouwing",
    "juridische_tekst": "juridische tekst",
    "typering": "typering",
    "bron": "bron",
    "ambtelijk_bestuurlijk": "ambtelijk/bestuurlijk",
    "toelichting": "toelichting",
    "status": "status",
    "groep_id": "groep",
    "trefwoorden": "trefwoorden",
}


@dataclass
class Wijziging:
    """An existing agreement a row changes: which fields, from what to what."""

    regel: Regel
    afspraak: Uitvoeringsafspraak
    velden: list = field(default_factory=list)  # (label, old, new), shortened for display
    reden: str = ""  # why it is skipped, if it is

    def __iter__(self):  # `for regel, afspraak in resultaat.gewijzigd`
        return iter((self.regel, self.afspraak))

    @property
    def status_anders(self):
        return self.afspraak.status != self.regel.waarden_voor(self.afspraak).get(
            "status", self.afspraak.status
        )

    @property
    def beschrijving(self):
        return "; ".join(f"{label}: {oud} → {nieuw}" for label, oud, nieuw in self.velden)


@dataclass
class Resultaat:
    regels: list = field(default_factory=list)
    nieuw: list = field(default_factory=list)
    gewijzigd: list = field(default_factory=list)  # of Wijziging
    ongewijzigd: int = 0
    overgeslagen: list = field(default_factory=list)  # of Wijziging, with a reden

    @property
    def statuswijzigingen(self):
        return [w for w in self.gewijzigd if w.status_anders]

    @property
    def samenvatting(self):
        tekst = _("%(nieuw)s nieuw, %(gewijzigd)s gewijzigd, %(ongewijzigd)s ongewijzigd") % {
            "nieuw": len(self.nieuw),
            "gewijzigd": len(self.gewijzigd),
            "ongewijzigd": self.ongewijzigd,
        }
        if self.overgeslagen:
            tekst += _(", %(n)s overgeslagen (vergrendeld of met openstaand concept)") % {
                "n": len(self.overgeslagen)
            }
        return tekst


class BevestigingNodig(ImportFout):
    """The file changes the status of existing agreements and that was not confirmed."""

    def __init__(self, resultaat):
        self.resultaat = resultaat
        wijzigingen = resultaat.statuswijzigingen
        fouten = [
            Fout(
                w.regel.rij,
                "status",
                _("de status van %(code)s verandert van “%(oud)s” in “%(nieuw)s”")
                % {
                    "code": w.afspraak.code,
                    "oud": w.afspraak.status,
                    "nieuw": w.regel.waarden["status"],
                },
            )  # fmt: skip
            for w in wijzigingen[:MAX_FOUTEN]
        ]
        super().__init__(fouten, afgebroken=len(wijzigingen) > MAX_FOUTEN)


def _kort(waarde, namen=None):
    if waarde is None or waarde == "":
        return _("(leeg)")
    if isinstance(waarde, bool):
        return "x" if waarde else _("(leeg)")
    if namen is not None:
        return namen.get(waarde, str(waarde))
    return Truncator(" ".join(str(waarde).split())).chars(60)


VERSCHIL_CONTEXT = 25  # characters of unchanged text shown around a changed passage


def _kort_verschil(oud, nieuw, namen=None):
    """Old and new value for the preview. Two long texts that share their beginning or end
    show the passage that differs (with a little context), not the same first 60 characters
    twice."""
    if namen is not None or not isinstance(oud, str) or not isinstance(nieuw, str):
        return _kort(oud, namen), _kort(nieuw, namen)
    oud, nieuw = " ".join(oud.split()), " ".join(nieuw.split())
    if len(oud) <= 60 and len(nieuw) <= 60:
        return _kort(oud), _kort(nieuw)
    begin = len(os.path.commonprefix([oud, nieuw]))
    eind = len(os.path.commonprefix([oud[begin:][::-1], nieuw[begin:][::-1]]))
    van = max(0, begin - VERSCHIL_CONTEXT)

    def passage(tekst):
        tot = min(len(tekst), len(tekst) - eind + VERSCHIL_CONTEXT)
        stuk = Truncator(tekst[van:tot]).chars(60 + 2 * VERSCHIL_CONTEXT)
        return ("…" if van else "") + stuk + ("…" if tot < len(tekst) else "")

    return passage(oud) or _("(leeg)"), passage(nieuw) or _("(leeg)")


def vergelijk(regels, ook_vergrendeld=False):
    """Split valid rows into new, changed, unchanged and skipped agreements (no writes).
    Changes to a locked agreement, or one with a pending draft or workflow, are skipped
    unless `ook_vergrendeld`."""
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
    groepen = dict(GroepPage.objects.values_list("pk", "title"))
    instrumenten = dict(Kerninstrument.objects.values_list("pk", "naam"))
    for regel in regels:
        afspraak = (
            bestaand_code.get(regel.code) if regel.code else bestaand_sleutel.get(regel.sleutel)
        )
        if afspraak is None:
            resultaat.nieuw.append(regel)
            continue
        nieuw = regel.waarden_voor(afspraak)
        nieuw["kerninstrument_id"] = nieuw.pop("kerninstrument").pk
        velden = []
        for veld in VERGELEKEN_VELDEN:
            if veld in nieuw and getattr(afspraak, veld) != nieuw[veld]:
                namen = {"groep_id": groepen, "kerninstrument_id": instrumenten}.get(veld)
                label = VELDNAMEN.get(veld, veld.replace("_", " "))
                velden.append((label, *_kort_verschil(getattr(afspraak, veld), nieuw[veld], namen)))
        oude_trefwoorden = trefwoorden.get(afspraak.pk, [])
        if oude_trefwoorden != sorted(regel.trefwoorden):
            velden.append(
                (
                    "trefwoorden",
                    _kort("; ".join(oude_trefwoorden)),
                    _kort("; ".join(regel.trefwoorden)),
                )
            )
        if velden:
            resultaat.gewijzigd.append(Wijziging(regel, afspraak, velden))
        else:
            resultaat.ongewijzigd += 1
    if not ook_vergrendeld:
        _houd_vergrendelde_apart(resultaat)
    return resultaat


def _houd_vergrendelde_apart(resultaat):
    ids = [str(w.afspraak.pk) for w in resultaat.gewijzigd]
    in_werkstroom = set()
    model_type = ContentType.objects.get_for_model(Uitvoeringsafspraak)
    for start in range(0, len(ids), 5000):
        in_werkstroom.update(
            WorkflowState.objects.active()
            .filter(base_content_type=model_type, object_id__in=ids[start : start + 5000])
            .values_list("object_id", flat=True)
        )
    door = []
    for wijziging in resultaat.gewijzigd:
        afspraak = wijziging.afspraak
        if afspraak.locked:
            wijziging.reden = _("vergrendeld")
        elif str(afspraak.pk) in in_werkstroom:
            wijziging.reden = _("in een werkstroom (moderatie)")
        elif afspraak.live and afspraak.has_unpublished_changes:
            wijziging.reden = _("heeft een concept dat nog niet gepubliceerd is")
        (resultaat.overgeslagen if wijziging.reden else door).append(wijziging)
    resultaat.gewijzigd = door


def _huidige_trefwoorden(afspraken):
    huidige = {}
    ids = [a.pk for a in afspraken]
    for start in range(0, len(ids), 5000):
        for pk, naam in Trefwoord.objects.filter(
            content_object_id__in=ids[start : start + 5000]
        ).values_list("content_object_id", "tag__name"):
            huidige.setdefault(pk, []).append(naam)
    return {pk: sorted(namen) for pk, namen in huidige.items()}


# -- writing ------------------------------------------------------------------------------


def _tags(namen):
    """Existing taggit tags by name, creating the missing ones in bulk. A tag that someone
    else created meanwhile is used, not created twice."""
    namen = set(namen)
    tags = {t.name: t for t in Tag.objects.filter(name__in=namen)}
    ontbrekend = namen - tags.keys()
    if ontbrekend:
        bezet = set(Tag.objects.values_list("slug", flat=True))
        nieuw = []
        for naam in sorted(ontbrekend):
            slug = _unieke_slug(slugify(naam)[:90] or "trefwoord", bezet)
            nieuw.append(Tag(name=naam, slug=slug))
        Tag.objects.bulk_create(nieuw, batch_size=BATCH, ignore_conflicts=True)
        tags.update({t.name: t for t in Tag.objects.filter(name__in=ontbrekend)})
        overgebleven = sorted(namen - tags.keys())  # their slug was taken meanwhile
        if overgebleven:
            bezet = set(Tag.objects.values_list("slug", flat=True))
        for naam in overgebleven:
            tags[naam], _gemaakt = Tag.objects.get_or_create(
                name=naam, defaults={"slug": _unieke_slug(slugify(naam)[:90] or "trefwoord", bezet)}
            )
    return tags


def _unieke_slug(basis, bezet):
    slug, volgnummer = basis, 2
    while slug in bezet:
        slug, volgnummer = f"{basis}-{volgnummer}", volgnummer + 1
    bezet.add(slug)
    return slug


def _neem_importslot():
    """Serialise imports (across processes) until the current transaction ends: a second
    import waits for the first and then compares against what it wrote, so it creates no
    duplicates. On SQLite every transaction already holds the write lock from its start
    (transaction_mode IMMEDIATE, settings/omgeving.py)."""
    verbinding = connections[router.db_for_write(Uitvoeringsafspraak)]
    if verbinding.vendor == "postgresql":
        with verbinding.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [IMPORTSLOT])


IMPORTSLOT = 0x4166_7370  # key of the PostgreSQL advisory lock of the import ("Afsp")


def _schrijf(resultaat, gebruiker, voortgang):
    """Write new and changed agreements (inside importeer's transaction). The importer acts as
    a coördinator: rows past the concept stage are published, concept rows stay unpublished
    drafts. Returns the highest key before the import (what is new gets indexed)."""
    hoogste = Uitvoeringsafspraak.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    _maak_nieuwe(resultaat, gebruiker, voortgang)
    for regel, afspraak in resultaat.gewijzigd:
        _werk_bij(regel, afspraak, gebruiker)
    return hoogste


def _indexeer(hoogste):
    # the platform search (search/) indexes rows written without signals
    from search.indexeren import werk_bij_reeks

    werk_bij_reeks(Uitvoeringsafspraak.objects.filter(pk__gt=hoogste))


def _werk_bij(regel, afspraak, gebruiker):
    for veld, waarde in regel.waarden_voor(afspraak).items():
        setattr(afspraak, veld, waarde)
    afspraak.trefwoorden.set(regel.trefwoorden)
    werkstroom = afspraak.current_workflow_state
    if werkstroom is not None:  # only when the coördinator chose to override it
        werkstroom.cancel(user=gebruiker)
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


def importeer(
    inhoud,
    gebruiker=None,
    droog=False,
    voortgang=None,
    index=True,
    status_wijzigen=False,
    ook_vergrendeld=False,
):
    """Validate and (unless droog) write a file. Raises ImportFout; writes all or nothing.
    A status change of an existing agreement needs `status_wijzigen` (else BevestigingNodig);
    locked agreements and those with a pending draft or workflow are skipped unless
    `ook_vergrendeld`. The comparison is made again under the import lock."""
    regels = Lezer().lees(inhoud, voortgang=None)
    if droog:
        return vergelijk(regels, ook_vergrendeld)
    with transaction.atomic():
        _neem_importslot()
        resultaat = vergelijk(regels, ook_vergrendeld)
        if resultaat.statuswijzigingen and not status_wijzigen:
            raise BevestigingNodig(resultaat)
        hoogste = _schrijf(resultaat, gebruiker, voortgang)
    if index:
        _indexeer(hoogste)
    return resultaat
