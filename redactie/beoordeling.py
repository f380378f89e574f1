"""What the trekker and the coördinator see around the review of a page (Wagtail hooks,
registered when wagtail_hooks.py imports this module):

- the warning of documentwaarschuwing.py for an open page that links a private document: in
  the page editor (trekker and reviewer alike), after saving or submitting, and on the
  dashboard of whoever reviews pages;
- when a trekker saves while the review runs (the task does not lock the page for them, see
  VaststellingsTaak.locked_for_user), the review restarts on the new version: what the
  coördinator previews and approves is always the version that approval publishes;
- for the reviewer, a note that the page changed after it was first submitted, with a link
  to compare the two versions."""

from django.contrib import messages as django_messages
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.components import Component
from wagtail.models import Page, TaskState, WorkflowState

from redactie.documentwaarschuwing import besloten_documenten, waarschuwing

MARKERING = "kp-besloten-documenten"


def _waarschuw(request, pagina):
    tekst = waarschuwing(besloten_documenten(pagina), request.user)
    if tekst:
        messages.warning(request, tekst, extra_tags=MARKERING)


def _al_gewaarschuwd(request):
    """Did the POST that redirected here (save, submit) already queue the warning? Reading
    the messages marks them as shown; Django's documented way to keep them is `used = False`."""
    opslag = django_messages.get_messages(request)
    gewaarschuwd = any(MARKERING in bericht.tags for bericht in opslag)
    opslag.used = False
    return gewaarschuwd


def _gewijzigd_na_indienen(pagina):
    """The first task state of the running review, if the page changed after it was submitted
    (the review then restarted on a newer revision, see herstart_beoordeling)."""
    staat = pagina.current_workflow_state
    if staat is None or staat.status != WorkflowState.STATUS_IN_PROGRESS:
        return None
    huidige = staat.current_task_state
    eerste = staat.task_states.order_by("started_at", "pk").first()
    if huidige is None or eerste is None or eerste.revision_id == huidige.revision_id:
        return None
    return eerste


def _is_beoordelaar(pagina, user):
    taak = pagina.current_workflow_task
    return taak is not None and bool(taak.specific.get_actions(pagina, user))


@hooks.register("before_edit_page")
def waarschuw_in_de_editor(request, page):
    if request.method != "GET":
        return None
    if not _al_gewaarschuwd(request):
        _waarschuw(request, page)
    ingediend = _is_beoordelaar(page, request.user) and _gewijzigd_na_indienen(page)
    if ingediend:
        vergelijking = reverse(
            "wagtailadmin_pages:revisions_compare",
            args=(page.pk, ingediend.revision_id, "latest"),
        )
        messages.info(
            request,
            _(
                "De pagina is gewijzigd nadat ze ter beoordeling is ingediend. De beoordeling "
                "is opnieuw begonnen met de laatste versie: u ziet die versie, en bij goedkeuren "
                "wordt die gepubliceerd."
            ),
            buttons=[messages.button(vergelijking, _("Vergelijk met de ingediende versie"))],
        )
    return None


def waarschuw_na_bewaren(request, page):
    """After saving, submitting or publishing: Wagtail shows the message on the next screen
    (the editor again, or the page list after submitting). Not for autosave (JSON)."""
    if request.accepts("text/html"):
        _waarschuw(request, page)


def herstart_beoordeling(request, page):
    """A save by someone who is not the reviewer, while the review runs, restarts the review
    task on the new revision (Wagtail's TaskState.cancel with resume). Otherwise the preview
    in the coördinator's review list would show the submitted revision while approving
    publishes the latest one: a change published without review."""
    taak = page.current_workflow_task_state
    if taak is None or taak.status != TaskState.STATUS_IN_PROGRESS:
        return
    if _is_beoordelaar(page, request.user):
        return
    laatste = page.get_latest_revision()
    if laatste is not None and taak.revision_id != laatste.pk:
        taak.specific.cancel(user=request.user, resume=True)


hooks.register("after_edit_page", herstart_beoordeling)
hooks.register("after_edit_page", waarschuw_na_bewaren)
hooks.register("after_create_page", waarschuw_na_bewaren)


class BeslotenDocumentenPanel(Component):
    """Dashboard panel right above Wagtail's "awaiting your review": the pages in the user's
    review queue whose latest revision links private documents, with their titles. Renders
    nothing when there are none."""

    name = "kp_besloten_documenten"
    template_name = "redactie/beoordeling_besloten_documenten.html"
    order = 215  # Wagtail's own review list has 220

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        staten = TaskState.objects.reviewable_by(user).filter(
            workflow_state__base_content_type=ContentType.objects.get_for_model(Page)
        )
        ids = {int(i) for i in staten.values_list("workflow_state__object_id", flat=True)}
        paginas = []
        for pagina in Page.objects.filter(pk__in=ids).order_by("title"):
            documenten = besloten_documenten(pagina)
            if documenten:
                paginas.append((pagina, documenten))
        return {"paginas": paginas}


@hooks.register("construct_homepage_panels")
def besloten_documenten_op_het_dashboard(request, panels):
    panels.append(BeslotenDocumentenPanel())
