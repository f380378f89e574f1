"""Form bases that run the upload check on every document and image upload in the admin."""

from django.core.files.uploadedfile import UploadedFile

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from kennisnetwerken.models import GroepPage
from materialen.uploads import AFBEELDING_SOORTEN, controleer_upload
from redactie import rollen


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


class BijeenkomstFormulier(WagtailAdminModelForm):
    """A trekker plans meetings for their own group(s) only; coördinatoren for every group."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        gebruiker = self.for_user
        if "groep" not in self.fields or gebruiker is None or gebruiker.is_superuser:
            return
        if gebruiker.groups.filter(name=rollen.COORDINATOREN).exists():
            return
        self.fields["groep"].queryset = GroepPage.objects.filter(
            rechten__trekkers__in=gebruiker.groups.all()
        ).order_by("title")
