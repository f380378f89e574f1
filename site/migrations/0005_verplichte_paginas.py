"""The mandatory pages of a government website (contact, toegankelijkheidsverklaring,
privacy, colofon) on every install, not only with the demo: published content pages under the
home page, out of the main menu (the footer links them). The text is that of
kennisplatform/verplichte_paginas.py. A slug that is already taken under the home page is
left alone, so nothing is made twice. Without a home page (0003 found no untouched welcome
page) nothing happens; the demo loader then adds them. Reverse: nothing (the pages stay)."""

from django.db import migrations
from django.utils import timezone

from kennisplatform.verplichte_paginas import PAGINAS, stroom

ALFABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # treebeard's path alphabet in Wagtail
STAP = 4


def _volgende_pad(laatste, ouder_pad):
    """The path of the next child: one step after the last child's, as treebeard counts."""
    if laatste is None:
        return ouder_pad + "0001"
    getal = 0
    for teken in laatste[-STAP:]:
        getal = getal * len(ALFABET) + ALFABET.index(teken)
    getal += 1
    tekens = ""
    for _ in range(STAP):
        getal, rest = divmod(getal, len(ALFABET))
        tekens = ALFABET[rest] + tekens
    return ouder_pad + tekens


def maak_paginas(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    HomePage = apps.get_model("kennisplatform", "HomePage")
    InhoudPage = apps.get_model("kennisplatform", "InhoudPage")
    home = HomePage.objects.order_by("path").first()
    if home is None:
        return
    soort, _ = ContentType.objects.get_or_create(app_label="kennisplatform", model="inhoudpage")
    kinderen = Page.objects.filter(path__startswith=home.path, depth=home.depth + 1)
    nu = timezone.now()
    for gegevens in PAGINAS:
        if kinderen.filter(slug=gegevens["slug"]).exists():
            continue
        laatste = kinderen.order_by("-path").values_list("path", flat=True).first()
        InhoudPage.objects.create(
            title=gegevens["titel"],
            draft_title=gegevens["titel"],
            slug=gegevens["slug"],
            intro=gegevens["intro"],
            search_description=gegevens["beschrijving"],
            body=stroom(gegevens["body"]),
            show_in_menus=False,
            content_type=soort,
            path=_volgende_pad(laatste, home.path),
            depth=home.depth + 1,
            numchild=0,
            url_path=f"{home.url_path}{gegevens['slug']}/",
            locale_id=home.locale_id,
            live=True,
            first_published_at=nu,
            last_published_at=nu,
        )
    Page.objects.filter(pk=home.pk).update(numchild=kinderen.count())


class Migration(migrations.Migration):
    dependencies = [("kennisplatform", "0004_plannerronde")]

    operations = [migrations.RunPython(maak_paginas, migrations.RunPython.noop)]
