"""The private workspace of a group and the review task of the coördinatoren. The membership
record of a group (GroepRechten) lives in groepen."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField
from wagtail.forms import TaskStateCommentForm
from wagtail.locks import WorkflowLock
from wagtail.models import AbstractGroupApprovalTask, Page

from afspraken.status import Status
from groepen import lidmaatschap
from groepen.models import GroepRechten
from materialen.models import Bijeenkomst
from organisaties.models import Overleg


class WerkruimtePage(Page):
    """The private workspace of a group: visible only to its members, trekkers and coördinatoren."""

    intro = RichTextField(_("inleiding"), blank=True, features=["bold", "italic", "link", "ul"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = [
        "kennisnetwerken.KennisnetwerkPage",
        "themagroepen.ThemagroepPage",
        "projectgroepen.ProjectgroepPage",
    ]
    subpage_types = ["kennisplatform.InhoudPage"]

    class Meta:
        verbose_name = _("werkruimte")
        verbose_name_plural = _("werkruimtes")
        # Held by the Coördinatoren (rollen.py); beheerders are superusers. (Declared here since
        # the membership record GroepRechten moved to groepen; the names stay redactie.*.)
        permissions = [
            ("privacy_instellen", _("Mag de privacy van pagina's instellen")),
            ("groepsleden_beheren", _("Mag leden van groepen toevoegen en verwijderen")),
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["groep"] = self.get_parent().specific
        context["paginas"] = self.get_children().live().order_by("-last_published_at")
        rechten = GroepRechten.objects.filter(groep=context["groep"]).first()
        context["documenten"] = (
            get_document_model().objects.filter(collection=rechten.werkruimte_collectie)
            if rechten
            else []
        )
        return context


class VergaderingKeuze(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.vergadering_label


class VaststellingsForm(TaskStateCommentForm):
    """Approving an agreement can record its vaststelling: which overleg decided, when, and
    optionally in which meeting of that overleg (then overleg and date follow from it).

    Its cleaned_data holds plain values (pk's, an ISO date): Wagtail hands them to
    VaststellingsTaak.on_action directly (the dashboard's workflow action view) or as JSON
    through the browser (the action in the footer of the agreement's own edit screen, Wagtail's
    CollectWorkflowActionData), and model instances or dates cannot go through JSON."""

    vastgesteld_in = VergaderingKeuze(
        queryset=None,
        required=False,
        label=_("Vergadering"),
        empty_label=_("(geen vergadering gekozen)"),
        help_text=_(
            "De vergadering waarin de afspraak is vastgesteld. Overleg en datum volgen daaruit."
        ),
    )
    vastgesteld_door = forms.ModelChoiceField(
        queryset=None, label=_("Vastgesteld door"), required=False
    )
    vastgesteld_op = forms.DateField(
        label=_("Vastgesteld op"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["vastgesteld_in"].queryset = (
            Bijeenkomst.objects.filter(overleg__isnull=False)
            .select_related("overleg")
            .order_by("-begin")
        )
        self.fields["vastgesteld_door"].queryset = Overleg.objects.all()
        self.fields["vastgesteld_op"].initial = timezone.localdate()
        self.order_fields(["vastgesteld_in", "vastgesteld_door", "vastgesteld_op", "comment"])

    def clean(self):
        cleaned_data = super().clean()
        vergadering = cleaned_data.get("vastgesteld_in")
        overleg = cleaned_data.get("vastgesteld_door")
        datum = cleaned_data.get("vastgesteld_op")
        if self.errors:
            return cleaned_data
        if vergadering is not None:
            vergaderdatum = timezone.localtime(vergadering.begin).date()
            if overleg is not None and overleg.pk != vergadering.overleg_id:
                self.add_error(
                    "vastgesteld_door",
                    _(
                        "De gekozen vergadering is van %(vergadering)s, niet van %(overleg)s. "
                        "Kies het overleg van de vergadering of laat het veld leeg."
                    )
                    % {"vergadering": vergadering.overleg.naam, "overleg": overleg.naam},
                )
            if datum is not None and datum != vergaderdatum:
                self.add_error(
                    "vastgesteld_op",
                    _(
                        "De gekozen vergadering was op %(datum)s. Vul die datum in of laat "
                        "het veld leeg."
                    )
                    % {"datum": f"{vergaderdatum:%d-%m-%Y}"},
                )
            overleg, datum = vergadering.overleg, vergaderdatum
        else:
            if overleg is None:
                self.add_error(
                    "vastgesteld_door", _("Kies het overleg dat de afspraak heeft vastgesteld.")
                )
            if datum is None:
                self.add_error("vastgesteld_op", _("Vul de datum van de vaststelling in."))
        if self.errors:
            return cleaned_data
        cleaned_data.update(
            vastgesteld_in=vergadering.pk if vergadering is not None else None,
            vastgesteld_door=overleg.pk,
            vastgesteld_op=datum.isoformat(),
        )
        return cleaned_data


class BeoordelingsLock(WorkflowLock):
    """Wagtail's workflow lock, told in the page's status panel as it is for a trekker of the
    page's group: not locked, the review goes on and the latest version is reviewed."""

    def _open_voor_trekker(self, user):
        return not self.for_user(user) and not self.task.get_actions(self.object, user)

    def get_icon(self, user, can_lock=False):
        if self._open_voor_trekker(user):
            return "lock-open"
        return super().get_icon(user, can_lock)

    def get_locked_by(self, user, can_lock=False):
        if self._open_voor_trekker(user):
            return _("U kunt verder bewerken")
        return super().get_locked_by(user, can_lock)

    def get_description(self, user, can_lock=False):
        if self._open_voor_trekker(user):
            return _(
                "Elke wijziging die u bewaart, wordt een nieuwe versie. De coördinator "
                "beoordeelt en publiceert de laatste versie."
            )
        return super().get_description(user, can_lock)


class VaststellingsTaak(AbstractGroupApprovalTask):
    """The coördinatoren's review. For an uitvoeringsafspraak it adds the action "Vaststellen",
    which approves and publishes the agreement with status vastgesteld, the overleg and the date."""

    VASTSTELLEN = "vaststellen"
    lock_class = BeoordelingsLock

    class Meta:
        verbose_name = _("beoordeling en vaststelling")
        verbose_name_plural = _("beoordelingen en vaststellingen")

    @staticmethod
    def _is_afspraak(obj):
        return obj._meta.label == "afspraken.Uitvoeringsafspraak"

    def get_actions(self, obj, user):
        acties = super().get_actions(obj, user)
        if acties and self._is_afspraak(obj):
            acties.append((self.VASTSTELLEN, _("Vaststellen (overleg en datum)"), True))
        return acties

    def locked_for_user(self, obj, user):
        """Wagtail's group approval locks the object for everybody but the reviewers. A page
        stays open for the trekkers of its group: they keep editing while the review runs
        (each save is a new revision; approving publishes the latest). Their rights do not
        change: they still cannot approve, publish or edit another group's pages."""
        if isinstance(obj, Page) and self._is_trekker_van(obj, user):
            return False
        return super().locked_for_user(obj, user)

    @staticmethod
    def _is_trekker_van(pagina, user):
        eigen = lidmaatschap.eigen_groepen(user)
        return (
            bool(eigen)
            and Page.objects.ancestor_of(pagina, inclusive=True).filter(pk__in=eigen).exists()
        )

    def get_form_for_action(self, action):
        if action == self.VASTSTELLEN:
            return VaststellingsForm
        return super().get_form_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name != self.VASTSTELLEN:
            return super().on_action(task_state, user, action_name, **kwargs)
        waarden = self._vaststelling(kwargs)
        # Approving publishes the latest revision (wagtail.workflows.publish_workflow_state):
        # from the edit screen that is the one the edit view saved just before this action,
        # not task_state.revision, so the vaststelling goes into the latest revision.
        revisie = task_state.workflow_state.content_object.get_latest_revision()
        revisie.content.update(status=Status.VASTGESTELD.value, **waarden)
        revisie.save(update_fields=["content"])
        task_state.approve(user=user, comment=kwargs.get("comment", ""))
        return None  # the admin treats a returned value as the URL to go to

    @staticmethod
    def _vaststelling(gegevens):
        """The values to store from the form's cleaned data (pk's and an ISO date). From the
        edit screen they come back from the browser as JSON, so they are checked again by
        the same form: a forged or stale value is refused, never stored."""
        formulier = VaststellingsForm(
            data={
                naam: "" if gegevens.get(naam) is None else str(gegevens.get(naam))
                for naam in ("vastgesteld_in", "vastgesteld_door", "vastgesteld_op")
            }
        )
        if not formulier.is_valid():
            fouten = "; ".join(str(f) for lijst in formulier.errors.values() for f in lijst)
            raise PermissionDenied(
                _("De vaststelling is niet geldig: %(fouten)s") % {"fouten": fouten}
            )
        schoon = formulier.cleaned_data
        return {
            "vastgesteld_in": schoon["vastgesteld_in"],
            "vastgesteld_door": schoon["vastgesteld_door"],
            "vastgesteld_op": schoon["vastgesteld_op"],
        }


class Herinneringsronde(models.Model):
    """One day's round of review reminders (redactie/taken.py): a second run of the task for
    the same day, by a restarted or second planner, sends nothing again."""

    dag = models.DateField(_("dag"), unique=True)
    verstuurd_op = models.DateTimeField(_("verstuurd op"), auto_now_add=True)
    aantal = models.PositiveIntegerField(_("aantal trekkers"), default=0)

    class Meta:
        verbose_name = _("herinneringsronde")
        verbose_name_plural = _("herinneringsrondes")

    def __str__(self):
        return f"{self.dag:%d-%m-%Y}"
