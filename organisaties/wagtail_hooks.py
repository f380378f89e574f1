from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from organisaties.models import Organisatie, Overleg
from search.bibliotheek import beheerzoekvelden


class OrganisatieViewSet(SnippetViewSet):
    model = Organisatie
    icon = "group"
    menu_label = _("Organisaties")
    list_display = ["naam", "afkorting", "soort"]
    list_filter = ["soort"]
    search_fields = beheerzoekvelden(["naam", "afkorting"])
    list_export = ["naam", "afkorting", "soort", "website"]


class OverlegViewSet(SnippetViewSet):
    model = Overleg
    icon = "list-ul"
    menu_label = _("Overleggen")
    list_display = ["naam", "afkorting", "niveau", "volgorde"]
    list_filter = ["niveau"]


class SamenwerkingViewSetGroup(SnippetViewSetGroup):
    items = (OrganisatieViewSet, OverlegViewSet)
    menu_icon = "group"
    menu_label = _("Samenwerking")
    menu_name = "samenwerking"


register_snippet(SamenwerkingViewSetGroup)
