"""Demo of the editorial side: role groups and workflow, the demo group's members and
trekker, a werkruimte with a concept page and document, one submission awaiting review."""

from django.apps import apps
from django.contrib.auth.models import User
from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Page

from groepen.models import GroepPage, Trekker
from kennisnetwerken.models import KennisnetwerkPage
from redactie import rollen
from redactie.inrichting import richt_groep_in, synchroniseer_trekkers
from redactie.models import WerkruimtePage

DEMO_GROEP_SLUG = "versterken-kennispositie-overheden"
CONCEPT_SLUG = "concept-verslag-startbijeenkomst"
CONCEPT_DOCUMENT = "Concept werkagenda (werkruimte)"


def demo_groep():
    return (
        KennisnetwerkPage.objects.filter(slug=DEMO_GROEP_SLUG).first()
        or KennisnetwerkPage.objects.order_by("path").first()
    )


def laad(verslag, met_accounts=False):
    globale = rollen.zorg_voor_rollen()
    for groep in GroepPage.objects.all():
        richt_groep_in(groep)
    groep = demo_groep()
    if groep is None:
        return
    rechten = richt_groep_in(groep)
    werkruimte = groep.get_children().type(WerkruimtePage).first()
    if werkruimte and not werkruimte.get_children().filter(slug=CONCEPT_SLUG).exists():
        # The ordinary content page belongs to the site package (a higher layer): by name.
        InhoudPage = apps.get_model("kennisplatform", "InhoudPage")
        concept = InhoudPage(
            title="Concept-verslag startbijeenkomst",
            slug=CONCEPT_SLUG,
            intro=(
                "Werkversie: welke kennis en data van de provincie (Staat van Utrecht, GIS) "
                "willen gemeenten en waterschappen als eerste ontsloten zien?"
            ),
        )
        werkruimte.add_child(instance=concept)
        concept.save_revision().publish()
        verslag.teller("pagina's")
    Document = get_document_model()
    if not Document.objects.filter(title=CONCEPT_DOCUMENT).exists():
        document = Document(title=CONCEPT_DOCUMENT, collection=rechten.werkruimte_collectie)
        document.file.save(
            "concept-werkagenda.txt",
            ContentFile(
                b"Concept werkagenda kennisnetwerk (alleen voor de werkruimte)\n"
                b"1. Nadere verkenning van de kennisbehoeften van gemeenten en waterschappen.\n"
                b"2. Data en analyses van de Staat van Utrecht beter bruikbaar maken.\n"
            ),
            save=True,
        )
        verslag.teller("documenten")
    if not met_accounts:
        return
    groepslid = User.objects.filter(username="groepslid").first()
    trekker = User.objects.filter(username="trekker").first()
    if groepslid:
        groepslid.groups.add(rechten.leden)
    if trekker and not groep.trekkers.filter(gebruiker=trekker).exists():
        eerste = groep.trekkers.first()
        if eerste and eerste.gebruiker_id is None:
            eerste.gebruiker = trekker
            eerste.save()
        else:
            Trekker.objects.create(
                groep=groep, naam="Trekker (demo)", rol="Trekker", gebruiker=trekker
            )
    synchroniseer_trekkers(groep)
    _inzending(groep, trekker, globale["workflow"])


def _inzending(groep, trekker, workflow):
    """One change by the trekker, submitted and waiting for a coördinator."""
    if trekker is None:
        return
    pagina = Page.objects.get(pk=groep.pk).specific
    if pagina.workflow_in_progress or pagina.has_unpublished_changes:
        return
    pagina.samenvatting = (
        "Kennisnetwerk dat kennis en data van provincie, gemeenten en waterschappen "
        "deelt en ontsluit, met als eerste stap een verkenning van de kennisbehoeften."
    )[:250]
    revisie = pagina.save_revision(user=trekker)
    del revisie
    workflow.start(pagina, trekker)
