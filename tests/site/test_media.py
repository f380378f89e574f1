"""Issue 18.4: media in production. Under production settings (DEBUG off, HTTPS, the same
storages as settings/production.py builds) a private workspace document gives 0 bytes to an
anonymous visitor through any URL, while a public document and an image in a page body
download. The file of a workspace document is not under MEDIA_ROOT at all, so whatever serves
/media/ (this platform, nginx, a bucket's public URL) cannot hand it out."""

import importlib
import re
import uuid
from pathlib import Path

import pytest

from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.urls import clear_url_caches
from django.utils.http import http_date

from redactie.demo import demo_groep
from tests.factories import AfbeeldingFactory, DocumentFactory, InhoudPageFactory
from tests.helpers.productie import productie_instellingen

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def productie():
    """What settings/production.py builds from a plain production environment."""
    return productie_instellingen(
        "DEBUG", "STORAGES", "MEDIA_URL", "MEDIA_VIA_PROXY", "WAGTAILDOCS_SERVE_METHOD"
    )


@pytest.fixture
def productie_client(client, settings, productie):
    """The test client under the production settings that decide how files are served: the
    storages and serve method of production (checked equal), DEBUG off, HTTPS only."""
    for naam in ("default", "media", "documenten"):
        assert productie["STORAGES"][naam]["BACKEND"] == settings.STORAGES[naam]["BACKEND"]
    assert productie["DEBUG"] is False and productie["MEDIA_VIA_PROXY"] is False
    assert (
        productie["WAGTAILDOCS_SERVE_METHOD"] == settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    )
    settings.DEBUG = False
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_CONTENT_TYPE_NOSNIFF = True
    settings.SESSION_COOKIE_SECURE = True
    settings.CSRF_COOKIE_SECURE = True
    settings.X_FRAME_OPTIONS = "DENY"
    import kennisplatform.urls

    importlib.reload(kennisplatform.urls)
    clear_url_caches()
    # HTTPS as behind the production proxy (SECURE_PROXY_SSL_HEADER).
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    client.defaults["HTTP_X_FORWARDED_PROTO"] = "https"
    yield client
    importlib.reload(kennisplatform.urls)
    clear_url_caches()


def inhoud(antwoord):
    if getattr(antwoord, "streaming", False):
        return b"".join(antwoord.streaming_content)
    return antwoord.content


@pytest.fixture
def geheim_document():
    geheim = f"GEHEIM-{uuid.uuid4().hex}".encode()
    document = DocumentFactory(
        title="Vertrouwelijk verslag",
        collection=demo_groep().rechten.werkruimte_collectie,
        bestandsnaam="vertrouwelijk-verslag.txt",
        inhoud=geheim + b"\nalleen voor de werkruimte\n",
    )
    return document, geheim


def alle_adressen(document):
    """Every URL shape that could lead to the file: Wagtail's document view, /media/ with the
    storage name and the original name, and detours with ../ in all spellings."""
    naam = document.file.name  # documents/vertrouwelijk-verslag<_suffix>.txt
    origineel = "vertrouwelijk-verslag.txt"
    basis = Path(naam).name
    docmap = Path(django_settings.DOCUMENTEN_ROOT).name  # the private folder beside media/
    return [
        document.url,
        f"/documenten/{document.pk}/{basis}",
        f"/documenten/{document.pk}/{origineel}",
        f"/documenten/{document.pk}/{basis.upper()}",
        f"/media/{naam}",
        f"/media/documents/{origineel}",
        f"/media/{origineel}",
        f"/media/{basis}",
        f"/media//{naam}",
        f"/media/./{naam}",
        f"/media/images/../{naam}",
        f"/media/original_images/../{naam}",
        f"/media/images/%2e%2e/{naam}",
        f"/media/images/..%2f{naam}",
        f"/media/original_images/..%5c{naam.replace('/', '%5c')}",
        f"/media/images/%252e%252e/{naam}",
        f"/media/../{docmap}/{naam}",
        f"/media/images/../../{docmap}/{naam}",
        f"/media/images/%2e%2e/%2e%2e/{docmap}/{naam}",
        f"/static/../media/{naam}",
        f"/static/{naam}",
        f"/static/../{docmap}/{naam}",
        f"/{docmap}/{naam}",
        f"/{naam}",
        f"/materialen/voorbeeld/{document.pk}.png",
        f"/admin/documents/edit/{document.pk}/",
    ]


def test_werkruimtedocument_geeft_anoniem_geen_byte(productie_client, geheim_document):
    document, geheim = geheim_document
    for adres in alle_adressen(document):
        for methode in ("get", "head"):
            antwoord = getattr(productie_client, methode)(adres)
            assert geheim not in inhoud(antwoord), (methode, adres)
            assert not (
                antwoord.status_code == 200 and adres.startswith(("/media/", "/documenten/"))
            ), (methode, adres, antwoord.status_code)
            gevolgd = getattr(productie_client, methode)(adres, follow=True)
            assert geheim not in inhoud(gevolgd), (methode, adres, "gevolgd")
    # The document view sends a visitor to the login page instead.
    antwoord = productie_client.get(document.url)
    assert antwoord.status_code == 302 and "/inloggen/" in antwoord["Location"]


def test_werkruimtedocument_staat_niet_onder_media_root(geheim_document):
    document, geheim = geheim_document
    pad = Path(document.file.path).resolve()
    media = Path(django_settings.MEDIA_ROOT).resolve()
    assert pad.read_bytes().startswith(geheim)
    assert not pad.is_relative_to(media)
    assert pad.is_relative_to(Path(django_settings.DOCUMENTEN_ROOT).resolve())
    assert pad.stat().st_mode & 0o077 == 0  # only the platform's own user may read it
    for bestand in media.rglob("*") if media.exists() else []:
        if bestand.is_file():
            assert geheim not in bestand.read_bytes(), bestand


def test_document_heeft_geen_bestandsadres(geheim_document):
    document, _ = geheim_document
    with pytest.raises(NotImplementedError):
        document.file.url  # noqa: B018 - the storage refuses a URL for any document
    assert document.url == f"/documenten/{document.pk}/{document.filename}"


def test_groepslid_krijgt_het_werkruimtedocument_wel(productie_client, geheim_document):
    document, geheim = geheim_document
    productie_client.force_login(get_user_model().objects.get(username="groepslid"))
    antwoord = productie_client.get(document.url)
    assert antwoord.status_code == 200
    assert inhoud(antwoord).startswith(geheim)


def test_openbaar_document_downloadt(productie_client):
    document = DocumentFactory(
        title="Openbare notitie", bestandsnaam="openbare-notitie.txt", inhoud=b"voor iedereen"
    )
    antwoord = productie_client.get(document.url)
    assert antwoord.status_code == 200
    assert inhoud(antwoord) == b"voor iedereen"
    assert "attachment" in antwoord["Content-Disposition"]
    # Not by a file URL either: public documents are in the private storage too.
    assert productie_client.get(f"/media/{document.file.name}").status_code == 404


@pytest.fixture
def pagina_met_afbeelding():
    afbeelding = AfbeeldingFactory(
        title="Kaart", file__filename="kaart.png", file__width=32, file__height=16
    )
    pagina = InhoudPageFactory(
        title="Pagina met kaart",
        slug="pagina-met-kaart",
        body=[
            ("afbeelding", {"afbeelding": afbeelding, "alt_tekst": "De kaart", "bijschrift": ""})
        ],
        publiceren=True,
    )
    return pagina, afbeelding


def test_afbeelding_in_pagina_wordt_getoond_en_downloadt(productie_client, pagina_met_afbeelding):
    pagina, afbeelding = pagina_met_afbeelding
    html = productie_client.get(pagina.url).content.decode()
    img = [tag for tag in re.findall(r"<img [^>]*>", html) if 'alt="De kaart"' in tag]
    assert img, html
    src = re.search(r'\ssrc="([^"]+)"', img[0])[1]
    assert src.startswith("/media/images/")  # the rendition, from this platform
    antwoord = productie_client.get(src)
    assert antwoord.status_code == 200
    assert antwoord["Content-Type"] == "image/png"
    assert inhoud(antwoord).startswith(b"\x89PNG")
    assert antwoord["Cache-Control"] == "public, max-age=86400"
    assert antwoord["X-Content-Type-Options"] == "nosniff"
    # The original upload too.
    origineel = productie_client.get(afbeelding.file.url)
    assert origineel.status_code == 200 and inhoud(origineel).startswith(b"\x89PNG")


def test_media_head_bereik_en_conditioneel(productie_client):
    afbeelding = AfbeeldingFactory(title="Stip", file__filename="stip.png")
    url = afbeelding.file.url
    volledig = inhoud(productie_client.get(url))
    grootte = len(volledig)

    kop = productie_client.head(url)
    assert kop.status_code == 200 and kop["Content-Length"] == str(grootte)
    assert kop.content == b"" and kop["Accept-Ranges"] == "bytes"

    deel = productie_client.get(url, HTTP_RANGE="bytes=0-3")
    assert deel.status_code == 206
    assert inhoud(deel) == volledig[:4] == b"\x89PNG"
    assert deel["Content-Range"] == f"bytes 0-3/{grootte}"
    staart = productie_client.get(url, HTTP_RANGE="bytes=-5")
    assert staart.status_code == 206 and inhoud(staart) == volledig[-5:]
    buiten = productie_client.get(url, HTTP_RANGE=f"bytes={grootte}-")
    assert buiten.status_code == 416 and buiten["Content-Range"] == f"bytes */{grootte}"
    # Several ranges or nonsense: the whole file, as RFC 9110 allows.
    assert productie_client.get(url, HTTP_RANGE="bytes=0-1,4-5").status_code == 200
    assert productie_client.get(url, HTTP_RANGE="regels=1-2").status_code == 200
    # An If-Range that no longer matches: the whole (changed) file.
    oud = productie_client.get(url, HTTP_RANGE="bytes=0-3", HTTP_IF_RANGE=http_date(0))
    assert oud.status_code == 200 and inhoud(oud) == volledig

    laatst = productie_client.get(url)["Last-Modified"]
    assert productie_client.get(url, HTTP_IF_MODIFIED_SINCE=laatst).status_code == 304
    assert productie_client.post(url).status_code == 405


def test_media_geen_mappen_geen_andere_soorten_geen_uitwegen(productie_client, settings):
    media = Path(settings.MEDIA_ROOT)
    (media / "images").mkdir(parents=True, exist_ok=True)
    vreemd = media / "images" / f"{uuid.uuid4().hex}.html"
    vreemd.write_text("<script>alert(1)</script>")
    try:
        for adres in (
            "/media/",
            "/media/images/",
            "/media/images",
            "/media/original_images/",
            f"/media/images/{vreemd.name}",  # not an image type: never served
            "/media/images/../../pyproject.toml",
            "/media/images/%2e%2e/%2e%2e/pyproject.toml",
            "/media/images/..%2f..%2fpyproject.toml",
            "/media/images/bestaat-niet.png",
            "/media/images/\\..\\..\\pyproject.toml",
        ):
            antwoord = productie_client.get(adres)
            assert antwoord.status_code == 404, adres
            assert b"<script>" not in antwoord.content and b"[project]" not in antwoord.content
    finally:
        vreemd.unlink()


def test_media_via_proxy_laat_media_aan_de_webserver(settings, client):
    afbeelding = AfbeeldingFactory(title="Proxy", file__filename="proxy.png")
    settings.MEDIA_VIA_PROXY = True
    import kennisplatform.urls

    importlib.reload(kennisplatform.urls)
    clear_url_caches()
    try:
        assert client.get(afbeelding.file.url).status_code == 404
    finally:
        settings.MEDIA_VIA_PROXY = False
        importlib.reload(kennisplatform.urls)
        clear_url_caches()
    assert client.get(afbeelding.file.url).status_code == 200
