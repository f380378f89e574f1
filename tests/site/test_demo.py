"""The demo content: real text from the seeds, all required parts, and idempotent loading."""

import io

import pytest

from django.core.management import call_command
from django.test import override_settings

from wagtail.models import Page, Revision

from begrippen.models import Begrip
from groepen.models import GroepPage
from kennisnetwerken.models import KennisnetwerkPage
from kennisplatform.demo import data
from kennisplatform.models import HomePage, InhoudPage
from organisaties.models import Organisatie, Overleg
from projectgroepen.models import ProjectgroepPage
from themagroepen.models import ThemagroepPage

pytestmark = pytest.mark.django_db

ART1_TERMEN = [
    "Convenant",
    "Partijen",
    "B-PSO",
    "A-PSO",
    "Stuurgroep Regiosamenwerking",
    "Coördinatieoverleg",
    "Omgevingsdienst Utrecht",
    "Kennisnetwerken / Themagroepen / Projectgroepen",
    "Uitvoeringsafspraken",
    "Coördinatoren",
]
KERNINSTRUMENTEN = [
    "Omgevingsvisie",
    "Programma",
    "Omgevingsplan",
    "Waterschapsverordening",
    "Omgevingsverordening",
    "Decentrale regels",
    "Omgevingsvergunning",
    "Projectbesluit",
    "Toezicht en handhaving",
    "Algemene rijksregels / Meldingen",
    "Maatwerk",
    "Gelijkwaardige maatregelen",
    "Participatie",
    "Digitaal Stelsel Omgevingswet (DSO)",
    "Vooroverleg / omgevingstafel",
]


def tellingen():
    return {
        "pagina's": Page.objects.count(),
        "organisaties": Organisatie.objects.count(),
        "begrippen": Begrip.objects.count(),
        "overleggen": Overleg.objects.count(),
        "revisies": Revision.objects.count(),
    }


def test_demo_heeft_minstens_drie_groepen_van_elke_soort():
    for model in (KennisnetwerkPage, ThemagroepPage, ProjectgroepPage):
        assert model.objects.live().count() >= 3, model.__name__
    assert GroepPage.objects.live().count() >= 9


def test_startpagina_is_de_root_van_de_site_en_toont_de_drie_overzichten(client):
    home = HomePage.objects.get()
    assert home.get_site().root_page_id == home.pk
    html = client.get("/").content.decode()
    for titel in (
        "Kennisnetwerken",
        "Themagroepen",
        "Projectgroepen",
        "Begrippen",
        "Overlegstructuur",
    ):
        assert f">{titel}</a>" in html


def test_alle_begrippen_van_artikel_1_vth_ro_en_kerninstrumenten():
    termen = set(Begrip.objects.values_list("term", flat=True))
    bron_art1 = {b.term for b in Begrip.objects.filter(bron__contains="art. 1")}
    for term in ART1_TERMEN:
        assert any(t.startswith(term) for t in bron_art1), term
    for term in ["VTH", "RO", *KERNINSTRUMENTEN]:
        assert any(t == term or t.startswith(term + " ") for t in termen), term


def test_begrippen_komen_letterlijk_uit_het_convenant():
    b_pso = Begrip.objects.get(term="B-PSO")
    assert "strategische sturing en besluitvorming" in b_pso.definitie
    assert "B-PSO" in b_pso.afkortingen_lijst


def test_overleggen_van_artikel_5_en_6_met_doelgroep():
    afkortingen = set(Overleg.objects.values_list("afkorting", flat=True))
    assert {"B-PSO", "A-PSO"} <= afkortingen
    assert Overleg.objects.count() >= 5
    assert all(o.doelgroep.strip() for o in Overleg.objects.all())
    assert "wethouders" in Overleg.objects.get(afkorting="B-PSO").doelgroep


def test_convenant_als_leesbare_pagina_met_alle_artikelen():
    convenant = InhoudPage.objects.get(slug="convenant")
    artikelen = [b.value["nummer"] for b in convenant.body if b.block_type == "artikel"]
    assert [str(n) for n in range(1, 12)] == [a for a in artikelen if a.isdigit()]
    assert len(convenant.toc()) == len(artikelen)


def test_partijen_van_de_seeds_zijn_organisaties():
    soorten = set(Organisatie.objects.values_list("soort", flat=True))
    assert {
        "gemeente",
        "provincie",
        "waterschap",
        "omgevingsdienst",
        "veiligheidsregio",
        "ggd",
        "rijk",
    } <= soorten
    assert Organisatie.objects.filter(naam="Omgevingsdienst Utrecht").exists()


def test_groepen_hebben_trekkers_doel_en_deelnemers():
    for groep in GroepPage.objects.live().specific():
        assert groep.doel.strip(), groep.title
        assert groep.trekkers.exists(), groep.title
        assert groep.organisaties.exists(), groep.title
        assert "lorem" not in (groep.doel + str(groep.body)).lower()


def test_projectgroepen_hebben_opdracht_planning_en_resultaten():
    for groep in ProjectgroepPage.objects.live():
        assert groep.opdracht.strip()
        assert groep.startdatum and groep.einddatum and groep.startdatum <= groep.einddatum
        assert groep.resultaten.exists()


def test_demo_twee_keer_laden_verandert_niets():
    voor = tellingen()
    call_command("laad_demo", "--geen-index", verbosity=0)
    call_command("laad_demo", "--geen-index", verbosity=0)
    assert tellingen() == voor


def test_demo_vult_ontbrekende_inhoud_aan():
    Begrip.objects.filter(term="B-PSO").delete()
    call_command("laad_demo", "--geen-index", verbosity=0)
    assert Begrip.objects.filter(term="B-PSO").exists()
    assert Begrip.objects.count() == len(data.lees("begrippen", "begrippen")["begrippen"])


def test_demo_accounts_per_rol(django_user_model, demo_wachtwoord):
    for naam in ("professional", "groepslid", "trekker", "coordinator", "beheerder"):
        gebruiker = django_user_model.objects.get(username=naam)
        assert gebruiker.check_password(demo_wachtwoord)
    assert django_user_model.objects.get(username="beheerder").is_superuser


@override_settings(WAGTAILADMIN_BASE_URL="https://kennisplatform.example")
def test_demo_accounts_noemen_het_beheer_van_deze_installatie():
    uit = io.StringIO()
    call_command("laad_demo", "--geen-index", "--accounts", stdout=uit)
    assert "inloggen op https://kennisplatform.example/admin/:" in uit.getvalue()
    assert "127.0.0.1:8000" not in uit.getvalue()


def test_convenant_staat_een_keer_als_tekst_voor_pagina_en_sjabloon():
    """The convenant page and the template come from the one Markdown text."""
    from materialen.models import Sjabloon

    bron = data.lees("site", "paginas")["convenant"]["tekst"]
    tekst = data.tekst(bron)
    assert Sjabloon.objects.get(titel="Convenant Regionale Samenwerking").tekst == tekst
    convenant = InhoudPage.objects.get(slug="convenant")
    markdown = tekst.replace("\n- ", "\n– ").lower()
    artikelen = [b.value for b in convenant.body if b.block_type == "artikel"]
    for artikel in artikelen:
        nummer = artikel["nummer"]
        kop = f"## artikel {nummer} " if nummer.isdigit() else f"## {nummer.lower()} "
        assert kop + artikel["titel"].lower() in markdown
    artikel6 = next(a for a in artikelen if a["nummer"] == "6")
    assert "– B-PSO – Doelgroep: Bestuurders" in artikel6["tekst"].source


def test_demo_data_bestanden_staan_in_de_apps_en_zijn_leesbaar():
    from pathlib import Path

    import yaml

    from django.conf import settings

    repo = Path(settings.BASE_DIR)
    bestanden = sorted(repo.glob("*/demo/*.yaml"))
    apps = {p.parent.parent.name for p in bestanden}
    assert {
        "site",
        "organisaties",
        "begrippen",
        "kennisnetwerken",
        "themagroepen",
        "projectgroepen",
        "afspraken",
        "materialen",
        "redactie",
    } <= apps
    for pad in bestanden:
        assert yaml.safe_load(pad.read_text(encoding="utf-8")), pad
    # the demo loaders are thin: no Python module of the demo over 600 lines
    for module in [*repo.glob("*/demo.py"), *repo.glob("*/demo/*.py")]:
        assert len(module.read_text(encoding="utf-8").splitlines()) <= 600, module
