from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from groepen.groepsgebonden import GroepsgebondenViewSetMixin
from groepen.toegang import documenten_zichtbaar_voor
from materialen.formulieren import BijeenkomstFormulier
from materialen.models import Bijeenkomst, Sjabloon
from search.bibliotheek import beheerzoekvelden


class BijeenkomstViewSet(GroepsgebondenViewSetMixin, SnippetViewSet):
    model = Bijeenkomst
    icon = "date"
    menu_label = _("Bijeenkomsten")
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["titel", "groep", "overleg", "begin", "soort"]
    list_filter = ["groep", "overleg", "soort"]
    search_fields = beheerzoekvelden(["titel", "locatie"])
    ordering = ["-begin"]
    # Trekkers plan meetings for their own group(s) only (BijeenkomstFormulier), and see and
    # open only those (GroepsgebondenViewSetMixin): never a meeting of an overleg (no group),
    # which the coördinatoren manage.
    edit_handler = ObjectList(Bijeenkomst.panels, base_form_class=BijeenkomstFormulier)


register_snippet(BijeenkomstViewSet)


class SjabloonViewSet(SnippetViewSet):
    model = Sjabloon
    icon = "doc-full-inverse"
    menu_label = _("Sjablonen")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["titel", "groep", "bron"]
    search_fields = beheerzoekvelden(["titel", "omschrijving"])


register_snippet(SjabloonViewSet)


@hooks.register("construct_document_chooser_queryset")
def alleen_zichtbare_documenten(documenten, request):
    """The document chooser (rich text, document fields, blocks) lists only documents the
    user may open: Wagtail asks the "choose" permission, this adds the collections' view
    restrictions (another group's werkruimte)."""
    return documenten_zichtbaar_voor(request.user, documenten)
