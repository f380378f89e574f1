"""The themagroep page types, on the shared group base (groepen)."""

from django.utils.translation import gettext_lazy as _

from groepen.models import GroepIndexPage, GroepPage


class ThemagroepIndexPage(GroepIndexPage):
    subpage_types = ["themagroepen.ThemagroepPage"]

    class Meta:
        verbose_name = _("overzicht themagroepen")


class ThemagroepPage(GroepPage):
    is_creatable = True
    parent_page_types = ["themagroepen.ThemagroepIndexPage"]

    class Meta:
        verbose_name = _("themagroep")
        verbose_name_plural = _("themagroepen")
