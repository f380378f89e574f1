"""The site header in a real Chromium: the menu button at 320 px, the header search with its
suggestions chosen by keyboard, and the logged-in header, each state checked with axe-core."""

import os
from urllib.parse import parse_qs, urlparse

import pytest

from tests.helpers.browser import axe_controle, volg_csp_blokkades
from tests.helpers.tweefactor import code_uit_geheim

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_menuknop_op_320_px_klapt_het_menu_in_en_uit(browser, live_server):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    pagina = context.new_page()
    blokkades = volg_csp_blokkades(pagina, [])
    pagina.goto(live_server.url + "/")
    knop = pagina.locator("header .kp-menuknop")
    menu = pagina.locator("#kp-menu")
    eerste_link = menu.locator("nav a").first

    assert knop.is_visible()
    assert knop.get_attribute("aria-expanded") == "false"
    assert not eerste_link.is_visible()
    # Closed, the header leaves the page to the content: well under 200 px at 320 px.
    hoogte = pagina.evaluate("document.querySelector('header').getBoundingClientRect().height")
    assert hoogte < 200, hoogte
    assert pagina.evaluate("document.documentElement.scrollWidth") <= 320

    knop.click()
    assert knop.get_attribute("aria-expanded") == "true"
    assert eerste_link.is_visible()
    assert menu.get_by_role("link", name="Bijeenkomsten").is_visible()
    assert axe_controle(pagina) == []
    assert pagina.evaluate("document.documentElement.scrollWidth") <= 320

    # Escape in the menu closes it and puts the focus back on the button.
    eerste_link.focus()
    pagina.keyboard.press("Escape")
    assert knop.get_attribute("aria-expanded") == "false"
    assert not eerste_link.is_visible()
    assert pagina.evaluate("document.activeElement.classList.contains('kp-menuknop')")

    # With the keyboard: Enter on the button opens it again.
    knop.focus()
    pagina.keyboard.press("Enter")
    assert knop.get_attribute("aria-expanded") == "true" and eerste_link.is_visible()
    knop.click()
    assert knop.get_attribute("aria-expanded") == "false" and not eerste_link.is_visible()

    # Wide, the menu is always there and the button is not.
    pagina.set_viewport_size({"width": 1280, "height": 800})
    assert not knop.is_visible()
    assert eerste_link.is_visible()
    context.close()
    assert not blokkades, blokkades


def test_menu_zonder_javascript_is_gewoon_zichtbaar(browser, live_server):
    context = browser.new_context(viewport={"width": 320, "height": 640}, java_script_enabled=False)
    pagina = context.new_page()
    pagina.goto(live_server.url + "/")
    assert not pagina.locator("header .kp-menuknop").is_visible()
    assert pagina.locator("#kp-menu nav a").first.is_visible()
    context.close()


def test_zoeken_in_de_kop_suggereert_en_kiest_met_het_toetsenbord(browser, live_server):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    pagina = context.new_page()
    blokkades = volg_csp_blokkades(pagina, [])
    pagina.goto(live_server.url + "/sjablonen/")
    veld = pagina.locator("header form[role=search] input[name=q]")
    veld.click()
    veld.press_sequentially("vergunning hand", delay=30)
    opties = pagina.locator("header [role=listbox] [role=option]")
    opties.first.wait_for(state="visible", timeout=5000)
    assert veld.get_attribute("role") == "combobox"
    assert veld.get_attribute("aria-expanded") == "true"
    teksten = opties.all_inner_texts()
    assert teksten and all(t.startswith("vergunning hand") for t in teksten), teksten
    assert axe_controle(pagina) == []

    veld.press("ArrowDown")
    veld.press("ArrowDown")
    tweede = opties.nth(1)
    assert veld.get_attribute("aria-activedescendant") == tweede.get_attribute("id")
    assert tweede.get_attribute("aria-selected") == "true"
    veld.press("ArrowUp")
    assert veld.get_attribute("aria-activedescendant") == opties.first.get_attribute("id")
    gekozen = opties.first.inner_text()

    with pagina.expect_navigation():
        veld.press("Enter")
    adres = urlparse(pagina.url)
    assert adres.path == "/zoeken/"
    assert parse_qs(adres.query)["q"] == [gekozen]
    assert pagina.locator("main .kp-resultaat").count() > 0

    # Escape closes the suggestions without leaving the page.
    veld = pagina.locator("header form[role=search] input[name=q]")
    veld.fill("")
    veld.press_sequentially("omgevings", delay=30)
    pagina.locator("header [role=listbox] [role=option]").first.wait_for(state="visible")
    veld.press("Escape")
    assert veld.get_attribute("aria-expanded") == "false"
    assert not pagina.locator("header [role=listbox]").is_visible()
    assert urlparse(pagina.url).path == "/zoeken/"
    context.close()
    assert not blokkades, blokkades


def test_ingelogde_kop_met_userbar(browser, live_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pagina = context.new_page()
    blokkades = volg_csp_blokkades(pagina, [])
    # The admin's login leads to the site's one login screen, and back to the admin after.
    pagina.goto(live_server.url + "/admin/pages/")
    assert urlparse(pagina.url).path == "/inloggen/"
    pagina.fill("#id_username", "trekker")
    pagina.fill("#id_password", os.environ["DEMO_PASSWORD"])
    with pagina.expect_navigation():
        pagina.locator("main form button").click()
    # The second factor (issue 17.2): the trekker sets up an app from the secret on the page,
    # sees the recovery codes once and goes on to where they were going.
    assert urlparse(pagina.url).path == "/tweede-factor/instellen/"
    pagina.fill("#id_code", code_uit_geheim(pagina.content()))
    with pagina.expect_navigation():
        pagina.locator("main form button").click()
    assert urlparse(pagina.url).path == "/tweede-factor/herstelcodes/"
    assert pagina.locator("main .kp-herstelcodes li").count() == 10
    with pagina.expect_navigation():
        pagina.get_by_role("link", name="Ik heb de codes bewaard, verder").click()
    assert urlparse(pagina.url).path.startswith("/admin/pages/")  # the trekker's own group

    pagina.goto(live_server.url + "/")
    header = pagina.locator("header")
    assert "Ingelogd als" in header.inner_text()
    assert header.get_by_role("button", name="Uitloggen").is_visible()
    assert header.get_by_role("link", name="Beheer").is_visible()
    # Wagtail's userbar with its accessibility checker, under the site's strict policy.
    trigger = pagina.locator("wagtail-userbar #wagtail-userbar-trigger")
    trigger.wait_for(state="visible")
    trigger.click()
    pagina.locator("wagtail-userbar #checker-trigger").click()
    pagina.locator("wagtail-userbar #checker-results").wait_for(state="visible")
    assert axe_controle(pagina) == []

    pagina.set_viewport_size({"width": 320, "height": 640})
    pagina.locator("header .kp-menuknop").click()
    assert header.get_by_role("button", name="Uitloggen").is_visible()
    with pagina.expect_navigation():
        header.get_by_role("button", name="Uitloggen").click()
    assert "U bent uitgelogd" in pagina.locator("main").inner_text()
    assert "Ingelogd als" not in pagina.locator("header").inner_text()
    context.close()
    assert not blokkades, blokkades
