import pytest

from django.contrib.auth.models import User

from tests.factories import InhoudPageFactory


@pytest.fixture
def gebruiker(db):
    def _gebruiker(naam):
        return User.objects.get(username=naam) if naam != "bezoeker" else None

    return _gebruiker


@pytest.fixture
def pagina(db):
    """Publish an ordinary page with this text; the search index follows the publication."""

    def _pagina(titel, intro="", publiceren=True, ouder=None):
        nieuw = InhoudPageFactory(parent=ouder, title=titel, intro=intro, publiceren=publiceren)
        if not publiceren:
            nieuw.save_revision()
            nieuw.live = False
            nieuw.save()
        return nieuw

    return _pagina
