from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from organisaties.models import (
    Deelname,
    Evaluatiemoment,
    Onderwerp,
    Organisatie,
    Overleg,
    OverlegRelatie,
    Partijschap,
    Samenwerkingsverband,
)
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
    list_display = ["naam", "afkorting", "soort", "niveau", "volgorde"]
    list_filter = ["niveau", "soort"]


class OverlegRelatieViewSet(SnippetViewSet):
    model = OverlegRelatie
    icon = "arrow-right"
    menu_label = _("Relaties tussen overleggen")
    list_display = ["van", "soort", "naar"]
    list_filter = ["soort"]


class DeelnameViewSet(SnippetViewSet):
    model = Deelname
    icon = "group"
    menu_label = _("Deelnames")
    list_display = ["organisatie", "rol", "overleg", "groep"]
    list_filter = ["rol"]


class PartijschapViewSet(SnippetViewSet):
    model = Partijschap
    icon = "doc-full"
    menu_label = _("Partijen bij het convenant")
    list_display = ["organisatie", "ondertekend_op", "toegetreden_op", "uitgetreden_op"]


class SamenwerkingsverbandViewSet(SnippetViewSet):
    model = Samenwerkingsverband
    icon = "site"
    menu_label = _("Samenwerkingsverbanden")
    list_display = ["naam", "rechtsvorm"]
    list_filter = ["rechtsvorm", "onderwerpen"]
    search_fields = beheerzoekvelden(["naam", "afkorting"])


class OnderwerpViewSet(SnippetViewSet):
    model = Onderwerp
    icon = "tag"
    menu_label = _("Onderwerpen van verbanden")


class EvaluatiemomentViewSet(SnippetViewSet):
    model = Evaluatiemoment
    icon = "date"
    menu_label = _("Evaluatie (art. 9)")
    list_display = ["titel", "datum", "overleg", "afgerond_op"]


class SamenwerkingViewSetGroup(SnippetViewSetGroup):
    items = (
        OrganisatieViewSet,
        PartijschapViewSet,
        OverlegViewSet,
        OverlegRelatieViewSet,
        DeelnameViewSet,
        SamenwerkingsverbandViewSet,
        OnderwerpViewSet,
        EvaluatiemomentViewSet,
    )
    menu_icon = "group"
    menu_label = _("Samenwerking")
    menu_name = "samenwerking"


register_snippet(SamenwerkingViewSetGroup)
