"""Fixtures of the tests about the shared cache (page cache, shared data)."""

import pytest

from django.test import Client


@pytest.fixture
def anoniem():
    return Client()


@pytest.fixture
def vastleggen(django_capture_on_commit_callbacks):
    """Run a change as committed: what the commit does (a new generation) runs too."""
    return lambda: django_capture_on_commit_callbacks(execute=True)
