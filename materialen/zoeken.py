"""What the platform search indexes of the sjablonen (registered with search)."""

from django.utils.translation import gettext_lazy as _

from materialen.models import Sjabloon
from search import afstemming
from search.afstemming import BELANGRIJK, GEWOON, TITEL
from search.register import registreer
from search.soorten import Soort


class SjabloonSoort(Soort):
    naam = "sjabloon"
    label = _("Sjabloon")
    model = Sjabloon

    def titel(self, obj):
        return obj.titel

    def tekst(self, obj):
        return obj.omschrijving or obj.tekst[: afstemming.SAMENVATTING]

    def url(self, obj):
        if obj.groep_id and obj.groep.live:
            return f"{obj.groep.url}#sjablonen-kop"
        return ""

    def velden(self, obj):
        return [
            ("titel", obj.titel, TITEL),
            ("omschrijving", obj.omschrijving, BELANGRIJK),
            ("tekst", obj.tekst, GEWOON),
            ("bron", obj.bron, GEWOON),
        ]

    def facetten(self, obj):
        return {"groep": obj.groep.title if obj.groep_id else ""}


registreer(SjabloonSoort())
