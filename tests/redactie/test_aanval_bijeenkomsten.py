"""Attack (issue 11.5): a trekker edited another group's meeting (title, online link, moved it
to their own group) and it went live at once. Meetings, like every group-owned snippet, are
now edited per group (redactie/groepsgebonden.py)."""

import pytest

from django.urls import reverse

from materialen.models import Bijeenkomst
from tests.factories import BijeenkomstFactory

pytestmark = pytest.mark.django_db

NAAM = "wagtailsnippets_materialen_bijeenkomst"


def _url(naam, bijeenkomst=None):
    args = [bijeenkomst.pk] if bijeenkomst else []
    return reverse(f"{NAAM}:{naam}", args=args)


def maak_bijeenkomst(groep, titel):
    return BijeenkomstFactory(
        groep=groep, titel=titel, locatie="", online_link="https://vergaderen.example/oud"
    )


def formulier(groep, titel, link="https://kwaadwillend.example/"):
    return {
        "groep": groep.pk,
        "titel": titel,
        "soort": "bijeenkomst",
        "begin": "2027-03-04 14:00",
        "einde": "2027-03-04 16:00",
        "online_link": link,
    }


@pytest.fixture
def andermans(andere_groep):
    return maak_bijeenkomst(andere_groep, "Overleg van de andere groep")


@pytest.fixture
def eigen(eigen_groep):
    return maak_bijeenkomst(eigen_groep, "Overleg van de eigen groep")


def test_trekker_kan_bijeenkomst_van_andere_groep_niet_wijzigen(
    client, gebruikers, eigen_groep, andere_groep, andermans
):
    client.force_login(gebruikers["trekker"])
    assert client.get(_url("edit", andermans)).status_code == 404
    antwoord = client.post(_url("edit", andermans), formulier(andere_groep, "Gekaapt"))
    assert antwoord.status_code == 404
    andermans.refresh_from_db()
    assert andermans.titel == "Overleg van de andere groep"
    assert andermans.online_link == "https://vergaderen.example/oud"


def test_trekker_kan_bijeenkomst_van_andere_groep_niet_naar_eigen_groep_halen(
    client, gebruikers, eigen_groep, andere_groep, andermans
):
    client.force_login(gebruikers["trekker"])
    client.post(_url("edit", andermans), formulier(eigen_groep, "Nu van mij"))
    andermans.refresh_from_db()
    assert andermans.groep_id == andere_groep.pk
    assert andermans.titel == "Overleg van de andere groep"


def test_trekker_kan_eigen_bijeenkomst_niet_naar_andere_groep_verplaatsen(
    client, gebruikers, andere_groep, eigen, eigen_groep
):
    client.force_login(gebruikers["trekker"])
    antwoord = client.post(_url("edit", eigen), formulier(andere_groep, eigen.titel))
    assert antwoord.status_code == 200  # the form again, with an error
    eigen.refresh_from_db()
    assert eigen.groep_id == eigen_groep.pk


def test_trekker_kan_niet_voor_andere_groep_aanmaken(client, gebruikers, andere_groep):
    client.force_login(gebruikers["trekker"])
    client.post(_url("add"), formulier(andere_groep, "Ongevraagd overleg"))
    assert not Bijeenkomst.objects.filter(titel="Ongevraagd overleg").exists()


def test_trekker_kan_bijeenkomst_van_andere_groep_niet_verwijderen(client, gebruikers, andermans):
    client.force_login(gebruikers["trekker"])
    assert client.get(_url("delete", andermans)).status_code in (302, 403, 404)
    client.post(_url("delete", andermans))
    bulk = (
        reverse("wagtail_bulk_action", args=["materialen", "bijeenkomst", "delete"])
        + f"?id={andermans.pk}"
    )
    client.post(bulk)
    assert Bijeenkomst.objects.filter(pk=andermans.pk).exists()


def test_trekker_ziet_en_opent_alleen_eigen_bijeenkomsten(client, gebruikers, eigen, andermans):
    client.force_login(gebruikers["trekker"])
    html = client.get(_url("list")).content.decode()
    assert eigen.titel in html
    assert andermans.titel not in html
    for naam in ["history", "usage", "inspect", "copy"]:
        try:
            url = _url(naam, andermans)
        except Exception:  # view not enabled for this snippet
            continue
        assert client.get(url).status_code == 404, naam
    assert client.get(_url("edit", eigen)).status_code == 200


def test_trekker_wijzigt_eigen_bijeenkomst(client, gebruikers, eigen_groep, eigen):
    client.force_login(gebruikers["trekker"])
    antwoord = client.post(_url("edit", eigen), formulier(eigen_groep, "Nieuwe titel"))
    assert antwoord.status_code == 302
    eigen.refresh_from_db()
    assert eigen.titel == "Nieuwe titel"


def test_coordinator_wijzigt_elke_bijeenkomst(client, gebruikers, andere_groep, andermans):
    client.force_login(gebruikers["coordinator"])
    assert andermans.titel in client.get(_url("list")).content.decode()
    antwoord = client.post(_url("edit", andermans), formulier(andere_groep, "Verzet"))
    assert antwoord.status_code == 302
    andermans.refresh_from_db()
    assert andermans.titel == "Verzet"


def test_onzin_als_sleutel_geeft_404(client, gebruikers):
    client.force_login(gebruikers["trekker"])
    assert client.get("/admin/snippets/materialen/bijeenkomst/edit/x%27--/").status_code == 404
