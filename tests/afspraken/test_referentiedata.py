"""Reference data comes with `migrate`, not with the demo: on a freshly migrated database
(production-like: no demo) the 15 kerninstrumenten and the overleggen are there, the site
shows the platform's home page and the register, and importing the national sample table
works; an unknown kerninstrument names the allowed values.

The fresh database is a temporary SQLite file, migrated in a subprocess (the test session's
own database has the demo loaded on top): a copy of the run's one database after `migrate`."""

import importlib
import sqlite3
from pathlib import Path

import pytest

from wagtail.models import Page, Site

from afspraken.models import KERNINSTRUMENTEN, AfsprakenRegisterPage, Kerninstrument
from kennisplatform.demo import data
from kennisplatform.models import HomePage
from organisaties.models import Overleg
from tests.helpers.verse_database import kopie_na_migrate, manage

REPO = Path(__file__).resolve().parents[2]
VOORBEELD = REPO / "afspraken" / "demo" / "afspraken_voorbeeld.csv"  # only valid rows
MET_FOUTEN = REPO / "tests" / "data" / "afspraken_voorbeeld.csv"  # the last three rows wrong


@pytest.fixture(scope="module")
def verse_database(tmp_path_factory):
    """A database after `migrate` alone."""
    return kopie_na_migrate(tmp_path_factory, tmp_path_factory.mktemp("vers") / "db.sqlite3")


def lees(database, sql):
    with sqlite3.connect(database) as verbinding:
        return verbinding.execute(sql).fetchall()


def test_na_migrate_de_15_kerninstrumenten_op_volgorde(verse_database):
    rijen = lees(
        verse_database, "SELECT naam, slug FROM afspraken_kerninstrument ORDER BY volgorde"
    )
    assert [naam for naam, _slug in rijen] == KERNINSTRUMENTEN
    assert len(rijen) == 15
    assert all(slug for _naam, slug in rijen)


def test_na_migrate_de_overleggen_van_de_overlegstructuur(verse_database):
    rijen = lees(verse_database, "SELECT naam, niveau FROM organisaties_overleg ORDER BY volgorde")
    verwacht = [
        (o["naam"], o["niveau"]) for o in data.lees("organisaties", "overleggen")["overleggen"]
    ]
    assert rijen == verwacht


def test_na_migrate_toont_de_site_de_startpagina_van_het_platform(verse_database):
    (soort, titel), *_ = lees(
        verse_database,
        "SELECT ct.app_label || '.' || ct.model, p.title FROM wagtailcore_site s "
        "JOIN wagtailcore_page p ON p.id = s.root_page_id "
        "JOIN django_content_type ct ON ct.id = p.content_type_id WHERE s.is_default_site",
    )
    assert (soort, titel) == ("kennisplatform.homepage", "Kennisplatform Regionale Samenwerking")
    assert lees(
        verse_database, "SELECT count(*) FROM wagtailcore_page WHERE title LIKE 'Welcome%'"
    ) == [(0,)]
    # the register hangs under it, so /afspraken/ shows what an import brings
    assert lees(
        verse_database, "SELECT url_path, live FROM wagtailcore_page WHERE slug = 'afspraken'"
    ) == [("/home/afspraken/", 1)]
    boom = manage(verse_database, "fixtree")
    assert boom.returncode == 0 and "No problems found" in boom.stdout, boom.stdout + boom.stderr


def test_onbekend_kerninstrument_noemt_de_toegestane_waarden(verse_database):
    uitvoer = manage(verse_database, "importeer_afspraken", str(MET_FOUTEN), "--dry-run")
    assert uitvoer.returncode != 0
    tekst = uitvoer.stdout + uitvoer.stderr
    assert (
        "rij 27, kolom kerninstrument: onbekend kerninstrument “Bestemmingsplan”; toegestaan: "
        + "; ".join(KERNINSTRUMENTEN)
    ) in tekst
    # the valid rows are not refused for their kerninstrument
    assert tekst.count("onbekend kerninstrument") == 1


def test_import_van_de_landelijke_tabel_in_een_verse_database(verse_database):
    uitvoer = manage(verse_database, "importeer_afspraken", str(VOORBEELD))
    assert uitvoer.returncode == 0, uitvoer.stdout + uitvoer.stderr
    assert "25 nieuw" in uitvoer.stdout
    assert lees(verse_database, "SELECT count(*) FROM afspraken_uitvoeringsafspraak") == [(25,)]


def test_migraties_houden_de_lijsten_van_het_platform_aan():
    """The migrations hold frozen copies; they must equal the lists the code and demo use."""
    instrumenten = importlib.import_module("afspraken.migrations.0003_kerninstrumenten")
    overleggen = importlib.import_module("organisaties.migrations.0002_overleggen")
    assert instrumenten.KERNINSTRUMENTEN == KERNINSTRUMENTEN
    demo = data.lees("organisaties", "overleggen")["overleggen"]
    velden = ("naam", "afkorting", "niveau", "functie", "doelgroep")
    assert [{v: o[v] for v in velden} for o in overleggen.OVERLEGGEN] == [
        {v: o.get(v, "") for v in velden} for o in demo
    ]


@pytest.mark.django_db
def test_demo_na_de_migraties_maakt_niets_dubbel():
    """The test database is migrated and then gets the demo: everything once."""
    assert Kerninstrument.objects.count() == 15
    assert Overleg.objects.count() == 5
    assert HomePage.objects.count() == 1
    assert AfsprakenRegisterPage.objects.count() == 1
    assert Site.objects.get(is_default_site=True).root_page.specific_class is HomePage
    assert not Page.objects.filter(title__startswith="Welcome").exists()
