"""The samenwerkingsagenda page (issue 14.5): every item in full with its anchor, progress,
agreements and materials; a timeline by quarter; other years; nothing of private groups or
private documents; the admin's Dutch message for a quarter it cannot read."""

import pytest
from bs4 import BeautifulSoup

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from kennisplatform.models import HomePage
from organisaties.models import AgendaOnderwerp, SamenwerkingsagendaPage
from tests.factories import (
    DocumentFactory,
    GebruikerFactory,
    KennisnetwerkPageFactory,
    UitvoeringsafspraakFactory,
)

pytestmark = pytest.mark.django_db


def _agenda(jaar):
    pagina = SamenwerkingsagendaPage(
        title=f"Samenwerkingsagenda {jaar}", slug=f"samenwerkingsagenda-test-{jaar}", jaar=jaar
    )
    HomePage.objects.get().add_child(instance=pagina)
    pagina.save_revision().publish()
    return pagina


@pytest.fixture
def agenda():
    pagina = _agenda(2031)
    openbare_groep = KennisnetwerkPageFactory(title="Openbare Testgroep Agenda")
    besloten_groep = KennisnetwerkPageFactory(title="Besloten Testgroep Agenda")
    PageViewRestriction.objects.create(
        page=besloten_groep, restriction_type=PageViewRestriction.LOGIN
    )
    besloten_map = Collection.get_first_root_node().add_child(name="Besloten testmap agenda")
    CollectionViewRestriction.objects.create(
        collection=besloten_map, restriction_type=CollectionViewRestriction.LOGIN
    )
    volledig = AgendaOnderwerp.objects.create(
        agenda=pagina,
        onderwerp="Omgevingsplannen testen",
        beleidsvraagstuk="Hoe stemmen we de omgevingsplannen af?",
        doel="Eén werkwijze voor de regio.",
        randvoorwaarden="Capaciteit bij elke gemeente.",
        aanpak="Drie werksessies.",
        trekker="trekker ODU",
        groep=openbare_groep,
        kwartaal_van="2031-Q2",
        kwartaal_tot="2031-Q3",
        status="loopt",
        gepland="Werkwijze vastgesteld in Q3.",
        bereikt="Twee van de drie werksessies gehouden.",
        voortgang_toelichting="De derde sessie schuift naar september.",
    )
    openbaar_document = DocumentFactory(title="openbaar-verslag-agenda")
    besloten_document = DocumentFactory(title="besloten-verslag-agenda", collection=besloten_map)
    volledig.documenten.set([openbaar_document, besloten_document])
    volledig.documenten.commit()  # a ParentalManyToManyField writes on commit
    overloop = AgendaOnderwerp.objects.create(
        agenda=pagina,
        onderwerp="Doorlopend onderwerp",
        groep=besloten_groep,
        kwartaal_van="2030-Q4",
        kwartaal_tot="2031-Q1",
    )
    ongepland = AgendaOnderwerp.objects.create(agenda=pagina, onderwerp="Ongepland onderwerp")
    live = UitvoeringsafspraakFactory(titel="Testafspraak uit de agenda", publiceren=True)
    concept = UitvoeringsafspraakFactory(titel="Conceptafspraak uit de agenda", concept=True)
    for afspraak in (live, concept):
        afspraak.agendaonderwerp = volledig
        afspraak.save()
    return {
        "pagina": pagina,
        "volledig": volledig,
        "overloop": overloop,
        "ongepland": ongepland,
        "openbare_groep": openbare_groep,
        "live": live,
        "openbaar_document": openbaar_document,
    }


def _soup(client, pagina):
    antwoord = client.get(pagina.url)
    assert antwoord.status_code == 200
    return BeautifulSoup(antwoord.content, "html.parser")


def test_onderwerp_volledig_met_anker_en_voortgang(client, agenda):
    soup = _soup(client, agenda["pagina"])
    item = soup.find(id=f"onderwerp-{agenda['volledig'].pk}")
    assert item is not None
    tekst = " ".join(item.get_text(" ").split())
    for verwacht in (
        "Omgevingsplannen testen",
        "Beleidsvraagstuk Hoe stemmen we de omgevingsplannen af?",
        "Doel en resultaat Eén werkwijze voor de regio.",
        "Randvoorwaarden Capaciteit bij elke gemeente.",
        "Aanpak en planning Drie werksessies.",
        "Trekker trekker ODU",
        "Status: Loopt",
        "Planning: Q2 2031 t/m Q3 2031",
        "Gepland Werkwijze vastgesteld in Q3.",
        "Bereikt Twee van de drie werksessies gehouden.",
        "Toelichting De derde sessie schuift naar september.",
    ):
        assert verwacht in tekst
    groep = item.find("a", string="Openbare Testgroep Agenda")
    assert groep["href"] == agenda["openbare_groep"].url


def test_afspraken_en_materialen_alleen_openbaar(client, agenda):
    html = client.get(agenda["pagina"].url).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    item = soup.find(id=f"onderwerp-{agenda['volledig'].pk}")
    afspraak = item.find("a", string="Testafspraak uit de agenda")
    assert afspraak["href"] == agenda["live"].get_absolute_url()
    assert (
        item.find("a", string="openbaar-verslag-agenda")["href"] == agenda["openbaar_document"].url
    )
    assert "Conceptafspraak uit de agenda" not in html
    assert "besloten-verslag-agenda" not in html
    assert "Besloten Testgroep Agenda" not in html
    # The item of the private group is shown, without any group.
    overloop = soup.find(id=f"onderwerp-{agenda['overloop'].pk}")
    assert overloop is not None and "Groep" not in overloop.get_text()


def _balk(soup, onderwerp):
    """(empty cells before the bar, its width, empty cells after, its text)."""
    kop = soup.select_one(f".kp-agenda-tijdlijn a[href='#onderwerp-{onderwerp.pk}']")
    cellen = kop.find_parent("tbody").find_all("tr")[1].find_all("td")
    balk = [c for c in cellen if "kp-agenda-tijdlijn__balk" in c.get("class", [])]
    if not balk:
        return None, cellen[0].get_text()
    index = cellen.index(balk[0])
    return (index, int(balk[0].get("colspan", 1)), len(cellen) - index - 1), balk[0].get_text()


def test_tijdlijn_plaatst_onderwerpen_in_de_juiste_kwartalen(client, agenda):
    soup = _soup(client, agenda["pagina"])
    koppen = [th.get_text(" ", strip=True) for th in soup.select(".kp-agenda-tijdlijn thead th")]
    assert koppen == ["Q1 2031", "Q2 2031", "Q3 2031", "Q4 2031"]
    plaats, tekst = _balk(soup, agenda["volledig"])
    assert plaats == (1, 2, 1) and "Q2 2031 t/m Q3 2031" in tekst  # Q2 and Q3
    plaats, tekst = _balk(soup, agenda["overloop"])
    assert plaats == (0, 1, 3) and "Q4 2030 t/m Q1 2031" in tekst  # from last year into Q1
    plaats, tekst = _balk(soup, agenda["ongepland"])
    assert plaats is None and "Nog niet ingepland" in tekst


def test_jaaroverzicht_linkt_naar_andere_jaren(client, agenda):
    ander = _agenda(2032)
    soup = _soup(client, agenda["pagina"])
    jaren = soup.select_one("nav.kp-agenda-jaren")
    assert jaren.find("a", string="2032")["href"] == ander.url
    assert jaren.find("a", attrs={"aria-current": "page"}).get_text() == "2031"
    assert "Doorlopend onderwerp" not in client.get(ander.url).content.decode()


def test_lege_agenda(client):
    pagina = _agenda(2033)
    soup = _soup(client, pagina)
    assert "Deze samenwerkingsagenda heeft nog geen onderwerpen." in soup.get_text()
    assert soup.select(".kp-agendaonderwerp") == []


def test_ongeldig_kwartaal_geeft_nederlandse_melding_in_beheer(client, agenda):
    client.force_login(GebruikerFactory(rol="beheerder"))
    pagina = agenda["pagina"]
    data = nested_form_data(
        {
            "title": pagina.title,
            "slug": pagina.slug,
            "jaar": pagina.jaar,
            "intro": rich_text(""),
            "onderwerpen": inline_formset(
                [{"onderwerp": "Nieuw onderwerp", "kwartaal_van": "Q3 2031", "status": "gepland"}]
            ),
        }
    )
    antwoord = client.post(reverse("wagtailadmin_pages:edit", args=[pagina.pk]), data)
    assert antwoord.status_code == 200
    assert "Schrijf een kwartaal als 2026-Q3." in antwoord.content.decode()
    assert not pagina.onderwerpen.filter(onderwerp="Nieuw onderwerp").exists()


def test_keuze_van_agendaonderwerp_bij_een_afspraak_noemt_het_jaar(client, agenda):
    client.force_login(GebruikerFactory(rol="beheerder"))
    adres = reverse("wagtailsnippets_afspraken_uitvoeringsafspraak:edit", args=[agenda["live"].pk])
    soup = BeautifulSoup(client.get(adres).content, "html.parser")
    opties = [o.get_text() for o in soup.select("select[name=agendaonderwerp] option")]
    assert "2031 — Omgevingsplannen testen" in opties


def test_aantal_queries_groeit_niet_met_de_onderwerpen(client, agenda):
    def tel():
        with CaptureQueriesContext(connection) as vastgelegd:
            assert client.get(agenda["pagina"].url).status_code == 200
        return len(vastgelegd)

    tel()  # the first request of a test also fills caches (site, settings)
    voor = tel()
    for i in range(5):
        extra = AgendaOnderwerp.objects.create(
            agenda=agenda["pagina"],
            onderwerp=f"Extra onderwerp {i}",
            groep=agenda["openbare_groep"],
            kwartaal_van="2031-Q1",
        )
        extra.documenten.set([DocumentFactory(title=f"extra-document-{i}")])
        extra.documenten.commit()
        afspraak = UitvoeringsafspraakFactory(titel=f"Extra afspraak {i}", publiceren=True)
        afspraak.agendaonderwerp = extra
        afspraak.save()
    tel()  # the change renewed the shared data (inhoud/gedeeld.py): warm again
    na = tel()
    print(f"\nagenda: {voor} queries met 3 onderwerpen, {na} met 8")
    assert na == voor
