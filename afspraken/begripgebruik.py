"""The agreements that use a begrip, for the begrip page (begrippen/gebruik.py): public
agreements whose title, text or toelichting use the term or its abbreviation, or that carry it
as a trefwoord. Only while the register itself is published and public: its pages are the
agreements' public address."""

from django.db.models import Q
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from begrippen import gebruik

from .models import AfsprakenRegisterPage, Uitvoeringsafspraak

TEKSTVELDEN = ("titel", "samenwerkingsafspraak", "toelichting")


@gebruik.registreer
def afspraken_met_begrip(begrip, request):
    labels = [label for label, _exact in gebruik.labels(begrip)]
    if not labels or not AfsprakenRegisterPage.objects.live().public().exists():
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
    items = [
        gebruik.Item(titel=a.titel, url=a.get_url())
        for a in kandidaten
        if a.pk in via_trefwoord
        or gebruik.komt_voor("\n".join(getattr(a, veld) for veld in TEKSTVELDEN), begrip)
    ]
    return gebruik.beperk(
        items,
        volgorde=10,
        kop=_("Gebruikt in afspraken"),
        meer_url=reverse("zoeken")
        + "?"
        + urlencode({"q": begrip.term, "soort": "uitvoeringsafspraak"}),
        meer_label=_("Zoek alle afspraken over dit begrip"),
    )
