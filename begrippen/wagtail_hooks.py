from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from begrippen.models import Begrip
from search.bibliotheek import beheerzoekvelden


class BegripViewSet(SnippetViewSet):
    model = Begrip
    icon = "help"
    menu_label = _("Begrippen")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["term", "afkortingen", "bron", "groep"]
    list_filter = ["groep"]
    search_fields = beheerzoekvelden(["term", "afkortingen", "synoniemen"])
    list_export = ["term", "definitie", "afkortingen", "synoniemen", "bron"]


register_snippet(BegripViewSet)
