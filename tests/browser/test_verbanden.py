"""The pages of part "verbanden" (issue 14.4, 14.5) in a real Chromium: axe-core (WCAG 2.1
A/AA) and the Nu HTML checker without errors, no horizontal scrolling at 320 px; first on the
database as migrated (no samenwerkingsverbanden), then with data. With VERBANDEN_SCHERMEN=<map>
the screenshots at 320 and 1280 px are written there."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from wagtail.models import PageViewRestriction

from kennisplatform.models import HomePage
from organisaties.models import (
    AgendaOnderwerp,
    Onderwerp,
    Organisatie,
    SamenwerkingsagendaPage,
    Samenwerkingsverband,
)
from tests.factories import DocumentFactory, KennisnetwerkPageFactory, UitvoeringsafspraakFactory
from tests.helpers.browser import axe_controle, nu_controle

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def _gegevens():
    gemeente = Organisatie.objects.create(naam="Gemeente Testvliet", soort="gemeente")
    provincie = Organisatie.objects.create(naam="Provincie Testland", soort="provincie")
    verband = Samenwerkingsverband.objects.create(
        naam="Regionale Uitvoeringsdienst Testland",
        afkorting="RUT",
        slug="rut",
        rechtsvorm="gemeenschappelijke_regeling",
        omschrijving="Voert vergunningverlening, toezicht en handhaving uit.",
        website="https://www.regionale-uitvoeringsdienst-testland.example/over-ons/bestuur",
    )
    verband.onderwerpen.set(Onderwerp.objects.filter(slug__in=["vth", "omgevingswet"]))
    verband.organisaties.set([gemeente, provincie])
    voorbeeld = Samenwerkingsverband.objects.create(
        naam="Netwerk Testwater", slug="netwerk-testwater", rechtsvorm="netwerk", is_voorbeeld=True
    )
    voorbeeld.onderwerpen.set(Onderwerp.objects.filter(slug="water"))

    agenda = SamenwerkingsagendaPage(
        title="Samenwerkingsagenda 2031", slug="agenda-2031", jaar=2031
    )
    HomePage.objects.get().add_child(instance=agenda)
    agenda.save_revision().publish()
    groep = KennisnetwerkPageFactory(title="Besloten Testgroep")
    PageViewRestriction.objects.create(page=groep, restriction_type=PageViewRestriction.LOGIN)
    item = AgendaOnderwerp.objects.create(
        agenda=agenda,
        onderwerp="Afstemming omgevingsplannen in de regio",
        beleidsvraagstuk="Hoe voorkomen we tegenstrijdige regels aan de gemeentegrens?",
        doel="Een gedeelde werkwijze.",
        randvoorwaarden="Capaciteit bij elke partij.",
        aanpak="Drie werksessies.",
        trekker="trekker ODU",
        groep=groep,
        kwartaal_van="2031-Q2",
        kwartaal_tot="2031-Q3",
        status="loopt",
        gepland="Werkwijze vastgesteld.",
        bereikt="Twee werksessies gehouden.",
        voortgang_toelichting="De derde sessie schuift op.",
    )
    item.documenten.set([DocumentFactory(title="verslag-werksessie")])
    item.documenten.commit()
    AgendaOnderwerp.objects.create(
        agenda=agenda,
        onderwerp="Doorlopend onderwerp",
        kwartaal_van="2030-Q3",
        kwartaal_tot="2032-Q1",
        status="vertraagd",
    )
    AgendaOnderwerp.objects.create(agenda=agenda, onderwerp="Nog te plannen onderwerp")
    afspraak = UitvoeringsafspraakFactory(titel="Testafspraak omgevingsplannen", publiceren=True)
    afspraak.agendaonderwerp = item
    afspraak.save()
    return agenda, item


def _controleer(browser, basis, adressen, schermen):
    fouten, te_breed, html = {}, {}, {}
    for breedte in (1280, 320):
        context = browser.new_context(viewport={"width": breedte, "height": 900})
        pagina = context.new_page()
        for naam, pad in adressen.items():
            antwoord = pagina.goto(basis + pad)
            assert antwoord.status == 200, f"{naam} ({pad}) gaf {antwoord.status}"
            if breedte == 1280:
                html[naam] = antwoord.text()
                if gevonden := axe_controle(pagina):
                    fouten[naam] = gevonden
            elif pagina.evaluate("document.documentElement.scrollWidth") > 320:
                te_breed[naam] = pagina.evaluate("document.documentElement.scrollWidth")
            if schermen:
                pagina.screenshot(path=str(schermen / f"{naam}-{breedte}.png"), full_page=True)
        context.close()
    nu = {naam: f for naam, f in nu_controle(html).items() if f}
    assert not fouten, f"axe-core vond schendingen: {fouten}"
    assert not nu, f"de Nu HTML checker vond fouten: {nu}"
    assert not te_breed, f"pagina's breder dan 320 px: {te_breed}"


def test_verbanden_en_agenda_toegankelijk_en_valide(browser, live_server, verse_demo):
    schermen = os.environ.get("VERBANDEN_SCHERMEN")
    schermen = Path(schermen) if schermen else None
    if schermen:
        schermen.mkdir(parents=True, exist_ok=True)
    # The database as migrated: no samenwerkingsverbanden yet.
    verse_demo.gemigreerd()
    _controleer(browser, live_server.url, {"verbanden-leeg": "/samenwerkingsverbanden/"}, schermen)

    verse_demo.demo()  # the database with the demo, as the demo loader leaves it
    agenda, item = _gegevens()
    _controleer(
        browser,
        live_server.url,
        {
            "verbanden": "/samenwerkingsverbanden/",
            "verbanden-gefilterd": "/samenwerkingsverbanden/?onderwerp=vth&rechtsvorm=gemeenschappelijke_regeling",
            "verbanden-onbekend-filter": "/samenwerkingsverbanden/?onderwerp=xyz",
            "verband": "/samenwerkingsverbanden/rut/",
            "agenda": agenda.url,
        },
        schermen,
    )

    # The filter form works without JavaScript, and the timeline links to the item.
    context = browser.new_context(java_script_enabled=False)
    pagina = context.new_page()
    pagina.goto(live_server.url + "/samenwerkingsverbanden/")
    pagina.select_option("#filter-rechtsvorm", "netwerk")
    pagina.get_by_role("button", name="Filteren").click()
    netwerken = Samenwerkingsverband.objects.filter(rechtsvorm="netwerk").count()
    assert netwerken >= 1  # ours, and the demo's
    verwacht = "1 samenwerkingsverband" if netwerken == 1 else f"{netwerken} samenwerkingsverbanden"
    expect(pagina.get_by_role("status")).to_contain_text(verwacht)
    expect(pagina.get_by_role("link", name="Netwerk Testwater")).to_be_visible()
    pagina.goto(live_server.url + agenda.url)
    pagina.get_by_role("link", name="Afstemming omgevingsplannen in de regio").click()
    expect(pagina.locator(f"#onderwerp-{item.pk}")).to_be_in_viewport()
    expect(pagina.locator("body")).not_to_contain_text("Besloten Testgroep")
    context.close()
