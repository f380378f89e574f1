from django.contrib.auth import get_user_model
from django.db.models import Q
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.models import PageViewRestriction

from groepen.groepsgebonden import GroepsgebondenViewSetMixin
from redactie import beoordeling, filterlabels, views  # noqa: F401 (beoordeling and filterlabels register themselves)


@hooks.register("register_admin_urls")
def herzienings_urls():
    return [
        path("te-herzien/", views.herzieningsrapport, name="redactie_te_herzien"),
        path("groepsleden/", views.groepsleden, name="redactie_groepsleden"),
    ]


@hooks.register("register_reports_menu_item")
def herzienings_menu():
    return MenuItem(_("Te herzien"), reverse("redactie_te_herzien"), icon_name="time", order=650)


class GroepsledenMenuItem(MenuItem):
    def is_shown(self, request):
        return views.mag_groepsleden_beheren(request.user)


@hooks.register("register_settings_menu_item")
def groepsleden_menu():
    return GroepsledenMenuItem(
        _("Groepsleden"), reverse("redactie_groepsleden"), icon_name="group", order=590
    )


# Accounts: superuser status, staff status, passwords and group memberships are the
# beheerder's (superuser's) business. Wagtail's user screens offer all of them to whoever has
# the user permissions, so they are closed to everybody else, whatever permissions a group
# holds. Coördinatoren manage the members of groups in the screen "Groepsleden".
def _alleen_beheerders(request, *args):
    if not request.user.is_superuser:
        return permission_denied(request)
    return None


for _hook in ["before_create_user", "before_edit_user", "before_delete_user"]:
    hooks.register(_hook, _alleen_beheerders)


@hooks.register("before_bulk_action")
def bulkacties_binnen_eigen_rechten(request, action_type, objects, action_class_instance):
    model = getattr(action_class_instance, "model", None)
    if model is get_user_model():
        return _alleen_beheerders(request)
    viewset = getattr(model, "snippet_viewset", None)
    if isinstance(viewset, GroepsgebondenViewSetMixin):
        pks = {obj.pk for obj in objects}
        if viewset.zichtbaar_voor(request.user).filter(pk__in=pks).count() != len(pks):
            return permission_denied(request)
    return None


@hooks.register("construct_page_chooser_queryset")
def alleen_zichtbare_paginas(paginas, request):
    """The page chooser offers only pages the user may see: never another group's private
    werkruimte (a page with a view restriction that does not accept the user)."""
    if request.user.is_superuser:
        return paginas
    groepen_van_user = set(request.user.groups.values_list("pk", flat=True))
    beperkt = Q()
    for beperking in PageViewRestriction.objects.select_related("page").prefetch_related("groups"):
        if beperking.restriction_type == PageViewRestriction.LOGIN:
            continue  # the admin's users are logged in
        toegestaan = {g.pk for g in beperking.groups.all()}
        if beperking.restriction_type != PageViewRestriction.GROUPS or not (
            groepen_van_user & toegestaan
        ):
            beperkt |= Q(path__startswith=beperking.page.path)
    return paginas.exclude(beperkt) if beperkt else paginas
