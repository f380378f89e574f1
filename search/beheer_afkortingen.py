"""Issue 15: editors see the abbreviations learned from the content, and reject one (or accept
it again). Under Instellingen in the admin, for coördinatoren and beheerders (the permissions
view and change of GeleerdeAfkorting: redactie/rollen.py gives them to coördinatoren). Rows
come from indexing only: nobody adds, copies or deletes one here (a rejected row must stay,
so a rebuild does not bring the abbreviation back). A rejection or acceptance re-indexes the
documents with the abbreviation (search/signalen.py)."""

from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import BooleanColumn, Column, TitleColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from search.models import GeleerdeAfkorting
from search.rechten import Modelrechten

# view and change only: add, copy and delete for nobody
register_permission_policy(GeleerdeAfkorting, Modelrechten(GeleerdeAfkorting, {"view", "change"}))


class BronColumn(Column):
    """The defining document, linked when it has an address."""

    def get_value(self, instance):
        if instance.bron_url:
            return format_html('<a href="{}">{}</a>', instance.bron_url, instance.bron)
        return instance.bron


class GeleerdeAfkortingViewSet(ModelViewSet):
    model = GeleerdeAfkorting
    icon = "tag"
    menu_label = _("Geleerde afkortingen")
    add_to_settings_menu = True
    name = "geleerde_afkortingen"
    copy_view_enabled = False
    form_fields = ["afgewezen"]
    list_filter = ["afgewezen"]
    search_fields = ["afkorting", "lange_vorm"]
    search_backend_name = None  # a plain database filter: this table is not in a search index
    list_display = [
        # the abbreviation opens the form to reject it (or accept it again)
        TitleColumn(
            "weergave",
            label=_("Afkorting"),
            sort_key="afkorting",
            url_name="geleerde_afkortingen:edit",
        ),
        Column("lange_vorm_weergave", label=_("Lange vorm"), sort_key="lange_vorm"),
        Column("aantal", label=_("Documenten"), sort_key="aantal"),
        BronColumn("bron", label=_("Bron")),
        BooleanColumn("afgewezen", label=_("Afgewezen"), sort_key="afgewezen"),
    ]
    list_export = ["weergave", "lange_vorm_weergave", "aantal", "bron", "bron_url", "afgewezen"]


geleerde_afkortingen = GeleerdeAfkortingViewSet()
