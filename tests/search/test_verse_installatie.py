"""Issue 15: a fresh installation is a user too. What `migrate` brings with it (the reference
overleggen of the overlegstructuur, created by a data migration that sends no signals) is
searchable at once, without `manage.py zoekindex`. Checked on a database after `migrate`
alone (a copy of the run's one migrated SQLite file, tests/helpers/verse_database.py)."""

import json
import sqlite3

import pytest

from kennisplatform.demo import data
from tests.helpers.verse_database import kopie_na_migrate, manage

ZOEK = """
import json
from search.zoeker import zoek
uit = {}
for naam in json.loads(%r):
    uitkomst = zoek(naam)
    uit[naam] = [(r.doc.soort, r.doc.titel, r.doc.url) for r in uitkomst.resultaten]
print(json.dumps(uit))
"""


@pytest.fixture(scope="module")
def verse_database(tmp_path_factory):
    return kopie_na_migrate(tmp_path_factory, tmp_path_factory.mktemp("vers") / "db.sqlite3")


def _lees(database, sql):
    with sqlite3.connect(database) as verbinding:
        return verbinding.execute(sql).fetchall()


def test_overleggen_uit_de_migratie_staan_in_de_zoekindex(verse_database):
    namen = [o["naam"] for o in data.lees("organisaties", "overleggen")["overleggen"]]
    assert len(namen) == 5
    in_index = _lees(
        verse_database, "SELECT titel, toegang FROM search_zoekdocument WHERE soort = 'overleg'"
    )
    assert len(in_index) == len(namen)
    assert all(toegang == "openbaar" for _titel, toegang in in_index)


def test_overleggen_gevonden_op_naam_zonder_zoekindex_commando(verse_database):
    namen = [o["naam"] for o in data.lees("organisaties", "overleggen")["overleggen"]]
    uitvoer = manage(verse_database, "shell", "-c", ZOEK % json.dumps(namen))
    assert uitvoer.returncode == 0, uitvoer.stderr
    gevonden = json.loads(uitvoer.stdout.strip().splitlines()[-1])
    for naam in namen:
        overleggen = [(titel, url) for soort, titel, url in gevonden[naam] if soort == "overleg"]
        assert any(naam in titel and url for titel, url in overleggen), (naam, gevonden[naam])


def test_aanvullen_na_migrate_is_idempotent_en_vult_wat_ontbreekt(verse_database, tmp_path):
    """A second `migrate` adds nothing; a search document that went missing comes back."""
    kopie = tmp_path / "db.sqlite3"
    kopie.write_bytes(verse_database.read_bytes())
    voor = _lees(kopie, "SELECT count(*) FROM search_zoekdocument")
    with sqlite3.connect(kopie) as verbinding:
        verbinding.execute("DELETE FROM search_zoekdocument WHERE soort = 'overleg'")
    uitvoer = manage(kopie, "migrate", "--noinput", "-v0")
    assert uitvoer.returncode == 0, uitvoer.stderr
    assert _lees(kopie, "SELECT count(*) FROM search_zoekdocument") == voor
