"""Form bases that run the upload check on every document and image upload in the admin."""

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from groepen.lidmaatschap import eigen_groepen, is_coordinator
from groepen.models import GroepPage, GroepRechten
from materialen.uploads import AFBEELDING_SOORTEN, controleer_upload


def _nieuw_bestand(formulier):
    bestand = formulier.cleaned_data.get("file")
    return bestand if isinstance(bestand, UploadedFile) else None


OPENBAAR, WERKRUIMTE = "openbaar", "werkruimte"


class DocumentFormulier(BaseDocumentForm):
    """Wagtail's document form with the upload check; for a trekker, instead of Wagtail's
    choice of collection, the question who may see the document. The answer puts it in the
    public collection of their own group or in the group's private werkruimte collection
    (redactie/inrichting.py); a trekker of several groups also chooses the group. Never a
    collection of another group: the choices come from the trekker's own groups only."""

    def __init__(self, *args, **kwargs):
        gebruiker = kwargs.get("user")
        super().__init__(*args, **kwargs)
        self.groepsrechten = {}
        if gebruiker is None or is_coordinator(gebruiker):
            return
        self.groepsrechten = {
            str(r.groep_id): r
            for r in GroepRechten.objects.filter(groep_id__in=eigen_groepen(gebruiker))
            .select_related("groep")
            .order_by("groep__title")
        }
        if not self.groepsrechten:
            return
        self.fields.pop("collection", None)
        huidige_groep, huidige_keuze = self._plaats(
            self.instance.collection_id if self.instance.pk else None
        )
        self._keuze_uit_collectie()
        if len(self.groepsrechten) > 1:
            self.fields["groep"] = forms.ChoiceField(
                label=_("Groep"),
                choices=[(pk, r.groep.title) for pk, r in self.groepsrechten.items()],
                initial=huidige_groep,
                help_text=_("De groep waar dit document bij hoort."),
            )
        self.fields["zichtbaarheid"] = forms.ChoiceField(
            label=_("Wie mag dit document zien?"),
            choices=[
                (OPENBAAR, _("Openbaar (groepsmateriaal)")),
                (WERKRUIMTE, _("Alleen voor de werkruimte")),
            ],
            widget=forms.RadioSelect,
            initial=huidige_keuze,
            help_text=_(
                "Openbaar: iedereen kan het document openen op de pagina's die ernaar linken. "
                "Zo'n pagina verschijnt pas nadat een coördinator haar heeft goedgekeurd. "
                "Alleen voor de werkruimte: alleen leden, trekkers en coördinatoren van de "
                "groep kunnen het document openen."
            ),
        )
        volgorde = ["title", "file", "groep", "zichtbaarheid"]
        self.order_fields([v for v in volgorde if v in self.fields])

    def _keuze_uit_collectie(self):
        """Wagtail's multiple upload posts the collection chosen above its drop zone, not our
        question: one of the trekker's own group's collections answers it. (Without an answer
        Wagtail would keep the file aside and fail on it later.) Never another group's."""
        if not self.is_bound or self.add_prefix("zichtbaarheid") in self.data:
            return
        groep, keuze = self._plaats(self.data.get(self.add_prefix("collection")))
        if keuze is not None:
            self.data = self.data.copy()
            self.data[self.add_prefix("zichtbaarheid")] = keuze
            self.data[self.add_prefix("groep")] = groep

    def _plaats(self, collectie_id):
        """(group pk, choice) of a collection of the trekker's own groups, else (None, None)."""
        try:
            collectie_id = int(collectie_id)
        except (TypeError, ValueError):
            return None, None
        for pk, rechten in self.groepsrechten.items():
            if collectie_id == rechten.collectie_id:
                return pk, OPENBAAR
            if collectie_id == rechten.werkruimte_collectie_id:
                return pk, WERKRUIMTE
        return None, None

    def clean(self):
        cleaned_data = super().clean()
        if not self.groepsrechten or "zichtbaarheid" not in cleaned_data:
            return cleaned_data
        if len(self.groepsrechten) == 1:
            rechten = next(iter(self.groepsrechten.values()))
        else:
            rechten = self.groepsrechten.get(cleaned_data.get("groep"))
            if rechten is None:
                return cleaned_data  # the field's own error says to choose a group
        if cleaned_data["zichtbaarheid"] == OPENBAAR:
            collectie = rechten.collectie
        else:
            collectie = rechten.werkruimte_collectie
        self.instance.collection = collectie
        # BaseCollectionMemberForm.save puts a document in the only collection on offer.
        self.collections = [collectie]
        return cleaned_data

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
    """A trekker plans meetings for their own group(s) only, never for an overleg: the field
    overleg is not in their form at all (a forged value is ignored) and the group is required.
    Coördinatoren plan meetings for every group and for the overleggen."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        gebruiker = self.for_user
        if "groep" not in self.fields or gebruiker is None or is_coordinator(gebruiker):
            return
        self.fields.pop("overleg", None)
        self.fields["groep"].required = True
        self.fields["groep"].queryset = GroepPage.objects.filter(
            rechten__trekkers__in=gebruiker.groups.all()
        ).order_by("title")
