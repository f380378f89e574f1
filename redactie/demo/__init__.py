"""Demo of the editorial side: role groups and workflow, the demo group's members and
trekker, a werkruimte with a concept page and document, one submission awaiting review.
The texts are in werkruimte.yaml."""

from pathlib import Path

import yaml

from django.apps import apps
from django.contrib.auth.models import User
from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Page

from groepen.models import Trekker
from kennisnetwerken.models import KennisnetwerkPage
from redactie import rollen
from redactie.inrichting import richt_groep_in, synchroniseer_trekkers
from redactie.models import WerkruimtePage

with (Path(__file__).resolve().parent / "werkruimte.yaml").open(encoding="utf-8") as _bestand:
    DATA = yaml.safe_load(_bestand)
DEMO_GROEP_SLUG = DATA["groep"]
CONCEPT_SLUG = DATA["concept_pagina"]["slug"]
CONCEPT_DOCUMENT = DATA["concept_document"]["titel"]


def demo_groep():
    return (
        KennisnetwerkPage.objects.filter(slug=DEMO_GROEP_SLUG).first()
        or KennisnetwerkPage.objects.order_by("path").first()
    )


def laad(verslag, met_accounts=False):
    globale = rollen.zorg_voor_rollen()
    # Every group is set up already (the site's demo loader does that before the materials).
    groep = demo_groep()
    if groep is None:
        return
    rechten = richt_groep_in(groep)
    werkruimte = groep.get_children().type(WerkruimtePage).first()
    if werkruimte and not werkruimte.get_children().filter(slug=CONCEPT_SLUG).exists():
        # The ordinary content page belongs to the site package (a higher layer): by name.
        InhoudPage = apps.get_model("kennisplatform", "InhoudPage")
        concept = InhoudPage(
            title=DATA["concept_pagina"]["titel"],
            slug=CONCEPT_SLUG,
            intro=DATA["concept_pagina"]["intro"],
        )
        werkruimte.add_child(instance=concept)
        concept.save_revision().publish()
        verslag.teller("pagina's")
    Document = get_document_model()
    if not Document.objects.filter(title=CONCEPT_DOCUMENT).exists():
        document = Document(title=CONCEPT_DOCUMENT, collection=rechten.werkruimte_collectie)
        document.file.save(
            DATA["concept_document"]["bestand"],
            ContentFile(DATA["concept_document"]["tekst"].encode()),
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
                groep=groep,
                naam=DATA["inzending"]["trekker_zonder_account"],
                rol="Trekker",
                gebruiker=trekker,
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
    pagina.samenvatting = DATA["inzending"]["samenvatting"][:250]
    pagina.save_revision(user=trekker)
    workflow.start(pagina, trekker)
