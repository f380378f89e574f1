import pytest

from django.contrib.auth.models import User
from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Collection

from groepen.models import GroepPage
from kennisplatform.models import InhoudPage
from redactie.demo import demo_groep
from redactie.models import WerkruimtePage

ROLLEN = ["bezoeker", "professional", "groepslid", "trekker", "coordinator", "beheerder"]


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


def werkruimte_van(groep):
    return groep.get_children().type(WerkruimtePage).get().specific


def maak_document(titel, collectie):
    document = get_document_model()(title=titel, collection=collectie)
    document.file.save(f"{titel}.txt", ContentFile(f"inhoud van {titel}".encode()), save=True)
    return document


@pytest.fixture
def documenten(db, eigen_groep, andere_groep):
    return {
        "eigen groep": maak_document("eigen-groep", eigen_groep.rechten.collectie),
        "andere groep": maak_document("andere-groep", andere_groep.rechten.collectie),
        "eigen werkruimte": maak_document(
            "eigen-werkruimte", eigen_groep.rechten.werkruimte_collectie
        ),
        "andere werkruimte": maak_document(
            "andere-werkruimte", andere_groep.rechten.werkruimte_collectie
        ),
        "publiek deel": maak_document("publiek", Collection.get_first_root_node()),
    }
