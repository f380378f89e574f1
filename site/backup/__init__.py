"""Back-up and restore of everything: the database as a portable JSON-lines dump plus the files
of every storage, in one tar.gz archive with a manifest (manage.py maak_backup / herstel_backup).

The dump is Django's own (dumpdata/loaddata, format jsonl, natural foreign keys), so an archive
made on SQLite restores into PostgreSQL and the other way round, and both directions stream
object by object (memory stays flat for 100,000 agreements)."""

import time

FORMAAT = "kennisplatform-backup"
FORMAATVERSIE = 1
MANIFEST = "manifest.json"
DATABASE = "database.jsonl"
BESTANDEN = "bestanden"


class BackupFout(Exception):
    """A backup or restore that cannot go on; the message is Dutch and meant for the operator."""


def voortgang(schrijf, begin):
    """One line per step, with the time since the start (until the shared progress helper of
    issue 18 takes over)."""

    def stap(tekst):
        schrijf(f"{tekst} (na {time.monotonic() - begin:.1f} s)")

    return stap
