"""Form bases that run the upload check on every document and image upload in the admin."""

from django.core.files.uploadedfile import UploadedFile

from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from materialen.uploads import AFBEELDING_SOORTEN, controleer_upload


def _nieuw_bestand(formulier):
    bestand = formulier.cleaned_data.get("file")
    return bestand if isinstance(bestand, UploadedFile) else None


class DocumentFormulier(BaseDocumentForm):
    def clean_file(self):
        bestand = _nieuw_bestand(self)
        if bestand is not None:
            controleer_upload(bestand, bestand.name)
        return self.cleaned_data.get("file")


class AfbeeldingFormulier(BaseImageForm):
    def clean_file(self):
        bestand = _nieuw_bestand(self)
        if bestand is not None:
            controleer_upload(bestand, bestand.name, toegestaan=AFBEELDING_SOORTEN)
        return self.cleaned_data.get("file")
