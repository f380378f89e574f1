"""Helpers of tests/site/test_backup.py: restore an archive into an empty database in a separate
process (its own DATABASE_URL and MEDIA_ROOT, as an operator would), and craft archives."""

import io
import json
import os
import re
import subprocess
import sys
import tarfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# Runs in the child process: migrate the empty database, restore, then report what a user sees.
HERSTEL_SCRIPT = r"""
import hashlib, io, json, sys
import django
django.setup()
from django.core.management import call_command
from django.test import Client
from wagtail.documents import get_document_model
from kennisplatform.backup import modellen
from search.models import GeleerdeAfkorting

call_command("migrate", verbosity=0, interactive=False)
leeg = modellen.inhoud()
uitvoer = io.StringIO()
call_command("herstel_backup", sys.argv[1], stdout=uitvoer)
client = Client(HTTP_HOST="127.0.0.1")
documenten = {}
for doc in get_document_model().objects.order_by("pk"):
    with doc.file.open("rb") as f:
        documenten[doc.pk] = hashlib.sha256(f.read()).hexdigest()
openbaar = (
    get_document_model().objects.filter(collection__view_restrictions__isnull=True)
    .exclude(file="").order_by("pk").first()
)
antwoord = client.get(openbaar.url)
# a backup of the restored database: its dump must be the dump that was restored
import re, tarfile, tempfile
with tempfile.TemporaryDirectory() as tmp:
    call_command("maak_backup", f"{tmp}/opnieuw.tar.gz", stdout=io.StringIO())
    with tarfile.open(f"{tmp}/opnieuw.tar.gz") as tar:
        dump = hashlib.sha256(
            re.sub(rb'\.000(Z|[+-]\d\d:\d\d)"', rb'\1"', tar.extractfile("database.jsonl").read())
        ).hexdigest()
inhoud = b"".join(antwoord.streaming_content) if antwoord.streaming else antwoord.content
print("JSON:" + json.dumps({
    "leeg_voor_herstel": leeg,
    "uitvoer": uitvoer.getvalue(),
    "overzicht": modellen.hoofdtellingen(),
    "aantallen": {k: v for k, v in modellen.tellingen(modellen.in_dump()).items() if v},
    "documenten": documenten,
    "dump": dump,
    "download": [openbaar.pk, antwoord.status_code, hashlib.sha256(inhoud).hexdigest()],
    "startpagina": client.get("/").status_code,
    "register": client.get("/afspraken/").status_code,
    "zoeken": client.get("/api/zoeken/?q=vergunning").json()["count"],
    "afgewezen": [list(r) for r in GeleerdeAfkorting.objects.filter(afgewezen=True)
                  .values_list("afkorting", "lange_vorm")],
}))
"""


def herstel_in_lege_database(archief, database_url, media_root):
    """Migrate an empty database and restore `archief` into it, in a fresh process with the
    development settings; returns what the child reports."""
    omgeving = {
        k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "DJANGO_SETTINGS_MODULE")
    }
    omgeving.update(
        DJANGO_SETTINGS_MODULE="kennisplatform.settings.dev",
        DATABASE_URL=database_url,
        MEDIA_ROOT=str(media_root),
        # the private documents beside it, as in production (never in the checkout)
        DOCUMENTEN_ROOT=str(Path(media_root).parent / "documentopslag"),
        SEARCH_URL="",
    )
    proces = subprocess.run(
        [sys.executable, "-c", HERSTEL_SCRIPT, str(archief)],
        cwd=REPO,
        env=omgeving,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert proces.returncode == 0, proces.stderr[-3000:]
    regel = next(r for r in proces.stdout.splitlines() if r.startswith("JSON:"))
    return json.loads(regel.removeprefix("JSON:"))


def maak_archief(pad, leden):
    """A tar.gz with the given members: {name: bytes}, or {name: TarInfo-type} for links."""
    with tarfile.open(pad, "w:gz") as tar:
        for naam, inhoud in leden.items():
            info = tarfile.TarInfo(naam)
            if isinstance(inhoud, bytes):
                info.size = len(inhoud)
                tar.addfile(info, io.BytesIO(inhoud))
            else:
                info.type, info.linkname = inhoud
                tar.addfile(info)
    return pad


def lees_archief(pad):
    """{name: bytes} of every file in an archive of maak_backup."""
    with tarfile.open(pad, "r:gz") as tar:
        return {lid.name: tar.extractfile(lid).read() for lid in tar.getmembers() if lid.isfile()}


def zonder_nul_milliseconden(dump):
    """Django's JSON writes times in milliseconds: a time with fewer than 1,000 microseconds is
    written "...:37.000Z" and comes back from the restore as "...:37Z" (the same instant)."""
    return re.sub(rb'\.000(Z|[+-]\d\d:\d\d)"', rb'\1"', dump)


def manifest_van(leden):
    return json.loads(leden["manifest.json"])
