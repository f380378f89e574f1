"""Snippets that belong to one group (meetings, agreements): rights per group in the admin.

Wagtail checks snippet permissions per model: whoever may change a meeting may change every
meeting, and whoever may change an agreement may read every agreement's revisions. Here a
trekker sees and opens only the snippets of the group(s) they lead; coördinatoren and
beheerders see everything. Two public extension points of SnippetViewSet do the work:

- `get_queryset(request)`: the listing shows only the user's own groups' snippets;
- `chooser_viewset_class`: the snippet chooser offers (and accepts) only those too;
- `get_urlpatterns()`: every view that takes a snippet's pk (edit, inspect, copy, delete,
  usage, history, revisions, compare, workflow history, preview, lock, ...) answers 404 for a
  snippet of another group, including views Wagtail adds in later versions.

Which group a snippet belongs to is its field `groep`; the form of each model limits the
choice of group for trekkers, so a snippet cannot be moved into another group either."""

import functools

from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from django.http import Http404
from django.urls import URLPattern

from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
)

from groepen.lidmaatschap import eigen_groepen, is_coordinator


def _zichtbaar(view, queryset=None):
    return view.model_class.snippet_viewset.zichtbaar_voor(view.request.user, queryset)


class _AlleenZichtbaar:
    def get_object_list(self):
        return _zichtbaar(self, super().get_object_list())


class GroepsgebondenChooseView(_AlleenZichtbaar, ChooseView):
    pass


class GroepsgebondenChooseResultsView(_AlleenZichtbaar, ChooseResultsView):
    pass


class GroepsgebondenChosenView(SnippetChosenView):
    def get_object(self, pk):
        return _zichtbaar(self).get(pk=pk)


class GroepsgebondenChosenMultipleView(SnippetChosenMultipleView):
    def get_objects(self, pks):
        return _zichtbaar(self).filter(pk__in=pks)


class GroepsgebondenChooserViewSet(SnippetChooserViewSet):
    choose_view_class = GroepsgebondenChooseView
    choose_results_view_class = GroepsgebondenChooseResultsView
    chosen_view_class = GroepsgebondenChosenView
    chosen_multiple_view_class = GroepsgebondenChosenMultipleView


class GroepsgebondenViewSetMixin:
    """For a SnippetViewSet whose model has a ForeignKey `groep` to GroepPage."""

    groep_veld = "groep"
    chooser_viewset_class = GroepsgebondenChooserViewSet

    def ziet_alle_groepen(self, user):
        return is_coordinator(user)

    def zichtbaar_voor(self, user, queryset=None):
        """The snippets this user may see and open in the admin."""
        if queryset is None:
            queryset = self.model._default_manager.all()
        if self.ziet_alle_groepen(user):
            return queryset
        return queryset.filter(**{f"{self.groep_veld}__in": eigen_groepen(user)})

    def get_queryset(self, request):
        return self.zichtbaar_voor(request.user)

    def mag_openen(self, user, pk):
        try:
            return self.zichtbaar_voor(user).filter(pk=pk).exists()
        except (ValueError, ValidationError):  # not a valid pk at all
            return False

    def _bewaak(self, view):
        @functools.wraps(view)
        def bewaakte_view(request, *args, **kwargs):
            pk = kwargs.get("pk")
            if pk is not None and not self.mag_openen(request.user, unquote(str(pk))):
                raise Http404
            return view(request, *args, **kwargs)

        return bewaakte_view

    def get_urlpatterns(self):
        return [
            URLPattern(p.pattern, self._bewaak(p.callback), p.default_args, p.name)
            if isinstance(p, URLPattern)
            else p
            for p in super().get_urlpatterns()
        ]
