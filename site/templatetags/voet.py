"""The footer's links to the mandatory pages (kennisplatform/verplichte_paginas.py)."""

from django import template

from kennisplatform.templatetags.navigatie import topniveau
from kennisplatform.verplichte_paginas import SLUGS

register = template.Library()


@register.simple_tag(takes_context=True)
def voetpaginas(context):
    """The mandatory pages under the site's home page that are live and public, in footer
    order. Found by slug: a page an editor deleted, unpublished or restricted is left out
    instead of leaving a broken link. No query of its own: the main menu's top-level pages."""
    paginas = {p.slug: p for p in topniveau(context.get("request")) if p.slug in SLUGS}
    return [paginas[slug] for slug in SLUGS if slug in paginas]
