"""Editorial roles per group: the Django groups, collections and private workspace that
belong to one kennisnetwerk, themagroep or projectgroep."""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Collection, Page


class GroepRechten(models.Model):
    """What `inrichting.richt_groep_in()` set up for one group; one row per group page."""

    groep = models.OneToOneField(
        "kennisnetwerken.GroepPage", on_delete=models.CASCADE, related_name="rechten"
    )
    leden = models.OneToOneField(Group, on_delete=models.PROTECT, related_name="+")
    trekkers = models.OneToOneField(Group, on_delete=models.PROTECT, related_name="+")
    collectie = models.ForeignKey(Collection, on_delete=models.PROTECT, related_name="+")
    werkruimte_collectie = models.ForeignKey(Collection, on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("rechten van een groep")
        verbose_name_plural = _("rechten van groepen")

    def __str__(self):
        return str(self.groep)


class WerkruimtePage(Page):
    """The private workspace of a group: visible only to its members, trekkers and coördinatoren."""

    intro = RichTextField(_("inleiding"), blank=True, features=["bold", "italic", "link", "ul"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = [
        "kennisnetwerken.KennisnetwerkPage",
        "themagroepen.ThemagroepPage",
        "themagroepen.ProjectgroepPage",
    ]
    subpage_types = ["kennisplatform.InhoudPage"]

    class Meta:
        verbose_name = _("werkruimte")
        verbose_name_plural = _("werkruimtes")

    def get_context(self, request, *args, **kwargs):
        from wagtail.documents import get_document_model

        context = super().get_context(request, *args, **kwargs)
        context["groep"] = self.get_parent().specific
        context["paginas"] = self.get_children().live().order_by("-last_published_at")
        rechten = GroepRechten.objects.filter(groep=context["groep"]).first()
        context["documenten"] = (
            get_document_model().objects.filter(collection=rechten.werkruimte_collectie)
            if rechten
            else []
        )
        return context
