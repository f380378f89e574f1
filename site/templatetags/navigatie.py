from django import template

from wagtail.models import Page, Site

register = template.Library()


@register.simple_tag(takes_context=True)
def hoofdmenu(context):
    """The published, public top-level pages marked 'show in menus'."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return Page.objects.none()
    # Top-level pages with a view restriction of their own stay out; one query, no lookups.
    return (
        site.root_page.get_children()
        .live()
        .in_menu()
        .filter(view_restrictions__isnull=True)
        .distinct()
    )


@register.simple_tag(takes_context=True)
def kruimelpad(context, page):
    """Ancestors of the page below the tree root (home page first), excluding the page."""
    if page is None or not getattr(page, "pk", None):
        return []
    return page.get_ancestors().filter(depth__gt=1)
