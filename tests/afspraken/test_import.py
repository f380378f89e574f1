"""The importer of docs/ontwerp.md: all or nothing, every bad row reported, idempotent, CSV with
`,` or `;`, with or without BOM, and XLSX."""

import io
from pathlib import Path

import pytest

from django.core.management import call_command
from django.core.management.base import CommandError

from wagtail.models import ModelLogEntry

from afspraken.importeren import ImportFout, importeer
from afspraken.models import Uitvoeringsafspraak
from tests.factories import UitvoeringsafspraakFactory

VOORBEELD = Path(__file__).resolve().parent.parent / "data" / "afspraken_voorbeeld.csv"
pytestmark = pytest.mark.django_db


def voorbeeld_regels():
    return VOORBEELD.read_text(encoding="utf-8").splitlines(keepends=True)


def geldige_rijen():
    """Header plus the 25 valid data rows of the sample."""
    return "".join(voorbeeld_regels()[:26])


@pytest.fixture
def leeg_register(db):
    Uitvoeringsafspraak.objects.all().delete()


def test_geldige_rijen_worden_elk_een_afspraak(leeg_register):
    resultaat = importeer(geldige_rijen().encode())
    assert len(resultaat.nieuw) == 25
    assert Uitvoeringsafspraak.objects.count() == 25
    # vastgesteld / in afstemming are published, concept rows stay unpublished drafts
    assert Uitvoeringsafspraak.objects.openbaar().count() == 21
    assert Uitvoeringsafspraak.objects.filter(live=False, status="concept").count() == 4
    legionella = Uitvoeringsafspraak.objects.get(samenwerkingsafspraak__contains="gevaarlijke")
    assert legionella.status == "in afstemming"
    assert legionella.omgevingsdienst and legionella.veiligheidsregio and not legionella.ggd
    assert "PGS" in legionella.trefwoorden.names()
    assert legionella.latest_revision.object_id == str(legionella.pk)
    assert legionella.live_revision == legionella.latest_revision
    assert legionella.latest_revision.as_object().samenwerkingsafspraak == (
        legionella.samenwerkingsafspraak
    )
    concept = Uitvoeringsafspraak.objects.filter(status="concept").first()
    assert concept.latest_revision.object_id == str(concept.pk) and concept.live_revision is None
    assert ModelLogEntry.objects.filter(object_id=str(legionella.pk), action="wagtail.publish")


def test_na_import_werken_bewerken_en_nieuwe_afspraken_gewoon_door(leeg_register):
    """The importer hands out keys itself; keys of deleted agreements are not reused (their
    history refers to them) and afterwards the database goes on without collisions."""
    importeer(geldige_rijen().encode())
    verwijderd = Uitvoeringsafspraak.objects.order_by("-pk").first()
    verwijderd_pk = verwijderd.pk
    verwijderd.delete()
    # Importing the file again brings the deleted agreement back, under a fresh key.
    opnieuw = importeer(geldige_rijen().encode())
    assert [regel.sleutel for regel in opnieuw.nieuw] == [verwijderd.sleutel]
    teruggekomen = Uitvoeringsafspraak.objects.get(sleutel=verwijderd.sleutel)
    assert teruggekomen.pk > verwijderd_pk
    assert teruggekomen.latest_revision.object_id == str(teruggekomen.pk)
    los = UitvoeringsafspraakFactory(
        titel="Los toegevoegd", samenwerkingsafspraak="Partijen stemmen los van de import af."
    )
    revisie = los.save_revision()
    revisie.publish()
    assert los.pk > teruggekomen.pk
    assert revisie.pk > teruggekomen.latest_revision_id
    assert Uitvoeringsafspraak.objects.count() == 26


def test_hele_voorbeeld_met_foute_rijen_schrijft_niets_en_noemt_elke_fout(leeg_register):
    with pytest.raises(ImportFout) as fout:
        importeer(VOORBEELD.read_bytes())
    gemeld = {(f.rij, f.kolom) for f in fout.value.fouten}
    assert gemeld == {(27, "kerninstrument"), (28, "samenwerkingsafspraak"), (29, "ggd")}
    assert "Bestemmingsplan" in str(fout.value)
    assert Uitvoeringsafspraak.objects.count() == 0


def test_commando_meldt_fouten_en_eindigt_niet_nul(leeg_register, capsys):
    with pytest.raises(CommandError):
        call_command("importeer_afspraken", str(VOORBEELD))
    uitvoer = capsys.readouterr().err
    assert "rij 27, kolom kerninstrument" in uitvoer
    assert "rij 29, kolom ggd" in uitvoer and "ja?" in uitvoer
    assert Uitvoeringsafspraak.objects.count() == 0


def test_dry_run_schrijft_niets(leeg_register, tmp_path):
    bestand = tmp_path / "geldig.csv"
    bestand.write_text(geldige_rijen(), encoding="utf-8")
    call_command("importeer_afspraken", str(bestand), "--dry-run")
    assert Uitvoeringsafspraak.objects.count() == 0


def test_opnieuw_importeren_verandert_niets(leeg_register):
    importeer(geldige_rijen().encode())
    revisies = sum(a.revisions.count() for a in Uitvoeringsafspraak.objects.all())
    tweede = importeer(geldige_rijen().encode())
    assert (len(tweede.nieuw), len(tweede.gewijzigd), tweede.ongewijzigd) == (0, 0, 25)
    assert Uitvoeringsafspraak.objects.count() == 25
    assert sum(a.revisions.count() for a in Uitvoeringsafspraak.objects.all()) == revisies


def test_gewijzigde_rij_werkt_bij_zonder_dubbel(leeg_register):
    importeer(geldige_rijen().encode())
    gewijzigd = geldige_rijen().replace("vaarrecreatie; recreatie", "vaarrecreatie; sloepen", 1)
    resultaat = importeer(gewijzigd.encode())
    assert (len(resultaat.nieuw), len(resultaat.gewijzigd)) == (0, 1)
    afspraak = Uitvoeringsafspraak.objects.get(samenwerkingsafspraak__contains="vaarrecreatie")
    assert "sloepen" in afspraak.trefwoorden.names()
    assert Uitvoeringsafspraak.objects.count() == 25


def test_puntkomma_en_bom_en_xlsx_werken_gelijk(leeg_register):
    import csv

    from openpyxl import Workbook

    rijen = list(csv.reader(io.StringIO(geldige_rijen())))
    met_puntkomma = io.StringIO()
    csv.writer(met_puntkomma, delimiter=";").writerows(rijen)
    resultaat = importeer(("\ufeff" + met_puntkomma.getvalue()).encode())
    assert len(resultaat.nieuw) == 25

    werkmap = Workbook()
    for rij in rijen:
        werkmap.active.append(rij)
    xlsx = io.BytesIO()
    werkmap.save(xlsx)
    tweede = importeer(xlsx.getvalue())
    assert (len(tweede.nieuw), len(tweede.gewijzigd), tweede.ongewijzigd) == (0, 0, 25)


@pytest.mark.parametrize(
    "inhoud, verwacht",
    [
        (b"", "leeg"),
        (b"\xff\xfe\x00k\x00e", "UTF-8"),
        (b"PK\x03\x04kapot", "XLSX"),
        (b"kerninstrument,samenwerkingsafspraak\nProgramma,tekst\n", "ontbreekt"),
        (b"<html><script>alert(1)</script></html>", "onbekende kolom"),
    ],
)
def test_onbruikbaar_bestand_geeft_duidelijke_fout(leeg_register, inhoud, verwacht):
    with pytest.raises(ImportFout) as fout:
        importeer(inhoud)
    assert verwacht in str(fout.value)
    assert Uitvoeringsafspraak.objects.count() == 0


def test_dubbele_rij_in_bestand_wordt_gemeld(leeg_register):
    regels = voorbeeld_regels()
    with pytest.raises(ImportFout) as fout:
        importeer("".join([regels[0], regels[1], regels[1]]).encode())
    assert [(f.rij, f.kolom) for f in fout.value.fouten] == [(3, "samenwerkingsafspraak")]
