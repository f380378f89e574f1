"""The content pages that use a begrip, for the begrip page (begrippen/gebruik.py): published
pages anyone may read (never one in a werkruimte or behind another privacy setting)."""

from django.db.models import Q
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from begrippen import gebruik
from groepen.toegang import openbaar

from .models import InhoudPage


@gebruik.registreer
def paginas_met_begrip(begrip, request):
    labels = [label for label, _exact in gebruik.labels(begrip)]
    if not labels:
        return None
    in_tekst = Q()
    for label in labels:
        in_tekst |= Q(title__icontains=label) | Q(intro__icontains=label)
        in_tekst |= Q(body__icontains=label) | Q(body__icontains=gebruik.in_json(label))
    items = [
        gebruik.Item(titel=pagina.title, url=pagina.get_url(request))
        for pagina in openbaar(InhoudPage.objects.live()).filter(in_tekst).order_by("title")
        if gebruik.komt_voor(
            "\n".join([pagina.title, pagina.intro, gebruik.platte_tekst(pagina.body.raw_data)]),
            begrip,
        )
    ]
    return gebruik.beperk(
        items,
        volgorde=30,
        kop=_("Op pagina's"),
        meer_url=reverse("zoeken") + "?" + urlencode({"q": begrip.term}),
        meer_label=_("Zoek alles over dit begrip"),
    )
