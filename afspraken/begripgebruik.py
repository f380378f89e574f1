"""The agreements that use a begrip, for the begrip page (begrippen/gebruik.py): public
agreements whose title, text or toelichting use the term or its abbreviation, or that carry it
as a trefwoord. Only while the register itself is published and public: its pages are the
agreements' public address.

Beyond the first items the section links to the register, searching for the term
(/afspraken/?q=<term>). The register's free-text search has its own rules (stemming, ranking,
withdrawn agreements only on request), so the link says "all of them" only when the register
shows exactly this set; otherwise it offers a search and says how many the register finds."""

from django.db.models import Q
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from begrippen import gebruik

from .models import AfsprakenRegisterPage, Uitvoeringsafspraak
from .register import Registerfilter

TEKSTVELDEN = ("titel", "samenwerkingsafspraak", "toelichting")


@gebruik.registreer
def afspraken_met_begrip(begrip, request):
    labels = [label for label, _exact in gebruik.labels(begrip)]
    register = AfsprakenRegisterPage.gepubliceerd(request)
    if not labels or register is None or register.get_view_restrictions():
        return None
    openbaar = Uitvoeringsafspraak.objects.openbaar()
    met_trefwoord = Q()
    in_tekst = Q()
    for label in labels:
        met_trefwoord |= Q(trefwoorden__name__iexact=label)
        for veld in TEKSTVELDEN:
            in_tekst |= Q(**{f"{veld}__icontains": label})
    via_trefwoord = set(openbaar.filter(met_trefwoord).values_list("pk", flat=True))
    # The database narrows down on the words; the exact rules (whole words, the spelling of
    # an abbreviation) are checked here.
    kandidaten = (
        openbaar.filter(in_tekst | Q(pk__in=via_trefwoord))
        .only("pk", "slug", "titel", *TEKSTVELDEN)
        .order_by("titel", "pk")
    )
    afspraken = [
        a
        for a in kandidaten
        if a.pk in via_trefwoord
        or gebruik.komt_voor("\n".join(getattr(a, veld) for veld in TEKSTVELDEN), begrip)
    ]
    items = [gebruik.Item(titel=a.titel, url=a.get_url()) for a in afspraken]
    sectie = gebruik.beperk(items, volgorde=10, kop=_("Gebruikt in afspraken"))
    if sectie.totaal > len(sectie.items):
        _meer_in_register(sectie, begrip, register.get_url(request), {a.pk for a in afspraken})
    return sectie


def _meer_in_register(sectie, begrip, register_url, getoond):
    """The way to the rest: the register searching for the term, worded by what it shows."""
    filter = Registerfilter({"q": begrip.term})
    gevonden = set(filter.gefilterd().values_list("pk", flat=True)) if filter.q else set()
    if not gevonden:  # the register finds none of them (e.g. no search index yet)
        sectie.meer_url = (
            reverse("zoeken") + "?" + urlencode({"q": begrip.term, "soort": "uitvoeringsafspraak"})
        )
        sectie.meer_label = _("Zoek alle afspraken over dit begrip")
        return
    sectie.meer_url = register_url + "?" + urlencode({"q": begrip.term})
    if gevonden == getoond:
        sectie.meer_label = _("Bekijk ze allemaal in het afsprakenregister")
    else:
        sectie.meer_label = _("Zoek “%(term)s” in het afsprakenregister") % {"term": begrip.term}
        sectie.meer_toelichting = ngettext(
            "het register vindt er %(aantal)d", "het register vindt er %(aantal)d", len(gevonden)
        ) % {"aantal": len(gevonden)}
