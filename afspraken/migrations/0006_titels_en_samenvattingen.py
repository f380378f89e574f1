"""Existing agreements (issue 13):

- a title the platform derived before, cut at 120 characters in the middle of a word
  ("… als onderlegger voor hu…"), is derived again by the current rule, which never cuts a word
  (afspraken/titels.py). Only a title that ends in "…" and equals the old derivation of its text
  is touched: an editor's own title stays as it is. The slug stays (its address does not change).
- a juridische_tekst marked "[samenvatting] …" (the source data's way of saying that it is a
  summary, not the literal legal text) loses the marker and gets juridische_tekst_is_samenvatting.

Both for the row (the live version, or the content of a never-published draft) and for the latest
revision (a pending draft, and what the admin's edit form opens). The search index and the cached
exports follow after migrate (afspraken/signalen.py).

The old rule is frozen here; the new rules are read from afspraken/titels.py (plain functions of
text, no models): an installation that migrates later gets the rule of its own code."""

import re

from django.db import migrations
from django.db.models import Q
from django.utils.text import Truncator

from afspraken.titels import scheid_samenvatting, titel_uit_tekst

BATCH = 500


def oude_titel(tekst):
    """The derivation before issue 13 (afspraken/models.py, titel_uit_tekst)."""
    eerste_zin = re.split(r"(?<=[.;:])\s", tekst.strip(), maxsplit=1)[0].rstrip(".;:")
    return Truncator(eerste_zin).chars(120, truncate="…")


def nieuwe_waarden(titel, tekst, juridische_tekst):
    """The changed fields of one version of an agreement ({} when nothing changes)."""
    nieuw = {}
    if titel.endswith("…") and titel == oude_titel(tekst or ""):
        afgeleid = titel_uit_tekst(tekst)
        if afgeleid and afgeleid != titel:
            nieuw["titel"] = afgeleid
    zonder, samenvatting = scheid_samenvatting(juridische_tekst)
    if samenvatting:
        nieuw["juridische_tekst"] = zonder
        nieuw["juridische_tekst_is_samenvatting"] = True
    return nieuw


def werk_bij(apps, schema_editor):
    Uitvoeringsafspraak = apps.get_model("afspraken", "Uitvoeringsafspraak")
    Revision = apps.get_model("wagtailcore", "Revision")
    db = schema_editor.connection.alias
    afspraken = Uitvoeringsafspraak.objects.using(db)
    kandidaten = afspraken.filter(
        Q(titel__endswith="…") | Q(juridische_tekst__icontains="samenvatting")
    ).only("pk", "titel", "samenwerkingsafspraak", "juridische_tekst")
    for afspraak in kandidaten.iterator(chunk_size=BATCH):
        nieuw = nieuwe_waarden(
            afspraak.titel, afspraak.samenwerkingsafspraak, afspraak.juridische_tekst
        )
        if nieuw:
            afspraken.filter(pk=afspraak.pk).update(**nieuw)

    revisies = Revision.objects.using(db).filter(
        Q(content__titel__endswith="…") | Q(content__juridische_tekst__icontains="samenvatting"),
        pk__in=afspraken.exclude(latest_revision=None).values("latest_revision_id"),
    )
    for revisie in revisies.iterator(chunk_size=BATCH):
        inhoud = revisie.content or {}
        nieuw = nieuwe_waarden(
            inhoud.get("titel") or "",
            inhoud.get("samenwerkingsafspraak") or "",
            inhoud.get("juridische_tekst") or "",
        )
        if not nieuw:
            continue
        inhoud.update(nieuw)
        velden = {"content": inhoud}
        if "titel" in nieuw:
            velden["object_str"] = nieuw["titel"]
        Revision.objects.using(db).filter(pk=revisie.pk).update(**velden)


class Migration(migrations.Migration):
    dependencies = [
        ("afspraken", "0005_juridische_tekst_is_samenvatting"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(werk_bij, migrations.RunPython.noop)]
