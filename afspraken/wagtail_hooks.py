from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from afspraken import admin_views
from afspraken.models import Kerninstrument, Uitvoeringsafspraak
from afspraken.rechten import is_coordinator, mag_wijzigen
from groepen.groepsgebonden import GroepsgebondenViewSetMixin


class UitvoeringsafspraakViewSet(GroepsgebondenViewSetMixin, SnippetViewSet):
    """Trekkers see and open only their own group's agreements, also concepts, revisions
    and history (GroepsgebondenViewSetMixin); coördinatoren everything."""

    model = Uitvoeringsafspraak
    icon = "doc-full"
    menu_label = _("Uitvoeringsafspraken")
    list_display = [
        "titel",
        "kerninstrument",
        "status",
        "groep",
        # Wagtail prints a boolean field as "True"/"False": say it in Dutch
        Column(
            "live",
            label=_("Gepubliceerd"),
            accessor=lambda afspraak: _("ja") if afspraak.live else _("nee"),
            sort_key="live",
        ),
        "code",
    ]
    list_filter = ["status", "kerninstrument", "typering", "ambtelijk_bestuurlijk", "live"]
    search_fields = ["titel", "samenwerkingsafspraak", "code"]
    list_export = ["code", "titel", "kerninstrument", "status", "groep", "samenwerkingsafspraak"]
    ordering = ["titel"]

    def ziet_alle_groepen(self, user):
        return is_coordinator(user)


class KerninstrumentViewSet(SnippetViewSet):
    model = Kerninstrument
    icon = "list-ul"
    menu_label = _("Kerninstrumenten")
    list_display = ["naam", "volgorde"]


class AfsprakenGroep(SnippetViewSetGroup):
    items = (UitvoeringsafspraakViewSet, KerninstrumentViewSet)
    menu_icon = "doc-full"
    menu_label = _("Afspraken")
    menu_order = 150


register_snippet(AfsprakenGroep)


@hooks.register("register_admin_urls")
def import_urls():
    return [
        path("afspraken/importeren/", admin_views.importeren, name="afspraken_importeren"),
        path(
            "afspraken/importeren/<int:pk>/",
            admin_views.importstatus,
            name="afspraken_importstatus",
        ),
        path(
            "afspraken/importeren/<int:pk>/stand/",
            admin_views.importstatus_json,
            name="afspraken_importstatus_json",
        ),
    ]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.mag_importeren(request.user)


@hooks.register("register_admin_menu_item")
def import_menu():
    return ImportMenuItem(
        _("Afspraken importeren"), reverse("afspraken_importeren"), icon_name="upload", order=160
    )


@hooks.register("before_edit_snippet")
def alleen_eigen_groep_bewerken(request, instance):
    if isinstance(instance, Uitvoeringsafspraak) and not mag_wijzigen(request.user, instance):
        return permission_denied(request)
    return None


@hooks.register("before_delete_snippet")
def alleen_coordinatoren_verwijderen(request, instances):
    if any(isinstance(i, Uitvoeringsafspraak) for i in instances) and not is_coordinator(
        request.user
    ):
        return permission_denied(request)
    return None
