"""Honest demo content of issue 14 (part "demo"): the Utrecht structure of the convenant with
only the parties the seeds name, Twente as a labelled example from another region, no
vaststelling without overleg and date, no invented sources, no editorial markers."""

import csv
import re
from pathlib import Path

import pytest
import yaml

from django.conf import settings
from django.core.management import call_command

from afspraken.models import Statuswijziging, Uitvoeringsafspraak
from groepen.models import GroepPage
from kennisplatform.demo import data
from materialen.models import Bijeenkomst
from organisaties.models import (
    AgendaOnderwerp,
    Deelname,
    Organisatie,
    Overleg,
    OverlegRelatie,
    Partijschap,
    Samenwerkingsverband,
)

pytestmark = pytest.mark.django_db

REPO = Path(settings.BASE_DIR)
# An editorial marker: "[samenvatting]", "[invullen]", "[*naam*]", ... in running text.
MARKERING = re.compile(r"\[[^\]\n]{1,60}\]")
TWENTE = "Voorbeeld uit Twente: "
# The people seed 003 names; the demo shows roles instead.
PERSONEN_UIT_SEED_003 = ("Klos", "van Essen")


def _teksten(waarde):
    """Every string in a YAML structure."""
    if isinstance(waarde, str):
        yield waarde
    elif isinstance(waarde, dict):
        for v in waarde.values():
            yield from _teksten(v)
    elif isinstance(waarde, list):
        for v in waarde:
            yield from _teksten(v)


def _organisaties_yaml():
    return data.lees("organisaties", "organisaties")


def _twentse_namen():
    return {r["naam"] for r in _organisaties_yaml() if r.get("andere_regio") == "Twente"}


# --- no editorial markers --------------------------------------------------------------


def test_geen_redactiemarkeringen_in_de_demobestanden():
    gevonden = []
    for pad in sorted(REPO.glob("*/demo/*.yaml")):
        for tekst in _teksten(yaml.safe_load(pad.read_text(encoding="utf-8"))):
            gevonden += [(pad.name, m) for m in MARKERING.findall(tekst)]
    for pad in sorted(REPO.glob("*/demo/*.csv")):
        with pad.open(encoding="utf-8") as bestand:
            for rij in csv.DictReader(bestand):
                for tekst in rij.values():
                    gevonden += [(pad.name, m) for m in MARKERING.findall(tekst or "")]
    for pad in sorted(REPO.glob("*/demo/*.md")):
        gevonden += [(pad.name, m) for m in MARKERING.findall(pad.read_text(encoding="utf-8"))]
    assert gevonden == []


def test_geen_redactiemarkeringen_in_de_geladen_openbare_tekst():
    teksten = []
    for a in Uitvoeringsafspraak.objects.all():
        teksten += [a.titel, a.samenwerkingsafspraak, a.juridische_tekst, a.toelichting, a.bron]
    for o in Overleg.objects.all():
        teksten += [o.functie, o.doelgroep, o.taken, o.mandaat, o.frequentie]
    for v in Samenwerkingsverband.objects.all():
        teksten += [v.naam, v.omschrijving, v.bron]
    for item in AgendaOnderwerp.objects.all():
        teksten += [item.onderwerp, item.doel, item.beleidsvraagstuk, item.aanpak]
    for groep in GroepPage.objects.live().specific():
        teksten += [groep.title, groep.samenvatting, groep.doel, str(groep.body)]
    for b in Bijeenkomst.objects.filter(overleg__isnull=False):
        teksten += [b.titel, b.agenda, b.besluitenlijst]
    assert [m for t in teksten for m in MARKERING.findall(t or "")] == []
    # the summary flag took the place of the marker of the national table
    assert Uitvoeringsafspraak.objects.filter(juridische_tekst_is_samenvatting=True).exists()


# --- agreements: vastgesteld only with overleg, date and meeting ---------------------------


def test_elke_vastgestelde_demoafspraak_heeft_overleg_datum_en_vergadering():
    vastgesteld = Uitvoeringsafspraak.objects.filter(status="vastgesteld")
    assert vastgesteld.count() >= 2
    for afspraak in vastgesteld:
        assert afspraak.vastgesteld_door is not None, afspraak.code
        assert afspraak.vastgesteld_op is not None, afspraak.code
        vergadering = afspraak.vastgesteld_in
        assert vergadering is not None, afspraak.code
        assert vergadering.overleg == afspraak.vastgesteld_door
        assert vergadering.begin.date() == afspraak.vastgesteld_op
        assert afspraak.code in vergadering.besluitenlijst
        # a demo meeting says it is one
        assert "demo" in vergadering.titel.lower()
        # the public status history names the overleg too
        for wijziging in afspraak.statuswijzigingen.filter(status="vastgesteld"):
            assert wijziging.vastgesteld_door_id == afspraak.vastgesteld_door_id
            assert wijziging.vastgesteld_op == afspraak.vastgesteld_op
        # and so does what the edit screen opens
        inhoud = afspraak.latest_revision.content
        assert inhoud["vastgesteld_door"] == afspraak.vastgesteld_door_id
        assert inhoud["vastgesteld_in"] == vergadering.pk


def test_vastgestelde_demoafspraken_komen_uit_de_landelijke_tabel():
    afspraken = data.lees("afspraken", "afspraken")
    uit_seed = {r["code"] for r in afspraken["voorbeelden"] if not r.get("voorbeeld")}
    vastgesteld = Uitvoeringsafspraak.objects.filter(status="vastgesteld")
    assert set(vastgesteld.values_list("code", flat=True)) <= uit_seed
    assert set(vastgesteld.values_list("bron", flat=True)) == {afspraken["bron_voorbeelden"]}
    assert not vastgesteld.filter(is_voorbeeld=True).exists()


def test_andere_voorbeeldafspraken_zijn_gemarkeerd_en_zonder_verzonnen_bron():
    overig = Uitvoeringsafspraak.objects.exclude(status="vastgesteld")
    assert overig.exists()
    for afspraak in overig:
        assert afspraak.is_voorbeeld, afspraak.titel
        assert afspraak.status in ("in afstemming", "concept"), afspraak.titel
        assert afspraak.bron in ("", "Voorbeeld"), (afspraak.titel, afspraak.bron)
        assert afspraak.vastgesteld_door_id is None and afspraak.vastgesteld_op is None
        assert afspraak.latest_revision.content["is_voorbeeld"] is True
    assert not Statuswijziging.objects.filter(
        status="vastgesteld", vastgesteld_door__isnull=True
    ).exists()


def test_een_lezer_ziet_dat_een_voorbeeldafspraak_een_voorbeeld_is(client):
    voorbeeld = Uitvoeringsafspraak.objects.filter(is_voorbeeld=True, live=True).first()
    echt = Uitvoeringsafspraak.objects.filter(status="vastgesteld", live=True).first()
    detail = client.get(f"/afspraken/{voorbeeld.slug}/").content.decode()
    assert "Voorbeeld, geen afspraak van de regio" in detail
    assert (
        "Voorbeeld, geen afspraak van de regio"
        not in client.get(f"/afspraken/{echt.slug}/").content.decode()
    )
    lijst = client.get("/afspraken/", {"q": voorbeeld.titel}).content.decode()
    assert 'kp-label--voorbeeld">Voorbeeld<' in lijst


# --- parties ------------------------------------------------------------------------------


def test_partijen_zijn_precies_wie_de_yaml_met_bron_als_partij_noemt():
    rijen = _organisaties_yaml()
    volgens_yaml = {r["naam"] for r in rijen if r.get("partij")}
    assert set(Partijschap.objects.values_list("organisatie__naam", flat=True)) == volgens_yaml
    for rij in rijen:
        if rij.get("partij"):
            assert rij["partij"]["bron"].startswith("Convenant Regionale Samenwerking, art. 1.")
    # the two coördinatoren of art. 1.10 are parties
    assert {"Provincie Utrecht", "Omgevingsdienst Utrecht"} <= volgens_yaml


# The gemeenten of the provincie Utrecht on 1 January 2026: Sterk Utrechts Bestuur (seed 002)
# counts "de 26 Utrechtse gemeenten"; art. 1.2 of the convenant makes gemeenten parties.
UTRECHTSE_GEMEENTEN = {
    f"Gemeente {naam}"
    for naam in (
        "Amersfoort Baarn Bunnik Bunschoten Eemnes Houten IJsselstein Leusden Lopik Montfoort "
        "Nieuwegein Oudewater Renswoude Rhenen Soest Utrecht Veenendaal Vijfheerenlanden "
        "Woerden Woudenberg Zeist"
    ).split()
    + ["De Bilt", "De Ronde Venen", "Stichtse Vecht", "Utrechtse Heuvelrug", "Wijk bij Duurstede"]
}


def test_de_26_utrechtse_gemeenten_zijn_partij():
    assert len(UTRECHTSE_GEMEENTEN) == 26
    gemeenten = set(
        Partijschap.objects.filter(organisatie__soort="gemeente").values_list(
            "organisatie__naam", flat=True
        )
    )
    assert gemeenten == UTRECHTSE_GEMEENTEN


def test_geen_ondertekendatum_of_besluit_zonder_bron():
    for partij in Partijschap.objects.all():
        assert partij.ondertekend_op is None and partij.besluit == ""


# --- Twente: an example from another region -------------------------------------------------


def test_geen_twentse_organisatie_is_partij_of_deelnemer_van_utrecht():
    twente = _twentse_namen()
    assert {"Omgevingsdienst Twente", "Provincie Overijssel"} <= twente
    organisaties = Organisatie.objects.filter(naam__in=twente)
    assert organisaties.count() == len(twente)
    assert not Partijschap.objects.filter(organisatie__in=organisaties).exists()
    assert not Deelname.objects.filter(organisatie__in=organisaties).exists()
    assert not Samenwerkingsverband.objects.filter(organisaties__in=organisaties).exists()
    for groep in GroepPage.objects.filter(organisaties__in=organisaties).distinct():
        assert groep.title.startswith(TWENTE), groep.title
    for groep in GroepPage.objects.filter(trekkers__organisatie__in=organisaties).distinct():
        assert groep.title.startswith(TWENTE), groep.title


def test_twentse_groepen_zijn_gelabeld_en_los_van_de_utrechtse_structuur():
    twentse = GroepPage.objects.filter(title__startswith=TWENTE)
    assert twentse.count() >= 7  # the Twente opgaven of the demo
    for groep in twentse.specific():
        assert groep.samenvatting.startswith("Voorbeeld uit Twente"), groep.title
        assert "voorbeeld uit een andere regio" in str(groep.body), groep.title
        assert set(groep.organisaties.values_list("naam", flat=True)) <= _twentse_namen()
        for trekker in groep.trekkers.all():
            assert not any(p in trekker.naam for p in PERSONEN_UIT_SEED_003), trekker.naam
    assert not AgendaOnderwerp.objects.filter(groep__in=twentse).exists()
    assert not Uitvoeringsafspraak.objects.filter(groep__in=twentse).exists()
    assert not OverlegRelatie.objects.filter(naar_groep__in=twentse).exists()
    assert not Bijeenkomst.objects.filter(groep__in=twentse).exists()


def test_utrechtse_groepen_hebben_geen_twentse_deelnemers():
    for groep in GroepPage.objects.exclude(title__startswith=TWENTE):
        namen = set(groep.organisaties.values_list("naam", flat=True))
        assert not namen & _twentse_namen(), groep.title


# --- overleggen -----------------------------------------------------------------------------


def test_overleggen_hebben_taken_met_artikel_en_geen_verzonnen_frequentie():
    for overleg in Overleg.objects.all():
        assert overleg.takenlijst, overleg
        for taak in overleg.takenlijst:
            assert re.search(r"\(art\. \d", taak), (overleg, taak)
        # bijlage 1's picture (with the frequencies) is not in the seed
        assert overleg.frequentie == "", overleg
    assert "art. 5.2" in Overleg.objects.get(afkorting="A-PSO").mandaat


def test_coordinatoren_en_relaties_volgens_het_convenant():
    coordinatie = Overleg.objects.get(naam="Coördinatieoverleg")
    assert set(
        coordinatie.deelnames.filter(rol="coordinator").values_list("organisatie__naam", flat=True)
    ) == {"Provincie Utrecht", "Omgevingsdienst Utrecht"}
    a_pso, b_pso = Overleg.objects.get(afkorting="A-PSO"), Overleg.objects.get(afkorting="B-PSO")
    assert OverlegRelatie.objects.filter(van=a_pso, soort="bereidt_voor", naar_overleg=b_pso)
    rijen = data.lees("organisaties", "overleggen")["relaties"]
    assert OverlegRelatie.objects.count() == len(rijen)
    for relatie in OverlegRelatie.objects.all():
        assert "art." in relatie.toelichting, relatie
    # besides the roles of the two coördinatoren, every party is lid of the B-PSO and the
    # A-PSO (their doelgroep: "van de deelnemende partijen", art. 5 and 6), and nothing else
    partijen = set(Partijschap.objects.values_list("organisatie__naam", flat=True))
    for overleg in (a_pso, b_pso):
        leden = set(overleg.deelnames.filter(rol="lid").values_list("organisatie__naam", flat=True))
        assert leden == partijen
    anders = Deelname.objects.filter(overleg__isnull=False).exclude(
        rol="lid", overleg__in=[a_pso, b_pso]
    )
    assert set(anders.values_list("organisatie__naam", flat=True)) == {
        "Provincie Utrecht",
        "Omgevingsdienst Utrecht",
    }


# --- samenwerkingsverbanden -----------------------------------------------------------------


def test_samenwerkingsverbanden_uit_sterk_utrechts_bestuur():
    namen = set(Samenwerkingsverband.objects.values_list("naam", flat=True))
    assert {"U10", "Regio Foodvalley", "Alblasserwaard-Vijfheerenlanden"} <= namen
    for verband in Samenwerkingsverband.objects.all():
        if verband.is_voorbeeld:
            assert verband.naam.startswith("Voorbeeld") and verband.bron == "Voorbeeld"
            assert not verband.organisaties.exists()
        else:
            assert verband.bron.startswith(("Sterk Utrechts Bestuur", "Convenant")), verband
        if verband.rechtsvorm == "overig":
            assert "noemt de rechtsvorm" in verband.omschrijving, verband
    assert Samenwerkingsverband.objects.get(slug="u10").rechtsvorm == "netwerk"


# --- samenwerkingsagenda --------------------------------------------------------------------


def test_utrechtse_agenda_zonder_verzonnen_planning():
    """Only the item the convenant dates (in werking 1 januari 2026, art. 11.1) has quarters."""
    a = data.lees("organisaties", "samenwerkingsagenda")
    gedateerd = [i["onderwerp"] for i in a["onderwerpen"] if i.get("kwartaal_van")]
    assert gedateerd == ["Inwerkingtreding convenant en start van de overlegstructuur"]
    items = AgendaOnderwerp.objects.filter(agenda__jaar=a["jaar"])
    assert items.count() == len(a["onderwerpen"])
    assert items.get(onderwerp=gedateerd[0]).kwartaal_van == "2026-Q1"
    assert not items.exclude(status="gepland").exists()
    assert not items.exclude(bereikt="").exists()


# --- loading ------------------------------------------------------------------------------


def _tellingen():
    return {
        "partijen": Partijschap.objects.count(),
        "deelnames": Deelname.objects.count(),
        "relaties": OverlegRelatie.objects.count(),
        "verbanden": Samenwerkingsverband.objects.count(),
        "vergaderingen": Bijeenkomst.objects.count(),
        "statuswijzigingen": Statuswijziging.objects.count(),
        "voorbeeldafspraken": Uitvoeringsafspraak.objects.filter(is_voorbeeld=True).count(),
    }


def test_twee_keer_laden_verandert_de_samenwerking_niet():
    voor = _tellingen()
    call_command("laad_demo", "--geen-index", verbosity=0)
    call_command("laad_demo", "--geen-index", verbosity=0)
    assert _tellingen() == voor


def test_laden_vult_aan_maar_overschrijft_geen_redactiewerk():
    b_pso = Overleg.objects.get(afkorting="B-PSO")
    b_pso.mandaat = "Door de redactie aangepast."
    b_pso.taken = ""
    b_pso.save()
    Partijschap.objects.all().delete()
    Deelname.objects.filter(overleg__isnull=False).delete()
    call_command("laad_demo", "--geen-index", verbosity=0)
    b_pso.refresh_from_db()
    assert b_pso.mandaat == "Door de redactie aangepast."
    assert "(art. 1.3)" in b_pso.taken
    assert Partijschap.objects.count() == sum(1 for r in _organisaties_yaml() if r.get("partij"))
    overleg_data = data.lees("organisaties", "overleggen")
    assert (
        Deelname.objects.filter(overleg__isnull=False).count()
        == len(overleg_data["deelnames"])
        + len(overleg_data["leden_van_partijen"]) * Partijschap.objects.count()
    )


def test_laden_op_een_database_met_een_oudere_demo_faalt_niet():
    """`make run` on a db.sqlite3 with the demo as it was before issue 14: the agreements the
    file now describes otherwise stay as they are (no status change without confirmation, no
    crash), and what is missing is added with its vaststelling."""
    Uitvoeringsafspraak.objects.filter(code="KP-01").update(
        status="vastgesteld", bron="Ministerie van BZK", is_voorbeeld=False
    )
    Uitvoeringsafspraak.objects.filter(code="BZK-04").delete()
    call_command("laad_demo", "--geen-index", verbosity=0)
    assert Uitvoeringsafspraak.objects.get(code="KP-01").status == "vastgesteld"
    terug = Uitvoeringsafspraak.objects.get(code="BZK-04")
    assert terug.vastgesteld_door.afkorting == "A-PSO"
    assert terug.vastgesteld_in.overleg == terug.vastgesteld_door
