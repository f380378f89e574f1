"""Issue 18.3: after an import the search index follows in one background task, not in the
request (admin) or, unless asked, the command."""

from io import StringIO

import pytest

from django.core.management import call_command

from afspraken.models import Uitvoeringsafspraak
from tests.helpers.taken import DATABASE_WACHTRIJ, draai_werker, wachtend
from tests.helpers.zoeken import titels

pytestmark = pytest.mark.django_db

KOP = (
    "kerninstrument,juridische_onderbouwing,juridische_tekst,samenwerkingsafspraak,typering,"
    "trefwoorden,bron,ambtelijk_bestuurlijk,gemeente,provincie,waterschap,omgevingsdienst,"
    "veiligheidsregio,ggd,rijk,toelichting,titel,status\n"
)
RIJ = (
    "Omgevingsvisie,Omgevingswet art. 3.2,,Gemeenten leggen samen een "
    "{woord} aan voor de omgevingsvisie.,afstemming wenselijk,erfgoed,,ambtelijk,x,x,,,,,,,"
    "{titel},vastgesteld\n"
)


def _bestand(tmp_path, woord, titel):
    pad = tmp_path / "afspraken.csv"
    pad.write_text(KOP + RIJ.format(woord=woord, titel=titel), encoding="utf-8")
    return pad


@DATABASE_WACHTRIJ
def test_import_zet_een_indextaak_klaar_die_de_werker_uitvoert(tmp_path):
    pad = _bestand(tmp_path, "Zandhagedisregister", "Zandhagedissen in kaart")
    call_command("importeer_afspraken", str(pad), stdout=StringIO())
    assert Uitvoeringsafspraak.objects.filter(titel="Zandhagedissen in kaart").exists()
    assert wachtend("indexeer_na_import").count() == 1
    assert "Zandhagedissen in kaart" not in titels("Zandhagedisregister")

    draai_werker()
    assert "Zandhagedissen in kaart" in titels("Zandhagedisregister")
    # running the same task again changes nothing
    from afspraken.taken import indexeer_na_import

    assert not wachtend("indexeer_na_import").exists()
    indexeer_na_import.call(0)
    assert titels("Zandhagedisregister").count("Zandhagedissen in kaart") == 1


@DATABASE_WACHTRIJ
def test_import_met_index_direct_heeft_geen_werker_nodig(tmp_path):
    pad = _bestand(tmp_path, "Rugstreeppadpoel", "Rugstreeppadden beschermen")
    call_command("importeer_afspraken", str(pad), "--index-direct", stdout=StringIO())
    assert not wachtend("indexeer_na_import").exists()
    assert "Rugstreeppadden beschermen" in titels("Rugstreeppadpoel")
