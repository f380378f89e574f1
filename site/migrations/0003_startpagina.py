"""A fresh install shows the platform's home page, not Wagtail's "Welcome to your new Wagtail
site!". Wagtail's own migration makes that welcome page (a plain Page, slug "home") the root
of the default Site; this migration turns it, in place, into the platform's HomePage (same
id, same place in the tree, so the Site keeps pointing at it). Only when it is still the
untouched default: the welcome title, no children, never edited (no revision), and no HomePage
yet. Anything else is left alone. On such a fresh install the home page also gets the
register of uitvoeringsafspraken (its lists, exports and API are served through that page,
at /afspraken/), so an import is visible right away. The demo loader then finds both pages
and uses them. Reverse: nothing (the pages stay)."""

from django.db import migrations

WELKOM = "Welcome to your new Wagtail site!"
TITEL = "Kennisplatform Regionale Samenwerking"
INTRO = (
    "<p>Het gezamenlijke platform van gemeenten, provincie, waterschappen, omgevingsdiensten, "
    "veiligheidsregio en GGD in de regio Utrecht voor Vergunningverlening, Toezicht en "
    "Handhaving (VTH) en Ruimtelijke Ontwikkeling (RO) onder de Omgevingswet.</p>"
    "<p>Hier vindt u de kennisnetwerken, themagroepen en projectgroepen van de samenwerking, "
    "hun begrippen, werkmateriaal en sjablonen, de overlegstructuur en de "
    "uitvoeringsafspraken (Convenant Regionale Samenwerking, art. 7.3).</p>"
)
REGISTER = {
    "title": "Uitvoeringsafspraken",
    "draft_title": "Uitvoeringsafspraken",
    "slug": "afspraken",
    "intro": "<p>Alle uitvoeringsafspraken van de regionale samenwerking, altijd in de actuele "
    "versie (Convenant Regionale Samenwerking, art. 7.1–7.3). Filter op kerninstrument, "
    "ketenpartner of trefwoord, en hergebruik de selectie als CSV, Excel of JSON.</p>",
    "search_description": "Het openbare register van uitvoeringsafspraken tussen de partijen.",
    "show_in_menus": True,
}


def vervang_welkomstpagina(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Revision = apps.get_model("wagtailcore", "Revision")
    HomePage = apps.get_model("kennisplatform", "HomePage")
    if HomePage.objects.exists():
        return
    pagina_type = ContentType.objects.filter(app_label="wagtailcore", model="page").first()
    if pagina_type is None:
        return
    welkom = Page.objects.filter(
        depth=2,
        slug="home",
        title=WELKOM,
        content_type=pagina_type,
        numchild=0,
        latest_revision__isnull=True,
        has_unpublished_changes=False,
    ).first()
    if welkom is None:
        return
    if Revision.objects.filter(base_content_type=pagina_type, object_id=str(welkom.pk)).exists():
        return
    home_type, _ = ContentType.objects.get_or_create(app_label="kennisplatform", model="homepage")
    home = HomePage(page_ptr_id=welkom.pk)
    for veld in Page._meta.concrete_fields:
        setattr(home, veld.attname, getattr(welkom, veld.attname))
    home.content_type = home_type
    home.title = home.draft_title = TITEL
    home.intro = INTRO
    home.save()
    _register(apps, home)


def _register(apps, home):
    """The register page as the first child of the (new, childless) home page; treebeard's
    path by hand, as Wagtail's own initial migration does (historical models have no tree
    methods)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    RegisterPage = apps.get_model("afspraken", "AfsprakenRegisterPage")
    if RegisterPage.objects.exists():
        return
    register_type, _ = ContentType.objects.get_or_create(
        app_label="afspraken", model="afsprakenregisterpage"
    )
    RegisterPage.objects.create(
        **REGISTER,
        content_type=register_type,
        path=home.path + "0001",
        depth=home.depth + 1,
        numchild=0,
        url_path=home.url_path + "afspraken/",
        locale_id=home.locale_id,
        live=True,
    )
    Page.objects.filter(pk=home.pk).update(numchild=1)


class Migration(migrations.Migration):
    dependencies = [
        ("kennisplatform", "0002_cachetabel"),
        ("afspraken", "0003_kerninstrumenten"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(vervang_welkomstpagina, migrations.RunPython.noop)]
