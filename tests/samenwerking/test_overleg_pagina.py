"""The page of one overleg (issue 14.1)."""

import datetime

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from materialen.models import Bijeenkomst
from organisaties.models import Deelname, Organisatie, Overleg, OverlegRelatie
from tests.factories import OverlegFactory
from tests.samenwerking.helpers import maak_structuur, vul_overleg

pytestmark = pytest.mark.django_db


@pytest.fixture
def overleg():
    provincie = Organisatie.objects.create(naam="Provincie Proefland", soort="provincie")
    odu = Organisatie.objects.create(naam="Omgevingsdienst Proef", soort="omgevingsdienst")
    gemeente = Organisatie.objects.create(naam="Gemeente Proefstad", soort="gemeente")
    overleg = OverlegFactory(
        naam="Proefoverleg Handhaving",
        afkorting="PO-H",
        niveau="strategisch",
        functie="Besluiten over de koers.",
        doelgroep="Bestuurders VTH.",
        frequentie="Twee keer per jaar",
        taken="Stelt de samenwerkingsagenda vast.\n\nBespreekt de evaluatie.",
        mandaat="Besluit over de regionale uitvoeringsafspraken.",
        voorzitter_organisatie=provincie,
        voorzitter_naam="gedeputeerde VTH",
        secretaris_organisatie=odu,
        bron="Convenant bijlage 1",
    )
    Deelname.objects.create(organisatie=gemeente, overleg=overleg, rol="lid")
    Deelname.objects.create(organisatie=odu, overleg=overleg, rol="adviseur", toelichting="VTH")
    bpso = Overleg.objects.get(afkorting="B-PSO")
    OverlegRelatie.objects.create(van=overleg, soort="bereidt_voor", naar_overleg=bpso)
    apso = Overleg.objects.get(afkorting="A-PSO")
    OverlegRelatie.objects.create(van=apso, soort="adviseert", naar_overleg=overleg)
    OverlegFactory(naam="Werkgroep Proefnemen", soort="werkgroep", ingesteld_door=overleg)
    nu = timezone.now()
    for titel, dagen in (("Voorjaarsoverleg", -60), ("Najaarsoverleg", 60)):
        begin = nu + datetime.timedelta(days=dagen)
        Bijeenkomst.objects.create(
            overleg=overleg,
            titel=titel,
            begin=begin,
            einde=begin + datetime.timedelta(hours=2),
            locatie="Provinciehuis",
        )
    return overleg


def test_overlegpagina_toont_haar_gegevens(client, overleg):
    antwoord = client.get(overleg.get_absolute_url())
    assert antwoord.status_code == 200
    html = antwoord.content.decode()
    for tekst in (
        "Proefoverleg Handhaving (PO-H)",
        "Strategisch niveau",
        "Besluiten over de koers.",
        "Bestuurders VTH.",
        "Twee keer per jaar",
        "<li>Stelt de samenwerkingsagenda vast.</li><li>Bespreekt de evaluatie.</li>",
        "Besluit over de regionale uitvoeringsafspraken.",
        "(gedeputeerde VTH)",
        "Convenant bijlage 1",
        "PO-H bereidt voor: <a",
        "</a> adviseert: PO-H",
        'Werkgroep Proefnemen</a> <span class="kp-meta">(werkgroep)',
    ):
        assert tekst in html, tekst
    voorzitter = Organisatie.objects.get(naam="Provincie Proefland")
    secretaris = Organisatie.objects.get(naam="Omgevingsdienst Proef")
    assert f'href="{voorzitter.get_absolute_url()}">Provincie Proefland</a>' in html
    assert f'href="{secretaris.get_absolute_url()}">Omgevingsdienst Proef</a>' in html
    gemeente = Organisatie.objects.get(naam="Gemeente Proefstad")
    assert f'href="{gemeente.get_absolute_url()}">Gemeente Proefstad</a>' in html
    assert "Omgevingsdienst Proef</a> — VTH" in html  # the adviser, with its explanation
    assert html.index(">Lid<") < html.index("Gemeente Proefstad</a>")
    bpso = Overleg.objects.get(afkorting="B-PSO")
    assert (
        f'PO-H bereidt voor: <a class="utrecht-link" href="{bpso.get_absolute_url()}">B-PSO</a>'
        in html
    )
    # Meetings: coming and past, each a link to its page.
    komend, voorbij = html.index(">Komend<"), html.index(">Geweest<")
    najaar = Bijeenkomst.objects.get(titel="Najaarsoverleg")
    voorjaar = Bijeenkomst.objects.get(titel="Voorjaarsoverleg")
    assert komend < html.index(f'href="{najaar.get_absolute_url()}"') < voorbij
    assert voorbij < html.index(f'href="{voorjaar.get_absolute_url()}"')


def test_werkgroep_noemt_wie_haar_instelde(client, overleg):
    werkgroep = Overleg.objects.get(naam="Werkgroep Proefnemen")
    html = client.get(werkgroep.get_absolute_url()).content.decode()
    assert f'href="{overleg.get_absolute_url()}">Proefoverleg Handhaving</a>' in html
    assert "Er zijn nog geen deelnemers vastgelegd." in html


@pytest.mark.parametrize("pk", [0, 987654, 2**40, 2**63, 10**30])
def test_onbekend_overleg_geeft_404(client, pk):
    assert client.get(f"/overleggen/{pk}/").status_code == 404


def test_geen_getal_geeft_404(client):
    assert client.get("/overleggen/b-pso/").status_code == 404


def test_relatie_naar_besloten_groep_niet_op_de_overlegpagina(client):
    data = maak_structuur(1)
    html = client.get(data["overleggen"][0].get_absolute_url()).content.decode()
    assert "Gesloten Deur" not in html and data["besloten"].url not in html
    assert f'href="{data["openbaar"].url}">Kennisnetwerk Open Kaart</a>' in html


def _queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_aantal_queries_van_de_overlegpagina_groeit_niet(
    client, overleg, django_assert_max_num_queries
):
    basis = _queries(client, overleg.get_absolute_url())
    vul_overleg(overleg, 10)
    client.get(
        overleg.get_absolute_url()
    )  # the change renewed the shared data (inhoud/gedeeld.py): warm again
    with django_assert_max_num_queries(basis):
        assert client.get(overleg.get_absolute_url()).status_code == 200
