"""Shared fixtures. Every test database starts with the demo content of the seeds, loaded
once per run (tests that change data are rolled back), so tests see what users see."""

import os

import pytest

os.environ.setdefault("DEMO_PASSWORD", "demo-wachtwoord-voor-tests")


@pytest.fixture(scope="session")
def django_db_setup(request, django_db_setup, django_db_blocker):
    from django.core.management import call_command

    from kennisplatform.demo.laden import laad_demo

    # A run of browser tests alone (`make test` runs them apart): they are transactional, so
    # they start from the migrated database and each loads the demo itself; loading it here
    # too would only cost time.
    if request.session.items and all(
        item.get_closest_marker("browser") for item in request.session.items
    ):
        return
    with django_db_blocker.unblock():
        laad_demo(met_accounts=True)
        call_command("update_index", verbosity=0)


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
