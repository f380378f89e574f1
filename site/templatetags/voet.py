"""The footer's links to the mandatory pages (kennisplatform/verplichte_paginas.py)."""

from django import template

from wagtail.models import Site

from kennisplatform.verplichte_paginas import SLUGS

register = template.Library()


@register.simple_tag(takes_context=True)
def voetpaginas(context):
    """The mandatory pages under the site's home page that are live and public, in footer
    order. Found by slug: a page an editor deleted, unpublished or restricted is left out
    instead of leaving a broken link. One query."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    paginas = {
        p.slug: p
        for p in site.root_page.get_children()
        .live()
        .filter(slug__in=SLUGS, view_restrictions__isnull=True)
        .distinct()
    }
    return [paginas[slug] for slug in SLUGS if slug in paginas]
