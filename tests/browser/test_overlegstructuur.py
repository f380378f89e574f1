"""The overlegstructuur page with its diagram and an overleg page (issue 14.1, 14.2) in a real
Chromium at 1280 and 320 px: 0 axe-core violations, 0 Nu HTML checker errors, no horizontal
scrolling of the page at 320 px (the diagram scrolls inside its own labelled, focusable
region), and every box of the diagram reachable with the keyboard.

KP_SCHERMAFDRUKKEN=<folder> keeps the screenshots for a person to look at."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from organisaties.models import (
    Organisatie,
    Overleg,
    OverlegRelatie,
    OverlegstructuurPage,
    Partijschap,
)
from tests.helpers.browser import axe_controle, nu_controle, volg_csp_blokkades
from tests.samenwerking.helpers import maak_structuur, vul_overleg

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def _gegevens():
    data = maak_structuur(4)
    bpso, apso = Overleg.objects.get(afkorting="B-PSO"), Overleg.objects.get(afkorting="A-PSO")
    OverlegRelatie.objects.get_or_create(van=apso, soort="bereidt_voor", naar_overleg=bpso)
    OverlegRelatie.objects.get_or_create(van=bpso, soort="besluit", naar_overleg=apso)
    vul_overleg(apso, 2)
    for organisatie in Organisatie.objects.all()[:5]:
        Partijschap.objects.get_or_create(organisatie=organisatie)
    return {
        "overlegstructuur": OverlegstructuurPage.objects.get().url,
        "overleg": apso.get_absolute_url(),
        "overleg zonder gegevens": data["overleggen"][1].get_absolute_url(),
    }


def test_overlegstructuur_en_overleg_toegankelijk_en_valide(browser, live_server):
    adressen = _gegevens()
    map_ = os.environ.get("KP_SCHERMAFDRUKKEN")
    html, axe, te_breed = {}, {}, {}
    for breedte in (1280, 320):
        context = browser.new_context(viewport={"width": breedte, "height": 900})
        pagina = context.new_page()
        blokkades = volg_csp_blokkades(pagina, [])
        for naam, pad in adressen.items():
            antwoord = pagina.goto(live_server.url + pad)
            assert antwoord.status == 200, naam
            html[naam] = antwoord.text()
            if fouten := axe_controle(pagina):
                axe[f"{naam} ({breedte})"] = fouten
            if pagina.evaluate("document.documentElement.scrollWidth") > breedte:
                te_breed[f"{naam} ({breedte})"] = breedte
            if map_:
                Path(map_).mkdir(parents=True, exist_ok=True)
                bestand = f"{naam.replace(' ', '-')}-{breedte}.png"
                pagina.screenshot(path=str(Path(map_) / bestand), full_page=True)
                if naam == "overlegstructuur":
                    pagina.locator(".kp-diagram").screenshot(
                        path=str(Path(map_) / f"schema-{breedte}.png")
                    )
        assert not blokkades, blokkades
        context.close()
    fouten = {naam: f for naam, f in nu_controle(html).items() if f}
    assert not axe, f"axe-core vond schendingen: {axe}"
    assert not fouten, f"de Nu HTML checker vond fouten: {fouten}"
    assert not te_breed, f"breder dan het scherm: {te_breed}"


def test_schema_met_het_toetsenbord(browser, live_server):
    adressen = _gegevens()
    context = browser.new_context(viewport={"width": 320, "height": 700})
    pagina = context.new_page()
    pagina.goto(live_server.url + adressen["overlegstructuur"])
    regio = pagina.get_by_role("region", name="Schema van de overlegstructuur (schuifbaar)")
    expect(regio).to_be_visible()
    regio.focus()
    expect(regio).to_be_focused()
    # The region scrolls sideways; the page itself does not.
    assert regio.evaluate("e => e.scrollWidth > e.clientWidth")
    pagina.keyboard.press("Tab")
    eerste = pagina.locator(".kp-diagram__vak").first
    expect(eerste).to_be_focused()
    with pagina.expect_navigation():
        pagina.keyboard.press("Enter")
    expect(pagina.get_by_role("heading", level=1)).to_contain_text("(B-PSO)")
    context.close()
