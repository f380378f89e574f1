"""Issue 14.7: meetings (vergaderingen) of the overleggen as well as of groups. A meeting of an
overleg is public everywhere (overview, its page, iCalendar, search); a private group's meeting
stays private everywhere. The admin says in Dutch that a meeting needs a group or an overleg,
not both; trekkers never create or edit a meeting of an overleg, also not by a forged form."""

import datetime
import json
import re

import pytest
from icalendar import Calendar

from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from wagtail.models import PageViewRestriction

from materialen.models import Bijeenkomst
from organisaties.models import Overleg
from redactie.demo import demo_groep
from tests.factories import BijeenkomstFactory, UitvoeringsafspraakFactory
from tests.helpers.verse_database import kopie_na_migrate, manage

pytestmark = pytest.mark.django_db

NAAM = "wagtailsnippets_materialen_bijeenkomst"
TITEL = "Vergadering Bestuurlijk Provinciaal Samenwerkingsoverleg maart"


def _url(naam, *args):
    return reverse(f"{NAAM}:{naam}", args=args)


@pytest.fixture
def gebruikers(db):
    return {rol: User.objects.filter(username=rol).first() for rol in ("trekker", "coordinator")}


@pytest.fixture
def eigen_groep(db):
    return demo_groep()


@pytest.fixture
def overleg(db):
    return Overleg.objects.get(afkorting="B-PSO")


@pytest.fixture
def vergadering(overleg):
    begin = timezone.make_aware(datetime.datetime(2026, 3, 12, 14, 0))
    return Bijeenkomst.objects.create(
        overleg=overleg,
        titel=TITEL,
        begin=begin,
        einde=begin + datetime.timedelta(hours=2),
        locatie="Provinciehuis Utrecht",
        agenda="<ol><li>Opening</li><li>Samenwerkingsagenda 2026</li></ol>",
        besluitenlijst="<ol><li>De B-PSO stelt de samenwerkingsagenda 2026 vast.</li></ol>",
    )


@pytest.fixture
def prive_bijeenkomst(eigen_groep):
    PageViewRestriction.objects.create(page=eigen_groep, restriction_type=PageViewRestriction.LOGIN)
    return BijeenkomstFactory(groep=eigen_groep, titel="Geheime werksessie Zeldzaamwoord")


def formulier(**velden):
    return {
        "titel": "Nieuwe vergadering",
        "soort": "bijeenkomst",
        "begin": "2027-03-04 14:00",
        "einde": "2027-03-04 16:00",
        "locatie": "Provinciehuis",
        "groep": "",
        "overleg": "",
        **velden,
    }


# -- the admin ---------------------------------------------------------------------------


def test_coordinator_maakt_vergadering_van_een_overleg(client, gebruikers, overleg):
    client.force_login(gebruikers["coordinator"])
    antwoord = client.post(_url("add"), formulier(overleg=overleg.pk))
    assert antwoord.status_code == 302
    vergadering = Bijeenkomst.objects.get(titel="Nieuwe vergadering")
    assert vergadering.overleg == overleg and vergadering.groep is None


@pytest.mark.parametrize(
    "keuze,melding",
    [
        ("allebei", "Een bijeenkomst hoort bij een groep óf bij een overleg, niet bij allebei."),
        ("geen", "Kies de groep of het overleg waar deze bijeenkomst bij hoort."),
    ],
)
def test_groep_of_overleg_met_nederlandse_melding(
    client, gebruikers, overleg, eigen_groep, keuze, melding
):
    client.force_login(gebruikers["coordinator"])
    velden = {"groep": eigen_groep.pk, "overleg": overleg.pk} if keuze == "allebei" else {}
    antwoord = client.post(_url("add"), formulier(**velden))
    assert antwoord.status_code == 200  # the form again, not a database error
    assert melding in antwoord.content.decode()
    assert not Bijeenkomst.objects.filter(titel="Nieuwe vergadering").exists()


def test_trekker_kan_geen_vergadering_van_een_overleg_maken(client, gebruikers, overleg):
    client.force_login(gebruikers["trekker"])
    assert 'name="overleg"' not in client.get(_url("add")).content.decode()
    antwoord = client.post(_url("add"), formulier(overleg=overleg.pk))  # forged field
    assert antwoord.status_code == 200
    assert not Bijeenkomst.objects.filter(titel="Nieuwe vergadering").exists()


def test_trekker_kan_vervalst_overleg_niet_aan_eigen_bijeenkomst_hangen(
    client, gebruikers, overleg, eigen_groep
):
    client.force_login(gebruikers["trekker"])
    client.post(_url("add"), formulier(groep=eigen_groep.pk, overleg=overleg.pk))
    nieuw = Bijeenkomst.objects.get(titel="Nieuwe vergadering")
    assert nieuw.groep_id == eigen_groep.pk and nieuw.overleg is None


def test_trekker_kan_vergadering_van_een_overleg_niet_zien_of_wijzigen(
    client, gebruikers, vergadering, eigen_groep
):
    client.force_login(gebruikers["trekker"])
    assert TITEL not in client.get(_url("list")).content.decode()
    assert client.get(_url("edit", vergadering.pk)).status_code == 404
    antwoord = client.post(
        _url("edit", vergadering.pk), formulier(groep=eigen_groep.pk, titel="Gekaapt")
    )
    assert antwoord.status_code == 404
    vergadering.refresh_from_db()
    assert vergadering.titel == TITEL and vergadering.groep is None


# -- the public side ------------------------------------------------------------------------


def test_vergaderpagina_toont_overleg_agenda_besluiten_en_vastgestelde_afspraken(
    client, vergadering, overleg
):
    vastgesteld = UitvoeringsafspraakFactory(
        titel="Afspraak uit de B-PSO", publiceren=True, vastgesteld_in=vergadering
    )
    concept = UitvoeringsafspraakFactory(titel="Conceptafspraak B-PSO", vastgesteld_in=vergadering)
    concept.status, concept.live = "concept", False
    concept.save()
    antwoord = client.get(vergadering.get_absolute_url())
    assert antwoord.status_code == 200
    html = antwoord.content.decode()
    assert f'href="{overleg.get_absolute_url()}"' in html
    assert "Samenwerkingsagenda 2026" in html  # the agenda
    assert "Besluitenlijst" in html and "stelt de samenwerkingsagenda 2026 vast" in html
    assert "Vastgestelde afspraken" in html
    assert f'href="{vastgesteld.get_url()}"' in html
    assert "Conceptafspraak B-PSO" not in html


def test_vergadering_in_overzicht_en_agenda(client, vergadering, overleg):
    html = client.get("/bijeenkomsten/").content.decode()
    assert TITEL in html and escape(overleg.naam) in html
    per_overleg = client.get("/bijeenkomsten/", {"overleg": overleg.pk}).content.decode()
    assert TITEL in per_overleg and "Kennismakingsbijeenkomst" not in per_overleg
    assert client.get("/bijeenkomsten/", {"overleg": "x" * 40}).status_code == 200
    kalender = Calendar.from_ical(client.get("/bijeenkomsten/agenda.ics").content)
    samenvattingen = [str(e["summary"]) for e in kalender.walk("VEVENT")]
    assert f"{TITEL} ({overleg.naam})" in samenvattingen


def test_bijeenkomst_van_besloten_groep_blijft_besloten(client, prive_bijeenkomst, vergadering):
    assert client.get(prive_bijeenkomst.get_absolute_url()).status_code == 404
    assert prive_bijeenkomst.titel not in client.get("/bijeenkomsten/").content.decode()
    assert prive_bijeenkomst.titel not in client.get("/bijeenkomsten/agenda.ics").content.decode()
    zoek = client.get("/zoeken/", {"q": "Zeldzaamwoord"}).content.decode()
    assert prive_bijeenkomst.titel not in zoek


def test_zoeken_vindt_vergadering_met_facet(client, vergadering, overleg):
    antwoord = client.get("/zoeken/", {"q": "Bestuurlijk Provinciaal Samenwerkingsoverleg maart"})
    html = antwoord.content.decode()
    assert TITEL in html
    # the result's link goes through the search log's click address to the meeting
    klik = re.search(r'href="(/zoeken/klik/\?[^"]*bijeenkomst[^"]*)"', html)
    assert klik, "geen resultaatlink naar de vergadering"
    doorgestuurd = client.get(klik.group(1).replace("&amp;", "&"))
    assert doorgestuurd.status_code == 302
    assert doorgestuurd["Location"] == vergadering.get_absolute_url()
    gefilterd = client.get(
        "/zoeken/", {"q": "vergadering maart", "soort": "bijeenkomst", "groep": overleg.naam}
    ).content.decode()
    assert TITEL in gefilterd


def test_zoeken_laat_bijeenkomst_los_als_de_groep_besloten_wordt(client, eigen_groep):
    bijeenkomst = BijeenkomstFactory(groep=eigen_groep, titel="Werksessie Klaprooswoord")
    assert bijeenkomst.titel in client.get("/zoeken/", {"q": "Klaprooswoord"}).content.decode()
    PageViewRestriction.objects.create(page=eigen_groep, restriction_type=PageViewRestriction.LOGIN)
    html = client.get("/zoeken/", {"q": "Klaprooswoord"}).content.decode()
    assert bijeenkomst.titel not in html and eigen_groep.title not in html


# Run on a database after `migrate` alone: the pages of the meetings without any data.
LEEG_BEKIJKEN = """
import json
from django.test import Client
c = Client()
print(json.dumps({p: c.get(p).status_code for p in
    ["/bijeenkomsten/", "/bijeenkomsten/?overleg=1", "/bijeenkomsten/agenda.ics",
     "/bijeenkomsten/1/"]}))
"""


def test_lege_database(tmp_path_factory, tmp_path):
    database = kopie_na_migrate(tmp_path_factory, tmp_path / "db.sqlite3")
    uitvoer = manage(database, "shell", "-c", LEEG_BEKIJKEN)
    assert uitvoer.returncode == 0, uitvoer.stderr
    assert json.loads(uitvoer.stdout.strip().splitlines()[-1]) == {
        "/bijeenkomsten/": 200,
        "/bijeenkomsten/?overleg=1": 200,
        "/bijeenkomsten/agenda.ics": 200,
        "/bijeenkomsten/1/": 404,
    }


def test_nieuwe_naam_van_het_overleg_komt_in_de_zoekfacet(client, vergadering, overleg):
    overleg.naam = "Bestuurlijk overleg Zonnebloemwoord"
    overleg.save()
    html = client.get("/zoeken/", {"q": "Zonnebloemwoord", "soort": "bijeenkomst"}).content.decode()
    assert TITEL in html
