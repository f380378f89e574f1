"""Wagtail's reports (site history, workflows, workflow tasks) list every object of a model the
user may change: a trekker saw the titles of other groups' concept agreements there. They now
leave out the group-bound snippets the user may not open (groepsgebonden.py).

This touches Wagtail internals, in this one module: the querysets of the two workflow reports
and `ModelLogEntryManager.viewable_by_user` (site history). The test
tests/redactie/test_aanval_conceptafspraken.py::test_rapporten_tonen_andermans_concept_niet
fails when Wagtail changes them."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Q
from django.db.models.functions import Cast

from wagtail.admin.views.reports import workflows
from wagtail.models.audit_log import ModelLogEntryManager
from wagtail.snippets.models import get_snippet_models

from redactie.groepsgebonden import GroepsgebondenViewSetMixin


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


def installeer():
    workflows.WorkflowView.get_queryset = _zonder_verborgen(workflows.WorkflowView.get_queryset)
    workflows.WorkflowTasksView.get_queryset = _zonder_verborgen(
        workflows.WorkflowTasksView.get_queryset, "workflow_state__"
    )
    ModelLogEntryManager.viewable_by_user = _log_viewable_by_user
