"""Review of issue 18 ("aanval"): a hostile archive for herstel_backup. A small tar.gz can
unpack to far more than the disk holds (a decompression bomb); the restore must refuse it
with a Dutch message before it unpacks anything, with nothing changed."""

import io
import shutil
from collections import namedtuple

import pytest

from django.core.management import call_command

from kennisplatform.backup import herstellen
from tests.helpers.backup import lees_archief, maak_archief
from tests.site.test_backup import (  # noqa: F401
    _weigering,
    afbeelding,
    afgewezen_afkorting,
    archief,
    ongewijzigd,
)

pytestmark = pytest.mark.django_db

MB = 1024 * 1024
Schijf = namedtuple("Schijf", "total used free")


def test_archief_groter_dan_de_vrije_ruimte_wordt_geweigerd(
    archief,  # noqa: F811
    tmp_path,
    ongewijzigd,  # noqa: F811
    monkeypatch,
):
    leden = lees_archief(archief)
    # 20 MB of zeros: some kilobytes packed.
    leden["bestanden/media/images/groot.png"] = bytes(20 * MB)
    bom = maak_archief(tmp_path / "bom.tar.gz", leden)
    assert bom.stat().st_size < archief.stat().st_size + MB
    # A disk with 5 MB free.
    monkeypatch.setattr(shutil, "disk_usage", lambda pad: Schijf(100 * MB, 95 * MB, 5 * MB))
    uitgepakt = []
    monkeypatch.setattr(
        herstellen.tarfile.TarFile,
        "extractall",
        lambda *a, **k: uitgepakt.append(True),
    )
    melding = _weigering(bom)
    assert "schijfruimte" in melding
    assert uitgepakt == []


def test_ruimte_genoeg_dan_geen_bezwaar(archief, monkeypatch):  # noqa: F811
    monkeypatch.setattr(shutil, "disk_usage", lambda pad: Schijf(10_000 * MB, 0, 10_000 * MB))
    with pytest.raises(Exception) as fout:
        call_command("herstel_backup", str(archief), stdout=io.StringIO())
    assert "schijfruimte" not in str(fout.value)  # refused only because the database is full
    assert "niet leeg" in str(fout.value)
