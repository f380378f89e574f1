import pytest

from django.contrib.auth.models import User

from wagtail.models import Collection

from groepen.models import GroepPage
from kennisplatform.models import InhoudPage
from redactie.demo import demo_groep
from tests.factories import DocumentFactory
from tests.helpers.redactie import ROLLEN


@pytest.fixture
def gebruikers(db):
    return {rol: User.objects.filter(username=rol).first() for rol in ROLLEN}


@pytest.fixture
def eigen_groep(db):
    return demo_groep()


@pytest.fixture
def andere_groep(db, eigen_groep):
    return GroepPage.objects.live().exclude(pk=eigen_groep.pk).order_by("path").first().specific


@pytest.fixture
def publiek_deel(db):
    return InhoudPage.objects.get(slug="convenant")


@pytest.fixture
def documenten(db, eigen_groep, andere_groep):
    return {
        "eigen groep": DocumentFactory(
            title="eigen-groep", collection=eigen_groep.rechten.collectie
        ),
        "andere groep": DocumentFactory(
            title="andere-groep", collection=andere_groep.rechten.collectie
        ),
        "eigen werkruimte": DocumentFactory(
            title="eigen-werkruimte", collection=eigen_groep.rechten.werkruimte_collectie
        ),
        "andere werkruimte": DocumentFactory(
            title="andere-werkruimte", collection=andere_groep.rechten.werkruimte_collectie
        ),
        "publiek deel": DocumentFactory(
            title="publiek", collection=Collection.get_first_root_node()
        ),
    }
