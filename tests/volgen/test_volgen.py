"""Following and the list "Mijn volglijst": only logged-in readers follow, values are cleaned,
nobody removes another's follow, and the buttons are on the pages."""

from urllib.parse import urlencode

import pytest

from django.urls import reverse

from tests.factories import GebruikerFactory, UitvoeringsafspraakFactory
from volgen.models import Digestinstelling, Volg

pytestmark = pytest.mark.django_db

VOLG = "/volglijst/volg/"


def test_anoniem_volgen_gaat_naar_inloggen_en_bewaart_niets(client, groep):
    voor = Volg.objects.count()
    antwoord = client.post(VOLG, {"soort": "groep", "waarde": str(groep.pk), "terug": groep.url})
    assert antwoord.status_code == 302
    assert antwoord["Location"] == "/inloggen/?" + urlencode({"next": groep.url})
    assert Volg.objects.count() == voor


def test_anoniem_ziet_inloglink_op_groepspagina(client, groep):
    html = client.get(groep.url).content.decode()
    assert "Log in om dit te volgen" in html
    assert 'action="/volglijst/volg/"' not in html


def test_lezer_volgt_groep_en_ziet_het(client, lezer, groep):
    client.force_login(lezer)
    html = client.get(groep.url).content.decode()
    assert "Volg deze groep" in html
    antwoord = client.post(VOLG, {"soort": "groep", "waarde": str(groep.pk), "terug": groep.url})
    assert antwoord.status_code == 302 and antwoord["Location"] == groep.url
    assert Volg.objects.filter(gebruiker=lezer, soort="groep", waarde=str(groep.pk)).exists()
    assert Digestinstelling.objects.get(gebruiker=lezer).frequentie == "wekelijks"
    html = client.get(groep.url).content.decode()
    assert "U volgt dit." in html
    # twice is still once
    client.post(VOLG, {"soort": "groep", "waarde": str(groep.pk)})
    assert Volg.objects.filter(gebruiker=lezer).count() == 1
    lijst = client.get("/volglijst/").content.decode()
    assert "Groep: Kennisnetwerk Volgtest" in lijst


def test_terug_naar_ander_domein_wordt_volglijst(client, lezer, groep):
    client.force_login(lezer)
    antwoord = client.post(
        VOLG, {"soort": "groep", "waarde": str(groep.pk), "terug": "https://kwaad.example/"}
    )
    assert antwoord["Location"] == reverse("volgen:volglijst")


def test_besloten_groep_kan_niet_gevolgd_worden_door_buitenstaander(client, lezer, prive_groep):
    client.force_login(lezer)
    antwoord = client.post(VOLG, {"soort": "groep", "waarde": str(prive_groep.pk)})
    assert antwoord.status_code == 400
    assert "Deze groep bestaat niet" in antwoord.content.decode()
    assert not Volg.objects.filter(gebruiker=lezer).exists()


def test_registerfilter_wordt_opgeschoond(client, lezer, instrument):
    client.force_login(lezer)
    UitvoeringsafspraakFactory(kerninstrument=instrument, publiceren=True)
    antwoord = client.post(
        VOLG,
        {
            "soort": "registerfilter",
            "waarde": f"?status=bestaat-niet&sortering=titel&kwaad=1&pagina=3"
            f"&kerninstrument={instrument.slug}&groep=geen-groep&q=",
        },
    )
    assert antwoord.status_code == 302 and antwoord["Location"] == "/volglijst/"
    volg = Volg.objects.get(gebruiker=lezer)
    assert volg.soort == "registerfilter"
    assert volg.waarde == f"kerninstrument={instrument.slug}"
    lijst = client.get("/volglijst/").content.decode()
    assert "U volgt nu" in lijst and "Kerninstrument: Volginstrument" in lijst


@pytest.mark.parametrize(
    "soort,waarde",
    [
        ("registerfilter", "?status=onzin&kwaad=<script>&sortering=titel"),
        ("registerfilter", ""),
        ("zoekvraag", "soort=afspraak"),
        ("kerninstrument", "bestaat-niet"),
        ("trefwoord", "\x00"),
        ("groep", "abc"),
        ("iets-anders", "1"),
    ],
)
def test_onbruikbare_waarde_geeft_nederlandse_melding_en_niets(client, lezer, soort, waarde):
    client.force_login(lezer)
    antwoord = client.post(VOLG, {"soort": soort, "waarde": waarde})
    assert antwoord.status_code == 400
    assert "Niet gevolgd" in antwoord.content.decode()
    assert not Volg.objects.filter(gebruiker=lezer).exists()


def test_zoekvraag_wordt_genormaliseerd(client, lezer):
    client.force_login(lezer)
    client.post(
        VOLG, {"soort": "zoekvraag", "waarde": "q=  omgevings   plan &pagina=4&soort=afspraak&x=1"}
    )
    assert Volg.objects.get(gebruiker=lezer).waarde == "q=omgevings+plan&soort=afspraak"


def test_knoppen_in_register_en_zoeken(client, lezer, instrument):
    UitvoeringsafspraakFactory(kerninstrument=instrument, publiceren=True)
    client.force_login(lezer)
    html = client.get(f"/afspraken/?kerninstrument={instrument.slug}").content.decode()
    assert "Volg deze filters" in html and "Volg dit kerninstrument" in html
    assert f'href="/afspraken/feed/?kerninstrument={instrument.slug}"' in html
    html = client.get("/zoeken/?q=omgevingsplan").content.decode()
    assert "Volg deze zoekvraag" in html


def test_andermans_volg_verwijderen_is_404(client, lezer, groep):
    ander = GebruikerFactory(username="ander-volgen")
    volg = Volg.objects.create(gebruiker=ander, soort="groep", waarde=str(groep.pk))
    client.force_login(lezer)
    assert client.post(f"/volglijst/{volg.pk}/verwijder/").status_code == 404
    assert Volg.objects.filter(pk=volg.pk).exists()
    assert "Kennisnetwerk Volgtest" not in client.get("/volglijst/").content.decode()


def test_eigen_volg_verwijderen_en_frequentie(client, lezer, groep):
    volg = Volg.objects.create(gebruiker=lezer, soort="groep", waarde=str(groep.pk))
    client.force_login(lezer)
    assert client.get(f"/volglijst/{volg.pk}/verwijder/").status_code == 405
    assert client.post(f"/volglijst/{volg.pk}/verwijder/").status_code == 302
    assert not Volg.objects.filter(pk=volg.pk).exists()
    client.post("/volglijst/frequentie/", {"frequentie": "dagelijks"})
    assert Digestinstelling.objects.get(gebruiker=lezer).frequentie == "dagelijks"
    antwoord = client.post("/volglijst/frequentie/", {"frequentie": "elk uur"})
    assert antwoord.status_code == 400
    assert Digestinstelling.objects.get(gebruiker=lezer).frequentie == "dagelijks"


def test_volglijst_vraagt_inloggen(client):
    antwoord = client.get("/volglijst/")
    assert antwoord.status_code == 302 and antwoord["Location"].startswith("/inloggen/")


def test_groep_die_besloten_werd_toont_geen_titel_in_volglijst(client, lezer, prive_groep):
    Volg.objects.create(gebruiker=lezer, soort="groep", waarde=str(prive_groep.pk))
    client.force_login(lezer)
    html = client.get("/volglijst/").content.decode()
    assert "Besloten Volgnetwerk" not in html and "niet meer beschikbaar" in html
    assert prive_groep.slug not in html  # no link that names it either


def test_te_lange_zoekvraag_en_stuurtekens_geven_geen_500(client, lezer, groep):
    client.force_login(lezer)
    lang = "é" * 200 + "&soort=" + "x" * 120 + "&groep=" + "y" * 120 + "&status=" + "z" * 120
    antwoord = client.post(VOLG, {"soort": "zoekvraag", "waarde": "q=" + lang})
    assert antwoord.status_code == 400
    assert "te lang" in antwoord.content.decode()
    assert not Volg.objects.filter(gebruiker=lezer).exists()
    antwoord = client.post(VOLG, {"soort": "groep", "waarde": str(groep.pk), "terug": "/\r\nX: y"})
    assert antwoord.status_code == 302 and antwoord["Location"] == "/volglijst/"


def test_kop_linkt_ingelogd_naar_mijn_volglijst_met_gekozen_frequentie(client, lezer, groep):
    assert 'href="/volglijst/"' not in client.get(groep.url).content.decode()
    client.force_login(lezer)
    assert 'href="/volglijst/">Mijn volglijst</a>' in client.get(groep.url).content.decode()
    client.post(VOLG, {"soort": "groep", "waarde": str(groep.pk)})
    lijst = client.get("/volglijst/").content.decode()
    # the chosen frequency is visibly marked: the NL Design System styles a native radio's
    # checked state only with the --html-input modifier
    assert (
        'utrecht-radio-button--html-input" type="radio" name="frequentie" id="frequentie-wekelijks" value="wekelijks" checked'
        in lijst
    )


def test_anoniem_krijgt_in_het_register_een_inloglink_niet_een_per_knop(client, instrument):
    UitvoeringsafspraakFactory(kerninstrument=instrument, publiceren=True)
    html = client.get(f"/afspraken/?kerninstrument={instrument.slug}").content.decode()
    assert html.count("Log in om dit te volgen") == 1
