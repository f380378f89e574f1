"""`{% evaluatiecyclus %}`: the milestones of the evaluation (convenant art. 9) as a dated
list, for the overlegstructuur page (a template of organisaties, layer 1, which cannot ask
groepen itself whether a report may be shown)."""

from django import template

from samenwerking.evaluatie import mijlpalen

register = template.Library()


@register.inclusion_tag("samenwerking/evaluatiecyclus.html")
def evaluatiecyclus():
    return {"mijlpalen": mijlpalen()}
