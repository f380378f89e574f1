"""Django's default storage: images in the public media storage, documents in a private one.

Wagtail stores every document under documents/ (the upload_to of its document model) and
images under original_images/ and images/, all through the default storage. MediaOpslag
sends each name to one of two storages of STORAGES (settings/opslag.py builds them):
"documenten" for documents/…, "media" for everything else. A document therefore never lands
where /media/ is served from, whatever serves it (the platform, nginx, a bucket's public URL),
and it has no URL of its own: only Wagtail's document view (/documenten/<id>/<naam>), which
applies the collection's view restrictions, reads it and streams it.

verplaats_documenten() moves document files that older installations kept in the media
storage (MEDIA_ROOT/documents/) to the private one; `migrate` runs it, and so does
`manage.py verplaats_documenten`. It is idempotent."""

import hashlib
import logging
import os
import posixpath
from urllib.parse import urljoin

from django.core import checks
from django.core.files.storage import FileSystemStorage, Storage, storages
from django.db.models.signals import post_migrate
from django.dispatch import receiver
from django.utils.deconstruct import deconstructible
from django.utils.encoding import filepath_to_uri

logger = logging.getLogger(__name__)

DOCUMENTEN = "documents"  # Wagtail's AbstractDocument.file upload_to
MEDIA = "media"  # STORAGES alias of the public storage
BESLOTEN = "documenten"  # STORAGES alias of the private storage


def is_document(naam):
    """Whether a storage name is a document's, judged as the storages will resolve it
    (images/../documents/x is documents/x)."""
    pad = posixpath.normpath(str(naam).replace("\\", "/")).lstrip("/")
    return pad == DOCUMENTEN or pad.startswith(DOCUMENTEN + "/")


@deconstructible(path="kennisplatform.opslag.MediaOpslag")
class MediaOpslag(Storage):
    """Routes every name to STORAGES["documenten"] or STORAGES["media"] (see the module)."""

    def __init__(self, media_url=None):
        # Set when the media storage's own URLs are not public (a private bucket): the
        # platform then serves the images under MEDIA_URL itself.
        self.media_url = media_url

    def opslag_voor(self, naam):
        return storages[BESLOTEN if is_document(naam) else MEDIA]

    def open(self, name, mode="rb"):
        return self.opslag_voor(name).open(name, mode)

    def save(self, name, content, max_length=None):
        if name is None:
            name = content.name
        return self.opslag_voor(name).save(name, content, max_length=max_length)

    def generate_filename(self, filename):
        return self.opslag_voor(filename).generate_filename(filename)

    def get_valid_name(self, name):
        return self.opslag_voor(name).get_valid_name(name)

    def get_available_name(self, name, max_length=None):
        return self.opslag_voor(name).get_available_name(name, max_length=max_length)

    def path(self, name):
        return self.opslag_voor(name).path(name)

    def delete(self, name):
        return self.opslag_voor(name).delete(name)

    def exists(self, name):
        return self.opslag_voor(name).exists(name)

    def listdir(self, path):
        return self.opslag_voor(path).listdir(path)

    def size(self, name):
        return self.opslag_voor(name).size(name)

    def get_accessed_time(self, name):
        return self.opslag_voor(name).get_accessed_time(name)

    def get_created_time(self, name):
        return self.opslag_voor(name).get_created_time(name)

    def get_modified_time(self, name):
        return self.opslag_voor(name).get_modified_time(name)

    def url(self, name):
        if is_document(name):
            # Wagtail then links to its document view (WAGTAILDOCS_SERVE_METHOD = "serve_view").
            raise NotImplementedError(
                "Documenten hebben geen eigen adres: ze gaan alleen via de documentview."
            )
        if self.media_url is not None:
            return urljoin(self.media_url, filepath_to_uri(name).lstrip("/"))
        return storages[MEDIA].url(name)


# -- Moving documents out of the public media storage ------------------------------------------


def _namen(opslag, map_):
    try:
        mappen, bestanden = opslag.listdir(map_)
    except (FileNotFoundError, NotADirectoryError):
        return
    for bestand in sorted(bestanden):
        yield f"{map_}/{bestand}"
    for sub in sorted(mappen):
        yield from _namen(opslag, f"{map_}/{sub}")


def _vingerafdruk(opslag, naam):
    inhoud = hashlib.sha256()
    with opslag.open(naam, "rb") as bestand:
        for blok in bestand.chunks():
            inhoud.update(blok)
    return inhoud.hexdigest()


def openbare_documentbestanden():
    """Names of document files still in the public media storage."""
    return list(_namen(storages[MEDIA], DOCUMENTEN))


def verplaats_documenten(droog=False):
    """Move every file under documents/ in the media storage to the private storage, under the
    same name (the database keeps pointing at it). Returns [(name, what happened)]. A file
    whose name is already taken by different content is left alone and reported."""
    media, besloten = storages[MEDIA], storages[BESLOTEN]
    uitkomsten = []
    for naam in openbare_documentbestanden():
        try:
            if besloten.exists(naam):
                if _vingerafdruk(media, naam) != _vingerafdruk(besloten, naam):
                    uitkomsten.append(
                        (
                            naam,
                            "overgeslagen: de besloten opslag heeft onder deze naam een ander bestand",
                        )
                    )
                    continue
                uitkomst = "stond al in de besloten opslag; openbare kopie verwijderd"
            else:
                uitkomst = "verplaatst"
                if not droog:
                    with media.open(naam, "rb") as bron:
                        opgeslagen = besloten.save(naam, bron)
                    if opgeslagen != naam or _vingerafdruk(besloten, naam) != _vingerafdruk(
                        media, naam
                    ):
                        # Someone else wrote the same name meanwhile: keep everything.
                        uitkomsten.append((naam, "overgeslagen: tegelijk elders geschreven"))
                        continue
            if not droog:
                media.delete(naam)
        except FileNotFoundError:
            # Moved by another process (a second server migrating at the same time).
            continue
        uitkomsten.append((naam, uitkomst))
    if not droog:
        _ruim_lege_mappen_op(media)
    return uitkomsten


def _ruim_lege_mappen_op(media):
    if not isinstance(media, FileSystemStorage):
        return
    try:
        map_ = media.path(DOCUMENTEN)
    except Exception:  # noqa: BLE001 - nothing to tidy
        return
    for root, _mappen, _bestanden in os.walk(map_, topdown=False):  # deepest first
        try:
            os.rmdir(root)  # only succeeds when empty
        except OSError:
            pass


@receiver(post_migrate, dispatch_uid="kennisplatform.verplaats_documenten")
def verplaats_na_migratie(sender, verbosity=1, **kwargs):
    """`migrate` (also in `make serve`) moves document files left in the public media storage
    by older versions; once per migrate, after the platform's own app."""
    if getattr(sender, "name", None) != "kennisplatform":
        return
    try:
        uitkomsten = verplaats_documenten()
    except Exception:  # noqa: BLE001 - a storage problem must not stop migrate
        logger.exception("Documenten verplaatsen naar de besloten opslag is mislukt")
        return
    if uitkomsten and verbosity:
        print(f"Documentbestanden uit de openbare mediaopslag gehaald: {len(uitkomsten)}")
        for naam, uitkomst in uitkomsten:
            print(f"  {naam}: {uitkomst}")


@checks.register(checks.Tags.security)
def geen_documenten_in_media(app_configs, **kwargs):
    """Warning when document files are still in the local media folder (no network: only for a
    local media storage)."""
    if not isinstance(storages[MEDIA], FileSystemStorage):
        return []
    namen = openbare_documentbestanden()
    if not namen:
        return []
    return [
        checks.Warning(
            f"In de openbare mediamap staan nog {len(namen)} documentbestanden "
            f"({storages[MEDIA].path(DOCUMENTEN)}): wie /media/ als gewone bestanden "
            "serveert, geeft ze zonder toegangscontrole.",
            hint="Draai 'python manage.py verplaats_documenten' (of 'migrate'); zie "
            "'Media en documenten in productie' in de README.",
            id="kennisplatform.W010",
        )
    ]
