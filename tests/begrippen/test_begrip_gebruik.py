"""The begrip page lists the agreements, groups and pages that use the begrip: only public,
published content, by whole word (an abbreviation in its own spelling), with a bounded number
of queries however much uses it."""

import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction
from wagtail.rich_text import RichText

from afspraken.models import AfsprakenRegisterPage, Uitvoeringsafspraak
from begrippen.models import BegrippenIndexPage
from tests.factories import (
    BegripFactory,
    InhoudPageFactory,
    KennisnetwerkPageFactory,
    UitvoeringsafspraakFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def begrip():
    return BegripFactory(
        term="Zwaluwnestkast", afkortingen="ZNR", definitie="Regels voor zwaluwnesten."
    )


def _url(begrip):
    return BegrippenIndexPage.objects.get().url_voor(begrip)


def _html(client, begrip):
    antwoord = client.get(_url(begrip))
    assert antwoord.status_code == 200
    return antwoord.content.decode()


def _tekst(inhoud):
    return [("tekst", RichText(f"<p>{inhoud}</p>"))]


def test_begrippagina_toont_openbaar_gebruik_en_niets_besloten(client, begrip):
    UitvoeringsafspraakFactory(
        titel="Afspraak over nesten",
        samenwerkingsafspraak="Partijen passen de ZNR toe bij elke sloop.",
        publiceren=True,
    )
    UitvoeringsafspraakFactory(
        titel="Concept over nesten",
        samenwerkingsafspraak="De zwaluwnestkast geldt ook hier.",
        concept=True,
    )
    groep = KennisnetwerkPageFactory(
        title="Kennisnetwerk Gebouwde Natuur",
        body=_tekst("Wij passen de Zwaluwnestkast toe."),
        publiceren=True,
    )
    verborgen_groep = KennisnetwerkPageFactory(
        title="Kennisnetwerk Nog Niet Gepubliceerd",
        doel="De zwaluwnestkast uitwerken.",
        publiceren=True,
    )
    verborgen_groep.unpublish()
    InhoudPageFactory(
        parent=groep,
        title="Handreiking gebouwde natuur",
        body=_tekst("Wat de zwaluwnestkast vraagt bij een renovatie."),
        publiceren=True,
    )
    besloten = InhoudPageFactory(
        parent=groep,
        title="Besloten notitie nesten",
        intro="Werkversie over de Zwaluwnestkast.",
        publiceren=True,
    )
    PageViewRestriction.objects.create(page=besloten, restriction_type="login")

    html = _html(client, begrip)
    assert "Gebruikt in afspraken" in html and "Afspraak over nesten" in html
    assert "Gebruikt door groepen" in html and "Kennisnetwerk Gebouwde Natuur" in html
    assert "Op pagina&#x27;s" in html or "Op pagina's" in html
    assert "Handreiking gebouwde natuur" in html
    # never a concept agreement, an unpublished group or a page behind a privacy setting
    assert "Concept over nesten" not in html
    assert verborgen_groep.title not in html
    assert "Besloten notitie nesten" not in html


def test_alleen_hele_woorden_en_de_eigen_schrijfwijze_van_een_afkorting(client, begrip):
    UitvoeringsafspraakFactory(
        titel="Afspraak met znr in kleine letters",
        samenwerkingsafspraak="Hier staat znr en ZNRX, maar niet de afkorting zelf.",
        publiceren=True,
    )
    html = _html(client, begrip)
    assert "Afspraak met znr in kleine letters" not in html
    assert "Gebruikt in afspraken" not in html


def test_eigen_begrip_van_een_groep_telt_als_gebruik(client):
    groep = KennisnetwerkPageFactory(title="Kennisnetwerk Eigen Woord", publiceren=True)
    eigen = BegripFactory(term="Eigenwoordbegrip", groep=groep)
    assert "Kennisnetwerk Eigen Woord" in _html(client, eigen)


def test_besloten_register_toont_geen_afspraken(client, begrip):
    UitvoeringsafspraakFactory(
        titel="Afspraak achter een besloten register",
        samenwerkingsafspraak="De zwaluwnestkast.",
        publiceren=True,
    )
    PageViewRestriction.objects.create(
        page=AfsprakenRegisterPage.objects.get(), restriction_type="login"
    )
    assert "Afspraak achter een besloten register" not in _html(client, begrip)


def test_begrip_zonder_gebruik_toont_geen_lege_koppen(client):
    alleen = BegripFactory(term="Eenzaambegrip")
    html = _html(client, alleen)
    assert "Gebruikt in" not in html and "Op pagina" not in html


def _maak_gebruik(aantal, start=0):
    groep = KennisnetwerkPageFactory(
        title=f"Kennisnetwerk Nesten {start}", body=_tekst("De ZNR."), publiceren=True
    )
    for i in range(start, start + aantal):
        afspraak = UitvoeringsafspraakFactory(
            titel=f"Nestafspraak {i:02d}",
            samenwerkingsafspraak="Volgens de Zwaluwnestkast."
            if i % 2
            else "Een afspraak met het begrip alleen als trefwoord.",
            publiceren=True,
        )
        if not i % 2:
            afspraak.trefwoorden.add("zwaluwnestkast")
            afspraak.save_revision().publish()  # as an editor adds it: published, indexed
        InhoudPageFactory(
            parent=groep, title=f"Nestpagina {i:02d}", intro="Over de ZNR.", publiceren=True
        )


def test_aantal_queries_blijft_begrensd(client, begrip, django_assert_max_num_queries):
    # above ten a section adds its way to the rest (the register's count): a fixed cost
    _maak_gebruik(11)
    client.get(_url(begrip))
    with CaptureQueriesContext(connection) as queries:
        client.get(_url(begrip))
    # counted now: connection.queries keeps only the last 9000, so the slice moves later
    basis = len(queries)
    _maak_gebruik(4, start=11)
    # the search refreshes its cached vocabulary once after new content (not per item)
    client.get(_url(begrip))
    with django_assert_max_num_queries(basis):
        html = client.get(_url(begrip)).content.decode()
    # at most ten per section, with the total and a way to the rest
    assert html.count("Nestafspraak") == 10 and "(15)" in html
    assert html.count("Nestpagina") == 10
    assert "/zoeken/?q=Zwaluwnestkast" in html  # the groups and pages
    assert "/afspraken/?q=Zwaluwnestkast" in html


def _meer_link(html):
    """The 'more' paragraph below the agreements section: (href, text)."""
    gevonden = re.search(
        r'<a class="utrecht-link" href="([^"]*afspraken/\?q=[^"]*)">([^<]*)</a>\s*'
        r'<span class="kp-meta">\(([^)]*)\)</span>',
        html,
    )
    assert gevonden, "geen link naar het register onder de afspraken"
    return gevonden.group(1).replace("&amp;", "&"), gevonden.group(2), gevonden.group(3)


def _register_aantal(client, href):
    html = client.get(href).content.decode()
    return int(re.search(r"(\d+) afspra(?:ak|ken) gevonden", html).group(1))


def test_meer_afspraken_in_het_register_met_hetzelfde_aantal(client, begrip):
    _maak_gebruik(15)
    html = _html(client, begrip)
    href, label, toelichting = _meer_link(html)
    assert href == "/afspraken/?q=Zwaluwnestkast"
    assert label == "Bekijk ze allemaal in het afsprakenregister"
    assert toelichting == "15 in totaal"
    assert _register_aantal(client, href) == 15


def test_meer_afspraken_zegt_eerlijk_wat_het_register_vindt(client, begrip):
    _maak_gebruik(15)
    # Withdrawn: on the begrip page (public), in the register only when asked for.
    UitvoeringsafspraakFactory(
        titel="Ingetrokken nestafspraak",
        samenwerkingsafspraak="Volgens de Zwaluwnestkast.",
        status=Uitvoeringsafspraak.Status.INGETROKKEN,
        publiceren=True,
    )
    html = _html(client, begrip)
    assert 'Gebruikt in afspraken <span class="kp-aantal">(16)</span>' in html
    href, label, toelichting = _meer_link(html)
    assert href == "/afspraken/?q=Zwaluwnestkast"
    assert label == "Zoek “Zwaluwnestkast” in het afsprakenregister"
    assert toelichting == "het register vindt er 15"
    assert _register_aantal(client, href) == 15
