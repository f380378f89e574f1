"""Every page type of the demo site in a real headless Chromium: 0 axe-core violations
(WCAG 2.1 A/AA), 0 Nu HTML checker errors, usable at 320 px without horizontal scrolling.

New page types join automatically: a page type without a live demo page fails here."""

import os
import re
from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from django.contrib.auth.models import User

from wagtail.documents import get_document_model
from wagtail.models import Page, get_page_models

from afspraken.models import AfsprakenRegisterPage, Trefwoord, Uitvoeringsafspraak
from begrippen.models import Begrip, BegrippenIndexPage
from kennisplatform.models import InhoudPage
from kennisplatform.verplichte_paginas import SLUGS as VERPLICHTE_SLUGS
from redactie.demo import CONCEPT_DOCUMENT, demo_groep
from tests.helpers.browser import axe_controle, laad_axe, nu_controle, volg_csp_blokkades
from tests.helpers.tweefactor import app_van, code_voor_instellen, verse_code
from volgen.digest import afmeldsleutel

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ABSTRACTE_BASIS = {"GroepPage"}


def te_controleren_adressen(demo_laden=True):
    """{naam: pad} of every page the check opens; `demo_laden` first loads what is missing of
    the demo (scripts/schermafbeeldingen.py); the tests start from the demo (verse_demo)."""
    if demo_laden:
        from kennisplatform.demo.laden import laad_demo

        laad_demo()  # idempotent
    adressen = {}
    for model in get_page_models():
        if (
            model is Page
            or model._meta.app_label.startswith("wagtail")
            or model.__name__ in ABSTRACTE_BASIS
        ):
            continue
        pagina = model.objects.live().exact_type(model).first()
        assert pagina is not None, (
            f"paginatype {model.__name__} heeft geen demo-pagina om te controleren"
        )
        adressen[model.__name__] = pagina.url
    index = BegrippenIndexPage.objects.get()
    adressen["begrip (detail)"] = f"{index.url}{Begrip.objects.first().slug}/"
    adressen["begrippen gefilterd"] = f"{index.url}?filter=PSO"
    register = AfsprakenRegisterPage.objects.get().url
    adressen["afspraak (detail)"] = Uitvoeringsafspraak.objects.openbaar().first().get_url()
    adressen["afspraak met samenvatting van de wettekst"] = (
        Uitvoeringsafspraak.objects.openbaar()
        .filter(juridische_tekst_is_samenvatting=True, titel__endswith="…")
        .first()
        .get_url()
    )
    adressen["register gefilterd"] = (
        f"{register}?kerninstrument=omgevingsvergunning&niveau=ambtelijk"
    )
    adressen["register leeg resultaat"] = f"{register}?status=ingetrokken&ketenpartner=ggd"
    # The free-text field within the filters, a keyword typed by name, and the messages for
    # an unknown keyword; at 1280 px the filter panel is open (js/filterpaneel.js).
    adressen["register met zoekterm"] = f"{register}?q=vergunning&ketenpartner=gemeente"
    trefwoord = Trefwoord.objects.filter(content_object__in=Uitvoeringsafspraak.objects.openbaar())
    adressen["register trefwoord op naam"] = (
        f"{register}?trefwoord={quote(trefwoord.first().tag.name)}&q=afstemming"
    )
    adressen["register onbekend trefwoord"] = f"{register}?trefwoord=bestaat-niet&q={'x' * 1200}"
    from materialen.models import Bijeenkomst, Sjabloon

    adressen["sjablonen"] = "/sjablonen/"
    adressen["sjabloon invullen"] = f"/sjablonen/{Sjabloon.objects.order_by('titel').last().pk}/"
    adressen["bijeenkomsten"] = "/bijeenkomsten/"
    voorbij = Bijeenkomst.objects.filter(werkmaterialen__isnull=False).distinct().first()
    adressen["bijeenkomst (met materiaal)"] = f"/bijeenkomsten/{voorbij.pk}/"
    adressen["groep met materiaal"] = voorbij.groep.url
    adressen["bijeenkomsten van een groep"] = f"/bijeenkomsten/?groep={voorbij.groep.slug}"
    adressen["groep met eigen pagina's"] = "/themagroepen/risicogericht-samenwerken/"
    adressen["begrip met gebruik"] = f"{index.url}partijen/"
    # The convenant (the richest content page) and the mandatory pages of the footer.
    adressen["convenant"] = InhoudPage.objects.get(slug="convenant").url
    for slug in VERPLICHTE_SLUGS:
        adressen[slug] = InhoudPage.objects.get(slug=slug).url
    adressen["404-pagina"] = "/bestaat-niet/"
    adressen["uitloggen"] = "/uitloggen/"
    adressen["inloggen"] = "/inloggen/?next=/admin/"
    adressen["zoeken (leeg)"] = "/zoeken/"
    adressen["zoeken met resultaten"] = "/zoeken/?q=vergunning+handhaving"
    adressen["zoeken met filter"] = "/zoeken/?q=omgevingsdienst&soort=begrip"
    adressen["zoeken met suggestie"] = "/zoeken/?q=handhavngs"
    adressen["zoeken zonder resultaat"] = "/zoeken/?q=xyzzyx"
    # Issue 17: the API's documentation page and the confirm page of a digest's unsubscribe link.
    adressen["API-documentatie"] = "/api/v1/documentatie"
    lezer = User.objects.get_or_create(username="lezer-afmelden")[0]
    adressen["overzichtsmail afmelden"] = f"/volglijst/afmelden/{afmeldsleutel(lezer)}/"
    return adressen


def test_alle_paginatypen_toegankelijk_en_valide(browser, live_server):
    adressen = te_controleren_adressen(demo_laden=False)
    context = browser.new_context()
    pagina = context.new_page()
    axe_fouten, html_per_naam, te_breed, voet_fouten = {}, {}, {}, {}
    csp_blokkades = volg_csp_blokkades(pagina, [])
    for naam, pad in adressen.items():
        antwoord = pagina.goto(live_server.url + pad)
        verwacht = 404 if naam == "404-pagina" else 200
        assert antwoord.status == verwacht, f"{naam} ({pad}) gaf {antwoord.status}"
        html_per_naam[naam] = antwoord.text()
        fouten = axe_controle(pagina)
        if fouten:
            axe_fouten[naam] = fouten
        voet = voetlinks_en_contrast(pagina)
        if voet["contrast"] < 4.5 or not set(VERPLICHTE_SLUGS) <= set(voet["links"]):
            voet_fouten[naam] = voet
    # A state a GET cannot reach: the template form after "Controleren" (materialen/).
    html, fouten = sjabloon_na_controle(pagina, live_server.url)
    html_per_naam["sjabloon na controle"] = html
    if fouten:
        axe_fouten["sjabloon na controle"] = fouten
    # Our own admin screens (import of agreements, review report): checked on the part our
    # templates render, inside Wagtail's admin frame.
    for naam, (html, fouten) in beheerschermen(browser, live_server.url, csp_blokkades).items():
        html_per_naam[naam] = html
        if fouten:
            axe_fouten[naam] = fouten
    # Responsive down to 320 px: no horizontal scrolling on any page.
    smal = browser.new_context(viewport={"width": 320, "height": 640})
    smalle_pagina = smal.new_page()
    for naam, pad in adressen.items():
        smalle_pagina.goto(live_server.url + pad)
        breedte = smalle_pagina.evaluate("document.documentElement.scrollWidth")
        if breedte > 320:
            te_breed[naam] = breedte
    context.close()
    smal.close()
    skiplink = skiplink_en_focus(browser, live_server.url)
    nu_fouten = {naam: f for naam, f in nu_controle(html_per_naam).items() if f}

    assert not csp_blokkades, f"de Content-Security-Policy blokkeerde iets: {csp_blokkades}"
    assert not axe_fouten, f"axe-core vond schendingen: {axe_fouten}"
    assert not nu_fouten, f"de Nu HTML checker vond fouten: {nu_fouten}"
    assert not te_breed, f"pagina's breder dan 320 px: {te_breed}"
    assert not voet_fouten, (
        "elke pagina linkt in de voet naar contact, toegankelijkheid, privacy en colofon, "
        f"met een contrast van minstens 4,5:1; afwijkend: {voet_fouten}"
    )
    assert skiplink == ("#inhoud", True, "inhoud"), (
        "de eerste tab-stop is de skiplink, met zichtbare focus, en die brengt de focus naar de "
        f"inhoud; gevonden: {skiplink}"
    )


def voetlinks_en_contrast(pagina):
    """The first path segment of every footer link, and the lowest contrast ratio of a footer
    link's colour against the footer's background colour and every colour of its background
    image (axe-core cannot judge text on a gradient and leaves it out)."""
    return pagina.evaluate(
        """() => {
        const rgb = (s) => (s.match(/rgba?\\([^)]*\\)/g) || []).map(
            (c) => c.match(/[\\d.]+/g).map(Number));
        const lum = ([r, g, b]) => [r, g, b].map((v) => {
            v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
            .reduce((t, v, i) => t + v * [0.2126, 0.7152, 0.0722][i], 0);
        const ratio = (a, b) => {
            const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
            return (x + 0.05) / (y + 0.05); };
        const voet = document.querySelector("footer");
        if (!voet) return {links: [], contrast: 0};
        const stijl = getComputedStyle(voet);
        const achtergronden = [...rgb(stijl.backgroundColor), ...rgb(stijl.backgroundImage)]
            .filter((c) => c.length < 4 || c[3] > 0);
        let laagste = achtergronden.length ? Infinity : 0;
        const links = [];
        for (const a of voet.querySelectorAll("a")) {
            links.push(new URL(a.href).pathname.split("/")[1]);
            const kleur = rgb(getComputedStyle(a).color)[0];
            for (const bg of achtergronden) laagste = Math.min(laagste, ratio(kleur, bg));
        }
        return {links, contrast: laagste};
    }"""
    )


def skiplink_en_focus(browser, basis):
    """(href of the first tab stop, whether its focus is visible, id focused after Enter)."""
    pagina = browser.new_page()
    pagina.goto(basis + "/")
    pagina.keyboard.press("Tab")
    href = pagina.evaluate("document.activeElement.getAttribute('href')")
    outline = pagina.evaluate(
        "(() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, s.outlineWidth]; })()"
    )
    pagina.keyboard.press("Enter")
    gefocust = pagina.evaluate("document.activeElement.id")
    pagina.close()
    return href, outline[0] != "none" and outline[1] != "0px", gefocust


def sjabloon_na_controle(pagina, basis):
    """Fill one placeholder of the modelconvenant and press "Controleren": the open
    placeholders are listed before the download. Returns (html as sent, axe violations)."""
    from materialen.models import Sjabloon

    sjabloon = Sjabloon.objects.get(titel="Modelconvenant risicogericht samenwerken")
    pagina.goto(f"{basis}/sjablonen/{sjabloon.pk}/")
    pagina.get_by_label("Naam van de gemeente", exact=True).fill("Utrecht")
    with pagina.expect_navigation() as navigatie:
        pagina.get_by_role("button", name="Controleren").click()
    html = navigatie.value.text()  # as the server sent it, before axe-core is injected
    assert "invulplekken zijn niet ingevuld" in html
    assert pagina.get_by_role("button", name="Download als PDF").is_visible()
    return html, axe_controle(pagina)


EIGEN_DEEL = "main .nice-padding"
FRAGMENT = (
    '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{titel}</title></head>'
    "<body><main>{inhoud}</main></body></html>"
)


def beheerschermen(browser, basis, csp_blokkades):
    """Log in as coördinator and check the admin screens with our own templates: the import
    (empty, with an error table, with a preview) and the review report. Returns, per screen,
    (our part as a standalone HTML document for the Nu checker, axe violations in our part)."""
    import os
    from pathlib import Path

    voorbeeld = Path(__file__).resolve().parent.parent / "data" / "afspraken_voorbeeld.csv"
    geldig = voorbeeld.parent.parent.parent / "afspraken" / "demo" / "afspraken_voorbeeld.csv"
    context = browser.new_context()
    pagina = context.new_page()
    volg_csp_blokkades(pagina, csp_blokkades)
    pagina.goto(basis + "/admin/login/")  # leads to /inloggen/, the one login screen
    pagina.fill("#id_username", "coordinator")
    pagina.fill("#id_password", os.environ["DEMO_PASSWORD"])
    with pagina.expect_navigation():
        pagina.click("main button[type=submit]")
    # The second factor (issue 17.2): the coördinator has none yet, so the set-up step, then
    # the recovery codes; whole pages of the public site.
    uitkomst = tweefactorschermen(pagina, basis, "coordinator")

    def controleer(naam, deel=EIGEN_DEEL, zonder=(), op=None):
        op = op or pagina
        uitkomst[naam] = eigen_deel_gecontroleerd(op, deel, zonder)

    pagina.goto(basis + "/admin/afspraken/importeren/")
    controleer("beheer: afspraken importeren")
    pagina.set_input_files("input[type=file]", str(voorbeeld))
    with pagina.expect_navigation():
        pagina.get_by_role("button", name="Controleren").click()
    assert "niets opgeslagen" in pagina.content()
    controleer("beheer: import met fouten")
    pagina.goto(basis + "/admin/afspraken/importeren/")
    pagina.set_input_files("input[type=file]", str(geldig))
    with pagina.expect_navigation():
        pagina.get_by_role("button", name="Controleren").click()
    assert "Importeren bevestigen" in pagina.content()
    controleer("beheer: voorvertoning import")
    pagina.goto(basis + "/admin/te-herzien/")
    controleer("beheer: te herzien")
    pagina.goto(basis + "/admin/groepsleden/")
    controleer("beheer: groepsleden")
    # The page editor with its preview panel: the preview frames the page as the site
    # serves it, under the public Content-Security-Policy (blockades are collected above).
    inhoudspagina = InhoudPage.objects.get(slug="convenant")
    pagina.goto(f"{basis}/admin/pages/{inhoudspagina.pk}/edit/")
    pagina.locator("button[data-side-panel-toggle='preview']").first.click()
    pagina.frame_locator("#w-preview-iframe").locator("main#inhoud").wait_for(state="attached")
    uitkomst.update(beoordelingsschermen(pagina, basis))
    # The trekker's flow (issue 13) in Wagtail's screens: the coördinator's moderation list
    # (dashboard with the page awaiting review, the workflow report) ...
    pagina.goto(basis + "/admin/")
    assert "In afwachting van jouw beoordeling" in pagina.content()
    controleer("beheer: dashboard coördinator (beoordelingen)", "main", WAGTAIL_LIJSTEN)
    pagina.goto(basis + "/admin/reports/workflow/")
    controleer("beheer: workflows", "main", WAGTAIL_LIJSTEN)
    context.close()
    # ... and the trekker's screens: dashboard, the upload form with its choice openbaar or
    # werkruimte, a document's edit form, the group page's editor. Wagtail's own widgets that
    # are not ours (tag field, rich text editor, editing sessions) are left out of the check.
    context = browser.new_context()
    trekker = context.new_page()
    volg_csp_blokkades(trekker, csp_blokkades)
    inloggen(trekker, basis, "trekker")
    trekker.goto(basis + "/admin/")
    assert "localhost" not in trekker.title()
    controleer("beheer: dashboard trekker", "main", WAGTAIL_LIJSTEN, op=trekker)
    trekker.goto(basis + "/admin/documents/add/")
    assert trekker.get_by_label("Openbaar (groepsmateriaal)").is_visible()
    controleer("beheer: document uploaden (trekker)", "main form", WAGTAIL_WIDGETS, op=trekker)
    concept = get_document_model().objects.get(title=CONCEPT_DOCUMENT)
    trekker.goto(f"{basis}/admin/documents/edit/{concept.pk}/")
    controleer("beheer: document wijzigen (trekker)", "main form", WAGTAIL_WIDGETS, op=trekker)
    trekker.goto(f"{basis}/admin/pages/{demo_groep().pk}/edit/")
    controleer("beheer: groepspagina bewerken (trekker)", "main form", WAGTAIL_WIDGETS, op=trekker)
    context.close()
    return uitkomst


def beoordelingsschermen(pagina, basis):
    """The review screens of redactie/beoordeling.py, as the coördinator (already logged in)
    sees them for a submitted open page that links a werkruimte document: the warning on the
    dashboard (our panel) and in the page editor (our message). Same return as above."""
    from django.contrib.auth.models import User
    from django.utils.text import slugify

    from groepen.models import GroepPage
    from kennisplatform.models import InhoudPage
    from redactie import rollen
    from tests.factories import DocumentFactory

    groep = GroepPage.objects.filter(rechten__isnull=False).order_by("path").first()
    document = DocumentFactory(
        title="Concept uitvoeringsnotitie", collection=groep.rechten.werkruimte_collectie
    )
    titel = "Uitvoeringsnotitie met bijlage"
    ingediend = InhoudPage(title=titel, slug=slugify(titel), intro="Ter beoordeling.", live=False)
    groep.add_child(instance=ingediend)
    ingediend.body = [("document", {"document": document, "titel": ""})]
    trekker = User.objects.get(username="trekker")
    ingediend.save_revision(user=trekker)
    rollen.zorg_voor_rollen()["workflow"].start(ingediend, trekker)
    uitkomst = {}

    def controleer(naam, deel):
        inhoud = pagina.inner_html(deel)
        laad_axe(pagina)
        resultaat = pagina.evaluate(
            """async (deel) => await axe.run({include: [deel]}, {runOnly: {type: "tag",
                values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})""",
            deel,
        )
        fouten = [f"{v['id']}: {v['help']}" for v in resultaat["violations"]]
        uitkomst[naam] = (FRAGMENT.format(titel=pagina.title(), inhoud=inhoud), fouten)

    pagina.goto(basis + "/admin/")
    assert "Concept uitvoeringsnotitie" in pagina.inner_text("#kp-besloten-documenten-section")
    controleer("beheer: dashboard, besloten documenten", "#kp-besloten-documenten-section")
    pagina.goto(f"{basis}/admin/pages/{ingediend.pk}/edit/")
    assert "Concept uitvoeringsnotitie" in pagina.inner_text(".messages")
    controleer("beheer: editor, waarschuwing besloten document", ".messages")
    return uitkomst


# Wagtail's widgets in the trekker's screens, outside the platform's own parts: the tag field
# (an unlabelled jQuery autocomplete input), the rich text editor and the editing sessions.
WAGTAIL_WIDGETS = (".ui-autocomplete-input", ".Draftail-Editor", "[class*='w-editing-sessions']")
# In Wagtail's lists (dashboard panels, workflow report): its <time datetime> with
# microseconds and its dropdown menus (a <div type>, <div> inside <button>) fail the Nu
# checker; Wagtail's markup, not the platform's.
WAGTAIL_LIJSTEN = ("time", ".w-dropdown")


def tweefactorschermen(pagina, basis, gebruikersnaam):
    """From the set-up step (right after the password) to the admin, checking each page of the
    second factor: set-up, recovery codes, "Mijn tweede factor" (the HTML as the server sent
    it, as for the other pages of the site)."""
    uitkomst = {}

    def controleer(naam, antwoord):
        uitkomst[naam] = (antwoord.text(), axe_controle(pagina))

    expect(pagina).to_have_url(re.compile(r"/tweede-factor/instellen/"))
    controleer("tweede factor: instellen", pagina.goto(pagina.url))
    user = User.objects.get(username=gebruikersnaam)
    pagina.fill("#id_code", code_voor_instellen(user))
    with pagina.expect_navigation() as navigatie:
        pagina.click("main button[type=submit]")
    expect(pagina).to_have_url(re.compile(r"/tweede-factor/herstelcodes/"))
    controleer("tweede factor: herstelcodes", navigatie.value)
    controleer("tweede factor: mijn tweede factor", pagina.goto(basis + "/tweede-factor/mijn/"))
    return uitkomst


def inloggen(pagina, basis, gebruikersnaam):
    """Log in through the platform's one login screen, on to the admin: an editor gives the
    code of their authenticator app as the second step (issue 17.2; the device is made here)."""
    apparaat = app_van(User.objects.get(username=gebruikersnaam))
    pagina.goto(basis + "/inloggen/?next=/admin/")
    pagina.fill("#id_username", gebruikersnaam)
    pagina.fill("#id_password", os.environ["DEMO_PASSWORD"])
    with pagina.expect_navigation():
        pagina.click("main button[type=submit]")
    expect(pagina).to_have_url(re.compile(r"/tweede-factor/"))
    pagina.fill("#id_code", verse_code(apparaat))
    with pagina.expect_navigation():
        pagina.click("main button[type=submit]")
    expect(pagina).to_have_url(re.compile(r"/admin/"))


def eigen_deel_gecontroleerd(pagina, deel=EIGEN_DEEL, zonder=()):
    """(The part `deel` of the admin screen as a standalone HTML document for the Nu checker,
    axe-core violations in that part, Wagtail's widgets `zonder` left out of both.)"""
    titel = pagina.title()
    inhoud = pagina.evaluate(
        """([deel, zonder]) => { const kopie = document.querySelector(deel).cloneNode(true);
            zonder.forEach(s => kopie.querySelectorAll(s).forEach(e => e.remove()));
            return kopie.innerHTML; }""",
        [deel, list(zonder)],
    )
    laad_axe(pagina)
    resultaat = pagina.evaluate(
        """async ([deel, zonder]) => await axe.run(
            {include: [deel], exclude: zonder.map(s => [s])},
            {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})""",
        [deel, list(zonder)],
    )
    fouten = [
        f"{v['id']}: {v['help']} {[n['target'] for n in v['nodes']][:3]}"
        for v in resultaat["violations"]
    ]
    return FRAGMENT.format(titel=titel, inhoud=inhoud), fouten
