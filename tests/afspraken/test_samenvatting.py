"""The editorial marker "[samenvatting]" of the source data (issue 13): it becomes the field
juridische_tekst_is_samenvatting at import, in the admin and by the data migration, shows as
the label "Samenvatting van de wettekst", and is in no public page, API, export, feed or
search result of the demo."""

import csv
import importlib
import io
import json
import re
from types import SimpleNamespace

import pytest

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import connection
from django.urls import reverse

from afspraken.importeren import importeer
from afspraken.models import Uitvoeringsafspraak
from afspraken.register import export_kolommen
from search.models import Zoekdocument
from tests.factories import UitvoeringsafspraakFactory

pytestmark = pytest.mark.django_db
User = get_user_model()
migratie = importlib.import_module("afspraken.migrations.0006_titels_en_samenvattingen")

MARKERING = re.compile(r"\[\s*samenvatting\s*\]", re.IGNORECASE)
LABEL = "Samenvatting van de wettekst"


def gemarkeerd():
    """The demo agreements whose source row had the marker (all rows of the sample file)."""
    return Uitvoeringsafspraak.objects.openbaar().filter(juridische_tekst_is_samenvatting=True)


def _inhoud(antwoord):
    if antwoord.streaming:
        return b"".join(antwoord.streaming_content).decode("utf-8-sig")
    return antwoord.content.decode()


def openbare_adressen(client):
    """Every public address of the register: list pages (each status), agreement pages, API
    list and details, exports, feed, and the search page and API for words of the legal texts."""
    adressen = ["/afspraken/", "/afspraken/feed/", "/afspraken/export/csv/"]
    adressen += ["/afspraken/export/json/", "/api/afspraken/"]
    for status in Uitvoeringsafspraak.Status.values:
        adressen.append(f"/afspraken/?status={status}")
        adressen.append(f"/api/afspraken/?status={status}")
        adressen.append(f"/afspraken/export/csv/?status={status}")
    adressen.append("/afspraken/?pagina=2")
    for afspraak in Uitvoeringsafspraak.objects.openbaar():
        adressen += [afspraak.get_url(), f"/api/afspraken/{afspraak.code}/"]
    for q in ["samenvatting", "omgevingsvisie", "art", "handhaving", "vergunning", "bevoegd"]:
        adressen += [f"/zoeken/?q={q}", f"/api/zoeken/?q={q}"]
    return adressen


def test_demo_heeft_afspraken_met_samenvatting_en_zonder_markering_in_de_data():
    assert gemarkeerd().count() >= 15
    assert not Uitvoeringsafspraak.objects.filter(juridische_tekst__icontains="[samenvatting")


def test_geen_samenvattingsmarkering_op_een_openbare_plek(client):
    bezocht = 0
    for adres in openbare_adressen(client):
        antwoord = client.get(adres)
        assert antwoord.status_code == 200, adres
        assert not MARKERING.search(_inhoud(antwoord)), adres
        bezocht += 1
    assert bezocht > 60
    # nor is it in what the search indexed (its words would be found and highlighted)
    assert Zoekdocument.objects.filter(soort="uitvoeringsafspraak").count() >= 20
    assert not Zoekdocument.objects.filter(velden__icontains="[samenvatting")


def test_label_staat_waar_de_bron_de_markering_had(client):
    voorbeeld = gemarkeerd().first()
    tekst = client.get(voorbeeld.get_url()).content.decode()
    assert LABEL in tekst
    assert voorbeeld.juridische_tekst.split(" (")[0][:40] in tekst.replace("&#x27;", "'")
    zonder = Uitvoeringsafspraak.objects.openbaar().filter(juridische_tekst_is_samenvatting=False)
    zonder = zonder.first()
    Uitvoeringsafspraak.objects.filter(pk=zonder.pk).update(
        juridische_tekst="Het bevoegd gezag houdt rekening met de taken van andere overheden."
    )
    tekst = client.get(zonder.get_url()).content.decode()
    assert "Juridische tekst" in tekst and LABEL not in tekst


def test_api_en_export_geven_de_vlag_in_plaats_van_de_markering(client):
    voorbeeld = gemarkeerd().first()
    api = json.loads(client.get(f"/api/afspraken/{voorbeeld.code}/").content)
    assert api["juridische_tekst_is_samenvatting"] == "x"
    assert api["juridische_tekst"] == voorbeeld.juridische_tekst
    kolommen = export_kolommen()
    assert kolommen.index("juridische_tekst_is_samenvatting") == (
        kolommen.index("juridische_tekst") + 1
    )
    export = _inhoud(client.get("/afspraken/export/csv/"))
    rijen = {r["code"]: r for r in csv.DictReader(io.StringIO(export))}
    assert rijen[voorbeeld.code]["juridische_tekst_is_samenvatting"] == "x"


def test_export_gaat_ongewijzigd_terug_door_de_import(client):
    export = _inhoud(client.get("/afspraken/export/csv/"))
    resultaat = importeer(export.encode())
    assert not resultaat.gewijzigd and not resultaat.nieuw


KOP = (
    "code,kerninstrument,juridische_onderbouwing,juridische_tekst,samenwerkingsafspraak,typering,"
    "trefwoorden,bron,ambtelijk_bestuurlijk,gemeente,provincie,waterschap,omgevingsdienst,"
    "veiligheidsregio,ggd,rijk,toelichting,status"
)


def _bestand(juridische_tekst, extra_kolom=None):
    kop = KOP + (",juridische_tekst_is_samenvatting" if extra_kolom is not None else "")
    rij = [
        "TEST-1",
        "Omgevingsplan",
        "Omgevingswet art. 2.4",
        juridische_tekst,
        "Gemeenten stemmen hun regels voor terrassen af.",
        *[""] * 4,
        "x",
        *[""] * 7,
        "vastgesteld",
    ]
    if extra_kolom is not None:
        rij.append(extra_kolom)
    uitvoer = io.StringIO()
    csv.writer(uitvoer).writerows([kop.split(","), rij])
    return uitvoer.getvalue().encode()


def test_import_maakt_van_de_markering_de_vlag_en_laat_hem_staan_zonder_kolom():
    importeer(_bestand("[samenvatting] De raad stelt regels vast."))
    afspraak = Uitvoeringsafspraak.objects.get(code="TEST-1")
    assert afspraak.juridische_tekst == "De raad stelt regels vast."
    assert afspraak.juridische_tekst_is_samenvatting
    assert afspraak.latest_revision.content["juridische_tekst"] == "De raad stelt regels vast."
    # the same text without the marker and without the column: what is there stays
    assert not importeer(_bestand("De raad stelt regels vast.")).gewijzigd
    # the column says it explicitly (an export of the platform has it)
    importeer(_bestand("De raad stelt regels vast.", extra_kolom=""))
    afspraak.refresh_from_db()
    assert not afspraak.juridische_tekst_is_samenvatting
    importeer(_bestand("De raad stelt regels vast.", extra_kolom="x"))
    afspraak.refresh_from_db()
    assert afspraak.juridische_tekst_is_samenvatting


def test_import_meldt_een_onzinnige_waarde_in_de_kolom():
    with pytest.raises(Exception, match="juridische_tekst_is_samenvatting"):
        importeer(_bestand("Tekst.", extra_kolom="misschien"))


def test_beheer_maakt_van_een_geplakte_markering_de_vlag(client):
    coordinator = User.objects.get(username="coordinator")
    afspraak = UitvoeringsafspraakFactory(publiceren=True)
    client.force_login(coordinator)
    adres = reverse("wagtailsnippets_afspraken_uitvoeringsafspraak:edit", args=[afspraak.pk])
    antwoord = client.post(
        adres,
        {
            "titel": afspraak.titel,
            "samenwerkingsafspraak": afspraak.samenwerkingsafspraak,
            "kerninstrument": afspraak.kerninstrument_id,
            "status": afspraak.status,
            "code": afspraak.code,
            "trefwoorden": "",
            "juridische_tekst": "[Samenvatting] De raad stelt regels vast.",
            "action-publish": "1",
        },
    )
    assert antwoord.status_code == 302
    afspraak.refresh_from_db()
    assert afspraak.juridische_tekst == "De raad stelt regels vast."
    assert afspraak.juridische_tekst_is_samenvatting
    assert LABEL in client.get(afspraak.get_url()).content.decode()


def test_migratie_haalt_de_markering_uit_rij_en_laatste_revisie():
    afspraak = Uitvoeringsafspraak.objects.openbaar().first()
    Uitvoeringsafspraak.objects.filter(pk=afspraak.pk).update(
        juridische_tekst="[samenvatting] Zie art. 2.4.", juridische_tekst_is_samenvatting=False
    )
    revisie = afspraak.latest_revision
    revisie.content["juridische_tekst"] = "[samenvatting] Zie art. 2.4."
    revisie.content.pop("juridische_tekst_is_samenvatting", None)
    revisie.save()

    migratie.werk_bij(apps, SimpleNamespace(connection=connection))

    afspraak.refresh_from_db()
    assert afspraak.juridische_tekst == "Zie art. 2.4."
    assert afspraak.juridische_tekst_is_samenvatting
    revisie.refresh_from_db()
    assert revisie.content["juridische_tekst"] == "Zie art. 2.4."
    assert revisie.as_object().juridische_tekst_is_samenvatting
