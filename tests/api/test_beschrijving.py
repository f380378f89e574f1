"""The running API answers as its OpenAPI description says (openapi-core checks status, media
type, body and the API-Version header of real answers, errors included), and the description
passes the API Design Rules linter (Spectral with the ruleset in api/standaarden/)."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from openapi_core import Config, OpenAPI
from openapi_core.contrib.django import DjangoOpenAPIRequest, DjangoOpenAPIResponse

from django.core.management import call_command

from afspraken.models import Uitvoeringsafspraak
from api.v1 import api
from begrippen.models import Begrip

ROOT = Path(__file__).resolve().parents[2]
REGELSET = ROOT / "api" / "standaarden" / "api-design-rules.spectral.yml"


def _json(waarde, **_parameters):  # the media type's parameters (charset) are not needed
    return json.loads(waarde)


@pytest.fixture(scope="module")
def beschrijving():
    schema = json.loads(json.dumps(api.get_openapi_schema()))
    schema["servers"] = [{"url": "http://testserver/api/v1"}]  # the test client's host
    # openapi-core reads application/json itself; problem+json is JSON as well (RFC 9457)
    config = Config(extra_media_type_deserializers={"application/problem+json": _json})
    return OpenAPI.from_dict(schema, config=config)


def _adressen():
    code = Uitvoeringsafspraak.objects.openbaar().first().code
    begrip = Begrip.objects.first()
    return [
        ("/api/v1/afspraken", {"paginagrootte": "3"}, 200),
        ("/api/v1/afspraken", {"pagina": "2", "paginagrootte": "3", "sortering": "titel"}, 200),
        ("/api/v1/afspraken", {"q": "omgevingsvisie"}, 200),
        ("/api/v1/afspraken", {"pagina": "abc"}, 400),
        ("/api/v1/afspraken", {"kerninstrument": "bestaat-niet"}, 400),
        (f"/api/v1/afspraken/{code}", {}, 200),
        ("/api/v1/afspraken/UA-BESTAAT-NIET", {}, 404),
        ("/api/v1/begrippen", {}, 200),
        ("/api/v1/begrippen", {"pagina": "99"}, 400),
        (f"/api/v1/begrippen/{begrip.slug}", {}, 200),
        (f"/api/v1/begrippen/{begrip.pk}", {}, 200),
        ("/api/v1/begrippen/bestaat-niet", {}, 404),
        ("/api/v1/organisaties", {"soort": "gemeente"}, 200),
        ("/api/v1/organisaties", {"soort": "bakkerij"}, 400),
        ("/api/v1/organisaties/1", {}, 200),
        ("/api/v1/organisaties/bestaat-niet", {}, 404),
        ("/api/v1/zoeken", {"q": "omgevingsvisie"}, 200),
        ("/api/v1/zoeken", {"q": "vergunning", "soort": "uitvoeringsafspraak"}, 200),
        ("/api/v1/zoeken", {}, 400),
    ]


@pytest.mark.django_db
def test_echte_antwoorden_passen_bij_de_beschrijving(client, beschrijving):
    for pad, params, status in _adressen():
        antwoord = client.get(pad, params)
        assert antwoord.status_code == status, (pad, params, antwoord.content[:300])
        # raises with the reason when status, media type, body or header do not match
        beschrijving.validate_response(
            DjangoOpenAPIRequest(antwoord.wsgi_request), DjangoOpenAPIResponse(antwoord)
        )


@pytest.mark.django_db
def test_de_controle_kan_falen(client, beschrijving):
    """A body that differs from the description is caught (the check above means something)."""
    antwoord = client.get("/api/v1/organisaties/1")
    antwoord.content = json.dumps({"id": "een", "naam": 3}).encode()
    with pytest.raises(Exception, match="(?i)invalid|validat"):
        beschrijving.validate_response(
            DjangoOpenAPIRequest(antwoord.wsgi_request), DjangoOpenAPIResponse(antwoord)
        )


def _spectral():
    npx = shutil.which("npx")
    geinstalleerd = (ROOT / "node_modules" / ".bin" / "spectral").exists()
    if not (npx and geinstalleerd):
        if os.environ.get("CI") == "true":
            pytest.fail("Spectral (npm, package.json) ontbreekt; in CI moet het er zijn.")
        pytest.skip("node of @stoplight/spectral-cli ontbreekt (npm ci)")
    return npx


def test_beschrijving_haalt_de_api_design_rules(tmp_path):
    npx = _spectral()
    bestand = tmp_path / "openapi.json"
    bestand.write_text(json.dumps(api.get_openapi_schema()), encoding="utf-8")
    uitkomst = subprocess.run(
        [npx, "--no-install", "spectral", "lint", "-r", str(REGELSET), "-f", "json", str(bestand)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    meldingen = json.loads(uitkomst.stdout or "[]")
    fouten = [m for m in meldingen if m["severity"] == 0]
    assert fouten == []
    # warnings: only that the server of a development set-up is no https address
    assert {m["code"] for m in meldingen} <= {"nlgov:servers-use-https"}


def test_commando_schrijft_de_beschrijving(tmp_path):
    bestand = tmp_path / "build" / "openapi.json"
    call_command("openapi", uitvoer=str(bestand))
    schema = json.loads(bestand.read_text(encoding="utf-8"))
    assert schema["paths"]["/zoeken"]["get"]["responses"]["200"]["headers"]["API-Version"]
