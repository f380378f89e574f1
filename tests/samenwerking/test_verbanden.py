"""/samenwerkingsverbanden/ (issue 14.4, seed 002): filters by subject and legal form, counts
that agree with what choosing an option gives, and a CSV of exactly what the page shows."""

import csv
import io

import pytest
from bs4 import BeautifulSoup

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.text import slugify

from organisaties.models import Onderwerp, Samenwerkingsverband
from tests.factories import OrganisatieFactory

pytestmark = pytest.mark.django_db

LIJST = reverse("samenwerking:verbanden")
CSV = reverse("samenwerking:verbanden_csv")


@pytest.fixture
def verbanden():
    water = Onderwerp.objects.get(slug="water")
    test_a = Onderwerp.objects.create(naam="Testonderwerp A", slug="testonderwerp-a")
    test_b = Onderwerp.objects.create(naam="Testonderwerp B", slug="testonderwerp-b")
    gemeente = OrganisatieFactory(naam="Gemeente Testvliet")
    waterschap = OrganisatieFactory(naam="Waterschap Testrivier", soort="waterschap")

    def maak(naam, rechtsvorm, onderwerpen, organisaties=(), **velden):
        verband = Samenwerkingsverband.objects.create(
            naam=naam, slug=slugify(naam) or "formule", rechtsvorm=rechtsvorm, **velden
        )
        verband.onderwerpen.set(onderwerpen)
        verband.organisaties.set(organisaties)
        return verband

    return {
        "gr": maak(
            "Testregeling Water",
            "gemeenschappelijke_regeling",
            [test_a, water],
            [gemeente, waterschap],
            website="https://testregeling.example/",
            afkorting="TRW",
        ),
        "stichting": maak("Teststichting", "stichting", [test_a], [gemeente], is_voorbeeld=True),
        "netwerk": maak("Testnetwerk", "netwerk", [test_b]),
        "formule": maak("=HYPERLINK(1)", "stichting", [test_b]),
    }


def _pagina(client, query=""):
    antwoord = client.get(LIJST + (f"?{query}" if query else ""))
    assert antwoord.status_code == 200
    return BeautifulSoup(antwoord.content, "html.parser")


def _namen(soup):
    return [a.get_text() for a in soup.select(".kp-verbanden .kp-kaart h2 a")]


def _aantal(soup):
    return int(soup.find(attrs={"role": "status"}).get_text().split()[0])


def _csv(client, query=""):
    antwoord = client.get(CSV + (f"?{query}" if query else ""))
    assert antwoord.status_code == 200
    assert antwoord["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(antwoord.content.decode("utf-8-sig"))))


def test_filter_op_onderwerp(client, verbanden):
    soup = _pagina(client, "onderwerp=testonderwerp-a")
    assert _namen(soup) == ["Testregeling Water", "Teststichting"]
    assert _aantal(soup) == 2
    gekozen = soup.select_one("#filter-onderwerp option[selected]")
    assert gekozen["value"] == "testonderwerp-a" and gekozen.get_text() == "Testonderwerp A (2)"


def test_filter_op_rechtsvorm_en_beide(client, verbanden):
    soup = _pagina(client, "rechtsvorm=stichting")
    verwacht = Samenwerkingsverband.objects.filter(rechtsvorm="stichting")
    assert sorted(_namen(soup)) == sorted(v.naam for v in verwacht)
    assert "Testnetwerk" not in _namen(soup)
    soup = _pagina(client, "onderwerp=testonderwerp-b&rechtsvorm=stichting")
    assert _namen(soup) == ["=HYPERLINK(1)"]
    assert _aantal(soup) == 1


def test_tellingen_per_optie_kloppen_met_het_resultaat(client, verbanden):
    """Every option's count is the number of rows you get by choosing it, the other filter
    kept; the subject list is the controlled list of migration 0004 plus added ones."""
    for basis in ("", "rechtsvorm=stichting", "onderwerp=testonderwerp-a"):
        soup = _pagina(client, basis)
        opties = soup.select("#filter-onderwerp option") + soup.select("#filter-rechtsvorm option")
        assert (
            len(opties)
            == Onderwerp.objects.count() + 1 + len(Samenwerkingsverband.Rechtsvorm.choices) + 1
        )
        for optie in opties:
            naam = optie.find_parent("select")["name"]
            andere = [d for d in basis.split("&") if d and not d.startswith(naam + "=")]
            query = "&".join(andere + ([f"{naam}={optie['value']}"] if optie["value"] else []))
            verwacht = int(optie.get_text().rsplit("(", 1)[1].rstrip(")"))
            assert _aantal(_pagina(client, query)) == verwacht, (basis, optie.get_text())


@pytest.mark.parametrize(
    "query",
    ["", "onderwerp=testonderwerp-a", "rechtsvorm=stichting", "onderwerp=water&rechtsvorm=netwerk"],
)
def test_csv_is_precies_wat_de_pagina_toont(client, verbanden, query):
    soup = _pagina(client, query)
    link = soup.find("a", string="Download deze lijst als CSV")
    assert link["href"] == CSV + (f"?{query}" if query else "")
    rijen = _csv(client, query)
    kop, rijen = rijen[0], rijen[1:]
    assert kop[:4] == ["Naam", "Afkorting", "Onderwerpen", "Rechtsvorm"]
    assert [r[0].removeprefix("'") for r in rijen] == _namen(soup)
    assert len(rijen) == _aantal(soup)


def test_csv_kolommen_en_formule_als_tekst(client, verbanden):
    rijen = {r[0]: r for r in _csv(client, "onderwerp=testonderwerp-a")[1:]}
    gr = dict(zip(_csv(client)[0], rijen["Testregeling Water"], strict=True))
    assert gr["Onderwerpen"] == "Testonderwerp A; Water"
    assert gr["Rechtsvorm"] == "Gemeenschappelijke regeling"
    assert gr["Deelnemende organisaties"] == "Gemeente Testvliet; Waterschap Testrivier"
    assert gr["Website"] == "https://testregeling.example/"
    assert gr["Voorbeeld"] == "nee" and rijen["Teststichting"][6] == "ja"
    assert gr["Adres op het platform"].endswith("/samenwerkingsverbanden/testregeling-water/")
    formule = _csv(client, "onderwerp=testonderwerp-b&rechtsvorm=stichting")[1]
    assert formule[0] == "'=HYPERLINK(1)"


def test_kaart_toont_gegevens_en_voorbeeldlabel(client, verbanden):
    soup = _pagina(client, "onderwerp=testonderwerp-a")
    kaarten = {k.h2.a.get_text(): k for k in soup.select(".kp-verbanden .kp-kaart")}
    gr = kaarten["Testregeling Water"]
    assert "Voorbeeld" not in gr.get_text() and "Voorbeeld" in kaarten["Teststichting"].get_text()
    organisatie = gr.find("a", string="Gemeente Testvliet")
    assert (
        organisatie["href"]
        == verbanden["gr"].organisaties.get(naam="Gemeente Testvliet").get_absolute_url()
    )
    assert gr.find("a", href="https://testregeling.example/")
    assert "Laatst bijgewerkt" in gr.get_text()
    assert "Overzicht laatst bijgewerkt" in soup.get_text()


def test_onbekend_filter_geeft_een_nederlandse_melding(client, verbanden):
    soup = _pagina(client, "onderwerp=bestaat-niet&rechtsvorm=%3Cscript%3E")
    melding = soup.find(attrs={"role": "alert"}).get_text()
    assert "Het onderwerp „bestaat-niet” bestaat niet" in melding
    assert "De rechtsvorm „<script>” bestaat niet" in melding
    assert _aantal(soup) == Samenwerkingsverband.objects.count()
    assert len(_csv(client, "onderwerp=bestaat-niet")) == Samenwerkingsverband.objects.count() + 1


def test_lege_database(client):
    Samenwerkingsverband.objects.all().delete()
    soup = _pagina(client)
    assert _aantal(soup) == 0
    assert "Er zijn nog geen samenwerkingsverbanden ingevoerd." in soup.get_text()
    assert "Overzicht laatst bijgewerkt" not in soup.get_text()
    assert soup.select_one("#filter-onderwerp option[value=water]").get_text().endswith("(0)")
    assert _csv(client) == [_csv(client)[0]]  # the header only
    assert _aantal(_pagina(client, "onderwerp=water")) == 0


def test_detailpagina(client, verbanden):
    gr = verbanden["gr"]
    antwoord = client.get(gr.get_absolute_url())
    assert antwoord.status_code == 200
    soup = BeautifulSoup(antwoord.content, "html.parser")
    assert soup.h1.get_text() == "Testregeling Water (TRW)"
    tekst = soup.get_text()
    assert "Gemeenschappelijke regeling" in tekst and "Laatst bijgewerkt" in tekst
    for org in gr.organisaties.all():
        assert soup.find("a", href=org.get_absolute_url()).get_text() == org.naam
    assert soup.find("a", string="Water")["href"] == LIJST + "?onderwerp=water"
    stichting = client.get(verbanden["stichting"].get_absolute_url()).content.decode()
    assert "geen bestaand samenwerkingsverband" in stichting
    assert client.get(LIJST + "bestaat-niet/").status_code == 404


def test_aantal_queries_groeit_niet_met_de_lijst(client, verbanden):
    def tel(pad):
        with CaptureQueriesContext(connection) as vastgelegd:
            assert client.get(pad).status_code == 200
        return len(vastgelegd)

    tel(LIJST)  # the first request of a test also fills caches (site, settings)
    voor = (tel(LIJST), tel(CSV))
    onderwerp = Onderwerp.objects.get(slug="wonen")
    for i in range(10):
        extra = Samenwerkingsverband.objects.create(
            naam=f"Extra verband {i}", slug=f"extra-verband-{i}", rechtsvorm="convenant"
        )
        extra.onderwerpen.set([onderwerp])
        extra.organisaties.set(verbanden["gr"].organisaties.all())
    tel(LIJST)  # the change renewed the shared data (inhoud/gedeeld.py): warm again
    na = (tel(LIJST), tel(CSV))
    print(f"\nverbanden (lijst, csv): {voor} queries met 4 verbanden, {na} met 14")
    assert na == voor
