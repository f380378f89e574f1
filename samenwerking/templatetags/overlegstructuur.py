"""{% overlegstructuur_diagram %}: the diagram of the overlegstructuur with its text equivalent,
for the overlegstructuur page of organisaties (layer 1 cannot import samenwerking; a template
tag library is found by name)."""

from django import template

from samenwerking.diagram import indeling
from samenwerking.structuur import overlegstructuur

register = template.Library()


@register.inclusion_tag("samenwerking/overlegstructuur_diagram.html", takes_context=True)
def overlegstructuur_diagram(context):
    structuur = overlegstructuur(context.get("request"))
    return {"structuur": structuur, "diagram": indeling(structuur)}
