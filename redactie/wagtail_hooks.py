from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from redactie import views


@hooks.register("register_admin_urls")
def herzienings_urls():
    return [path("te-herzien/", views.herzieningsrapport, name="redactie_te_herzien")]


@hooks.register("register_reports_menu_item")
def herzienings_menu():
    return MenuItem(_("Te herzien"), reverse("redactie_te_herzien"), icon_name="time", order=650)
