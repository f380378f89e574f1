"""What the platform search indexes of the sjablonen and the meetings (registered with
search)."""

from django.db.models import Q
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from groepen.models import GroepPage
from groepen.toegang import openbaar
from materialen.models import Bijeenkomst, Sjabloon
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
        # issue 15: every sjabloon has a page of its own (fill in and download), also one
        # without a group (the convenant template had no URL)
        return reverse("materialen:sjabloon", kwargs={"pk": obj.pk})

    def velden(self, obj):
        return [
            ("titel", obj.titel, TITEL),
            ("omschrijving", obj.omschrijving, BELANGRIJK),
            ("tekst", obj.tekst, GEWOON),
            ("bron", obj.bron, GEWOON),
        ]

    def facetten(self, obj):
        # a private or unpublished group is never named in the group facet
        groep = obj.groep if obj.groep_id else None
        openbaar = groep is not None and groep.live and not groep.get_view_restrictions().exists()
        return {"groep": groep.title if openbaar else ""}


registreer(SjabloonSoort())


class BijeenkomstSoort(Soort):
    """Meetings: those of the overleggen (always public) and those of the live groups without
    a view restriction, found by title, agenda, report and besluitenlijst. The facet "groep"
    holds the overleg's or group's name. A meeting of a private group is never indexed;
    `objecten()` (the final check on every result) asks the group's privacy now, and
    materialen/signalen.py re-indexes a group's meetings when its privacy or publication
    changes."""

    naam = "bijeenkomst"
    label = _("Bijeenkomst")
    model = Bijeenkomst

    def objecten(self):
        openbare_groepen = openbaar(GroepPage.objects.live())
        return Bijeenkomst.objects.filter(
            Q(overleg__isnull=False) | Q(groep__in=openbare_groepen)
        ).select_related("groep", "overleg")

    def titel(self, obj):
        return obj.titel

    def tekst(self, obj):
        for tekst in (obj.besluitenlijst, obj.agenda, obj.verslag):
            tekst = strip_tags(tekst or "").strip()
            if tekst:
                return tekst[: afstemming.SAMENVATTING]
        return f"{obj.get_soort_display()}, {obj.organisator_naam}"

    def url(self, obj):
        return obj.get_absolute_url()

    def velden(self, obj):
        return [
            ("titel", obj.titel, TITEL),
            ("organisator", obj.organisator_naam, BELANGRIJK),
            ("besluitenlijst", strip_tags(obj.besluitenlijst or ""), BELANGRIJK),
            ("agenda", strip_tags(obj.agenda or ""), GEWOON),
            ("verslag", strip_tags(obj.verslag or ""), GEWOON),
            ("locatie", obj.locatie, GEWOON),
        ]

    def facetten(self, obj):
        return {"groep": obj.organisator_naam}


registreer(BijeenkomstSoort())
