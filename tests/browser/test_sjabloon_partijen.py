"""The fill-in form of the modelconvenant (issue 14, item 9) in a real Chromium at 320 and
1280 px: one field per party, grouped by article, no horizontal scrolling; axe-core and the
Nu HTML checker on the empty form, after "Controleren" and with an error message."""

import pytest
from playwright.sync_api import expect

from materialen.models import Sjabloon
from tests.helpers.browser import axe_controle, nu_controle

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PARTIJEN = ["gemeente", "omgevingsdienst", "veiligheidsregio", "GGD", "provincie"]


@pytest.mark.parametrize("breedte", [320, 1280])
def test_invulformulier_per_partij_toegankelijk_en_valide(browser, live_server, breedte):
    sjabloon = Sjabloon.objects.get(titel="Modelconvenant risicogericht samenwerken")
    pagina = browser.new_page(viewport={"width": breedte, "height": 900})
    html_per_naam, axe = {}, {}

    antwoord = pagina.goto(f"{live_server.url}/sjablonen/{sjabloon.pk}/")
    html_per_naam["leeg"] = antwoord.text()
    partijen = pagina.get_by_role("group", name="Artikel 1.1 Partijen")
    for i, partij in enumerate(PARTIJEN, start=1):
        veld = partijen.get_by_label(f"Vertegenwoordiger van de {partij}", exact=True)
        expect(veld).to_be_visible()
        veld.fill(f"vertegenwoordiger (rol {i})")
    assert pagina.evaluate("document.documentElement.scrollWidth") <= breedte
    axe["leeg"] = axe_controle(pagina)

    # Only the kind of party as its name: a Dutch message at the field, no download.
    pagina.get_by_label("Naam van de gemeente", exact=True).fill("Gemeente")
    with pagina.expect_navigation() as navigatie:
        pagina.get_by_role("button", name="Controleren").click()
    html_per_naam["fout"] = navigatie.value.text()  # as sent, before scripts change it
    fout = pagina.locator(".utrecht-form-field-error-message")
    expect(fout).to_contain_text("Vul de naam zelf in")
    expect(pagina.get_by_label("Naam van de gemeente", exact=True)).to_have_attribute(
        "aria-invalid", "true"
    )
    axe["fout"] = axe_controle(pagina)

    pagina.get_by_label("Naam van de gemeente", exact=True).fill("Houten")
    with pagina.expect_navigation() as navigatie:
        pagina.get_by_role("button", name="Controleren").click()
    html_per_naam["na controle"] = navigatie.value.text()
    expect(pagina.get_by_role("button", name="Download als PDF")).to_be_visible()
    assert pagina.evaluate("document.documentElement.scrollWidth") <= breedte
    axe["na controle"] = axe_controle(pagina)
    # The filled values stay in their own fields after the check.
    expect(pagina.get_by_label("Vertegenwoordiger van de provincie", exact=True)).to_have_value(
        "vertegenwoordiger (rol 5)"
    )

    with pagina.expect_download() as download:
        pagina.get_by_role("button", name="Download als Word (DOCX)").click()
    assert download.value.suggested_filename.endswith(".docx")
    pagina.close()

    assert {naam: f for naam, f in axe.items() if f} == {}
    assert {naam: f for naam, f in nu_controle(html_per_naam).items() if f} == {}
