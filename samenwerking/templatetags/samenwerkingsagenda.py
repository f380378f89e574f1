"""What the samenwerkingsagenda page (organisaties, layer 1) shows of groups, agreements and
materials (issue 14.5). The page's template loads this library, so the privacy rules of
layer 2 and 3 (groepen.toegang, the agreements' `openbaar()`) apply without layer 1 importing
them:

- an item's group only when the group page is live and public (no title of a private group);
- only the item's agreements that anyone may read, with their links;
- only documents outside every restricted collection (groepen.toegang.openbare_documenten).

The timeline places each item in the quarters of the page's year: a bar from kwartaal_van to
kwartaal_tot, clipped to the year (and saying so) when it starts earlier or ends later."""

from dataclasses import dataclass

from django import template
from django.utils.translation import gettext as _

from wagtail.documents import get_document_model

from groepen.models import GroepPage
from groepen.toegang import openbare_documenten
from organisaties.models import SamenwerkingsagendaPage
from organisaties.models.paginas import KWARTAAL

register = template.Library()

KWARTALEN = (1, 2, 3, 4)


def lees_kwartaal(waarde):
    """'2026-Q3' -> (2026, 3); anything else -> None."""
    if not waarde or not KWARTAAL.fullmatch(waarde):
        return None
    jaar, kwartaal = waarde.split("-Q")
    return int(jaar), int(kwartaal)


def kwartaal_label(paar):
    return f"Q{paar[1]} {paar[0]}"


@dataclass
class Balk:
    """An item's place in the timeline of one year: quarters `begin` to `eind` (1..4)."""

    begin: int
    eind: int
    label: str
    eerder: bool = False  # started in an earlier year
    later: bool = False  # goes on in a later year

    @property
    def ervoor(self):
        return range(self.begin - 1)

    @property
    def breedte(self):
        return self.eind - self.begin + 1

    @property
    def erna(self):
        return range(4 - self.eind)


def plaats_op_tijdlijn(onderwerp, jaar):
    """The Balk of the item in `jaar`, or None when it has no (valid) quarters or lies
    wholly outside that year. Only one of both quarters given: a bar of one quarter."""
    van = lees_kwartaal(onderwerp.kwartaal_van)
    tot = lees_kwartaal(onderwerp.kwartaal_tot)
    van, tot = van or tot, tot or van
    if van is None or tot < van or tot < (jaar, 1) or van > (jaar, 4):
        return None
    begin = 1 if van[0] < jaar else van[1]
    eind = 4 if tot[0] > jaar else tot[1]
    label = (
        kwartaal_label(van)
        if van == tot
        else _("%(van)s t/m %(tot)s") % {"van": kwartaal_label(van), "tot": kwartaal_label(tot)}
    )
    return Balk(begin, eind, label, eerder=van[0] < jaar, later=tot[0] > jaar)


def planning_label(onderwerp):
    van = lees_kwartaal(onderwerp.kwartaal_van)
    tot = lees_kwartaal(onderwerp.kwartaal_tot)
    van, tot = van or tot, tot or van
    if van is None:
        return onderwerp.kwartaal
    if van == tot:
        return kwartaal_label(van)
    return _("%(van)s t/m %(tot)s") % {"van": kwartaal_label(van), "tot": kwartaal_label(tot)}


@dataclass
class Item:
    onderwerp: object
    groep: object  # the public GroepPage, or None
    afspraken: list
    documenten: list
    balk: Balk | None
    planning: str


def _openbare_groepen(groep_ids):
    ids = {i for i in groep_ids if i}
    if not ids:
        return {}
    return {g.pk: g for g in GroepPage.objects.live().public().filter(pk__in=ids)}


def _afspraken(onderwerp):
    if onderwerp.pk is None:  # a preview of an unsaved item
        return []
    return list(onderwerp.afspraken.openbaar().order_by("titel"))


def _documenten(onderwerp):
    ids = [d.pk for d in onderwerp.documenten.all()]
    if not ids:
        return []
    documenten = get_document_model().objects.filter(pk__in=ids).select_related("collection")
    return list(openbare_documenten(documenten).order_by("title"))


def _jaren(page):
    """The live, public agenda pages of all years: [(jaar, url, is_deze)]."""
    paginas = SamenwerkingsagendaPage.objects.live().public().order_by("jaar", "pk")
    jaren = [(p.jaar, p.url, p.pk == page.pk) for p in paginas]
    if not any(deze for _jaar, _url, deze in jaren):
        jaren.append((page.jaar, page.url, True))
        jaren.sort(key=lambda j: j[0])
    return jaren


@register.simple_tag
def samenwerkingsagenda(page):
    """{'items': [Item], 'jaren': [...], 'kwartalen': (1..4)} for the agenda page."""
    onderwerpen = list(page.onderwerpen.all())
    groepen = _openbare_groepen(o.groep_id for o in onderwerpen)
    items = [
        Item(
            onderwerp=o,
            groep=groepen.get(o.groep_id),
            afspraken=_afspraken(o),
            documenten=_documenten(o),
            balk=plaats_op_tijdlijn(o, page.jaar),
            planning=planning_label(o),
        )
        for o in onderwerpen
    ]
    return {"items": items, "jaren": _jaren(page), "kwartalen": KWARTALEN}
