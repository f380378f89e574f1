"""Import of uitvoeringsafspraken from CSV or XLSX, in the format of docs/ontwerp.md.

Two phases: `Lezer().lees()` parses and validates the whole file and reports the bad rows (row
number as in a spreadsheet, column, reason; at most MAX_FOUTEN) without touching the database;
`importeer()` writes all rows in one transaction, or nothing. Re-importing the same file changes
nothing. A missing optional column (or an empty `status`/`groep` cell) keeps what an existing
agreement has; a status change, and changes to locked agreements or agreements with a pending
draft or workflow, need explicit consent.

The modules, in the order an import runs:
- formaat.py: columns, limits (MAX_*) and error reporting, each defined once;
- bestand.py: reading a CSV or XLSX file into rows, within the limits (every file is untrusted);
- lezen.py: validating rows into `Regel`s;
- vergelijken.py: comparing them with the register (`vergelijk`, `Resultaat`, the preview);
- schrijven.py: `importeer()`, the one entry that writes; the history of what it writes comes
  from afspraken/vastleggen.py, as for edits in the admin."""

from .bestand import XLSX_FOUTEN
from .formaat import (
    BATCH,
    KOLOMMEN,
    MAX_BESTANDSGROOTTE,
    MAX_CELLEN,
    MAX_CELLEN_PER_RIJ,
    MAX_FOUTEN,
    MAX_GEDEELDE_TEKSTEN,
    MAX_KOLOMMEN,
    MAX_LENGTE,
    MAX_RIJEN,
    MAX_TREFWOORD,
    MAX_XLSX_UITGEPAKT,
    OPTIONELE_KOLOMMEN,
    SAMENVATTING_KOLOM,
    TEKSTVELDEN,
    VERGELEKEN_VELDEN,
    Fout,
    ImportFout,
    te_groot,
)
from .lezen import Lezer, Regel
from .schrijven import IMPORTSLOT, importeer
from .vergelijken import VELDNAMEN, BevestigingNodig, Resultaat, Wijziging, vergelijk

__all__ = [
    "BATCH",
    "IMPORTSLOT",
    "KOLOMMEN",
    "MAX_BESTANDSGROOTTE",
    "MAX_CELLEN",
    "MAX_CELLEN_PER_RIJ",
    "MAX_FOUTEN",
    "MAX_GEDEELDE_TEKSTEN",
    "MAX_KOLOMMEN",
    "MAX_LENGTE",
    "MAX_RIJEN",
    "MAX_TREFWOORD",
    "MAX_XLSX_UITGEPAKT",
    "OPTIONELE_KOLOMMEN",
    "SAMENVATTING_KOLOM",
    "TEKSTVELDEN",
    "VELDNAMEN",
    "VERGELEKEN_VELDEN",
    "XLSX_FOUTEN",
    "BevestigingNodig",
    "Fout",
    "ImportFout",
    "Lezer",
    "Regel",
    "Resultaat",
    "Wijziging",
    "importeer",
    "te_groot",
    "vergelijk",
]
