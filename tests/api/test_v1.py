"""/api/v1 as a consumer sees it, on the demo content: lists with pages and `_links`, the
register's own filters, Dutch problem details for every error, the API-Version header on every
answer, and only public content."""

import pytest

from django.contrib.auth.models import User
from django.test import override_settings

from wagtail.models import PageViewRestriction

from afspraken.models import Uitvoeringsafspraak
from begrippen.models import Begrip
from organisaties.models import Organisatie
from tests.factories import BegripFactory

pytestmark = pytest.mark.django_db

PROBLEEM = "application/problem+json"


def _probleem(antwoord, status):
    assert antwoord.status_code == status
    assert antwoord["Content-Type"].startswith(PROBLEEM)
    assert antwoord["API-Version"] == "1.0.0"
    gegevens = antwoord.json()
    assert gegevens["status"] == status
    assert set(gegevens) <= {"type", "title", "status", "detail", "instance"}
    return gegevens


# -- the register ----------------------------------------------------------------------------


def test_register_per_pagina_met_links(client):
    antwoord = client.get("/api/v1/afspraken", {"paginagrootte": 5})
    assert antwoord.status_code == 200
    assert antwoord["API-Version"] == "1.0.0"
    gegevens = antwoord.json()
    totaal = Uitvoeringsafspraak.objects.openbaar().exclude(status="ingetrokken").count()
    assert gegevens["count"] == totaal
    assert len(gegevens["results"]) == 5
    assert gegevens["paginas"] == -(-totaal // 5)
    links = gegevens["_links"]
    assert links["prev"] is None
    assert links["next"]["href"].endswith("/api/v1/afspraken?paginagrootte=5&pagina=2")

    tweede = client.get(links["next"]["href"]).json()
    assert tweede["pagina"] == 2
    assert tweede["_links"]["prev"]["href"] == links["self"]["href"]
    codes = {a["code"] for a in gegevens["results"]}
    assert not codes & {a["code"] for a in tweede["results"]}


def test_register_filters_zijn_die_van_het_register(client):
    afspraak = Uitvoeringsafspraak.objects.openbaar().select_related("kerninstrument").first()
    slug = afspraak.kerninstrument.slug
    v1 = client.get("/api/v1/afspraken", {"kerninstrument": slug, "paginagrootte": 100}).json()
    oud = client.get("/api/afspraken/", {"kerninstrument": slug}).json()
    assert v1["count"] == oud["count"] > 0
    assert [a["code"] for a in v1["results"]] == [a["code"] for a in oud["results"]]
    assert all(a["kerninstrument"] == afspraak.kerninstrument.naam for a in v1["results"])


def test_register_velden_als_de_bestaande_api(client):
    v1 = client.get("/api/v1/afspraken").json()["results"][0]
    oud = client.get("/api/afspraken/").json()["results"][0]
    assert set(v1) == set(oud)
    assert v1["code"] == oud["code"]
    # "x"/"" of the import format become true/false
    assert v1["juridische_tekst_is_samenvatting"] is (
        oud["juridische_tekst_is_samenvatting"] == "x"
    )
    assert v1["gemeente"] is (oud["gemeente"] == "x")


@pytest.mark.parametrize(
    "params,woord",
    [
        ({"pagina": "abc"}, "geheel getal"),
        ({"pagina": "0"}, "minstens 1"),
        ({"pagina": "999"}, "bestaat niet"),
        ({"paginagrootte": "1000"}, "hoogstens 100"),
        ({"kerninstrument": "bestaat-niet"}, "Onbekende waarde"),
        ({"status": "concept"}, "Onbekende waarde"),
        ({"trefwoord": "geen-trefwoord-xyz"}, "trefwoord"),
        ({"sortering": "willekeurig"}, "Onbekende sortering"),
    ],
)
def test_register_ongeldige_parameter_is_400_in_het_nederlands(client, params, woord):
    gegevens = _probleem(client.get("/api/v1/afspraken", params), 400)
    assert gegevens["title"] == "Ongeldig verzoek"
    assert woord in gegevens["detail"]
    assert gegevens["instance"].startswith("/api/v1/afspraken?")


def test_afspraak_op_code(client):
    afspraak = Uitvoeringsafspraak.objects.openbaar().first()
    antwoord = client.get(f"/api/v1/afspraken/{afspraak.code}")
    assert antwoord.status_code == 200
    assert antwoord["API-Version"] == "1.0.0"
    gegevens = antwoord.json()
    assert gegevens["code"] == afspraak.code
    assert gegevens["titel"] == afspraak.titel
    assert isinstance(gegevens["statusgeschiedenis"], list)


def test_onbekende_en_niet_openbare_afspraak_zijn_404(client):
    gegevens = _probleem(client.get("/api/v1/afspraken/UA-BESTAAT-NIET"), 404)
    assert "UA-BESTAAT-NIET" in gegevens["detail"]
    afspraak = Uitvoeringsafspraak.objects.openbaar().first()
    Uitvoeringsafspraak.objects.filter(pk=afspraak.pk).update(status="concept")
    _probleem(client.get(f"/api/v1/afspraken/{afspraak.code}"), 404)
    codes = [a["code"] for a in client.get("/api/v1/afspraken?paginagrootte=100").json()["results"]]
    assert afspraak.code not in codes


GEHEIME_TITEL = "Geheime projectgroep Omgevingsvisie"


def test_besloten_groep_wordt_nergens_genoemd(client):
    afspraak = Uitvoeringsafspraak.objects.openbaar().exclude(groep=None).first()
    groep = afspraak.groep
    assert client.get(f"/api/v1/afspraken/{afspraak.code}").json()["groep"] == groep.slug
    groep.title = GEHEIME_TITEL
    groep.save()
    PageViewRestriction.objects.create(page=groep, restriction_type=PageViewRestriction.LOGIN)

    detail = client.get(f"/api/v1/afspraken/{afspraak.code}")
    assert detail.json()["groep"] is None
    lijst = client.get("/api/v1/afspraken", {"paginagrootte": 100})
    for antwoord in (detail, lijst):
        assert GEHEIME_TITEL not in antwoord.content.decode()
        assert f'"{groep.slug}"' not in antwoord.content.decode()
    # filtering on the private group is refused like any unknown value (and names nothing)
    gegevens = _probleem(client.get("/api/v1/afspraken", {"groep": groep.slug}), 400)
    assert GEHEIME_TITEL not in gegevens["detail"]


# -- begrippen and organisaties --------------------------------------------------------------


def test_begrippen_lijst_filter_en_detail(client):
    gegevens = client.get("/api/v1/begrippen", {"paginagrootte": 100}).json()
    assert gegevens["count"] == Begrip.objects.count()
    begrip = Begrip.objects.exclude(afkortingen="").first()
    gefilterd = client.get("/api/v1/begrippen", {"filter": begrip.term}).json()
    assert begrip.slug in [b["slug"] for b in gefilterd["results"]]
    op_slug = client.get(f"/api/v1/begrippen/{begrip.slug}").json()
    op_id = client.get(f"/api/v1/begrippen/{begrip.pk}").json()
    assert op_slug == op_id
    assert op_slug["term"] == begrip.term
    assert op_slug["uri"].endswith(f"/{begrip.slug}/")
    assert op_slug["afkortingen"] == begrip.afkortingen_lijst
    _probleem(client.get("/api/v1/begrippen/bestaat-niet"), 404)


def test_organisaties_lijst_soort_en_detail(client):
    gemeenten = client.get("/api/v1/organisaties", {"soort": "gemeente"}).json()
    assert gemeenten["count"] == Organisatie.objects.filter(soort="gemeente").count() > 0
    assert {o["soort"] for o in gemeenten["results"]} == {"gemeente"}
    gegevens = _probleem(client.get("/api/v1/organisaties", {"soort": "bakkerij"}), 400)
    assert "gemeente" in gegevens["detail"]
    organisatie = Organisatie.objects.first()
    op_id = client.get(f"/api/v1/organisaties/{organisatie.pk}").json()
    op_slug = client.get(f"/api/v1/organisaties/{op_id['slug']}").json()
    assert op_id == op_slug
    assert op_id["naam"] == organisatie.naam
    _probleem(client.get("/api/v1/organisaties/99999999"), 404)


# -- search ----------------------------------------------------------------------------------

WERKRUIMTE_PAGINA = "Concept-verslag startbijeenkomst"


def test_zoeken_geeft_resultaten_en_aantallen(client):
    gegevens = client.get("/api/v1/zoeken", {"q": "omgevingsvisie"}).json()
    assert gegevens["count"] > 0
    assert gegevens["results"]
    assert gegevens["facets"]["soort"]
    oud = client.get("/api/zoeken/", {"q": "omgevingsvisie"}).json()
    assert gegevens["count"] == oud["count"]


def test_zoeken_toont_alleen_openbaar_ook_voor_een_lid(client):
    client.force_login(User.objects.get(username="groepslid"))
    q = {"q": "concept werkagenda startbijeenkomst"}
    # the member sees the workspace page through the old API, never through v1
    assert WERKRUIMTE_PAGINA in client.get("/api/zoeken/", q).content.decode()
    v1 = client.get("/api/v1/zoeken", q)
    assert v1.status_code == 200
    assert WERKRUIMTE_PAGINA not in v1.content.decode()


def test_zoeken_zonder_vraag_is_400(client):
    assert "verplicht" in _probleem(client.get("/api/v1/zoeken"), 400)["detail"]
    assert "zoekvraag" in _probleem(client.get("/api/v1/zoeken", {"q": "  "}), 400)["detail"]


# -- every answer under /api/v1 --------------------------------------------------------------


@pytest.mark.parametrize(
    "pad", ["/api/v1/afspraken/", "/api/v1/bestaat-niet", "/api/v1/", "/api/v1/begrippen/x/y"]
)
def test_onbekend_adres_of_slash_aan_het_eind_is_404_probleem(client, pad):
    _probleem(client.get(pad), 404)


def test_alleen_lezen(client):
    _probleem(client.post("/api/v1/afspraken", {}), 405)


def test_nul_teken_in_het_adres(client):
    _probleem(client.get("/api/v1/afspraken/UA%00"), 400)


@override_settings(
    DREMPELS=[{"naam": "test", "pad": r"^/api/v1/zoeken$", "sleutel": "adres", "tempo": "1/m"}]
)
def test_drempel_geeft_429_probleem_met_retry_after(client):
    assert client.get("/api/v1/zoeken", {"q": "omgevingsvisie"}).status_code == 200
    antwoord = client.get("/api/v1/zoeken", {"q": "omgevingsvisie"})
    gegevens = _probleem(antwoord, 429)
    assert "te veel verzoeken" in gegevens["detail"]
    assert int(antwoord["Retry-After"]) > 0


def test_zoeken_v1_heeft_dezelfde_drempel_als_api_zoeken(settings):
    drempels = {d["naam"]: d for d in settings.DREMPELS}
    assert drempels["zoeken-api-v1"]["tempo"] == drempels["zoeken-api"]["tempo"]


# -- description and documentation -----------------------------------------------------------


def test_openapi_beschrijving(client):
    antwoord = client.get("/api/v1/openapi.json")
    assert antwoord.status_code == 200
    assert antwoord["API-Version"] == "1.0.0"
    schema = antwoord.json()
    assert schema["openapi"].startswith("3.")
    assert schema["info"]["version"] == "1.0.0"
    assert set(schema["info"]["contact"]) == {"name", "url", "email"}
    assert schema["servers"][0]["url"].endswith("/api/v1")
    assert sorted(schema["paths"]) == [
        "/afspraken",
        "/afspraken/{code}",
        "/begrippen",
        "/begrippen/{sleutel}",
        "/organisaties",
        "/organisaties/{sleutel}",
        "/zoeken",
    ]


def test_documentatiepagina_zonder_scripts_van_buiten(client):
    assert client.get("/api/v1")["Location"] == "/api/v1/documentatie"
    antwoord = client.get("/api/v1/documentatie")
    assert antwoord.status_code == 200
    html = antwoord.content.decode()
    for pad in ("/api/v1/afspraken/{code}", "/api/v1/zoeken", "Probleem", "paginagrootte"):
        assert pad in html
    assert '<script src="http' not in html
    assert "script-src 'self'" in antwoord["Content-Security-Policy"]


# -- the older APIs --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "oud,nieuw",
    [
        (
            "/api/afspraken/?kerninstrument=omgevingsvisie",
            "/api/v1/afspraken?kerninstrument=omgevingsvisie",
        ),
        ("/api/zoeken/?q=omgevingsvisie", "/api/v1/zoeken?q=omgevingsvisie"),
    ],
)
def test_oude_api_wijst_naar_v1(client, oud, nieuw):
    antwoord = client.get(oud)
    assert antwoord.status_code == 200
    assert antwoord["Deprecation"].startswith("@")
    assert antwoord["Link"] == f'<http://testserver{nieuw}>; rel="successor-version"'
    assert "API-Version" not in antwoord
    # the successor answers
    assert client.get(nieuw).status_code == 200


def test_oude_detail_api_wijst_naar_v1(client):
    code = Uitvoeringsafspraak.objects.openbaar().first().code
    antwoord = client.get(f"/api/afspraken/{code}/")
    assert antwoord.status_code == 200 and "statusgeschiedenis" in antwoord.json()
    assert (
        antwoord["Link"] == f'<http://testserver/api/v1/afspraken/{code}>; rel="successor-version"'
    )


def test_begrip_geeft_zijn_bronnen_met_link_zoals_de_skos_export(client):
    begrip = BegripFactory(term="Begrip met wetsartikel", bron="Omgevingswet, art. 5.1; Notitie")
    antwoord = client.get(f"/api/v1/begrippen/{begrip.slug}")
    assert antwoord.status_code == 200
    bronnen = antwoord.json()["bronnen"]
    assert [b["titel"] for b in bronnen] == ["Omgevingswet, artikel 5.1", "Notitie"]
    assert bronnen[0]["url"].startswith("https://wetten.overheid.nl/")
    assert bronnen[1]["url"] is None
