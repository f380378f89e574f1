from dataclasses import dataclass

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.models import Page, Site

from groepen.models import GroepIndexPage
from inhoud.gedeeld import gedeeld

register = template.Library()


@dataclass(frozen=True)
class Menuitem:
    titel: str
    url: str
    # "page" for the page itself, "true" for a page inside its section, "" otherwise
    huidig: str = ""


def topniveau(request):
    """The published top-level pages without a view restriction of their own, in tree order:
    what the main menu and the footer (voet.py) choose from. Kept in the shared cache under
    the generation of public content (inhoud/gedeeld.py: a publish, move or view restriction
    makes a new one) and on the request: both ask for it on every page."""
    if request is None:
        return []
    site = Site.find_for_request(request)
    if site is None:
        return []
    wortel = site.root_page
    return gedeeld(
        f"topniveau:{wortel.pk}",
        lambda: list(
            wortel.get_children().live().filter(view_restrictions__isnull=True).distinct()
        ),
        request,
    )


def menupaginas(request):
    """The published, public top-level pages marked 'show in menus'."""
    return [p for p in topniveau(request) if p.show_in_menus]


def _vaste_items():
    """The overviews that are URL views rather than pages (materialen/urls.py)."""
    return [
        (_("Bijeenkomsten"), reverse("materialen:bijeenkomsten")),
        (_("Sjablonen"), reverse("materialen:sjablonen")),
    ]


def _huidig(url, pad, pagina, item_pad=None):
    if url == pad:
        return "page"
    if item_pad and pagina is not None and getattr(pagina, "path", "").startswith(item_pad):
        return "true"
    if url != "/" and pad.startswith(url):
        return "true"
    return ""


@register.simple_tag(takes_context=True)
def hoofdmenu(context):
    """The main menu: the top-level menu pages in their tree order, with Bijeenkomsten and
    Sjablonen right after the group overviews (they belong to the groups' work), each item
    with its aria-current value for the page being shown."""
    request = context.get("request")
    pad = request.path if request else ""
    pagina = context.get("page")
    # (page, its URL for this request); a page outside the site's tree has no URL
    paginas = [(p, p.get_url(request)) for p in menupaginas(request)]
    paginas = [(p, url) for p, url in paginas if url]
    items = [Menuitem(p.title, url, _huidig(url, pad, pagina, p.path)) for p, url in paginas]
    groepsoverzichten = [
        i
        for i, (p, _url) in enumerate(paginas)
        if issubclass(p.specific_class or Page, GroepIndexPage)
    ]
    plek = groepsoverzichten[-1] + 1 if groepsoverzichten else len(items)
    vast = [Menuitem(titel, url, _huidig(url, pad, None)) for titel, url in _vaste_items()]
    return items[:plek] + vast + items[plek:]


@register.simple_tag(takes_context=True)
def kruimelpad(context, page):
    """Ancestors of the page below the tree root (home page first), excluding the page."""
    if page is None or not getattr(page, "pk", None):
        return []
    # A page that HomePage.route found knows its ancestors below the root already.
    voorouders = getattr(page, "_kp_voorouders", None)
    if voorouders is not None:
        return voorouders
    return page.get_ancestors().filter(depth__gt=1)
