"""Who may read a page: Wagtail's page view restrictions, looked up by path in one query.

A restriction holds for its page and every page below it, that is for every page whose path
starts with the restricted page's path (depth × steplen characters). Wagtail's public() and
Page.get_view_restrictions() apply the same rule, at the cost of a query over every
restriction of the site (public()) or over the page's ancestors first
(get_view_restrictions()). Every layer that shows pages uses these two instead."""

from django.db.models import Exists, F, OuterRef
from django.db.models.functions import Substr

from wagtail.models import Page, PageViewRestriction


def openbaar(paginas):
    """Wagtail's public() for a queryset of pages (no page with a view restriction on itself
    or an ancestor), inside the same query."""
    beperkt = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, F("page__depth") * Page.steplen)
    )
    return paginas.exclude(Exists(beperkt))


def beperkingen_langs_het_pad(pagina):
    """The view restrictions of this page and every page above it (the root included), as
    Page.get_view_restrictions() finds them, in one query; None when Wagtail's own method must
    answer: an alias takes the restrictions of its source page, which the path does not show.
    Relies on Wagtail 8.0 (pinned): tests/site/test_privacy_langs_het_pad.py checks both."""
    if pagina.alias_of_id:
        return None
    stap = pagina.steplen
    paden = [pagina.path[:i] for i in range(stap, len(pagina.path) + 1, stap)]
    return PageViewRestriction.objects.filter(page__path__in=paden)
