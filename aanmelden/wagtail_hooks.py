"""The organisation of each account in the admin (Instellingen-like menu item "Organisatie van
accounts"). No role gets these permissions (redactie/rollen.py): only beheerders see and change
them. A provider sets the organisation again at the next login of its users."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from aanmelden.models import Account


class AccountViewSet(SnippetViewSet):
    model = Account
    icon = "user"
    menu_label = _("Organisatie van accounts")
    add_to_admin_menu = False
    list_display = ["gebruiker", "organisatie"]
    list_filter = ["organisatie"]
    panels = [FieldPanel("gebruiker"), FieldPanel("organisatie")]


register_snippet(AccountViewSet)
