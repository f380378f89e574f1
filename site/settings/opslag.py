"""Where uploaded files live (issue 18), built from the environment.

Two storages behind Django's default storage (kennisplatform.opslag.MediaOpslag routes by name):

- "media": images and their renditions (Wagtail's original_images/ and images/). Public: the
  platform serves them under MEDIA_URL (kennisplatform/media.py), or a web server does.
- "documenten": Wagtail's documents (documents/), workspace documents included. Never public:
  a folder outside MEDIA_ROOT (DOCUMENTEN_ROOT), or a private bucket or prefix; read only by
  Wagtail's document view after its access check.

Local folders by default. With OBJECTOPSLAG_BUCKET both go to an S3-compatible object store
(django-storages); the other OBJECTOPSLAG_* variables are optional (see the README)."""

import re
from pathlib import Path
from urllib.parse import urlsplit

from .omgeving import ConfiguratieFout, tekst

ROUTER = "kennisplatform.opslag.MediaOpslag"
S3 = "storages.backends.s3.S3Storage"
# Key prefixes in a bucket shared by media and documents.
MEDIA_PREFIX = "media"
DOCUMENTEN_PREFIX = "documenten"
# Objects larger than this are buffered on disk, not in memory, while they are read.
S3_MAX_GEHEUGEN = 2 * 1024 * 1024
OBJECTOPSLAG_VARIABELEN = (
    "OBJECTOPSLAG_DOCUMENTEN_BUCKET",
    "OBJECTOPSLAG_ENDPOINT_URL",
    "OBJECTOPSLAG_REGIO",
    "OBJECTOPSLAG_SLEUTEL_ID",
    "OBJECTOPSLAG_GEHEIM",
    "OBJECTOPSLAG_OPENBARE_URL",
)
BUCKETNAAM = re.compile(r"[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")
REGIO = re.compile(r"[a-z0-9-]{1,50}")


def _binnen(pad, map_):
    return pad == map_ or pad.is_relative_to(map_)


def documenten_root(media_root, standaard):
    """DOCUMENTEN_ROOT: a folder that is not MEDIA_ROOT, not in it and does not contain it, so
    nothing that serves MEDIA_ROOT as plain files can reach a document."""
    root = Path(tekst("DOCUMENTEN_ROOT", str(standaard))).resolve()
    media = Path(media_root).resolve()
    if _binnen(root, media) or _binnen(media, root):
        raise ConfiguratieFout(
            "De omgevingsvariabele DOCUMENTEN_ROOT moet een map naast MEDIA_ROOT zijn, niet "
            "erin en niet eromheen: wat onder MEDIA_ROOT staat kan een webserver als gewoon "
            "bestand serveren, en documenten mogen alleen via de documentview met toegangscontrole."
        )
    return root


def _url(naam, waarde):
    delen = urlsplit(waarde)
    if delen.scheme not in ("http", "https") or not delen.hostname or delen.query or delen.fragment:
        raise ConfiguratieFout(
            f"De omgevingsvariabele {naam} moet een adres als https://host[:poort][/pad] zijn "
            "(zonder ? of #)."
        )
    return delen


def _bucket(naam, waarde):
    if not BUCKETNAAM.fullmatch(waarde) or ".." in waarde:
        raise ConfiguratieFout(
            f"De omgevingsvariabele {naam} moet de naam van een bucket zijn: 3 tot 63 kleine "
            "letters, cijfers, punten of streepjes."
        )
    return waarde


def objectopslag():
    """The OPTIONS of the "media" and "documenten" S3 storages and the public origin of the
    images (or None), or None when OBJECTOPSLAG_BUCKET is not set. Nothing here talks to the
    network; a bad value raises ConfiguratieFout with one Dutch sentence."""
    bucket = tekst("OBJECTOPSLAG_BUCKET")
    if not bucket:
        gezet = [naam for naam in OBJECTOPSLAG_VARIABELEN if tekst(naam)]
        if gezet:
            raise ConfiguratieFout(
                f"De omgevingsvariabele {gezet[0]} is gezet maar OBJECTOPSLAG_BUCKET niet: zet "
                "OBJECTOPSLAG_BUCKET op de naam van de bucket om objectopslag te gebruiken, of "
                f"haal {gezet[0]} weg."
            )
        return None
    _bucket("OBJECTOPSLAG_BUCKET", bucket)
    documenten_bucket = _bucket(
        "OBJECTOPSLAG_DOCUMENTEN_BUCKET", tekst("OBJECTOPSLAG_DOCUMENTEN_BUCKET", bucket)
    )
    endpoint = tekst("OBJECTOPSLAG_ENDPOINT_URL")
    if endpoint:
        _url("OBJECTOPSLAG_ENDPOINT_URL", endpoint)
    regio = tekst("OBJECTOPSLAG_REGIO")
    if regio and not REGIO.fullmatch(regio):
        raise ConfiguratieFout(
            "De omgevingsvariabele OBJECTOPSLAG_REGIO moet de naam van een regio zijn, "
            "bijvoorbeeld eu-central-1 of nl-ams (kleine letters, cijfers en streepjes)."
        )
    sleutel, geheim = tekst("OBJECTOPSLAG_SLEUTEL_ID"), tekst("OBJECTOPSLAG_GEHEIM")
    if bool(sleutel) != bool(geheim):
        raise ConfiguratieFout(
            "Zet OBJECTOPSLAG_SLEUTEL_ID en OBJECTOPSLAG_GEHEIM allebei (de toegangssleutel "
            "van de objectopslag), of geen van beide (dan gelden de gewone AWS-variabelen of "
            "de rol van de server)."
        )
    openbaar = tekst("OBJECTOPSLAG_OPENBARE_URL")
    if openbaar and documenten_bucket == bucket:
        raise ConfiguratieFout(
            "Met OBJECTOPSLAG_OPENBARE_URL (afbeeldingen rechtstreeks uit de bucket) moeten de "
            "documenten in een eigen, besloten bucket staan: zet OBJECTOPSLAG_DOCUMENTEN_BUCKET "
            "op een andere bucket dan OBJECTOPSLAG_BUCKET."
        )
    gedeeld = {
        "endpoint_url": endpoint,
        "region_name": regio,
        "access_key": sleutel,
        "secret_key": geheim,
        # Never overwrite: a second upload with the same name gets a name of its own.
        "file_overwrite": False,
        # No ACL on the objects: the bucket's own policy (private) applies.
        "default_acl": None,
        "querystring_auth": True,
        "max_memory_size": S3_MAX_GEHEUGEN,
    }
    media = {**gedeeld, "bucket_name": bucket, "location": MEDIA_PREFIX}
    oorsprong = None
    if openbaar:
        delen = _url("OBJECTOPSLAG_OPENBARE_URL", openbaar)
        media.update(
            querystring_auth=False,
            url_protocol=f"{delen.scheme}:",
            custom_domain=(delen.netloc + delen.path).rstrip("/"),
        )
        oorsprong = f"{delen.scheme}://{delen.netloc}"
    documenten = {
        **gedeeld,
        "bucket_name": documenten_bucket,
        "location": DOCUMENTEN_PREFIX if documenten_bucket == bucket else "",
    }
    return media, documenten, oorsprong


def opslag(media_url, documenten_map):
    """(STORAGES entries "default", "media" and "documenten"; the origin images come from
    when that is not the platform itself, else None)."""
    s3 = objectopslag()
    if s3 is None:
        return {
            "default": {"BACKEND": ROUTER},
            # MEDIA_ROOT and MEDIA_URL, read when used (so they follow the settings).
            "media": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "documenten": {
                "BACKEND": "django.core.files.storage.FileSystemStorage",
                # Readable for the platform's own user only: a web server running as
                # another user cannot serve these files even when misconfigured.
                "OPTIONS": {
                    "location": str(documenten_map),
                    "file_permissions_mode": 0o600,
                    "directory_permissions_mode": 0o700,
                },
            },
        }, None
    media, documenten, oorsprong = s3
    return {
        # Without a public URL the platform serves the images under MEDIA_URL itself
        # (streamed from the bucket), so the bucket can stay completely private.
        "default": {
            "BACKEND": ROUTER,
            "OPTIONS": {"media_url": None if oorsprong else media_url},
        },
        "media": {"BACKEND": S3, "OPTIONS": media},
        "documenten": {"BACKEND": S3, "OPTIONS": documenten},
    }, oorsprong
