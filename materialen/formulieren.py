"""Form bases that run the upload check on every document and image upload in the admin."""

from django.core.files.uploadedfile import UploadedFile

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from groepen.lidmaatschap import is_coordinator
from groepen.models import GroepPage
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

    def _post_clean(self):
        # A file refused by the upload check never reaches the document, so the model's own
        # extension check (Document.clean) would add a second, misleading error for an
        # empty extension ("Bestandsextensie '' is niet toegestaan"). Keep only the reason
        # the upload check gave.
        eigen_fouten = list(self.errors.get("file", []))
        super()._post_clean()
        if eigen_fouten:
            self.errors["file"] = self.error_class(eigen_fouten)


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
        if "groep" not in self.fields or gebruiker is None or is_coordinator(gebruiker):
            return
        self.fields["groep"].queryset = GroepPage.objects.filter(
            rechten__trekkers__in=gebruiker.groups.all()
        ).order_by("title")
