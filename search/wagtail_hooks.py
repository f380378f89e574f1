"""The search in Wagtail's admin."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search import beheer, beheer_afkortingen

# --- issue 15: the search log (report) and promoted results ------------------------------------


@hooks.register("register_admin_viewset")
def zoeken_viewsets():
    return [beheer.resultaat_kiezer, beheer.promotie_viewset]


@hooks.register("register_admin_urls")
def zoekvragen_urls():
    return [path("zoekvragen/", beheer.zoekvragenrapport, name="search_zoekvragen")]


class ZoekvragenMenuItem(MenuItem):
    def is_shown(self, request):
        return beheer.mag_zoekvragen_zien(request.user)


@hooks.register("register_reports_menu_item")
def zoekvragen_menu():
    return ZoekvragenMenuItem(
        _("Zoekvragen"), reverse("search_zoekvragen"), icon_name="search", order=660
    )


# --- issue 15: learned abbreviations in the admin (search/beheer_afkortingen.py) ---------------


@hooks.register("register_admin_viewset")
def geleerde_afkortingen_viewset():
    return beheer_afkortingen.geleerde_afkortingen
