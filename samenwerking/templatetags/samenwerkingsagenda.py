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

from groepen.toegang import openbaar, openbare_documenten, openbare_groepen
from organisaties.models import AgendaOnderwerp, SamenwerkingsagendaPage
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
    return {g.pk: g for g in openbare_groepen().filter(pk__in=ids)}


def _afspraken_per_onderwerp(onderwerpen):
    """{item pk: [agreements anyone may read]} in one query. The model is reached through the
    relation (afspraken is in layer 3 too, so it is not imported)."""
    ids = [o.pk for o in onderwerpen if o.pk]
    if not ids:
        return {}
    afspraak_model = AgendaOnderwerp.afspraken.rel.related_model
    per_onderwerp = {}
    gevonden = afspraak_model.objects.openbaar().filter(agendaonderwerp__in=ids)
    for afspraak in gevonden.order_by("titel"):
        per_onderwerp.setdefault(afspraak.agendaonderwerp_id, []).append(afspraak)
    return per_onderwerp


def _documenten_per_onderwerp(onderwerpen):
    """{id(item): [public documents]}: one query for the chosen documents of all items (in a
    preview the choice is still in memory, so it is read from each item)."""
    if all(o.pk for o in onderwerpen):
        koppelingen = AgendaOnderwerp.documenten.through.objects.filter(
            agendaonderwerp__in=[o.pk for o in onderwerpen]
        ).values_list("agendaonderwerp_id", "document_id")
        per_pk = {}
        for onderwerp_id, document_id in koppelingen:
            per_pk.setdefault(onderwerp_id, []).append(document_id)
        gekozen = {id(o): per_pk.get(o.pk, []) for o in onderwerpen}
    else:
        gekozen = {id(o): [d.pk for d in o.documenten.all()] for o in onderwerpen}
    alle_ids = {d for ids in gekozen.values() for d in ids}
    if not alle_ids:
        return {}
    documenten = get_document_model().objects.filter(pk__in=alle_ids)
    openbaar = {d.pk: d for d in openbare_documenten(documenten).order_by("title")}
    return {
        sleutel: sorted((openbaar[d] for d in ids if d in openbaar), key=lambda d: d.title)
        for sleutel, ids in gekozen.items()
    }


def _jaren(page):
    """The live, public agenda pages of all years: [(jaar, url, is_deze)]."""
    paginas = openbaar(SamenwerkingsagendaPage.objects.live()).order_by("jaar", "pk")
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
    afspraken = _afspraken_per_onderwerp(onderwerpen)
    documenten = _documenten_per_onderwerp(onderwerpen)
    items = [
        Item(
            onderwerp=o,
            groep=groepen.get(o.groep_id),
            afspraken=afspraken.get(o.pk, []) if o.pk else [],
            documenten=documenten.get(id(o), []),
            balk=plaats_op_tijdlijn(o, page.jaar),
            planning=planning_label(o),
        )
        for o in onderwerpen
    ]
    return {"items": items, "jaren": _jaren(page), "kwartalen": KWARTALEN}
