"""Wagtail's reports (site history, workflows, workflow tasks) list every object of a model the
user may change: a trekker saw the titles of other groups' concept agreements there. They now
leave out the group-bound snippets the user may not open (groepsgebonden.py).

The confirmation pages of bulk actions (/admin/bulk/<app>/<model>/<action>/?id=...) listed
every requested object by title, also the ones the user may not act on (another group's
private document or werkruimte page) and, for group-bound snippets, other groups' concepts:
those are now left out, and an id that is not a key gives 404 instead of a server error.

This touches Wagtail internals, in this one module: the querysets of the two workflow reports,
`ModelLogEntryManager.viewable_by_user` (site history) and
`BulkAction.get_actionable_objects`. The tests
tests/redactie/test_aanval_conceptafspraken.py::test_rapporten_tonen_andermans_concept_niet
and tests/redactie/test_aanval_bulkacties.py fail when Wagtail changes them."""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.http import Http404

from wagtail.admin.views.bulk_action import BulkAction
from wagtail.admin.views.reports import workflows
from wagtail.models.audit_log import ModelLogEntryManager
from wagtail.snippets.models import get_snippet_models

from groepen.groepsgebonden import GroepsgebondenViewSetMixin


def verborgen_voor(user, voorvoegsel=""):
    """A Q on (content_type, object_id) for the group-bound snippets this user may not open;
    None if there are none."""
    verborgen = None
    for model in get_snippet_models():
        viewset = getattr(model, "snippet_viewset", None)
        if not isinstance(viewset, GroepsgebondenViewSetMixin) or viewset.ziet_alle_groepen(user):
            continue
        zichtbaar = (
            viewset.zichtbaar_voor(user)
            .annotate(redactie_pk_tekst=Cast("pk", CharField()))
            .values("redactie_pk_tekst")
        )
        q = Q(**{f"{voorvoegsel}content_type": ContentType.objects.get_for_model(model)}) & ~Q(
            **{f"{voorvoegsel}object_id__in": zichtbaar}
        )
        verborgen = q if verborgen is None else verborgen | q
    return verborgen


def _zonder_verborgen(origineel, voorvoegsel=""):
    def get_queryset(self):
        queryset = origineel(self)
        verborgen = verborgen_voor(self.request.user, voorvoegsel)
        return queryset if verborgen is None else queryset.exclude(verborgen)

    return get_queryset


_viewable_by_user = ModelLogEntryManager.viewable_by_user


def _log_viewable_by_user(self, user):
    queryset = _viewable_by_user(self, user)
    verborgen = verborgen_voor(user)
    return queryset if verborgen is None else queryset.exclude(verborgen)


_get_actionable_objects = BulkAction.get_actionable_objects


def _alleen_toegestane_objecten(self):
    try:
        objecten, zonder_toegang = _get_actionable_objects(self)
    except (ValueError, TypeError, OverflowError, ValidationError) as fout:  # ?id=abc
        raise Http404 from fout
    gebruiker = self.request.user
    viewset = getattr(self.model, "snippet_viewset", None)
    if isinstance(viewset, GroepsgebondenViewSetMixin) and not viewset.ziet_alle_groepen(gebruiker):
        zichtbaar = set(
            viewset.zichtbaar_voor(gebruiker)
            .filter(pk__in=[obj.pk for obj in objecten])
            .values_list("pk", flat=True)
        )
        objecten = [obj for obj in objecten if obj.pk in zichtbaar]
    # What the user may not act on is left out, not listed by its title.
    zonder_toegang["items_with_no_access"] = []
    return objecten, zonder_toegang


def installeer():
    workflows.WorkflowView.get_queryset = _zonder_verborgen(workflows.WorkflowView.get_queryset)
    workflows.WorkflowTasksView.get_queryset = _zonder_verborgen(
        workflows.WorkflowTasksView.get_queryset, "workflow_state__"
    )
    ModelLogEntryManager.viewable_by_user = _log_viewable_by_user
    BulkAction.get_actionable_objects = _alleen_toegestane_objecten
