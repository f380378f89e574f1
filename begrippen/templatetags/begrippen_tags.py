"""{% begrippen_koppelen as gekoppeld %}...{% endbegrippen_koppelen %}: links the begrippen
in the rendered block and puts the linked begrippen in `gekoppeld`, so the page can list
their definitions (the targets of aria-describedby)."""

from django import template
from django.utils.safestring import mark_safe

from begrippen.gedeeld import alle_begrippen, begrip_url, lijst_url
from begrippen.koppelen import koppel

register = template.Library()


class BegrippenKoppelenNode(template.Node):
    def __init__(self, nodelist, naam):
        self.nodelist = nodelist
        self.naam = naam

    def render(self, context):
        html = self.nodelist.render(context)
        lijst = lijst_url()
        if not lijst:
            context[self.naam] = []
            return html
        begrippen = alle_begrippen(context.get("request"))
        gekoppeld_html, gekoppeld = koppel(html, begrippen, lambda b: begrip_url(b, lijst))
        for begrip in gekoppeld:
            begrip.pagina_url = begrip_url(begrip, lijst)
        context[self.naam] = gekoppeld
        return mark_safe(gekoppeld_html)


@register.tag("begrippen_koppelen")
def begrippen_koppelen(parser, token):
    delen = token.split_contents()
    if len(delen) != 3 or delen[1] != "as":
        raise template.TemplateSyntaxError("Gebruik: {% begrippen_koppelen as naam %}")
    nodelist = parser.parse(("endbegrippen_koppelen",))
    parser.delete_first_token()
    return BegrippenKoppelenNode(nodelist, delen[2])
