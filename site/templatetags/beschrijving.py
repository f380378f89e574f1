"""{% meta_beschrijving bron ... %}: the <meta name="description"> of a page, its own.

`templates/base.html` gives every page the description of its Wagtail page: the search
description an editor wrote, else the page's own summary (`meta_beschrijving`, e.g. a group's
samenvatting), its intro or the first text of its body. A page that shows something else than
its Wagtail page (a begrip, a meeting, a template, an agreement: URL views that render through
an index page) fills the block `meta_description` with its own text instead, so a detail page
never repeats the description of its index."""

from html import unescape

from django import template
from django.utils.html import format_html, strip_tags

from wagtail.models import Page

register = template.Library()

MAX_TEKENS = 160


def platte_tekst(waarde):
    """HTML or text as plain text on one line ("<li>a</li><li>b</li>" is "a b", not "ab")."""
    tekst = unescape(strip_tags(str(waarde or "").replace("<", " <")))
    return " ".join(tekst.split())


def kort(tekst, max_tekens=MAX_TEKENS):
    """The text on one line, at most max_tekens long, cut between words (never in one)."""
    tekst = platte_tekst(tekst)
    if len(tekst) <= max_tekens:
        return tekst
    knip = tekst[: max_tekens + 1].rsplit(" ", 1)[0].rstrip(",;:-–—( ")
    return f"{knip} …" if knip else tekst[:max_tekens]


def _eerste_tekst(body):
    """The first text in a StreamField (its raw data: no rendering, no queries)."""
    for blok in body.raw_data:
        waarde = blok.get("value")
        if isinstance(waarde, dict):
            waarde = waarde.get("tekst") or waarde.get("inhoud") or ""
        if isinstance(waarde, str) and platte_tekst(waarde):
            return waarde
    return ""


def van_pagina(pagina):
    """What describes this Wagtail page, in the order an editor would expect."""
    for bron in (
        pagina.search_description,
        getattr(pagina, "meta_beschrijving", ""),
        getattr(pagina, "intro", ""),
    ):
        if bron and platte_tekst(bron):
            return bron
    body = getattr(pagina, "body", None)
    return _eerste_tekst(body) if body is not None else ""


@register.simple_tag
def meta_beschrijving(*bronnen):
    """The meta element from the first source that has text: a page or a text. Several texts
    in a row (after a page) are joined: "Werksessie van X op 12 maart." + the agenda."""
    delen = []
    for bron in bronnen:
        if isinstance(bron, Page):
            bron = van_pagina(bron)
        tekst = platte_tekst(bron)
        if tekst:
            delen.append(tekst)
    if not delen:
        return ""
    return format_html('<meta name="description" content="{}">', kort(" ".join(delen)))
