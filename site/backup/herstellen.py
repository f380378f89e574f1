"""Restoring an archive of maak_backup into a migrated database: check everything first, then
replace the database content in one transaction, put the files back and rebuild the index."""

import json
import shutil
import tarfile
import tempfile
import time
import zlib
from pathlib import Path, PurePosixPath

from django.core.cache import cache
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, transaction

from . import (
    BESTANDEN,
    DATABASE,
    FORMAAT,
    FORMAATVERSIE,
    MANIFEST,
    BackupFout,
    laden,
    modellen,
    opslag,
    voortgang,
)

GEEN_ARCHIEF = "{naam} is geen back-up van dit platform: {reden} Er is niets veranderd."


def _fout(pad, reden):
    return BackupFout(GEEN_ARCHIEF.format(naam=Path(pad).name, reden=reden))


def _controleer_leden(pad, tar):
    """Every member must be the manifest, the dump, or a plain file or folder under
    bestanden/<storage>/, with a relative name without '..' (checked before anything is
    unpacked; unpacking itself uses tarfile's "data" filter as a second guard)."""
    try:
        leden = tar.getmembers()
    except (tarfile.TarError, OSError, EOFError, zlib.error):
        raise _fout(pad, "het archief is beschadigd of onvolledig.") from None
    for lid in leden:
        naam = PurePosixPath(lid.name)
        if naam.is_absolute() or ".." in naam.parts or lid.name.startswith(("/", "\\")):
            raise _fout(pad, f"het bevat een bestand buiten het archief ({lid.name!r}).")
        if not (lid.isfile() or lid.isdir()):
            raise _fout(pad, f"het bevat een koppeling of speciaal bestand ({lid.name!r}).")
        if lid.name in (MANIFEST, DATABASE):
            continue
        if naam.parts[0] != BESTANDEN or (lid.isfile() and len(naam.parts) < 3):
            raise _fout(pad, f"het bevat een onbekend bestand ({lid.name!r}).")
    return leden


def _lees_manifest(pad, tar, leden):
    namen = {lid.name: lid for lid in leden}
    if MANIFEST not in namen:
        raise _fout(pad, f"{MANIFEST} ontbreekt.")
    if DATABASE not in namen:
        raise _fout(pad, f"de database ({DATABASE}) ontbreekt.")
    try:
        manifest = json.loads(tar.extractfile(namen[MANIFEST]).read().decode())
    except (ValueError, UnicodeDecodeError, tarfile.TarError, OSError, zlib.error):
        raise _fout(pad, f"{MANIFEST} is geen geldige JSON.") from None
    if not isinstance(manifest, dict) or manifest.get("formaat") != FORMAAT:
        raise _fout(pad, f"{MANIFEST} is niet van een back-up van dit platform.")
    if manifest.get("formaatversie") != FORMAATVERSIE:
        raise BackupFout(
            f"Het archief heeft formaatversie {manifest.get('formaatversie')!r}; deze versie "
            f"van het platform herstelt alleen formaatversie {FORMAATVERSIE}. Er is niets "
            "veranderd."
        )
    for sleutel, soort in (("migraties", dict), ("aantallen", dict), ("bestanden", dict)):
        if not isinstance(manifest.get(sleutel), soort):
            raise _fout(pad, f"in {MANIFEST} ontbreekt {sleutel!r}.")
    return manifest


RESERVE = 100 * 10**6  # bytes a disk keeps free after the restore


def _bestaande_map(pad):
    pad = Path(pad)
    while not pad.exists() and pad != pad.parent:
        pad = pad.parent
    return pad


def _controleer_ruimte(leden, mappen):
    """The unpacked size, as the members' headers declare it (tarfile reads no more than
    that), must fit on the disks: once in the temporary folder, once more for the files in
    their storages. A small archive that unpacks to more than the disk holds (a decompression
    bomb, or a member of terabytes) is refused before anything is unpacked."""
    nodig = {}  # device -> (a folder on it, bytes)

    def reken(map_, grootte):
        map_ = _bestaande_map(map_)
        apparaat = map_.stat().st_dev
        nodig[apparaat] = (map_, nodig.get(apparaat, (map_, 0))[1] + grootte)

    totaal = sum(lid.size for lid in leden if lid.isfile())
    reken(tempfile.gettempdir(), totaal)
    for lid in leden:
        delen = PurePosixPath(lid.name).parts
        if lid.isfile() and delen[0] == BESTANDEN and len(delen) > 2 and delen[1] in mappen:
            reken(mappen[delen[1]], lid.size)
    for map_, grootte in nodig.values():
        vrij = shutil.disk_usage(map_).free
        if grootte + RESERVE > vrij:
            raise BackupFout(
                f"Te weinig schijfruimte: het archief pakt uit tot {grootte / 1e6:,.0f} MB en op "
                f"{map_} is {vrij / 1e6:,.0f} MB vrij (plus {RESERVE // 10**6} MB reserve "
                "nodig). Maak ruimte vrij of controleer het archief. Er is niets veranderd."
            )


def _controleer_leeg():
    gevonden = modellen.inhoud()
    if gevonden:
        wat = ", ".join(f"{n} {label}" for label, n in list(gevonden.items())[:6])
        raise BackupFout(
            f"De database is niet leeg (er staan al {wat} in). Herstellen vervangt alles: "
            "herstel in een lege database (alleen `python manage.py migrate` gedraaid), of "
            "geef --forceer om de huidige inhoud te overschrijven. Er is niets veranderd."
        )


def _leeg(modellen_):
    tabellen = sorted({m._meta.db_table for m in modellen_})
    statements = connection.ops.sql_flush(no_style(), tabellen, allow_cascade=False)
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


def _vergelijk_tellingen(manifest):
    verwacht = manifest["aantallen"]
    echt = modellen.tellingen(modellen.in_dump())
    verschil = [
        f"{label}: {echt.get(label, 0)} in plaats van {n}"
        for label, n in sorted(verwacht.items())
        if echt.get(label, 0) != n
    ] + [
        f"{label}: {n} in plaats van 0"
        for label, n in sorted(echt.items())
        if n and label not in verwacht
    ]
    if verschil:
        raise BackupFout(
            "Na het laden klopt het aantal rijen niet met het archief ("
            + "; ".join(verschil[:10])
            + "). Het herstel is teruggedraaid; er is niets veranderd."
        )


def _zet_bestanden_terug(bron, mappen, manifest):
    aantal = 0
    for alias in manifest["bestanden"]:
        van = bron / BESTANDEN / alias
        if not van.is_dir():
            continue
        for naam, pad in opslag.bestanden(van):
            doel = mappen[alias] / naam
            doel.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(pad, doel)
            aantal += 1
    verwacht = sum(int(b.get("aantal", 0)) for b in manifest["bestanden"].values())
    if aantal != verwacht:
        raise BackupFout(
            f"Het archief bevat {aantal} bestanden, het manifest noemt er {verwacht}: het "
            "archief is onvolledig. De database is teruggedraaid."
        )
    return aantal


def herstel_backup(pad, forceer=False, stap=print):
    """Restore `pad` into the current (migrated) database. Raises BackupFout, with nothing
    changed, when the archive is not sound, does not fit this code, or the database is not
    empty (unless forceer). Returns the manifest."""
    begin = time.monotonic()
    stap = voortgang(stap, begin)
    pad = Path(pad)
    if not pad.is_file():
        raise BackupFout(f"Het bestand {pad} bestaat niet. Er is niets veranderd.")
    stap("Stap 1/6: archief controleren …")
    try:
        tar = tarfile.open(pad, "r:gz")
    except (tarfile.TarError, OSError, EOFError, zlib.error):
        raise _fout(pad, "het is geen leesbaar tar.gz-archief.") from None
    with tar:
        leden = _controleer_leden(pad, tar)
        manifest = _lees_manifest(pad, tar, leden)
        mappen = opslag.mappen()
        onbekend = [a for a in manifest["bestanden"] if a not in mappen]
        if onbekend:
            raise BackupFout(
                f"Het archief heeft bestanden van de opslag {', '.join(onbekend)}, die deze "
                "installatie niet heeft (STORAGES, BACKUP_OPSLAG). Er is niets veranderd."
            )
        for lid in leden:
            delen = PurePosixPath(lid.name).parts
            if delen[0] == BESTANDEN and len(delen) > 1 and delen[1] not in manifest["bestanden"]:
                raise _fout(pad, f"{lid.name!r} hoort bij geen opslag uit het manifest.")
        modellen.controleer_migraties(manifest["migraties"])
        _controleer_ruimte(leden, mappen)
        if not forceer:
            _controleer_leeg()

        with tempfile.TemporaryDirectory(prefix="herstel-") as tijdelijk:
            stap("Stap 2/6: archief uitpakken …")
            try:
                tar.extractall(tijdelijk, members=leden, filter="data")
            except tarfile.FilterError as fout:
                raise _fout(pad, f"een bestand mag niet worden uitgepakt ({fout}).") from None
            except (tarfile.TarError, OSError, EOFError, zlib.error):
                raise _fout(pad, "het archief is beschadigd of onvolledig.") from None
            bron = Path(tijdelijk)
            with transaction.atomic():
                stap("Stap 3/6: huidige inhoud weghalen en database laden …")
                _leeg(modellen.te_legen())
                laden.laad(bron / DATABASE)
                stap("Stap 4/6: aantallen controleren …")
                _vergelijk_tellingen(manifest)
                stap("Stap 5/6: bestanden terugzetten …")
                _zet_bestanden_terug(bron, mappen, manifest)
    # Cached page paths, export versions and counters belong to the replaced content.
    cache.clear()
    stap("Stap 6/6: zoekindex opnieuw opbouwen …")
    call_command("zoekindex")
    call_command("update_index", verbosity=0)
    manifest["duur_seconden"] = round(time.monotonic() - begin, 1)
    return manifest
