"""/organisaties/ (matrix, filters, CSV), /organisaties/<pk>/ and the party register
/organisaties/partijen/ (issue 14.3): what a visitor sees and downloads agrees with the data,
and a private group never shows."""

import csv
import datetime
import io
from html.parser import HTMLParser

import pytest

from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import PageViewRestriction

from groepen.models import GroepPage
from organisaties.models import (
    Deelname,
    Evaluatiemoment,
    Organisatie,
    Overleg,
    Partijschap,
    Samenwerkingsverband,
)
from tests.factories import (
    KennisnetwerkPageFactory,
    OrganisatieFactory,
    OverlegFactory,
    TrekkerFactory,
)

pytestmark = pytest.mark.django_db

MATRIX = reverse("samenwerking:organisaties")
MATRIX_CSV = reverse("samenwerking:organisaties_csv")
PARTIJEN = reverse("samenwerking:partijen")
PARTIJEN_CSV = reverse("samenwerking:partijen_csv")


class _Tabel(HTMLParser):
    """The header row texts and body rows (cell texts) of the first table in a page."""

    def __init__(self):
        super().__init__()
        self.kop, self.rijen, self._in, self._cel, self._rij = [], [], None, None, None
        self.tabellen = 0

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tabellen += 1
        if self.tabellen != 1:
            return
        if tag in ("thead", "tbody"):
            self._in = tag
        elif tag == "tr":
            self._rij = []
        elif tag in ("th", "td"):
            self._cel = []

    def handle_endtag(self, tag):
        if self.tabellen != 1:
            return
        if tag in ("th", "td") and self._cel is not None:
            self._rij.append(" ".join("".join(self._cel).split()))
            self._cel = None
        elif tag == "tr":
            (self.kop if self._in == "thead" else self.rijen).append(self._rij)
        elif tag == "table":
            self.tabellen += 1

    def handle_data(self, data):
        if self._cel is not None:
            self._cel.append(data)


def tabel(html):
    parser = _Tabel()
    parser.feed(html)
    return parser


def csv_rijen(antwoord):
    assert antwoord.status_code == 200
    assert antwoord["Content-Type"].startswith("text/csv")
    tekst = antwoord.content.decode("utf-8")
    assert tekst.startswith("\ufeff"), "CSV begint met een BOM, zoals de andere exports"
    return list(csv.reader(io.StringIO(tekst[1:])))


def rij_van(rijen, naam):
    gevonden = [r for r in rijen if r and r[0] == naam]
    return gevonden[0] if gevonden else None


@pytest.fixture
def gegevens():
    """Two overleggen, a public and a private group, four organisations in various roles."""
    bestuur = OverlegFactory(naam="Testbestuur Alfa", afkorting="TBA", niveau="strategisch")
    werk = OverlegFactory(naam="Testwerkoverleg Beta", afkorting="", niveau="operationeel")
    groep = KennisnetwerkPageFactory(title="Kennisnetwerk Gamma", niveau="tactisch")
    besloten = KennisnetwerkPageFactory(title="Besloten Delta", niveau="tactisch")
    PageViewRestriction.objects.create(page=besloten, restriction_type="login")
    prov = OrganisatieFactory(naam="Testprovincie Oost", afkorting="TPO", soort="provincie")
    gem = OrganisatieFactory(naam="Testgemeente Noord", soort="gemeente")
    dienst = OrganisatieFactory(naam="Testdienst West", soort="omgevingsdienst")
    alleen = OrganisatieFactory(naam="Testgemeente Zuid", soort="gemeente")
    Partijschap.objects.create(organisatie=prov, ondertekend_op=datetime.date(2024, 3, 1))
    Partijschap.objects.create(
        organisatie=gem,
        ondertekend_op=datetime.date(2024, 3, 1),
        uitgetreden_op=datetime.date(2025, 6, 30),
    )
    Partijschap.objects.create(
        organisatie=dienst,
        toegetreden_op=datetime.date(2025, 1, 15),
        besluit="Besluit directie ODW",
        besluit_op=datetime.date(2024, 12, 10),
        besluit_link="https://example.org/besluit-odw",
    )
    Deelname.objects.create(organisatie=prov, overleg=bestuur, rol="coordinator")
    Deelname.objects.create(organisatie=prov, overleg=bestuur, rol="lid")
    Deelname.objects.create(organisatie=gem, overleg=bestuur, rol="lid")
    Deelname.objects.create(organisatie=dienst, overleg=werk, rol="adviseur")
    Deelname.objects.create(organisatie=gem, groep=groep, rol="agendalid")
    groep.organisaties.add(dienst)
    groep.save()
    TrekkerFactory(groep=groep, naam="trekker TPO", organisatie=prov)
    # Everything in the private group must stay invisible.
    Deelname.objects.create(organisatie=alleen, groep=besloten, rol="trekker")
    besloten.organisaties.add(gem)
    besloten.save()
    TrekkerFactory(groep=besloten, naam="trekker besloten", organisatie=dienst)
    bestuur.voorzitter_organisatie = prov
    bestuur.secretaris_organisatie = dienst
    bestuur.save()
    return {
        "bestuur": bestuur,
        "werk": werk,
        "groep": groep,
        "besloten": besloten,
        "prov": prov,
        "gem": gem,
        "dienst": dienst,
        "alleen": alleen,
    }


def _kolom(kop, naam):
    return kop[-1].index(naam)


def test_matrix_toont_rollen_uit_alle_bronnen(client, gegevens):
    html = client.get(MATRIX).content.decode()
    t = tabel(html)
    kop = t.kop[-1]
    assert kop[:3] == ["Organisatie", "Soort", "Partij bij het convenant"]
    bestuur, werk, groep = (
        _kolom(t.kop, n) for n in ("TBA", "Testwerkoverleg Beta", "Kennisnetwerk Gamma")
    )
    prov = rij_van(t.rijen, "Testprovincie Oost")
    gem = rij_van(t.rijen, "Testgemeente Noord")
    dienst = rij_van(t.rijen, "Testdienst West")
    assert prov[bestuur] == "lid, coördinator"  # Deelname, twice
    assert prov[groep] == "trekker"  # the organisation of a trekker
    assert prov[1:3] == ["Provincie", "ja"]
    assert gem[bestuur] == "lid" and gem[groep] == "agendalid"
    assert gem[2] == "nee", "uitgetreden: geen partij meer"
    assert dienst[werk] == "adviseur"
    assert dienst[groep] == "lid"  # GroepPage.organisaties
    assert rij_van(t.rijen, "Testgemeente Zuid")[3:] == [""] * (len(kop) - 3)
    assert '<abbr title="Testbestuur Alfa">TBA</abbr>' in html
    assert f'href="{gegevens["prov"].get_absolute_url()}"' in html
    assert "Download als CSV" in html and MATRIX_CSV in html


def test_besloten_groep_nergens_te_zien(client, gegevens):
    for adres in (MATRIX, f"{MATRIX}?niveau=tactisch", gegevens["alleen"].get_absolute_url()):
        assert "Besloten Delta" not in client.get(adres).content.decode()
    rijen = csv_rijen(client.get(MATRIX_CSV))
    assert not any("Besloten Delta" in cel for rij in rijen for cel in rij)
    # Testgemeente Zuid takes part in the private group only: no role anywhere, and with a
    # role filter it is not even a row.
    assert set(rij_van(rijen, "Testgemeente Zuid")[3:]) == {""}
    t = tabel(client.get(f"{MATRIX}?rol=trekker").content.decode())
    assert rij_van(t.rijen, "Testgemeente Zuid") is None
    assert rij_van(csv_rijen(client.get(f"{MATRIX_CSV}?rol=trekker")), "Testgemeente Zuid") is None
    # Its own page: no role, and the trekker of the private group gives none either.
    pagina = client.get(gegevens["dienst"].get_absolute_url()).content.decode()
    assert "Besloten" not in pagina and "trekker" not in pagina


@pytest.mark.parametrize(
    "filter_",
    [
        "",
        "soort=gemeente",
        "niveau=strategisch",
        "rol=lid",
        "partij=1",
        "soort=gemeente&rol=lid&niveau=strategisch",
    ],
)
def test_csv_is_precies_wat_getoond_wordt(client, gegevens, filter_):
    t = tabel(client.get(f"{MATRIX}?{filter_}").content.decode())
    rijen = csv_rijen(client.get(f"{MATRIX_CSV}?{filter_}"))
    kop, body = rijen[0], rijen[1:]
    assert len(kop) == len(t.kop[-1])
    assert body == t.rijen
    overleggen = {o.naam: o for o in Overleg.objects.all()}
    for naam_csv, naam_pagina in zip(kop[3:], t.kop[-1][3:], strict=True):
        # The page shows the abbreviation (explained), the CSV the full name with it.
        overleg = overleggen.get(naam_csv.split(" (")[0])
        assert naam_pagina in (naam_csv, getattr(overleg, "afkorting", None))


def _namen(client, query):
    return {r[0] for r in tabel(client.get(f"{MATRIX}?{query}").content.decode()).rijen}


def test_filter_soort(client, gegevens):
    namen = _namen(client, "soort=gemeente")
    assert {"Testgemeente Noord", "Testgemeente Zuid"} <= namen
    assert not namen & {"Testprovincie Oost", "Testdienst West"}
    assert namen == set(Organisatie.objects.filter(soort="gemeente").values_list("naam", flat=True))


def test_filter_niveau_beperkt_kolommen_en_rijen(client, gegevens):
    t = tabel(client.get(f"{MATRIX}?niveau=operationeel").content.decode())
    kop = t.kop[-1]
    assert "Testwerkoverleg Beta" in kop and "TBA" not in kop and "Kennisnetwerk Gamma" not in kop
    namen = {r[0] for r in t.rijen}
    assert "Testdienst West" in namen
    assert not namen & {"Testprovincie Oost", "Testgemeente Noord", "Testgemeente Zuid"}
    assert all(any(cel for cel in r[3:]) for r in t.rijen), "elke rij heeft een rol"


def test_filter_rol_toont_alleen_die_rol(client, gegevens):
    t = tabel(client.get(f"{MATRIX}?rol=lid").content.decode())
    bestuur = _kolom(t.kop, "TBA")
    prov = rij_van(t.rijen, "Testprovincie Oost")
    assert prov[bestuur] == "lid", "coördinator valt weg bij filter op lid"
    assert rij_van(t.rijen, "Testdienst West")[_kolom(t.kop, "Kennisnetwerk Gamma")] == "lid"
    assert {c for r in t.rijen for c in r[3:]} <= {"", "lid"}
    assert "Testgemeente Zuid" not in {r[0] for r in t.rijen}


def test_filter_alleen_partijen(client, gegevens):
    namen = _namen(client, "partij=1")
    assert {"Testprovincie Oost", "Testdienst West"} <= namen
    assert not namen & {"Testgemeente Noord", "Testgemeente Zuid"}  # left / never a party
    actief = Partijschap.objects.filter(uitgetreden_op__isnull=True)
    assert namen == set(actief.values_list("organisatie__naam", flat=True))
    assert "checked" in client.get(f"{MATRIX}?partij=1").content.decode()


def test_aantal_getoonde_organisaties(client, gegevens):
    html = client.get(f"{MATRIX}?soort=omgevingsdienst").content.decode()
    aantal = Organisatie.objects.filter(soort="omgevingsdienst").count()
    assert f"{aantal} organisatie" in html


@pytest.mark.parametrize(
    "query,melding",
    [
        ("soort=kasteel", True),
        ("niveau=hoog", True),
        ("rol=" + "x" * 5000, True),
        ("soort=a&soort=b", True),
        ("niveau=%00", False),
        ("partij=misschien", False),
    ],
)
def test_onzin_in_filters_geeft_melding_geen_fout(client, gegevens, query, melding):
    antwoord = client.get(f"{MATRIX}?{query}")
    assert antwoord.status_code == 200
    html = antwoord.content.decode()
    assert ("Dit filter is niet toegepast" in html) is melding
    assert "“" + "x" * 61 not in html, "de melding herhaalt een lange waarde niet helemaal"
    assert client.get(f"{MATRIX_CSV}?{query}").status_code == 200


def test_formule_in_naam_wordt_tekst_in_csv(client, gegevens):
    OrganisatieFactory(naam='=HYPERLINK("https://example.org")', soort="overig")
    rijen = csv_rijen(client.get(f"{MATRIX_CSV}?soort=overig"))
    assert rij_van(rijen, '\'=HYPERLINK("https://example.org")') is not None


def _tel_vragen(client, adres):
    """Queries of a request once the site's own caches (menu, site root paths) are warm."""
    client.get(adres)
    with CaptureQueriesContext(connection) as vragen:
        assert client.get(adres).status_code == 200
    return len(vragen)


# As in production without Redis: a cache lookup is a query too, so a lookup per group counts.
DATABASECACHE = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "kennisplatform_cache",
    }
}


@override_settings(CACHES=DATABASECACHE)
def test_aantal_queries_hangt_niet_af_van_aantal_organisaties_en_groepen(client, gegevens):
    adressen = (MATRIX, MATRIX_CSV, PARTIJEN, PARTIJEN_CSV, gegevens["prov"].get_absolute_url())
    voor = [_tel_vragen(client, adres) for adres in adressen]
    overleg = OverlegFactory(naam="Extra overleg")
    for i in range(12):
        org = OrganisatieFactory(naam=f"Extra organisatie {i}")
        Partijschap.objects.create(organisatie=org)
        Deelname.objects.create(organisatie=org, overleg=overleg)
        Deelname.objects.create(organisatie=gegevens["prov"], overleg=OverlegFactory())
        groep = KennisnetwerkPageFactory(title=f"Extra netwerk {i}")
        groep.organisaties.add(org, gegevens["prov"])
        groep.save()
        TrekkerFactory(groep=groep, organisatie=org)
    na = [_tel_vragen(client, adres) for adres in adressen]
    assert na == voor
    assert max(na) <= 20
    assert len(tabel(client.get(MATRIX).content.decode()).rijen) >= 16


def test_lege_database(client):
    Evaluatiemoment.objects.all().delete()  # they keep their overleg (PROTECT)
    Organisatie.objects.all().delete()
    Overleg.objects.all().delete()
    GroepPage.objects.update(live=False)
    html = client.get(MATRIX).content.decode()
    assert "0 organisaties getoond" in html
    assert "nog geen organisaties" in html
    assert csv_rijen(client.get(MATRIX_CSV)) == [
        ["Organisatie", "Soort", "Partij bij het convenant"]
    ]
    partijen = client.get(PARTIJEN).content.decode()
    assert "nog geen partijen" in partijen
    assert len(csv_rijen(client.get(PARTIJEN_CSV))) == 1
    assert client.get(reverse("samenwerking:organisatie", args=[1])).status_code == 404


def test_organisatiepagina_toont_gegevens_en_rollen(client, gegevens):
    html = client.get(gegevens["prov"].get_absolute_url()).content.decode()
    assert "Testprovincie Oost" in html and "TPO" in html and "Provincie" in html
    assert "1 maart 2024" in html
    assert "Testbestuur Alfa (TBA)</a> — lid, coördinator" in html
    assert "Kennisnetwerk Gamma</a> — trekker" in html
    assert "Voorzitter van" in html and gegevens["bestuur"].get_absolute_url() in html
    dienst = client.get(gegevens["dienst"].get_absolute_url()).content.decode()
    assert "Secretaris van" in dienst
    assert "Toegetreden op" in dienst and "15 januari 2025" in dienst
    assert (
        'href="https://example.org/besluit-odw">Besluit directie ODW</a> (10 december 2024)'
        in dienst
    )
    assert "Testwerkoverleg Beta</a> — adviseur" in dienst
    gem = client.get(gegevens["gem"].get_absolute_url()).content.decode()
    assert "Voormalige partij" in gem and "30 juni 2025" in gem
    zuid = client.get(gegevens["alleen"].get_absolute_url()).content.decode()
    assert "geen partij bij het convenant" in zuid
    assert "Geen deelname aan overleggen of openbare groepen" in zuid


def test_organisatiepagina_noemt_samenwerkingsverbanden(client, gegevens):
    verband = Samenwerkingsverband.objects.create(
        naam="Testregeling Epsilon",
        slug="testregeling-epsilon",
        rechtsvorm=Samenwerkingsverband.Rechtsvorm.values[0],
    )
    verband.organisaties.add(gegevens["gem"])
    html = client.get(gegevens["gem"].get_absolute_url()).content.decode()
    assert f'href="{verband.get_absolute_url()}">Testregeling Epsilon</a>' in html


def test_partijenregister_en_csv(client, gegevens):
    html = client.get(PARTIJEN).content.decode()
    t = tabel(html)
    namen = [r[0] for r in t.rijen]
    assert namen == list(
        Partijschap.objects.order_by("organisatie__naam").values_list(
            "organisatie__naam", flat=True
        )
    )
    gem = rij_van(t.rijen, "Testgemeente Noord")
    assert (
        gem[1] == "1 maart 2024"
        and "Uitgetreden op 30 juni 2025" in gem[2]
        and gem[3] == "voormalig"
    )
    dienst = rij_van(t.rijen, "Testdienst West")
    assert (
        dienst[1] == "–" and dienst[2] == "Toegetreden op 15 januari 2025" and dienst[3] == "actief"
    )
    assert dienst[4] == "Besluit directie ODW (10 december 2024)"
    assert "Testgemeente Zuid" not in namen
    assert PARTIJEN_CSV in html
    rijen = csv_rijen(client.get(PARTIJEN_CSV))
    assert [r[0] for r in rijen[1:]] == namen
    assert rij_van(rijen, "Testdienst West") == [
        "Testdienst West",
        "Omgevingsdienst",
        "",
        "2025-01-15",
        "",
        "actief",
        "Besluit directie ODW",
        "2024-12-10",
        "https://example.org/besluit-odw",
    ]
    assert rij_van(rijen, "Testgemeente Noord")[4:6] == ["2025-06-30", "voormalig"]
