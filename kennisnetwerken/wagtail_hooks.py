from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from kennisnetwerken.models import Sjabloon


class SjabloonViewSet(SnippetViewSet):
    model = Sjabloon
    icon = "doc-full-inverse"
    menu_label = _("Sjablonen")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["titel", "groep", "bron"]
    search_fields = ["titel", "omschrijving"]


register_snippet(SjabloonViewSet)
