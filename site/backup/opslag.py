"""The folders of uploaded files that go into a backup: one per storage of STORAGES (documents,
images, and any private storage added later), unless BACKUP_OPSLAG names them."""

import os
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.files.storage import storages
from django.db import models

from kennisplatform.opslag import BESLOTEN, MEDIA, MediaOpslag

from . import BackupFout

NIET_IN_BACKUP = {"staticfiles"}  # made again by collectstatic


def aliassen():
    gekozen = settings.BACKUP_OPSLAG
    if gekozen is None:
        # Not the router of kennisplatform/opslag.py ("default"): it keeps no files of its own,
        # they are in the storages it routes to ("media", "documenten"), which are taken.
        gekozen = [
            a
            for a in settings.STORAGES
            if a not in NIET_IN_BACKUP and not isinstance(storages[a], MediaOpslag)
        ]
    return list(gekozen)


def map_van(alias):
    """The folder on disk of one storage alias."""
    try:
        opslag = storages[alias]
    except Exception:
        raise BackupFout(
            f"De opslag {alias!r} uit BACKUP_OPSLAG staat niet in STORAGES; pas de instelling aan."
        ) from None
    locatie = getattr(opslag, "location", None)
    if not locatie:
        raise BackupFout(
            f"De opslag {alias!r} bewaart zijn bestanden niet op schijf; die bestanden kan deze "
            "back-up niet meenemen (maak er een back-up van bij de aanbieder van die opslag)."
        )
    return Path(locatie).resolve()


def mappen():
    """{alias: folder} of every storage in the backup; a folder inside another one is taken
    once, under the outer one."""
    alle = {alias: map_van(alias) for alias in aliassen()}
    uit = {}
    for alias, pad in alle.items():
        binnen = [a for a, p in alle.items() if a != alias and p != pad and pad.is_relative_to(p)]
        if binnen or pad in uit.values():
            continue
        uit[alias] = pad
    return uit


def _locaties(opslag):
    """The folders on disk where a storage keeps files: the router of kennisplatform/opslag.py
    keeps them in the storages it routes to."""
    if isinstance(opslag, MediaOpslag):
        delen = [storages[MEDIA], storages[BESLOTEN]]
    else:
        delen = [opslag]
    return [Path(d.location).resolve() for d in delen if getattr(d, "location", None)]


def controleer_dekking(gekozen):
    """Every file field of every model must store its files in one of the folders of the
    backup: a storage added later (e.g. private documents) without adding it here would
    otherwise silently be missing from the archive."""
    for model in apps.get_models():
        for veld in model._meta.get_fields():
            if not isinstance(veld, models.FileField):
                continue
            for pad in _locaties(veld.storage):
                if any(pad == p or pad.is_relative_to(p) for p in gekozen.values()):
                    continue
                raise BackupFout(
                    f"De bestanden van {model._meta.label}.{veld.name} staan in {pad}, en die "
                    "map zit niet in de back-up: zet de opslag in STORAGES (of in "
                    "BACKUP_OPSLAG)."
                )


def bestanden(map_):
    """(relative name, path) of every regular file under a folder, sorted; symlinks are not
    followed (they could point anywhere)."""
    if not map_.is_dir():
        return
    for wortel, submappen, namen in os.walk(map_):
        submappen.sort()
        for naam in sorted(namen):
            pad = Path(wortel) / naam
            if pad.is_file() and not pad.is_symlink():
                yield pad.relative_to(map_).as_posix(), pad
