from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.documents import get_document_model
from wagtail.permissions import policy_registry

from afspraken.rechten import eigen_groepen, is_coordinator
from afspraken.status import Status
from afspraken.titels import scheid_samenvatting
from groepen.toegang import documenten_zichtbaar_voor

# What a trekker may set; vastgesteld and ingetrokken are the coördinator's decision.
STATUSSEN_TREKKER = [Status.CONCEPT, Status.IN_AFSTEMMING]


class AfspraakAdminForm(WagtailAdminModelForm):
    """For trekkers: only their own group(s), and no vaststelling of their own."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None and "documenten" in self.fields:
            # only documents this user may choose: never another group's private document
            rechten = policy_registry.get_by_type(get_document_model())
            keuze = rechten.instances_user_has_any_permission_for(for_user, ["choose"])
            # ... and may open (a collection's view restriction, e.g. a werkruimte)
            self.fields["documenten"].queryset = documenten_zichtbaar_voor(for_user, keuze)
        if "vastgesteld_in" in self.fields:
            # Agreements are fixed in meetings of an overleg (B-PSO, A-PSO, ...), which are
            # public; a group's meeting (perhaps of a private group) is never offered.
            veld = self.fields["vastgesteld_in"]
            veld.queryset = veld.queryset.filter(overleg__isnull=False).order_by("-begin")
        if for_user is None or is_coordinator(for_user):
            return
        self.trekker = True
        if "groep" in self.fields:
            veld = self.fields["groep"]
            veld.queryset = veld.queryset.filter(pk__in=eigen_groepen(for_user))
            veld.required = True
            veld.help_text = _("U kunt alleen afspraken van uw eigen groep(en) beheren.")
        if "status" in self.fields:
            veld = self.fields["status"]
            veld.choices = [c for c in veld.choices if c[0] in STATUSSEN_TREKKER]
        for naam in ["vastgesteld_door", "vastgesteld_op", "vastgesteld_in"]:
            if naam in self.fields:
                self.fields[naam].disabled = True
                self.fields[naam].help_text = _(
                    "Wordt ingevuld door de coördinator bij vaststelling."
                )

    def clean_status(self):
        status = self.cleaned_data.get("status")
        if getattr(self, "trekker", False) and status not in STATUSSEN_TREKKER:
            raise forms.ValidationError(
                _("Alleen een coördinator kan een afspraak vaststellen of intrekken.")
            )
        return status

    def clean(self):
        cleaned_data = super().clean()
        # "[samenvatting] …" pasted from the source data becomes the flag, not public text.
        tekst, samenvatting = scheid_samenvatting(cleaned_data.get("juridische_tekst"))
        if samenvatting and "juridische_tekst_is_samenvatting" in self.fields:
            cleaned_data["juridische_tekst"] = tekst
            cleaned_data["juridische_tekst_is_samenvatting"] = True
        self._clean_vergadering(cleaned_data)
        return cleaned_data

    def _clean_vergadering(self, cleaned_data):
        """A meeting of the vaststelling fixes its overleg and date: filled from it when
        empty, a clear error when they differ."""
        vergadering = cleaned_data.get("vastgesteld_in")
        if vergadering is None or not vergadering.overleg_id:
            return
        datum = timezone.localtime(vergadering.begin).date()
        overleg = cleaned_data.get("vastgesteld_door")
        if overleg is None and "vastgesteld_door" in self.fields:
            cleaned_data["vastgesteld_door"] = vergadering.overleg
        elif overleg is not None and overleg.pk != vergadering.overleg_id:
            self.add_error(
                "vastgesteld_door",
                _("De gekozen vergadering is van %(overleg)s.") % {"overleg": vergadering.overleg},
            )
        if cleaned_data.get("vastgesteld_op") is None and "vastgesteld_op" in self.fields:
            cleaned_data["vastgesteld_op"] = datum
        elif cleaned_data.get("vastgesteld_op") not in (None, datum):
            self.add_error(
                "vastgesteld_op",
                _("De gekozen vergadering was op %(datum)s.") % {"datum": f"{datum:%d-%m-%Y}"},
            )
