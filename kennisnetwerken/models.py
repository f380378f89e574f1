"""The kennisnetwerk page types, on the shared group base (groepen)."""

from django.utils.translation import gettext_lazy as _

from groepen.models import GroepIndexPage, GroepPage


class KennisnetwerkIndexPage(GroepIndexPage):
    subpage_types = ["kennisnetwerken.KennisnetwerkPage"]

    class Meta:
        verbose_name = _("overzicht kennisnetwerken")


class KennisnetwerkPage(GroepPage):
    is_creatable = True
    parent_page_types = ["kennisnetwerken.KennisnetwerkIndexPage"]

    class Meta:
        verbose_name = _("kennisnetwerk")
        verbose_name_plural = _("kennisnetwerken")
