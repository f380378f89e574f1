"""The import screen in the Wagtail admin: coördinatoren upload, see every error or a preview
of what will change, and only then confirm. Nothing is written before the confirmation."""

from pathlib import Path

import pytest

from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile

from afspraken.models import Uitvoeringsafspraak

VOORBEELD = Path(__file__).resolve().parent.parent / "data" / "afspraken_voorbeeld.csv"
ADRES = "/admin/afspraken/importeren/"
pytestmark = pytest.mark.django_db


def upload(client, inhoud, naam="afspraken.csv"):
    return client.post(ADRES, {"bestand": SimpleUploadedFile(naam, inhoud)})


@pytest.fixture(autouse=True)
def eigen_importmap(settings, tmp_path):
    """Waiting imports and error lists in the test's own folder, not the system's."""
    settings.AFSPRAKEN_IMPORT_MAP = str(tmp_path)


@pytest.fixture
def coordinator(client):
    client.force_login(User.objects.get(username="coordinator"))
    return client


def test_alleen_coordinatoren_mogen_importeren(client):
    client.force_login(User.objects.get(username="trekker"))
    geweigerd = client.get(ADRES)  # Wagtail answers "no permission" with a redirect + message
    assert geweigerd.status_code in (302, 403) and "importeren" not in geweigerd.get("Location", "")
    assert upload(client, VOORBEELD.read_bytes()).status_code in (302, 403)
    client.force_login(User.objects.get(username="coordinator"))
    assert client.get(ADRES).status_code == 200


def test_fouten_staan_in_een_tabel_en_er_wordt_niets_opgeslagen(coordinator):
    voor = Uitvoeringsafspraak.objects.count()
    html = upload(coordinator, VOORBEELD.read_bytes()).content.decode()
    assert "3 fouten gevonden; er is niets opgeslagen" in html
    assert "<td>27</td><td>kerninstrument</td>" in html
    assert Uitvoeringsafspraak.objects.count() == voor


def test_voorvertoning_dan_bevestigen(coordinator):
    Uitvoeringsafspraak.objects.all().delete()
    geldig = "".join(VOORBEELD.read_text(encoding="utf-8").splitlines(keepends=True)[:26])
    html = upload(coordinator, geldig.encode()).content.decode()
    assert "25 geldige rijen: 25 nieuw, 0 gewijzigd, 0 ongewijzigd" in html
    assert Uitvoeringsafspraak.objects.count() == 0
    token = coordinator.session["afspraken_import"]
    antwoord = coordinator.post(ADRES, {"bevestig": "1", "token": token})
    assert antwoord.status_code == 302
    assert Uitvoeringsafspraak.objects.count() == 25
    # The token is single-use: confirming twice imports nothing more.
    coordinator.post(ADRES, {"bevestig": "1", "token": token})
    assert Uitvoeringsafspraak.objects.count() == 25


def test_vreemd_bestand_geeft_nette_melding(coordinator):
    html = upload(coordinator, b"\x89PNG\r\n\x1a\n\x00\x00", "plaatje.csv").content.decode()
    assert "niets opgeslagen" in html
