"""manage.py in a new process on a fresh SQLite file, with the test settings and without the
machine's DATABASE_URL, REDIS_URL or SEARCH_URL: what a fresh install sees after `migrate`.

A fresh `migrate` costs some 15 s of CPU, so a run migrates one SQLite file once (shared by
the pytest-xdist workers of the run, under a file lock) and tests that need a database after
`migrate` alone get a copy of it (`kopie_na_migrate`)."""

import fcntl
import os
import shutil

from tests.helpers.beheercommando import draai_manage

WEGLATEN = {"DATABASE_URL", "DJANGO_SETTINGS_MODULE", "REDIS_URL", "SEARCH_URL"}


def manage(database, *args):
    omgeving = {k: v for k, v in os.environ.items() if k not in WEGLATEN}
    omgeving.update(
        DATABASE_URL=f"sqlite:///{database}", DJANGO_SETTINGS_MODULE="kennisplatform.settings.test"
    )
    return draai_manage(omgeving, *args, timeout=300)


def gemigreerd_sjabloon(tmp_path_factory):
    """The SQLite file of this run after `migrate` alone (made on first use). Under
    pytest-xdist the workers share the parent of their temporary folders, so they share it."""
    basis = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        basis = basis.parent
    sjabloon = basis / "na-migrate.sqlite3"
    with open(basis / "na-migrate.lock", "w") as slot:
        fcntl.flock(slot, fcntl.LOCK_EX)  # released when the file closes
        if not sjabloon.exists():
            bezig = basis / "na-migrate.bezig.sqlite3"
            bezig.unlink(missing_ok=True)
            uitvoer = manage(bezig, "migrate", "--noinput", "-v0")
            assert uitvoer.returncode == 0, uitvoer.stderr
            bezig.rename(sjabloon)  # only a complete migrate becomes the template
    return sjabloon


def kopie_na_migrate(tmp_path_factory, doel):
    """`doel` becomes a SQLite database exactly as `migrate` alone leaves it."""
    shutil.copyfile(gemigreerd_sjabloon(tmp_path_factory), doel)
    return doel
