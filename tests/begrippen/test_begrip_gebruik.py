"""The begrip page lists the agreements, groups and pages that use the begrip: only public,
published content, by whole word (an abbreviation in its own spelling), with a bounded number
of queries however much uses it."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction
from wagtail.rich_text import RichText

from afspraken.models import AfsprakenRegisterPage
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
        term="Zwaluwnestregeling", afkortingen="ZNR", definitie="Regels voor zwaluwnesten."
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
        samenwerkingsafspraak="De zwaluwnestregeling geldt ook hier.",
        concept=True,
    )
    groep = KennisnetwerkPageFactory(
        title="Kennisnetwerk Gebouwde Natuur",
        body=_tekst("Wij passen de Zwaluwnestregeling toe."),
        publiceren=True,
    )
    verborgen_groep = KennisnetwerkPageFactory(
        title="Kennisnetwerk Nog Niet Gepubliceerd",
        doel="De zwaluwnestregeling uitwerken.",
        publiceren=True,
    )
    verborgen_groep.unpublish()
    InhoudPageFactory(
        parent=groep,
        title="Handreiking gebouwde natuur",
        body=_tekst("Wat de zwaluwnestregeling vraagt bij een renovatie."),
        publiceren=True,
    )
    besloten = InhoudPageFactory(
        parent=groep,
        title="Besloten notitie nesten",
        intro="Werkversie over de Zwaluwnestregeling.",
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
        samenwerkingsafspraak="De zwaluwnestregeling.",
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
            samenwerkingsafspraak="Volgens de Zwaluwnestregeling."
            if i % 2
            else "Een afspraak met het begrip alleen als trefwoord.",
            publiceren=True,
        )
        if not i % 2:
            afspraak.trefwoorden.add("zwaluwnestregeling")
            afspraak.save()
        InhoudPageFactory(
            parent=groep, title=f"Nestpagina {i:02d}", intro="Over de ZNR.", publiceren=True
        )


def test_aantal_queries_blijft_begrensd(client, begrip, django_assert_max_num_queries):
    _maak_gebruik(1)
    client.get(_url(begrip))
    with CaptureQueriesContext(connection) as queries:
        client.get(_url(begrip))
    _maak_gebruik(14, start=1)
    with django_assert_max_num_queries(len(queries)):
        html = client.get(_url(begrip)).content.decode()
    # at most ten per section, with the total and a way to the rest
    assert html.count("Nestafspraak") == 10 and "(15)" in html
    assert html.count("Nestpagina") == 10
    assert "/zoeken/?q=Zwaluwnestregeling" in html
