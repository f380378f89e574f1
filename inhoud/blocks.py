"""StreamField blocks shared by every page with a free-form body."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class KopBlock(blocks.StructBlock):
    tekst = blocks.CharBlock(label=_("Tekst"), max_length=200)
    niveau = blocks.ChoiceBlock(
        label=_("Niveau"),
        choices=[("h2", _("Kop 2")), ("h3", _("Kop 3")), ("h4", _("Kop 4"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Kop")
        template = "blocks/kop.html"


class CitaatBlock(blocks.StructBlock):
    citaat = blocks.TextBlock(label=_("Citaat"))
    bron = blocks.CharBlock(label=_("Bron"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Citaat")
        template = "blocks/citaat.html"


class LinkBlock(blocks.StructBlock):
    tekst = blocks.CharBlock(label=_("Linktekst"))
    pagina = blocks.PageChooserBlock(label=_("Pagina"), required=False)
    url = blocks.URLBlock(label=_("Of een webadres"), required=False)

    class Meta:
        icon = "link"
        label = _("Link")
        template = "blocks/link.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("pagina") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"url": _("Kies een pagina of vul een webadres in.")}
            )
        return value


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    titel = blocks.CharBlock(label=_("Titel (leeg: titel van het document)"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "blocks/document.html"


class AfbeeldingBlock(blocks.StructBlock):
    afbeelding = ImageChooserBlock(label=_("Afbeelding"))
    alt_tekst = blocks.CharBlock(
        label=_("Alternatieve tekst"),
        help_text=_("Beschrijf wat de afbeelding laat zien, voor wie haar niet kan zien."),
        max_length=250,
    )
    bijschrift = blocks.CharBlock(label=_("Bijschrift"), required=False)

    class Meta:
        icon = "image"
        label = _("Afbeelding")
        template = "blocks/afbeelding.html"


class ArtikelBlock(blocks.StructBlock):
    nummer = blocks.CharBlock(label=_("Nummer"), max_length=20)
    titel = blocks.CharBlock(label=_("Titel"), max_length=200)
    tekst = blocks.RichTextBlock(label=_("Tekst"), features=["bold", "italic", "ol", "ul", "link"])

    class Meta:
        icon = "list-ol"
        label = _("Artikel")
        template = "blocks/artikel.html"


class InhoudBlock(blocks.StreamBlock):
    kop = KopBlock()
    tekst = blocks.RichTextBlock(
        label=_("Tekst"), features=["bold", "italic", "ol", "ul", "link", "document-link"]
    )
    citaat = CitaatBlock()
    link = LinkBlock()
    document = DocumentBlock()
    afbeelding = AfbeeldingBlock()
    artikel = ArtikelBlock()
