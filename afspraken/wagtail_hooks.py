from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from afspraken.models import Kerninstrument, Uitvoeringsafspraak


class UitvoeringsafspraakViewSet(SnippetViewSet):
    model = Uitvoeringsafspraak
    icon = "doc-full"
    menu_label = _("Uitvoeringsafspraken")
    list_display = ["titel", "kerninstrument", "status", "groep", "live", "code"]
    list_filter = ["status", "kerninstrument", "typering", "ambtelijk_bestuurlijk", "live"]
    search_fields = ["titel", "samenwerkingsafspraak", "code"]
    list_export = ["code", "titel", "kerninstrument", "status", "groep", "samenwerkingsafspraak"]
    ordering = ["titel"]


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
