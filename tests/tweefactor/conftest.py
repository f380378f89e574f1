import pytest

from django.contrib.auth.models import User
from django.test import Client

from tests.helpers.redactie import ROLLEN


@pytest.fixture
def gebruikers(db):
    return {rol: User.objects.filter(username=rol).first() for rol in ROLLEN}


@pytest.fixture
def kaal():
    """A plain test client: no second factor is given unless the test gives it."""
    return Client()
