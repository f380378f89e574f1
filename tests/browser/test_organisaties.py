"""/organisaties/ (matrix and filters), an organisation's page and the party register in a
real Chromium at 320 and 1280 px: 0 axe-core violations, valid HTML (Nu HTML checker), no
horizontal scrolling of the page itself (the matrix scrolls in its own labelled, focusable
region) and the filter form works without JavaScript."""

import datetime

import pytest
from playwright.sync_api import expect

from organisaties.models import Deelname, Partijschap
from tests.factories import (
    KennisnetwerkPageFactory,
    OrganisatieFactory,
    OverlegFactory,
    TrekkerFactory,
)
from tests.helpers.browser import axe_controle, nu_controle

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def _gegevens():
    """Enough organisations, overleggen and a group for a matrix wider than a phone."""
    overleggen = [
        OverlegFactory(naam=f"Browseroverleg {i}", afkorting=f"BO-{i}", niveau=niveau)
        for i, niveau in enumerate(["strategisch", "tactisch", "operationeel"] * 2)
    ]
    groep = KennisnetwerkPageFactory(title="Kennisnetwerk Browsertest", publiceren=True)
    eerste = None
    for i in range(8):
        org = OrganisatieFactory(naam=f"Browsergemeente met een lange naam {i}")
        eerste = eerste or org
        Partijschap.objects.create(
            organisatie=org,
            ondertekend_op=datetime.date(2024, 3, 1),
            besluit="Raadsbesluit deelname",
            besluit_op=datetime.date(2024, 2, 1),
            besluit_link="https://example.org/besluit",
            uitgetreden_op=datetime.date(2025, 1, 1) if i == 3 else None,
        )
        for j, overleg in enumerate(overleggen):
            if (i + j) % 3 == 0:
                Deelname.objects.create(organisatie=org, overleg=overleg, rol="lid")
            if (i + j) % 4 == 1:
                Deelname.objects.create(organisatie=org, overleg=overleg, rol="adviseur")
        groep.organisaties.add(org)
    groep.save()
    TrekkerFactory(groep=groep, organisatie=eerste)
    overleggen[0].voorzitter_organisatie = eerste
    overleggen[0].save()
    return eerste


def test_organisatiepaginas_toegankelijk_en_geldig(browser, live_server):
    eerste = _gegevens()
    adressen = {
        "matrix": "/organisaties/",
        "matrix gefilterd": "/organisaties/?soort=gemeente&niveau=tactisch&rol=lid&partij=1",
        "matrix onbekend filter": "/organisaties/?soort=kasteel",
        "organisatie": eerste.get_absolute_url(),
        "partijen": "/organisaties/partijen/",
    }
    html = {}
    for breedte in (320, 1280):
        context = browser.new_context(viewport={"width": breedte, "height": 900})
        pagina = context.new_page()
        for naam, pad in adressen.items():
            antwoord = pagina.goto(live_server.url + pad)
            assert antwoord.status == 200, f"{naam}: {antwoord.status}"
            expect(pagina.locator("h1")).to_be_visible()
            assert pagina.evaluate("document.documentElement.scrollWidth") <= breedte, (
                f"{naam} op {breedte} px scrolt horizontaal"
            )
            fouten = axe_controle(pagina)
            assert not fouten, f"{naam} op {breedte} px: {fouten}"
            html[f"{naam} ({breedte} px)"] = antwoord.text()
        context.close()
    nu_fouten = {naam: f for naam, f in nu_controle(html).items() if f}
    assert not nu_fouten, f"de Nu HTML checker vond fouten: {nu_fouten}"


def test_matrix_scrolt_in_eigen_gebied_en_filter_werkt_zonder_javascript(browser, live_server):
    _gegevens()
    context = browser.new_context(viewport={"width": 320, "height": 900}, java_script_enabled=False)
    pagina = context.new_page()
    pagina.goto(live_server.url + "/organisaties/")
    gebied = pagina.get_by_role("region", name="Organisaties (rijen)")
    expect(gebied).to_have_attribute("tabindex", "0")
    breedte = gebied.evaluate("e => [e.scrollWidth, e.clientWidth]")
    assert breedte[0] > breedte[1], "de matrix is breder dan het scherm en scrolt in haar gebied"
    # The first column stays in view while the matrix scrolls.
    gebied.evaluate("e => { e.scrollLeft = 600; }")
    kolom = pagina.locator("tbody th").first.bounding_box()
    assert kolom["x"] >= 0 and kolom["x"] < 40
    pagina.get_by_label("Soort organisatie").select_option("gemeente")
    pagina.get_by_label("Rol", exact=True).select_option("adviseur")
    pagina.get_by_role("button", name="Filter toepassen").click()
    expect(pagina).to_have_url(
        live_server.url + "/organisaties/?soort=gemeente&niveau=&rol=adviseur"
    )
    expect(pagina.locator("tbody td").filter(has_text="lid")).to_have_count(0)
    expect(pagina.locator("tbody td").filter(has_text="adviseur").first).to_be_visible()
    csv_link = pagina.get_by_role("link", name="Download als CSV")
    expect(csv_link).to_have_attribute("href", "/organisaties/csv/?soort=gemeente&rol=adviseur")
    context.close()
