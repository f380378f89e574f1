"""Factories for what tests build themselves: users with roles, organisations, begrippen,
groups, agreements, meetings, pages and documents.

Every test database also holds the demo content (tests/conftest.py); tests that need a world
(search relevance, leaks across the demo, browser checks) use that. A test that needs one or two
objects of its own makes them here, with only the fields that matter to it spelled out."""

import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from django.contrib.auth.models import Group, User
from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from afspraken.models import Kerninstrument, Uitvoeringsafspraak
from begrippen.models import Begrip
from groepen.models import Trekker
from kennisnetwerken.models import KennisnetwerkIndexPage, KennisnetwerkPage
from kennisplatform.models import HomePage, InhoudPage
from materialen.models import Bijeenkomst
from organisaties.models import Organisatie, Overleg
from redactie import rollen
from redactie.inrichting import richt_groep_in

WACHTWOORD = "x" * 16

# The global roles of redactie/rollen.py, by the names the demo accounts use.
ROLGROEPEN = {
    "professional": rollen.PROFESSIONALS,
    "trekker": rollen.TREKKERS,
    "coordinator": rollen.COORDINATOREN,
}


class GebruikerFactory(DjangoModelFactory):
    """An account. `rol` gives a global role ("professional", "trekker", "coordinator" or
    "beheerder" for a superuser); `lid_van` and `trekker_van` put the account in the
    permission group of the members or the trekkers of one group page."""

    class Meta:
        model = User
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"gebruiker-{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    password = factory.django.Password(WACHTWOORD)

    @factory.post_generation
    def rol(self, create, rol, **kwargs):
        if not rol:
            return
        if rol == "beheerder":
            self.is_superuser = self.is_staff = True
            self.save(update_fields=["is_superuser", "is_staff"])
            return
        rollen.zorg_voor_rollen()
        self.groups.add(Group.objects.get(name=ROLGROEPEN[rol]))

    @factory.post_generation
    def lid_van(self, create, groep, **kwargs):
        if groep is not None:
            self.groups.add(richt_groep_in(groep).leden)

    @factory.post_generation
    def trekker_van(self, create, groep, **kwargs):
        if groep is not None:
            self.groups.add(richt_groep_in(groep).trekkers)


class OrganisatieFactory(DjangoModelFactory):
    class Meta:
        model = Organisatie
        django_get_or_create = ("naam",)

    naam = factory.Sequence(lambda n: f"Gemeente Testdorp {n}")
    soort = Organisatie.Soort.GEMEENTE


class OverlegFactory(DjangoModelFactory):
    class Meta:
        model = Overleg
        django_get_or_create = ("naam",)

    naam = factory.Sequence(lambda n: f"Testoverleg {n}")
    niveau = "tactisch"
    functie = "Afstemmen over de uitvoering."
    doelgroep = "Medewerkers VTH en RO."


class BegripFactory(DjangoModelFactory):
    class Meta:
        model = Begrip
        django_get_or_create = ("term",)

    term = factory.Sequence(lambda n: f"Testbegrip {n}")
    definitie = factory.LazyAttribute(lambda o: f"{o.term}: een begrip om mee te testen.")


class PaginaFactory(wagtail_factories.PageFactory):
    """Base for page factories: a page under `parent` (each factory below has a default).
    With publiceren=True the page gets a published revision, as an editor would publish it
    (signals such as the search index follow publication, not a plain save)."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def publiceren(self, create, publiceren, **kwargs):
        if create and publiceren:
            self.save_revision().publish()


class InhoudPageFactory(PaginaFactory):
    """An ordinary page; without `parent` it goes under the home page."""

    class Meta:
        model = InhoudPage

    title = factory.Sequence(lambda n: f"Testpagina {n}")
    intro = ""

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        parent = parent or HomePage.objects.get()
        return super()._create(model_class, *args, parent=parent, **kwargs)


class KennisnetwerkPageFactory(PaginaFactory):
    """A kennisnetwerk; without `parent` it goes under the demo's kennisnetwerken overview."""

    class Meta:
        model = KennisnetwerkPage

    title = factory.Sequence(lambda n: f"Kennisnetwerk Test {n}")
    doel = "Kennis delen."
    niveau = "operationeel"

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        parent = parent or KennisnetwerkIndexPage.objects.get()
        return super()._create(model_class, *args, parent=parent, **kwargs)


class TrekkerFactory(DjangoModelFactory):
    class Meta:
        model = Trekker

    groep = factory.SubFactory(KennisnetwerkPageFactory)
    naam = factory.Sequence(lambda n: f"Trekker {n}")


class KerninstrumentFactory(DjangoModelFactory):
    """The demo's kerninstrument of that name, or a new one."""

    class Meta:
        model = Kerninstrument
        django_get_or_create = ("naam",)

    naam = "Omgevingsplan"


class UitvoeringsafspraakFactory(DjangoModelFactory):
    """An agreement. `revisies` saves that many revisions (the text of each one longer);
    publiceren=True publishes the last one (or a new one)."""

    class Meta:
        model = Uitvoeringsafspraak
        skip_postgeneration_save = True

    class Params:
        concept = factory.Trait(status=Uitvoeringsafspraak.Status.CONCEPT, live=False)

    titel = factory.Sequence(lambda n: f"Testafspraak {n}")
    samenwerkingsafspraak = factory.LazyAttribute(lambda o: f"{o.titel}: partijen stemmen af.")
    kerninstrument = factory.SubFactory(KerninstrumentFactory)
    status = Uitvoeringsafspraak.Status.VASTGESTELD

    @factory.post_generation
    def revisies(self, create, aantal, **kwargs):
        if not create or not aantal:
            return
        for i in range(aantal):
            if i:
                self.samenwerkingsafspraak += " Tweede versie." if i == 1 else f" Versie {i + 1}."
            self.save_revision()

    @factory.post_generation
    def publiceren(self, create, publiceren, **kwargs):
        if create and publiceren:
            self.save_revision().publish()


class BijeenkomstFactory(DjangoModelFactory):
    """A meeting of a group, a month from now, two hours long."""

    class Meta:
        model = Bijeenkomst

    groep = factory.SubFactory(KennisnetwerkPageFactory)
    titel = factory.Sequence(lambda n: f"Bijeenkomst {n}")
    begin = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))
    einde = factory.LazyAttribute(lambda o: o.begin + datetime.timedelta(hours=2))
    locatie = "Provinciehuis Utrecht"


class DocumentFactory(DjangoModelFactory):
    """A small text document in a collection (default: the root collection), stored as the
    admin stores an upload. `bestandsnaam` and `inhoud` default to the title."""

    class Meta:
        model = get_document_model()

    title = factory.Sequence(lambda n: f"document-{n}")
    collection = factory.LazyFunction(Collection.get_first_root_node)
    bestandsnaam = factory.LazyAttribute(lambda o: f"{o.title}.txt")
    inhoud = factory.LazyAttribute(lambda o: f"inhoud van {o.title}".encode())

    @classmethod
    def _build(cls, model_class, *args, bestandsnaam, inhoud, **kwargs):
        return model_class(*args, **kwargs)

    @classmethod
    def _create(cls, model_class, *args, bestandsnaam, inhoud, **kwargs):
        document = model_class(*args, **kwargs)
        document.file.save(bestandsnaam, ContentFile(inhoud), save=True)
        return document


class AfbeeldingFactory(DjangoModelFactory):
    """A small PNG image (8 × 8 pixels) in the root collection."""

    class Meta:
        model = get_image_model()

    title = factory.Sequence(lambda n: f"afbeelding-{n}")
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.django.ImageField(width=8, height=8, format="PNG")
