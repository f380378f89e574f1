"""Text extraction and a first-page preview for uploaded documents, in a child process.

The reading itself (materialen/verwerker.py) is bounded by its own limits; on top of that it
runs in a separate process with a memory limit (RLIMIT_AS, set by the child) and a time
limit (a timeout here), so no file, however crafted, can take the memory or the time of the
process that handles the upload. A file that reaches a limit is kept: its DocumentGegevens
say "niet verwerkt" and why, and its page and download work as usual.

verwerk_document() runs in the background task of materialen/taken.py, which the post_save
signal enqueues (materialen/signalen.py): the upload request does not wait for it."""

import hashlib
import json
import logging
import os
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from materialen import verwerker
from materialen.uploads import herken
from materialen.verwerker import MAX_GEHEUGEN, MAX_TEKST, MAX_TIJD, Uitkomst

logger = logging.getLogger(__name__)

PROJECTMAP = Path(__file__).resolve().parent.parent


@dataclass
class Verwerking(Uitkomst):
    geheugen_kb: int = 0  # peak resident memory of the child process (VmHWM)


def verwerk_bestand(pad, soort, titel, tijd=MAX_TIJD, geheugen=MAX_GEHEUGEN):
    """Text and preview of the file at pad, read by a child process with a memory and a time
    limit. Never raises: a limit that is reached becomes the reason in the result."""
    with tempfile.TemporaryDirectory(prefix="verwerking-") as map_:
        titel = str(titel).replace("\x00", "")[:250]
        opdracht = [sys.executable, "-m", "materialen.verwerker", str(pad), soort, titel, map_]
        try:
            proces = subprocess.run(
                opdracht,
                capture_output=True,
                timeout=tijd,
                cwd=PROJECTMAP,
                env=_omgeving(geheugen, tijd),
                check=False,
            )
        except subprocess.TimeoutExpired:
            return Verwerking(reden=f"de verwerking duurde langer dan {tijd} seconden")
        try:
            melding = json.loads((proces.stdout.strip().splitlines() or [b"{}"])[-1])
        except ValueError:
            melding = {}
        if proces.returncode != 0 or "reden" not in melding:
            logger.warning(
                "Verwerker gestopt (%s): %s",
                proces.returncode,
                proces.stderr[-500:].decode("utf-8", "replace"),
            )
            if proces.returncode in (-signal.SIGXCPU, -signal.SIGKILL):
                return Verwerking(reden="de verwerking had te veel rekentijd nodig")
            if b"MemoryError" in proces.stderr:
                return Verwerking(reden="de verwerking had te veel geheugen nodig")
            return Verwerking(reden="de verwerking is mislukt")
        if melding.get("fout"):
            logger.warning("Document %r niet te lezen: %s", titel, melding["fout"])
        uitvoer = Path(map_)
        tekstbestand = uitvoer / "tekst.txt"
        tekst = tekstbestand.read_text("utf-8")[:MAX_TEKST] if tekstbestand.exists() else ""
        voorbeeld = uitvoer / "voorbeeld.png"
        return Verwerking(
            tekst=tekst,
            voorbeeld=voorbeeld.read_bytes() if voorbeeld.exists() else None,
            reden=melding["reden"],
            geheugen_kb=int(melding.get("maxrss_kb", 0)),
        )


def _omgeving(geheugen, tijd):
    omgeving = {
        k: v for k, v in os.environ.items() if k in ("PATH", "LANG", "LC_ALL", "PYTHONPATH")
    }
    omgeving["VERWERKER_GEHEUGEN"] = str(geheugen)
    omgeving["VERWERKER_TIJD"] = str(tijd)
    return omgeving


def verwerk_document(document, forceer=False):
    """Create or refresh the DocumentGegevens of a document. Never raises: a file that
    cannot be read gets no text and no preview; one that reaches a limit is "niet verwerkt"."""
    # Here, not at the top: verwerk_bestand() of this module also runs without Django (in the
    # child process that reads an uploaded file), where models cannot be imported.
    from materialen.models import DocumentGegevens

    with tempfile.TemporaryDirectory(prefix="document-") as map_:
        pad = Path(map_) / "bestand"
        vingerafdruk = hashlib.sha256()
        try:
            with document.open_file() as bestand, open(pad, "wb") as kopie:
                while blok := bestand.read(verwerker.BLOK):
                    vingerafdruk.update(blok)
                    kopie.write(blok)
        except (OSError, ValueError):
            logger.warning("Document %s is niet te lezen", document.pk)
            return None
        vingerafdruk = vingerafdruk.hexdigest()
        gegevens = DocumentGegevens.objects.filter(document=document).first()
        if gegevens and gegevens.bestand_hash == vingerafdruk and not forceer:
            if gegevens.file_hash != document.file_hash:  # same content, file stored anew
                gegevens.file_hash = document.file_hash
                gegevens.save(update_fields=["file_hash", "bijgewerkt"])
            return gegevens
        gegevens = gegevens or DocumentGegevens(document=document)
        gegevens.bestand_hash = vingerafdruk
        try:
            with open(pad, "rb") as bestand:
                soort = herken(bestand)
        except Exception:  # noqa: BLE001 - a rejected or unknown kind: nothing to derive
            soort = ""
        gegevens.soort = soort
        if soort:
            uitkomst = verwerk_bestand(pad, soort, document.title)
        else:
            uitkomst = Verwerking()
    gegevens.tekst = uitkomst.tekst
    gegevens.voorbeeld = uitkomst.voorbeeld
    gegevens.niet_verwerkt = uitkomst.reden[:250]
    gegevens.file_hash = document.file_hash
    if uitkomst.reden:
        logger.warning("Document %s niet verwerkt: %s", document.pk, uitkomst.reden)
    gegevens.save()
    return gegevens
