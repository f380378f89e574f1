"""The import format (docs/ontwerp.md): its columns, its limits and how an error is reported.

Every limit is named here once and read from this module (`formaat.MAX_RIJEN`), so the
reader, the admin screen, the management command and the README speak of the same number;
the lengths of the text fields come from the model."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from taggit.models import Tag

from ..models import PARTNER_VELDEN, Uitvoeringsafspraak

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
# `juridische_tekst_is_samenvatting`: "x" when the legal text is a summary, not the literal
# text of the law. The national table marks such a text with a leading "[samenvatting] "
# instead; the import turns that marker into this value (afspraken/titels.py).
SAMENVATTING_KOLOM = "juridische_tekst_is_samenvatting"
OPTIONELE_KOLOMMEN = ["code", "titel", "status", "groep", SAMENVATTING_KOLOM]
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
    SAMENVATTING_KOLOM,
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
# Longest value of a cell: the length of the field it fills (a trefwoord is a tag's name).
MAX_LENGTE = {
    veld: Uitvoeringsafspraak._meta.get_field(veld).max_length for veld in ("titel", "bron", "code")
}
MAX_TREFWOORD = Tag._meta.get_field("name").max_length
BATCH = 1000  # rows written (and progress reported) at a time
# Progress (the `voortgang(fase, verwerkt, totaal)` callback of `importeer`, counted in rows):
# the names of the phases, as the command line and the admin show them, and how often the
# reader reports (the callback throttles its output itself; this bounds the calls).
FASE_LEZEN = "Lezen"
FASE_OPSLAAN = "Opslaan"
VOORTGANG_ELKE = 100


def te_groot():
    """The message for a file over MAX_BESTANDSGROOTTE (reader, admin form and command)."""
    return _("het bestand is groter dan %(m)s MB") % {"m": MAX_BESTANDSGROOTTE >> 20}


def te_lang(maximum):
    return _("langer dan %(m)s tekens") % {"m": maximum}


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


def kolomletter(nummer):
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
