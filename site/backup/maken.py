"""Making a backup: the database dump, the manifest and the files in one tar.gz archive."""

import io
import json
import os
import platform
import tarfile
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import django
from django.core import serializers
from django.core.management import call_command
from django.db import connection, transaction

import wagtail

from . import (
    BESTANDEN,
    DATABASE,
    FORMAAT,
    FORMAATVERSIE,
    MANIFEST,
    BackupFout,
    formaat,
    modellen,
    opslag,
    voortgang,
)


def _platformversie():
    try:
        return version("kennisplatform")
    except PackageNotFoundError:
        return "onbekend"


def _dump(pad):
    """dumpdata in one read snapshot, so rows written meanwhile cannot make the dump
    inconsistent; returns the migration state of that same snapshot."""
    serializers.register_serializer(formaat.NAAM, "kennisplatform.backup.formaat")
    buitenste = not connection.in_atomic_block
    with transaction.atomic():
        if buitenste and connection.vendor == "postgresql":
            with connection.cursor() as cursor:  # must be the transaction's first statement
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        call_command(
            "dumpdata",
            format=formaat.NAAM,
            output=str(pad),
            exclude=modellen.uitgesloten(),
            use_natural_foreign_keys=True,
            use_base_manager=True,
            verbosity=0,
        )
        return modellen.migratiestand()


def _tel_regels(pad):
    """Rows per model as they are in the dump itself (one JSON object per line)."""
    aantallen = Counter()
    with open(pad, encoding="utf-8") as dump:
        for regel in dump:
            if regel.strip():
                aantallen[json.loads(regel)["model"]] += 1
    return dict(sorted(aantallen.items()))


def _voeg_bytes_toe(tar, naam, inhoud):
    info = tarfile.TarInfo(naam)
    info.size = len(inhoud)
    info.mtime = int(time.time())
    info.mode = 0o600
    tar.addfile(info, io.BytesIO(inhoud))


def maak_backup(doel, stap=print):
    """Write the archive to `doel` (a new file; written under a temporary name first, so a
    failed run never leaves a half archive under the real name). Returns the manifest."""
    begin = time.monotonic()
    stap = voortgang(stap, begin)
    doel = Path(doel).resolve()
    if not doel.parent.is_dir():
        raise BackupFout(f"De map {doel.parent} bestaat niet; maak haar eerst aan.")
    if doel.is_dir():
        raise BackupFout(f"{doel} is een map; geef de naam van het archiefbestand op.")
    mappen = opslag.mappen()
    opslag.controleer_dekking(mappen)

    try:
        return _schrijf_archief(doel, mappen, begin, stap)
    except OSError as fout:
        waar = f" ({fout.filename})" if fout.filename else ""
        raise BackupFout(
            f"Het archief kan niet worden gemaakt: {fout.strerror or fout}{waar}. Er is geen "
            "archief geschreven."
        ) from None


def _schrijf_archief(doel, mappen, begin, stap):
    with tempfile.TemporaryDirectory(prefix=".backup-", dir=doel.parent) as tijdelijk:
        dump = Path(tijdelijk) / DATABASE
        stap("Stap 1/3: database uitschrijven …")
        migraties = _dump(dump)
        aantallen = _tel_regels(dump)

        stap("Stap 2/3: bestanden tellen …")
        bestanden, lijsten = {}, {}
        for alias, map_ in mappen.items():
            # the same list is packed below: an upload meanwhile cannot make the counts differ
            lijst = lijsten[alias] = list(opslag.bestanden(map_))
            bestanden[alias] = {
                "aantal": len(lijst),
                "bytes": sum(p.stat().st_size for _, p in lijst),
            }
        manifest = {
            "formaat": FORMAAT,
            "formaatversie": FORMAATVERSIE,
            "gemaakt_op": datetime.now(UTC).isoformat(timespec="seconds"),
            "platform": {
                "versie": _platformversie(),
                "django": django.get_version(),
                "wagtail": wagtail.__version__,
                "python": platform.python_version(),
                "database": connection.vendor,
            },
            "migraties": migraties,
            "uitgesloten": modellen.uitgesloten(),
            "aantallen": aantallen,
            "overzicht": modellen.hoofdtellingen(),
            "bestanden": bestanden,
        }

        stap("Stap 3/3: archief schrijven …")
        half = Path(tijdelijk) / "archief.tar.gz"
        with tarfile.open(half, "w:gz", compresslevel=6) as tar:
            inhoud = json.dumps(manifest, ensure_ascii=False, indent=2).encode()
            _voeg_bytes_toe(tar, MANIFEST, inhoud)
            tar.add(dump, arcname=DATABASE)
            for alias, lijst in lijsten.items():
                for naam, pad in lijst:
                    tar.add(pad, arcname=f"{BESTANDEN}/{alias}/{naam}", recursive=False)
        os.chmod(half, 0o600)  # the archive holds everything, password hashes included
        os.replace(half, doel)
    manifest["duur_seconden"] = round(time.monotonic() - begin, 1)
    return manifest
