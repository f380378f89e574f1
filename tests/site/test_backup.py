"""Issue 18.8: back up everything (database and uploaded files) and restore it into an empty
database, with the same pages, agreements, begrippen, documents and images, and documents that
download. Hostile or unfit archives and non-empty databases are refused with a Dutch message
and change nothing."""

import hashlib
import io
import json
import os
import tarfile

import dj_database_url
import psycopg
import pytest

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from kennisplatform.backup import modellen
from search import zoeklog
from search.models import GeleerdeAfkorting, Promotie, Zoekdocument
from tests.factories import AfbeeldingFactory
from tests.helpers.backup import (
    herstel_in_lege_database,
    lees_archief,
    maak_archief,
    manifest_van,
    zonder_nul_milliseconden,
)
from tests.helpers.verse_database import kopie_na_migrate

pytestmark = pytest.mark.django_db


@pytest.fixture
def afbeelding():
    """The demo has no images: one, so the count and its file are checked too."""
    beeld = AfbeeldingFactory(title="backupfoto")
    yield beeld
    beeld.file.delete(save=False)


@pytest.fixture
def afgewezen_afkorting():
    """Issue 15: an editor rejected a learned abbreviation; a restore (and the rebuild of the
    index after it) must not bring it back."""
    return GeleerdeAfkorting.objects.create(
        afkorting="odu",
        weergave="ODU",
        lange_vorm="onderzoek duurzame uitvoering",
        lange_vorm_weergave="Onderzoek Duurzame Uitvoering",
        afgewezen=True,
    )


@pytest.fixture
def archief(tmp_path, afbeelding, afgewezen_afkorting):
    # issue 15: a promoted search result (editorial data) and a day of the search log
    doc = Zoekdocument.objects.filter(toegang="openbaar").order_by("pk").first()
    Promotie.objects.create(vraag="backup", sleutel=doc.sleutel, toelichting="Uitgelicht")
    zoeklog.log_zoekvraag("backup", 0)
    pad = tmp_path / "backup.tar.gz"
    uitvoer = io.StringIO()
    call_command("maak_backup", str(pad), stdout=uitvoer)
    assert "Back-up gemaakt" in uitvoer.getvalue()
    return pad


def _hier(client):
    documenten = {}
    for doc in get_document_model().objects.order_by("pk"):
        with doc.file.open("rb") as f:
            documenten[doc.pk] = hashlib.sha256(f.read()).hexdigest()
    return {
        "overzicht": modellen.hoofdtellingen(),
        "documenten": documenten,
        "zoeken": client.get("/api/zoeken/?q=vergunning").json()["count"],
    }


def _controleer_herstel(uitkomst, archief, client):
    hier = _hier(client)
    manifest = manifest_van(lees_archief(archief))
    assert uitkomst["leeg_voor_herstel"] == {}, "na migrate geldt de database als leeg"
    assert "hersteld" in uitkomst["uitvoer"]
    # the same pages, agreements, begrippen, documents, images and users as the source
    assert uitkomst["overzicht"] == hier["overzicht"]
    assert hier["overzicht"]["afbeeldingen"] >= 1
    assert hier["overzicht"]["documenten"] >= 1
    # and every table of the dump, row for row
    assert uitkomst["aantallen"] == {k: v for k, v in manifest["aantallen"].items() if v}
    assert uitkomst["aantallen"]["search.promotie"] == 1  # issue 15: editorial data is back
    # every document file is back with the same bytes, and one downloads from the restored site
    assert {int(k): v for k, v in uitkomst["documenten"].items()} == hier["documenten"]
    pk, status, sha = uitkomst["download"]
    assert status == 200
    assert sha == hier["documenten"][pk]
    assert uitkomst["startpagina"] == 200 and uitkomst["register"] == 200
    # the rejected learned abbreviation is still rejected after the rebuild of the index
    assert ["odu", "onderzoek duurzame uitvoering"] in uitkomst["afgewezen"]
    # the search index was rebuilt: the same query finds as much
    assert uitkomst["zoeken"] == hier["zoeken"] > 0


def test_manifest_beschrijft_het_archief(archief):
    leden = lees_archief(archief)
    manifest = manifest_van(leden)
    assert manifest["formaat"] == "kennisplatform-backup"
    assert manifest["formaatversie"] == 1
    assert "0001_initial" in manifest["migraties"]["afspraken"]
    assert manifest["overzicht"]["afspraken"] == modellen.hoofdtellingen()["afspraken"]
    # the derived search index, sessions and content types are not in the dump
    dump = leden["database.jsonl"].decode().splitlines()
    soorten = {json.loads(regel)["model"] for regel in dump}
    assert "afspraken.uitvoeringsafspraak" in soorten
    assert not {s for s in soorten if s.startswith(("wagtailsearch.", "sessions."))}
    # of the search app only what `zoekindex` rebuilds stays out (issue 15): the promoted
    # results and the search log are data
    assert not soorten & {"search.zoekdocument", "search.zoekterm", "search.indexversie"}
    assert {"search.promotie", "search.zoekvraag"} <= soorten
    # ... and what editors decided about learned abbreviations is kept
    assert "search.geleerdeafkorting" in soorten
    assert "contenttypes.contenttype" not in soorten
    # the files of the storages: every document (private storage) and image file (media); the
    # default storage only routes names to those two and has no folder of its own
    assert set(manifest["bestanden"]) == {"media", "documenten"}
    for alias in ("media", "documenten"):
        bestanden = [n for n in leden if n.startswith(f"bestanden/{alias}/")]
        assert len(bestanden) == manifest["bestanden"][alias]["aantal"]
    for doc in get_document_model().objects.exclude(file=""):
        assert f"bestanden/documenten/{doc.file.name}" in leden
    for beeld in get_image_model().objects.all():
        assert f"bestanden/media/{beeld.file.name}" in leden


def test_herstel_in_lege_sqlite_database(archief, tmp_path_factory, tmp_path, client):
    # The run's database after `migrate` alone (a fresh migrate costs some 15 s of CPU); the
    # restore's own `migrate` then finds nothing left to apply.
    database = kopie_na_migrate(tmp_path_factory, tmp_path / "herstel.sqlite3")
    uitkomst = herstel_in_lege_database(archief, f"sqlite:///{database}", tmp_path / "media")
    _controleer_herstel(uitkomst, archief, client)
    # documents back in the private storage beside MEDIA_ROOT, images in MEDIA_ROOT
    assert any((tmp_path / "documentopslag" / "documents").iterdir())
    assert any((tmp_path / "media" / "original_images").iterdir())
    assert not (tmp_path / "media" / "documents").exists()
    if connection.vendor == "sqlite":
        # SQLite to SQLite: a backup of the restored database has the very same dump, byte for
        # byte (every value came back as it was: timestamps, ids, JSON, log entries)
        dump = zonder_nul_milliseconden(lees_archief(archief)["database.jsonl"])
        assert uitkomst["dump"] == hashlib.sha256(dump).hexdigest()


def _herstel_database_url():
    """BACKUP_HERSTEL_DATABASE_URL, or on a PostgreSQL run the same server with the database
    <name>_herstel (the test runner's own database name plus a suffix)."""
    if os.environ.get("BACKUP_HERSTEL_DATABASE_URL"):
        return os.environ["BACKUP_HERSTEL_DATABASE_URL"]
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith(("postgres://", "postgresql://")):
        return url.rsplit("/", 1)[0] + "/" + url.rsplit("/", 1)[1].split("?")[0] + "_herstel"
    return None


@pytest.fixture
def lege_postgres():
    url = _herstel_database_url()
    if not url:
        pytest.skip("geen PostgreSQL voor het herstel (zet BACKUP_HERSTEL_DATABASE_URL)")
    cfg = dj_database_url.parse(url)
    naam = cfg["NAME"]
    try:
        beheer = psycopg.connect(
            host=cfg["HOST"] or None,
            port=cfg["PORT"] or None,
            user=cfg["USER"] or None,
            password=cfg["PASSWORD"] or None,
            dbname="postgres",
            autocommit=True,
            connect_timeout=3,
        )
    except psycopg.OperationalError:
        pytest.skip(f"PostgreSQL is niet bereikbaar voor {naam}")
    with beheer:
        beheer.execute(f'DROP DATABASE IF EXISTS "{naam}"')
        beheer.execute(f'CREATE DATABASE "{naam}"')
        yield url
        beheer.execute(f'DROP DATABASE IF EXISTS "{naam}" WITH (FORCE)')


def test_herstel_in_lege_postgresql_database(archief, tmp_path, client, lege_postgres):
    uitkomst = herstel_in_lege_database(archief, lege_postgres, tmp_path / "media")
    _controleer_herstel(uitkomst, archief, client)


# -- refusals: a Dutch message, and nothing changed --


@pytest.fixture
def ongewijzigd(tmp_path):
    """Asserts afterwards that the database and the media folder are as they were."""
    voor = modellen.tellingen(modellen.te_legen())
    bestanden = sorted(p for p in settings.MEDIA_ROOT.rglob("*"))
    yield
    assert modellen.tellingen(modellen.te_legen()) == voor
    assert sorted(p for p in settings.MEDIA_ROOT.rglob("*")) == bestanden


def _weigering(pad):
    with pytest.raises(CommandError) as fout:
        call_command("herstel_backup", str(pad), stdout=io.StringIO())
    melding = str(fout.value)
    assert "Er is niets veranderd" in melding
    return melding


def test_niet_lege_database_wordt_geweigerd(archief, ongewijzigd):
    melding = _weigering(archief)
    assert "De database is niet leeg" in melding
    assert "--forceer" in melding


def _vervalst(tmp_path, archief, **wijzig):
    """The real archive with its manifest changed and members added."""
    leden = lees_archief(archief)
    manifest = manifest_van(leden)
    manifest.update(wijzig.pop("manifest", {}))
    leden["manifest.json"] = json.dumps(manifest).encode()
    leden.update(wijzig.pop("leden", {}))
    for naam in wijzig.pop("zonder", []):
        leden.pop(naam)
    return maak_archief(tmp_path / "vervalst.tar.gz", leden)


def test_pad_buiten_het_archief_wordt_geweigerd(archief, tmp_path, ongewijzigd):
    for naam in ["../buiten.txt", "bestanden/documenten/../../../buiten.txt", "/tmp/buiten.txt"]:
        pad = _vervalst(tmp_path, archief, leden={naam: b"kwaadaardig"})
        assert "buiten het archief" in _weigering(pad)
    assert not (tmp_path.parent / "buiten.txt").exists()


def test_koppeling_in_het_archief_wordt_geweigerd(archief, tmp_path, ongewijzigd):
    link = (tarfile.SYMTYPE, "/etc/passwd")
    pad = _vervalst(tmp_path, archief, leden={"bestanden/documenten/documents/x.pdf": link})
    assert "koppeling" in _weigering(pad)


def test_archief_zonder_manifest_wordt_geweigerd(archief, tmp_path, ongewijzigd):
    pad = _vervalst(tmp_path, archief, zonder=["manifest.json"])
    assert "manifest.json ontbreekt" in _weigering(pad)


def test_andere_formaatversie_wordt_geweigerd(archief, tmp_path, ongewijzigd):
    pad = _vervalst(tmp_path, archief, manifest={"formaatversie": 99})
    assert "formaatversie 99" in _weigering(pad)


def test_andere_migratiestand_wordt_geweigerd(archief, tmp_path, ongewijzigd):
    pad = _vervalst(tmp_path, archief, manifest={"migraties": {"afspraken": ["0001_initial"]}})
    melding = _weigering(pad)
    assert "andere versie van de database-indeling" in melding
    assert "afspraken" in melding


def test_geen_archief_wordt_geweigerd(tmp_path, ongewijzigd):
    pad = tmp_path / "geen.tar.gz"
    pad.write_bytes(b"dit is geen archief")
    assert "geen leesbaar tar.gz-archief" in _weigering(pad)
    assert "bestaat niet" in _weigering(tmp_path / "ontbreekt.tar.gz")


def test_opslag_buiten_de_backup_stopt_maak_backup(settings, tmp_path):
    settings.BACKUP_OPSLAG = []
    with pytest.raises(CommandError, match="zit niet in de back-up"):
        call_command("maak_backup", str(tmp_path / "b.tar.gz"), stdout=io.StringIO())
    assert list(tmp_path.iterdir()) == []


def test_dump_bevat_elke_rij(archief):
    """The dump holds every row of every table it covers, as the manifest counts them."""
    manifest = manifest_van(lees_archief(archief))
    assert manifest["platform"]["database"] == connection.vendor
    assert {k: v for k, v in manifest["aantallen"].items() if v} == {
        k: v for k, v in modellen.tellingen(modellen.in_dump()).items() if v
    }
