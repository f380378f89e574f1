"""On a database after `migrate` alone (no demo: the 5 reference overleggen, no relations,
members, meetings or parties) every overleg page renders, and so does the diagram. The
database is a copy of the run's one SQLite file after `migrate`, used in a subprocess."""

import pytest

from tests.helpers.verse_database import kopie_na_migrate, manage

CONTROLE = """
from django.template import Context, Template
from django.test import Client, RequestFactory
from organisaties.models import Overleg
client = Client()
for overleg in Overleg.objects.all():
    antwoord = client.get(overleg.get_absolute_url())
    print("pagina", antwoord.status_code, "geen relaties" in antwoord.content.decode())
request = RequestFactory().get("/overlegstructuur/")
html = Template("{% load overlegstructuur %}{% overlegstructuur_diagram %}").render(
    Context({"request": request})
)
print("vakken", html.count('class="kp-diagram__vak '), "pijlen", html.count("marker-end="))
"""


@pytest.fixture(scope="module")
def verse_database(tmp_path_factory):
    return kopie_na_migrate(tmp_path_factory, tmp_path_factory.mktemp("vers") / "db.sqlite3")


def test_na_migrate_tonen_overlegpaginas_en_schema(verse_database):
    uitvoer = manage(verse_database, "shell", "-c", CONTROLE)
    assert uitvoer.returncode == 0, uitvoer.stderr
    regels = uitvoer.stdout.split("\n")
    assert [r for r in regels if r.startswith("pagina")] == ["pagina 200 True"] * 5
    assert "vakken 5 pijlen 0" in regels
