"""Read the demo data files: YAML under `<app>/demo/` and long texts (Markdown) next to them.
Paths are relative to the repository root (settings.BASE_DIR), so the files are read from
the source tree, also for `projectgroepen/demo/`, which has no Python package (yet)."""

from pathlib import Path

import yaml

from django.conf import settings


def pad(relatief):
    return Path(settings.BASE_DIR) / relatief


def _lees(relatief):
    with pad(relatief).open(encoding="utf-8") as bestand:
        return yaml.safe_load(bestand)


def lees(app, naam):
    """The data of `<app>/demo/<naam>.yaml`."""
    return _lees(f"{app}/demo/{naam}.yaml")


def tekst(relatief):
    return pad(relatief).read_text(encoding="utf-8")
