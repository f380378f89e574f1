"""Issue 17, attack on /api/v1 and the feeds with hostile input: garbled, huge, repeated or
exotic (unicode) parameters give a Dutch 400 or 404 problem, never a 500."""

import pytest

pytestmark = pytest.mark.django_db

PROBLEEM = "application/problem+json"


@pytest.mark.parametrize(
    "pad",
    [
        # "²" is a digit to str.isdigit() but not to int(): it was a 500
        "/api/v1/begrippen/%C2%B2",
        "/api/v1/organisaties/%C2%B2",
        "/api/v1/begrippen/%C2%B9%C2%B2",
    ],
)
def test_superscript_cijfer_als_sleutel_is_een_404_probleem(client, pad):
    antwoord = client.get(pad)
    assert antwoord.status_code == 404
    assert antwoord["Content-Type"].startswith(PROBLEEM)
    assert antwoord["API-Version"] == "1.0.0"
    assert "Er is geen" in antwoord.json()["detail"]


@pytest.mark.parametrize(
    "pad",
    [
        "/api/v1/begrippen/" + "9" * 18,
        "/api/v1/organisaties/" + "9" * 40,
        "/api/v1/afspraken?pagina=1&pagina=2",
        "/api/v1/afspraken?pagina=" + "9" * 30,
        "/api/v1/afspraken?pagina=" + "9" * 5000,
        "/api/v1/afspraken?pagina=-5",
        "/api/v1/afspraken?pagina=%C2%B2",
        "/api/v1/afspraken?paginagrootte=%C2%B2",
        "/api/v1/afspraken?q=" + "x" * 20000,
        "/api/v1/afspraken?q=%F0%9F%92%A9%ED%A0%80",
        "/api/v1/afspraken?trefwoord=" + "x" * 20000,
        "/api/v1/afspraken?status=vastgesteld&status=concept",
        "/api/v1/afspraken/" + "x" * 5000,
        "/api/v1/begrippen?filter=" + "x" * 5000,
        "/api/v1/zoeken?q=" + "x" * 20000,
        "/api/v1/zoeken?q=a&pagina=" + "9" * 30,
        "/api/v1/zoeken?q=%ff%fe",
        "/api/v1/zoeken?q=a&soort=%C2%B2",
        "/api/v1/organisaties?soort=" + "x" * 5000,
    ],
)
def test_vijandige_parameters_geven_nooit_een_500(client, pad):
    antwoord = client.get(pad)
    assert antwoord.status_code < 500
    assert antwoord["API-Version"] == "1.0.0"
    if antwoord.status_code >= 400:
        assert antwoord["Content-Type"].startswith(PROBLEEM)
        assert antwoord.json()["detail"]


@pytest.mark.parametrize(
    "pad",
    [
        "/afspraken/feed/?q=" + "x" * 20000,
        "/afspraken/feed/?trefwoord=%ff&groep=%00",
        "/afspraken/feed/?kerninstrument=a&kerninstrument=b",
        "/groepen/" + "9" * 30 + "/feed/",
    ],
)
def test_feeds_met_vijandige_parameters_geven_geen_500(client, pad):
    assert client.get(pad).status_code in (200, 400, 404)


@pytest.mark.parametrize(
    "pad", ["/api/v1/afspraken", "/api/v1/zoeken", "/api/v1/begrippen", "/afspraken/feed/"]
)
def test_duizenden_onbekende_parameters_worden_genegeerd(client, pad):
    """Unknown parameters are ignored (the API Design Rules allow it), in any number; the length
    of a query string is bounded before Django by gunicorn's limit_request_line (4094 bytes)."""
    query = "&".join(f"p{i}=x" for i in range(5000)) + "&q=omgevingsvisie"
    antwoord = client.get(pad, QUERY_STRING=query)
    assert antwoord.status_code == 200
