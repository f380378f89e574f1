"""Shared fixtures. Every test database starts with the demo content of the seeds, loaded
once per run (tests that change data are rolled back), so tests see what users see."""

import os

import pytest

os.environ.setdefault("DEMO_PASSWORD", "demo-wachtwoord-voor-tests")


# --- test speed: snapshots for the tests that commit for real ---
_MOMENTOPNAMEN = {}


def _met_commit(item):
    return item.get_closest_marker("browser") or item.get_closest_marker("transactioneel")


@pytest.fixture(scope="session")
def django_db_setup(request, django_db_setup, django_db_blocker):
    from django.core.management import call_command

    from kennisplatform.demo.laden import laad_demo
    from tests.helpers.momentopname import Momentopname

    # The tests that commit for real (browser checks, marker transactioneel) empty the
    # database when they end; they start again from a snapshot (fixture verse_demo) of the
    # database as migrated and with the demo, taken here once per run (and per test worker).
    met_commit = any(_met_commit(item) for item in request.session.items)
    with django_db_blocker.unblock():
        if met_commit:
            _MOMENTOPNAMEN["gemigreerd"] = Momentopname()
        laad_demo(met_accounts=True)
        call_command("update_index", verbosity=0)
        if met_commit:
            _MOMENTOPNAMEN["demo"] = Momentopname()


class VerseDatabase:
    """What `verse_demo` gives a test: `demo()` and `gemigreerd()` make the database again
    exactly what it was after the demo was loaded (with accounts and search index), or after
    `migrate` alone, for the live server too."""

    def __init__(self, blokkeerder):
        self._blokkeerder = blokkeerder

    def _herstel(self, naam):
        with self._blokkeerder.unblock():
            _MOMENTOPNAMEN[naam].herstel()

    def demo(self):
        self._herstel("demo")

    def gemigreerd(self):
        self._herstel("gemigreerd")


@pytest.fixture
def verse_demo(request, transactional_db, django_db_blocker):
    """For a test that commits for real (marker browser or transactioneel): the database as the
    demo loader leaves it (accounts included), restored from the run's snapshot in well under
    a second, whatever the tests before it left behind."""
    if not _met_commit(request.node):
        raise pytest.UsageError(
            f"{request.node.nodeid}: verse_demo alleen met marker browser of transactioneel"
        )
    database = VerseDatabase(django_db_blocker)
    database.demo()
    return database


# --- end test speed ---


@pytest.fixture
def demo_wachtwoord():
    return os.environ["DEMO_PASSWORD"]


@pytest.fixture(autouse=True)
def _lege_cache():
    """Every test starts with empty rate-limit counters (they live in the cache) and without
    the search's memo of another test's index (search.indexeren.vergeet)."""
    from django.core.cache import cache

    from search import indexeren

    cache.clear()
    indexeren.vergeet()


@pytest.fixture
def client():
    """pytest-django's `client`, whose editor logins include the second factor (issue 17.2,
    tests/helpers/tweefactor.py); the tests of the second factor use a plain Client."""
    from tests.helpers.tweefactor import RedacteurClient

    return RedacteurClient()


def pytest_collection_modifyitems(config, items):
    """A test that commits for real (django_db(transaction=True)) empties the database when it
    ends; it must run in the run of its own (`make test`: marker browser or transactioneel),
    never among the ordinary tests that test workers spread over processes."""
    for item in items:
        marker = item.get_closest_marker("django_db")
        if (
            marker
            and marker.kwargs.get("transaction")
            and not (
                item.get_closest_marker("browser") or item.get_closest_marker("transactioneel")
            )
        ):
            raise pytest.UsageError(
                f"{item.nodeid}: django_db(transaction=True) zonder marker "
                "'transactioneel' (of 'browser'); zie Makefile, doel test."
            )
