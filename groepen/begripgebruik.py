"""The groups that use a begrip, for the begrip page (begrippen/gebruik.py): published,
public groups that keep the begrip as their own or use it in their doel, summary or text."""

from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from begrippen import gebruik

from .models import GroepPage
from .toegang import openbaar


@gebruik.registreer
def groepen_met_begrip(begrip, request):
    # Groups are few (tens): their texts are checked here, in one query.
    items = [
        gebruik.Item(titel=groep.title, url=groep.get_url(request), toelichting=groep.soort_label)
        for groep in openbaar(GroepPage.objects.live()).order_by("title")
        if groep.pk == begrip.groep_id
        or gebruik.komt_voor(
            "\n".join([groep.doel, groep.samenvatting, gebruik.platte_tekst(groep.body.raw_data)]),
            begrip,
        )
    ]
    return gebruik.beperk(
        items,
        volgorde=20,
        kop=_("Gebruikt door groepen"),
        meer_url=reverse("zoeken") + "?" + urlencode({"q": begrip.term}),
        meer_label=_("Zoek alles over dit begrip"),
    )
