"""The admin import as a background task (issue 18, item 7): after the confirmation the import
is queued, its page shows the progress, and once a worker has run it the summary and the
agreements in the register. Only the one who started it (or a coördinator) sees that page."""

import re
import threading
from pathlib import Path

import pytest
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection, transaction

from afspraken.admin_views import start_import
from afspraken.importeren.taak import Voortgangsschrijver, voer_import_uit
from afspraken.models import Importtaak, Uitvoeringsafspraak

VOORBEELD = Path(__file__).resolve().parent.parent / "data" / "afspraken_voorbeeld.csv"
ADRES = "/admin/afspraken/importeren/"
pytestmark = pytest.mark.django_db


def geldige_rijen():
    return "".join(VOORBEELD.read_text(encoding="utf-8").splitlines(keepends=True)[:26]).encode()


@pytest.fixture(autouse=True)
def eigen_importmap(settings, tmp_path):
    settings.AFSPRAKEN_IMPORT_MAP = str(tmp_path)


@pytest.fixture
def echte_wachtrij(settings, monkeypatch):
    """The queue as in production: the database backend, run by `db_worker`. The worker
    closes connections that are not in autocommit, which inside the test's transaction would
    close it on PostgreSQL; Django's test client switches the same check off for requests."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)


@pytest.fixture
def coordinator(client):
    client.force_login(User.objects.get(username="coordinator"))
    return client


def import_taken():
    return DBTaskResult.objects.filter(task_path="afspraken.importeren.taak.voer_import_uit")


def bevestigde_import(client):
    client.post(ADRES, {"bestand": SimpleUploadedFile("afspraken.csv", geldige_rijen())})
    token = client.session["afspraken_import"]
    return client.post(ADRES, {"bevestig": "1", "token": token})


def test_bevestigde_import_wacht_in_de_rij_en_de_werker_voert_hem_uit(coordinator, echte_wachtrij):
    Uitvoeringsafspraak.objects.all().delete()
    antwoord = bevestigde_import(coordinator)
    taak = Importtaak.objects.get()
    assert antwoord.status_code == 302
    assert antwoord["Location"] == f"{ADRES}{taak.pk}/"
    assert [t.status for t in import_taken()] == ["READY"]
    assert Uitvoeringsafspraak.objects.count() == 0  # nothing written before the worker runs

    html = coordinator.get(antwoord["Location"]).content.decode()
    assert re.search(r'<progress[^>]*value="0"', html)
    assert "0%" in html and "in de wachtrij" in html.lower()
    assert 'src="/static/afspraken/importstatus.js"' in html  # refreshed, no inline script
    assert '<meta http-equiv="refresh"' in html  # without JavaScript too
    # the file's name in the text, where a long name can wrap (not in the one-line header)
    assert re.search(r'class="importstatus-bestand">Bestand: <strong>[^<]+\.csv</strong>', html)
    stand = coordinator.get(f"{ADRES}{taak.pk}/stand/").json()
    assert (stand["stand"], stand["procent"], stand["afgelopen"]) == ("wachtrij", 0, False)

    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload")

    assert Uitvoeringsafspraak.objects.count() == 25
    assert [t.status for t in import_taken()] == ["SUCCESSFUL"]
    html = coordinator.get(antwoord["Location"]).content.decode()
    assert "Import voltooid: 25 nieuw, 0 gewijzigd, 0 ongewijzigd." in html
    assert re.search(r'<progress[^>]*value="100"', html)
    assert "<dt>Nieuw</dt><dd>25</dd>" in html and "<dt>Fouten</dt><dd>0</dd>" in html
    assert 'href="/admin/snippets/afspraken/uitvoeringsafspraak/"' in html
    assert "importstatus.js" not in html and "http-equiv" not in html  # done: no refreshing
    taak.refresh_from_db()
    assert (taak.stand, bytes(taak.inhoud)) == ("klaar", b"")  # the file is not kept
    stand = coordinator.get(f"{ADRES}{taak.pk}/stand/").json()
    assert (stand["procent"], stand["afgelopen"]) == (100, True)


def test_een_ander_ziet_de_statuspagina_niet(client, echte_wachtrij):
    taak = start_import(User.objects.get(username="coordinator"), "a.csv", b"x", False, False)
    for naam in ("trekker", "groepslid"):
        client.force_login(User.objects.get(username=naam))
        for adres in (f"{ADRES}{taak.pk}/", f"{ADRES}{taak.pk}/stand/"):
            assert client.get(adres).status_code in (302, 403, 404), (naam, adres)
    # a coördinator (here the superuser) may follow any import
    client.force_login(User.objects.get(username="beheerder"))
    assert client.get(f"{ADRES}{taak.pk}/").status_code == 200
    assert client.get(f"{ADRES}999999/").status_code == 404


def test_mislukte_taak_toont_nederlandse_fout_en_verandert_niets(coordinator):
    """The file is checked again when the task runs: what changed since the preview (here a
    kerninstrument that was removed) fails the whole import, in Dutch, writing nothing."""
    voor = Uitvoeringsafspraak.objects.count()
    kapot = geldige_rijen().replace(b"Omgevingsplan", b"Bestemmingsplan")
    taak = start_import(User.objects.get(username="coordinator"), "a.csv", kapot, False, False)
    taak.refresh_from_db()
    assert taak.stand == "mislukt"
    assert taak.fout.startswith("Niets geïmporteerd: ")
    assert "onbekend kerninstrument" in taak.fout
    assert Uitvoeringsafspraak.objects.count() == voor
    html = coordinator.get(f"{ADRES}{taak.pk}/").content.decode()
    assert "Niets geïmporteerd" in html and "Opnieuw een bestand kiezen" in html


def test_taak_loopt_maar_een_keer(coordinator):
    Uitvoeringsafspraak.objects.all().delete()
    taak = start_import(User.objects.get(username="coordinator"), "a.csv", geldige_rijen(), 0, 0)
    assert voer_import_uit.call(taak.pk) == "al uitgevoerd of verwijderd"
    assert Uitvoeringsafspraak.objects.count() == 25


def in_eigen_draad(functie):
    """Run in a thread of its own: its own connection, outside the test's transaction (as the
    web process that serves the status page while the worker imports)."""
    uitkomst = []

    def draad():
        try:
            uitkomst.append(functie())
        finally:
            connection.close()

    uitvoering = threading.Thread(target=draad)
    uitvoering.start()
    uitvoering.join(30)
    return uitkomst[0]


@pytest.mark.skipif("connection.vendor != 'postgresql'")
def test_voortgang_is_te_zien_terwijl_de_import_in_zijn_transactie_schrijft():
    pk = in_eigen_draad(lambda: Importtaak.objects.create(bestandsnaam="los.csv", stand="bezig").pk)
    try:
        schrijver = Voortgangsschrijver(pk)
        with transaction.atomic():  # as importeer() while it writes the agreements
            schrijver("Opslaan", 4000, 10000)
            gezien = in_eigen_draad(
                lambda: Importtaak.objects.values_list("fase", "verwerkt", "totaal").get(pk=pk)
            )
        schrijver.sluit()
        assert gezien == ("Opslaan", 4000, 10000)
    finally:
        in_eigen_draad(lambda: Importtaak.objects.filter(pk=pk).delete())


def test_statuspagina_toont_fase_en_aantallen_terwijl_de_import_loopt(coordinator, echte_wachtrij):
    taak = start_import(User.objects.get(username="coordinator"), "a.csv", b"x", False, False)
    Importtaak.objects.filter(pk=taak.pk).update(
        stand="bezig", fase="Opslaan", verwerkt=4000, totaal=10000
    )
    html = coordinator.get(f"{ADRES}{taak.pk}/").content.decode()
    assert re.search(r'<progress[^>]*value="40"', html)
    assert "Opslaan: 4000 van 10000 (40%)" in html
    stand = coordinator.get(f"{ADRES}{taak.pk}/stand/").json()
    assert (stand["procent"], stand["onbepaald"], stand["afgelopen"]) == (40, False, False)
    # an XLSX being read: the total is not known yet, the bar shows activity without a value
    Importtaak.objects.filter(pk=taak.pk).update(fase="Lezen", verwerkt=300, totaal=None)
    html = coordinator.get(f"{ADRES}{taak.pk}/").content.decode()
    assert "Lezen: 300 verwerkt" in html
    assert not re.search(r"<progress[^>]*value=", html)
