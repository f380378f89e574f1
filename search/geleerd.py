"""Issue 15: abbreviations learned from the content, and an index that follows its concepts.

While the index is rebuilt (indexeren.herbouw, its first pass) every definition in public
content ("Omgevingsdienst Regio Arnhem (ODRA)", see afkortingen.py) is counted per document;
`bewaar` writes them to GeleerdeAfkorting. Indexing one object (indexeren.werk_bij) adds the
definitions it brings (`leer`). Only content that anyone may see (toegang "openbaar") teaches
abbreviations: a private text never shows one to others.

The learned abbreviations that no editor rejected are a concept source (token "afk" + a short
hash of the folded forms, stable across rebuilds), weighted below the glossary.

When a concept changes, search/taken.py (volg_wijziging) re-indexes the documents that
`documenten_met` finds through the index itself."""

import hashlib
import logging
from collections import defaultdict

from django.db import transaction

from search import afkortingen, afstemming, analyse
from search.kandidaten import houders
from search.models import GeleerdeAfkorting
from search.register import Concept

logger = logging.getLogger(__name__)
VOORVOEGSEL = "afk"
OPENBAAR = "openbaar"


def token(afkorting, lange_vorm):
    """The concept token of a learned abbreviation: the same for the same folded forms."""
    code = hashlib.sha1(f"{afkorting}|{lange_vorm}".encode()).hexdigest()[:10]
    return VOORVOEGSEL + code


def concepten():
    """Every learned abbreviation that no editor rejected, as a concept (a concept source)."""
    return [
        Concept(token(a.afkorting, a.lange_vorm), a.lange_vorm_weergave, (a.weergave,))
        for a in GeleerdeAfkorting.objects.filter(
            afgewezen=False, aantal__gte=afstemming.GELEERD_MIN_DOCUMENTEN
        )
    ]


def definities_van(teksten):
    """The definitions in these field texts (each field on its own), each once."""
    gevonden = {}
    for tekst in teksten:
        for definitie in afkortingen.definities(tekst):
            gevonden.setdefault(definitie.sleutel, definitie)
    return list(gevonden.values())


class Verzameling:
    """The definitions of a rebuild's first pass: per (abbreviation, long form) the number
    of public documents defining it and the first of them as the source."""

    def __init__(self):
        self.aantal = defaultdict(int)
        self.eerste = {}

    def voeg_toe(self, soort, obj, teksten):
        definities = definities_van(teksten)
        if not definities or soort.toegang(obj) != OPENBAAR:
            return
        for definitie in definities:
            self.aantal[definitie.sleutel] += 1
            if definitie.sleutel not in self.eerste:
                self.eerste[definitie.sleutel] = (definitie, *_bron(soort, obj))

    def bewaar(self):
        """Write what the rebuild found: counts and sources of the rows found, new rows for
        new definitions; rows no longer found go, except rejected ones (they stay rejected
        and so keep a rebuild from bringing the abbreviation back)."""
        with transaction.atomic():
            bestaand = {(a.afkorting, a.lange_vorm): a for a in GeleerdeAfkorting.objects.all()}
            nieuw, bij = [], []
            for sleutel, aantal in self.aantal.items():
                definitie, titel, url = self.eerste[sleutel]
                rij = bestaand.pop(sleutel, None) or GeleerdeAfkorting(
                    afkorting=definitie.afkorting[:20], lange_vorm=definitie.lange_vorm[:200]
                )
                rij.weergave = definitie.weergave[:20]
                rij.lange_vorm_weergave = definitie.lange_vorm_weergave[:200]
                rij.aantal, rij.bron, rij.bron_url = aantal, titel[:300], url[:500]
                (bij if rij.pk else nieuw).append(rij)
            velden = ["weergave", "lange_vorm_weergave", "aantal", "bron", "bron_url"]
            GeleerdeAfkorting.objects.bulk_update(bij, velden, batch_size=afstemming.STUK)
            GeleerdeAfkorting.objects.bulk_create(nieuw, batch_size=afstemming.STUK)
            weg = [a.pk for a in bestaand.values() if not a.afgewezen]
            GeleerdeAfkorting.objects.filter(pk__in=weg).delete()
            GeleerdeAfkorting.objects.filter(pk__in=[a.pk for a in bestaand.values()]).update(
                aantal=0
            )


def _bron(soort, obj):
    return soort.titel(obj) or "", soort.url(obj) or ""


def leer(soort, obj, teksten):
    """Learn the definitions of one indexed object that the table does not have yet (its
    count grows by one); True when a new abbreviation can now expand questions."""
    definities = definities_van(teksten)
    if not definities or soort.toegang(obj) != OPENBAAR:
        return False
    bestaand = set(
        GeleerdeAfkorting.objects.filter(
            afkorting__in=[d.afkorting for d in definities]
        ).values_list("afkorting", "lange_vorm")
    )
    nieuw = [d for d in definities if (d.afkorting[:20], d.lange_vorm[:200]) not in bestaand]
    if not nieuw:
        return False
    titel, url = _bron(soort, obj)
    for d in nieuw:
        # one by one, with signals: the documents that already hold the long form or the
        # abbreviation follow (search/signalen.py)
        GeleerdeAfkorting.objects.get_or_create(
            afkorting=d.afkorting[:20],
            lange_vorm=d.lange_vorm[:200],
            defaults={
                "weergave": d.weergave[:20],
                "lange_vorm_weergave": d.lange_vorm_weergave[:200],
                "aantal": 1,
                "bron": titel[:300],
                "bron_url": url[:500],
            },
        )
    return afstemming.GELEERD_MIN_DOCUMENTEN <= 1


def varianten(afkorting):
    """The names by which a learned abbreviation is found (for volg_wijziging)."""
    return [afkorting.weergave, afkorting.lange_vorm_weergave]


# --- the index follows its concepts ----------------------------------------------------------


def documenten_met(varianten=(), tokens=()):
    """The ids of the search documents whose analysed tokens hold one of these concept
    tokens or every stem of one of these variants (texts), sorted: asked of the search
    index itself (as the retrieval does, kandidaten.py), no content read, no table scan."""
    ids = set(houders({t for t in tokens if t}))
    for variant in varianten:
        ids.update(houders({analyse.stam(w) for w in analyse.woorden(variant)}, alle=True))
    return sorted(ids)
