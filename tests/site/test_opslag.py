"""Where uploaded files are stored (issue 18.4): an S3-compatible object store built from
OBJECTOPSLAG_* (off by default; checked without network: there is no S3 server here), Dutch
errors for bad values, documents streamed from a storage without local paths, and moving
documents that older installations kept under MEDIA_ROOT/documents/."""

from pathlib import Path

import pytest
from storages.backends.s3 import S3Storage

from django.core import checks
from django.core.files.base import ContentFile
from django.core.files.storage import (
    FileSystemStorage,
    InMemoryStorage,
    Storage,
    storages,
)
from django.core.management import call_command

from wagtail.documents import get_document_model

from kennisplatform.opslag import MediaOpslag, openbare_documentbestanden
from kennisplatform.settings.omgeving import ConfiguratieFout
from kennisplatform.settings.opslag import documenten_root, objectopslag, opslag
from tests.factories import DocumentFactory
from tests.helpers.productie import draai_productie, productie_instellingen

S3_ENV = {
    "OBJECTOPSLAG_BUCKET": "kennisplatform-media",
    "OBJECTOPSLAG_ENDPOINT_URL": "https://s3.objectopslag.example",
    "OBJECTOPSLAG_REGIO": "nl-ams",
    "OBJECTOPSLAG_SLEUTEL_ID": "sleutel-id",
    "OBJECTOPSLAG_GEHEIM": "geheim",
}


@pytest.fixture
def s3_omgeving(monkeypatch):
    for naam, waarde in S3_ENV.items():
        monkeypatch.setenv(naam, waarde)
    return monkeypatch


def test_zonder_objectopslag_lokale_mappen(monkeypatch, tmp_path):
    for naam in S3_ENV:
        monkeypatch.delenv(naam, raising=False)
    assert objectopslag() is None
    instellingen, oorsprong = opslag("/media/", tmp_path / "docs")
    assert oorsprong is None
    assert instellingen["default"]["BACKEND"] == "kennisplatform.opslag.MediaOpslag"
    assert instellingen["documenten"]["OPTIONS"]["location"] == str(tmp_path / "docs")


def test_objectopslag_uit_de_omgeving(s3_omgeving):
    instellingen, oorsprong = opslag("/media/", "/srv/docs")
    assert oorsprong is None
    media = S3Storage(**instellingen["media"]["OPTIONS"])  # no network until a file is used
    documenten = S3Storage(**instellingen["documenten"]["OPTIONS"])
    assert media.bucket_name == documenten.bucket_name == "kennisplatform-media"
    assert (media.location, documenten.location) == ("media", "documenten")
    assert media.endpoint_url == "https://s3.objectopslag.example"
    assert media.region_name == "nl-ams" and media.access_key == "sleutel-id"
    assert media.file_overwrite is False and documenten.file_overwrite is False
    assert documenten.default_acl is None and documenten.querystring_auth is True
    # The platform serves the images itself (the bucket stays private) ...
    router = MediaOpslag(**instellingen["default"]["OPTIONS"])
    assert router.url("images/kaart.width-800.png") == "/media/images/kaart.width-800.png"
    # ... and a document has no URL at all, also not a signed one.
    with pytest.raises(NotImplementedError):
        router.url("documents/verslag.pdf")
    with pytest.raises(NotImplementedError):
        router.url("images/../documents/verslag.pdf")


def test_objectopslag_met_openbare_url_en_eigen_documentenbucket(s3_omgeving):
    s3_omgeving.setenv("OBJECTOPSLAG_OPENBARE_URL", "https://beelden.example/kp")
    s3_omgeving.setenv("OBJECTOPSLAG_DOCUMENTEN_BUCKET", "kennisplatform-documenten")
    instellingen, oorsprong = opslag("/media/", "/srv/docs")
    assert oorsprong == "https://beelden.example"
    media = S3Storage(**instellingen["media"]["OPTIONS"])
    assert media.url("images/kaart.png") == "https://beelden.example/kp/media/images/kaart.png"
    documenten = S3Storage(**instellingen["documenten"]["OPTIONS"])
    assert documenten.bucket_name == "kennisplatform-documenten"
    assert documenten.location == "" and documenten.querystring_auth is True


def test_productie_bouwt_objectopslag_en_csp_uit_de_omgeving():
    waarden = productie_instellingen(
        "STORAGES",
        "CONTENT_SECURITY_POLICY",
        **S3_ENV,
        OBJECTOPSLAG_OPENBARE_URL="https://beelden.example",
        OBJECTOPSLAG_DOCUMENTEN_BUCKET="kennisplatform-documenten",
    )
    opslagen = waarden["STORAGES"]
    assert opslagen["media"]["BACKEND"] == "storages.backends.s3.S3Storage"
    assert opslagen["documenten"]["OPTIONS"]["bucket_name"] == "kennisplatform-documenten"
    assert opslagen["default"]["BACKEND"] == "kennisplatform.opslag.MediaOpslag"
    img_src = waarden["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["img-src"]
    assert "https://beelden.example" in img_src
    # Off by default: local folders.
    standaard = productie_instellingen("STORAGES")["STORAGES"]
    assert standaard["media"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"


@pytest.mark.parametrize(
    "env,begin",
    [
        (
            {"OBJECTOPSLAG_ENDPOINT_URL": "https://s3.example"},
            "De omgevingsvariabele OBJECTOPSLAG_ENDPOINT_URL is gezet maar OBJECTOPSLAG_BUCKET niet",
        ),
        ({"OBJECTOPSLAG_BUCKET": "Mijn_Bucket"}, "De omgevingsvariabele OBJECTOPSLAG_BUCKET moet"),
        (
            {"OBJECTOPSLAG_BUCKET": "kp", "OBJECTOPSLAG_ENDPOINT_URL": "s3.example"},
            "De omgevingsvariabele OBJECTOPSLAG_BUCKET moet",
        ),
        (
            {"OBJECTOPSLAG_BUCKET": "kp-media", "OBJECTOPSLAG_ENDPOINT_URL": "s3.example"},
            "De omgevingsvariabele OBJECTOPSLAG_ENDPOINT_URL moet een adres",
        ),
        (
            {"OBJECTOPSLAG_BUCKET": "kp-media", "OBJECTOPSLAG_SLEUTEL_ID": "alleen-id"},
            "Zet OBJECTOPSLAG_SLEUTEL_ID en OBJECTOPSLAG_GEHEIM allebei",
        ),
        (
            {"OBJECTOPSLAG_BUCKET": "kp-media", "OBJECTOPSLAG_REGIO": "EU West"},
            "De omgevingsvariabele OBJECTOPSLAG_REGIO moet",
        ),
        (
            {"OBJECTOPSLAG_BUCKET": "kp-media", "OBJECTOPSLAG_OPENBARE_URL": "https://b.example"},
            "Met OBJECTOPSLAG_OPENBARE_URL",
        ),
        ({"MEDIA_VIA_PROXY": "misschien"}, "De omgevingsvariabele MEDIA_VIA_PROXY moet"),
    ],
)
def test_foute_opslaginstelling_geeft_een_zin(env, begin):
    resultaat = draai_productie("check", **env)
    assert resultaat.returncode != 0
    assert "Traceback" not in resultaat.stderr
    regels = [r for r in resultaat.stderr.splitlines() if r.strip()]
    assert len(regels) == 1, resultaat.stderr
    assert regels[0].startswith(f"Configuratiefout: {begin}"), regels[0]
    assert "geheim" not in regels[0]


@pytest.mark.parametrize("binnen", ["media/documenten", "media", "."])
def test_documenten_root_niet_in_of_om_media_root(monkeypatch, tmp_path, binnen):
    monkeypatch.setenv("DOCUMENTEN_ROOT", str(tmp_path / binnen))
    with pytest.raises(ConfiguratieFout, match="DOCUMENTEN_ROOT moet een map naast MEDIA_ROOT"):
        documenten_root(tmp_path / "media", tmp_path / "docs")
    monkeypatch.setenv("DOCUMENTEN_ROOT", str(tmp_path / "docs"))
    assert documenten_root(tmp_path / "media", tmp_path / "x") == (tmp_path / "docs").resolve()


# -- With storages of the test's own ------------------------------------------------------------


@pytest.fixture
def eigen_opslag(settings, tmp_path):
    """STORAGES as the platform builds them, in folders of this test."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "media": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "media"), "base_url": "/media/"},
        },
        "documenten": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "docs")},
        },
    }
    return tmp_path


class OpslagZonderPad(Storage):
    """Like a bucket: files (kept in memory), but no local path."""

    def __init__(self):
        self.binnen = InMemoryStorage()

    def _open(self, name, mode="rb"):
        return self.binnen.open(name, mode)

    def _save(self, name, content):
        return self.binnen.save(name, content)

    def exists(self, name):
        return self.binnen.exists(name)

    def size(self, name):
        return self.binnen.size(name)

    def delete(self, name):
        self.binnen.delete(name)


@pytest.mark.django_db
def test_document_uit_opslag_zonder_lokaal_pad_wordt_gestreamd(settings, client):
    """As with a bucket: no file path, the document view streams it from the storage."""
    settings.STORAGES = {
        **settings.STORAGES,
        "documenten": {"BACKEND": "tests.site.test_opslag.OpslagZonderPad"},
    }
    document = DocumentFactory(title="In de bucket", inhoud=b"uit de objectopslag")
    assert not document.is_stored_locally()
    antwoord = client.get(document.url)
    assert antwoord.status_code == 200
    assert b"".join(antwoord.streaming_content) == b"uit de objectopslag"


@pytest.mark.django_db
def test_oude_documenten_verhuizen_uit_media_root(eigen_opslag, client, capsys):
    media, docs = eigen_opslag / "media", eigen_opslag / "docs"
    (media / "documents" / "sub").mkdir(parents=True)
    (media / "documents" / "oud-verslag.txt").write_bytes(b"verslag van vroeger")
    (media / "documents" / "sub" / "wees.txt").write_bytes(b"zonder document")
    (media / "images").mkdir()
    (media / "images" / "kaart.png").write_bytes(b"\x89PNG kaart")
    document = get_document_model().objects.create(
        title="Oud verslag", file="documents/oud-verslag.txt"
    )
    assert [w.id for w in checks.run_checks() if w.id == "kennisplatform.W010"]

    call_command("verplaats_documenten", "--droog")
    assert (media / "documents" / "oud-verslag.txt").exists()  # a dry run changes nothing

    call_command("verplaats_documenten")
    uitvoer = capsys.readouterr().out
    assert "documents/oud-verslag.txt: verplaatst" in uitvoer
    assert "documents/sub/wees.txt: verplaatst" in uitvoer
    assert not (media / "documents").exists()  # the emptied folder is gone too
    assert (docs / "documents" / "oud-verslag.txt").read_bytes() == b"verslag van vroeger"
    assert (docs / "documents" / "sub" / "wees.txt").exists()
    assert (media / "images" / "kaart.png").exists()  # images stay where they are
    assert not [w for w in checks.run_checks() if w.id == "kennisplatform.W010"]

    antwoord = client.get(document.url)
    assert antwoord.status_code == 200
    assert b"".join(antwoord.streaming_content) == b"verslag van vroeger"

    # Idempotent: a second run finds nothing.
    call_command("verplaats_documenten")
    assert "Er staan geen documentbestanden" in capsys.readouterr().out


@pytest.mark.django_db
def test_verhuizen_laat_een_ander_bestand_met_dezelfde_naam_staan(eigen_opslag, capsys):
    media, docs = eigen_opslag / "media", eigen_opslag / "docs"
    for map_, inhoud in ((media, b"oude versie"), (docs, b"nieuwe versie")):
        (map_ / "documents").mkdir(parents=True)
        (map_ / "documents" / "x.txt").write_bytes(inhoud)
    (media / "documents" / "dubbel.txt").write_bytes(b"zelfde")
    (docs / "documents" / "dubbel.txt").write_bytes(b"zelfde")
    call_command("verplaats_documenten")
    uitvoer = capsys.readouterr().out
    assert "documents/x.txt: overgeslagen" in uitvoer
    assert (docs / "documents" / "x.txt").read_bytes() == b"nieuwe versie"
    assert (media / "documents" / "x.txt").read_bytes() == b"oude versie"
    assert not (media / "documents" / "dubbel.txt").exists()  # same content: public copy gone
    assert openbare_documentbestanden() == ["documents/x.txt"]


def test_opslag_kiest_op_naam(eigen_opslag):
    router = MediaOpslag()
    assert isinstance(storages["media"], FileSystemStorage)
    naam = router.save("documents/nota.txt", ContentFile(b"nota"))
    assert Path(router.path(naam)).is_relative_to(eigen_opslag / "docs")
    beeld = router.save("images/stip.png", ContentFile(b"png"))
    assert Path(router.path(beeld)).is_relative_to(eigen_opslag / "media")
    assert router.url(beeld) == "/media/images/stip.png"
    assert router.exists(naam) and router.size(naam) == 4
    router.delete(naam)
    assert not router.exists(naam)


@pytest.mark.django_db
def test_migrate_verhuist_oude_documenten(eigen_opslag, capsys):
    """`make serve` runs migrate: an upgraded installation needs no extra step."""
    media, docs = eigen_opslag / "media", eigen_opslag / "docs"
    (media / "documents").mkdir(parents=True)
    (media / "documents" / "notulen.txt").write_bytes(b"notulen")
    call_command("migrate", verbosity=1, interactive=False)
    assert "documents/notulen.txt: verplaatst" in capsys.readouterr().out
    assert (docs / "documents" / "notulen.txt").read_bytes() == b"notulen"
    assert not (media / "documents").exists()
