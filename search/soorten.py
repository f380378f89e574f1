"""What the search covers: one registered "soort" per content type.

A soort says which objects are indexed (published only), who may see an object (`toegang`
for the index, `zichtbaar_voor(user)` as the final check on results), which fields are
searched with what weight, and its facet values. Adding a content type to the search is one
subclass plus `registreer(...)`."""

from django.contrib.auth.models import AnonymousUser
from django.db.models import Q
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction
from wagtail.search import index

# Field weights used by the ranking: title and agreement text above everything else,
# explanatory text (toelichting) below.
TITEL = 3.0
HOOFD = 2.5
BELANGRIJK = 2.0
GEWOON = 1.0
LAAG = 0.7

_REGISTER = []


def registreer(soort):
    _REGISTER[:] = [s for s in _REGISTER if s.model is not soort.model] + [soort]
    return soort


def alle_soorten():
    return list(_REGISTER)


def soort_voor(obj):
    """The registered soort for this object (the most specific model wins)."""
    klasse = obj.specific_class if isinstance(obj, Page) else type(obj)
    for soort in _REGISTER:
        if soort.model is klasse:
            return soort
    return None


def soort_op_naam(naam):
    return [s for s in _REGISTER if s.naam == naam]


def soort_labels():
    labels = {}
    for soort in _REGISTER:
        labels.setdefault(soort.naam, soort.label)
    return labels


# --- access -------------------------------------------------------------------------------


def _mag_door(beperking, user):
    if user.is_superuser:
        return True
    if beperking.restriction_type == beperking.LOGIN:
        return user.is_authenticated
    if beperking.restriction_type == beperking.GROUPS:
        if not user.is_authenticated:
            return False
        return beperking.groups.filter(pk__in=user.groups.values("pk")).exists()
    return False  # password restrictions: never through search


def toegangssleutels(user):
    """The access keys of the index whose documents this user may see."""
    user = user or AnonymousUser()
    sleutels = {"openbaar"}
    if user.is_authenticated:  # anonymous visitors pass no restriction: nothing to look up
        sleutels.add("ingelogd")
        for beperking in PageViewRestriction.objects.exclude(restriction_type="password"):
            if _mag_door(beperking, user):
                sleutels.add(f"pagina:{beperking.pk}")
        for beperking in CollectionViewRestriction.objects.exclude(restriction_type="password"):
            if _mag_door(beperking, user):
                sleutels.add(f"collectie:{beperking.pk}")
    for soort in _REGISTER:
        sleutels |= soort.extra_toegang(user)
    return sleutels


def _toegang_uit_beperkingen(beperkingen, voorvoegsel):
    beperkingen = list(beperkingen)
    if any(b.restriction_type == b.PASSWORD for b in beperkingen):
        return None
    groepen = [b for b in beperkingen if b.restriction_type == b.GROUPS]
    if groepen:
        return f"{voorvoegsel}:{groepen[-1].pk}"
    if beperkingen:
        return "ingelogd"
    return "openbaar"


# --- soorten ------------------------------------------------------------------------------


class Soort:
    naam = ""
    label = ""
    model = None

    def objecten(self):
        """Every object that belongs in the index (published, not deleted)."""
        return self.model._default_manager.all()

    def zichtbaar_voor(self, user):
        """The objects this user may see (checked again on every result)."""
        return self.objecten()

    def extra_toegang(self, user):
        return set()

    def toegang(self, obj):
        return "openbaar"

    def sleutel(self, obj):
        return f"{self.model._meta.label_lower}:{obj.pk}"

    def titel(self, obj):
        return str(obj)

    def tekst(self, obj):
        return ""

    def url(self, obj):
        return ""

    def velden(self, obj):
        """[(field name, text, weight)]: by default the model's own search fields."""
        return velden_uit_search_fields(obj)

    def facetten(self, obj):
        """Facet values: kerninstrument, groep, status, typering (str), ketenpartners (list)."""
        return {}


def _tekst(waarde):
    if waarde is None:
        return ""
    if isinstance(waarde, list | tuple):
        return " ".join(_tekst(w) for w in waarde)
    return strip_tags(str(waarde))


def velden_uit_search_fields(obj):
    velden = []
    for veld in obj.get_search_fields():
        if not isinstance(veld, index.SearchField):
            continue
        tekst = _tekst(veld.get_value(obj))
        if not tekst.strip():
            continue
        boost = veld.boost or 1
        if veld.field_name in ("title", "titel", "term"):
            gewicht = TITEL
        elif boost >= 2:
            gewicht = BELANGRIJK
        else:
            gewicht = GEWOON
        velden.append((veld.field_name, tekst, gewicht))
    return velden


def verborgen_paden(user):
    """The paths of the page trees under a restriction this user does not pass."""
    user = user or AnonymousUser()
    return tuple(
        beperking.page.path
        for beperking in PageViewRestriction.objects.select_related("page")
        if beperking.restriction_type == beperking.PASSWORD or not _mag_door(beperking, user)
    )


def _zonder_verborgen(paginas, user):
    """These pages without those under a restriction this user does not pass."""
    verborgen = Q()
    for pad in verborgen_paden(user):
        verborgen |= Q(path__startswith=pad)
    return paginas.exclude(verborgen) if verborgen else paginas


class PaginaSoort(Soort):
    def objecten(self):
        return self.model.objects.live()

    def zichtbaar_voor(self, user):
        return _zonder_verborgen(self.objecten(), user)

    def toegang(self, obj):
        return _toegang_uit_beperkingen(obj.get_view_restrictions(), "pagina")

    def sleutel(self, obj):
        return f"pagina:{obj.pk}"

    def titel(self, obj):
        return obj.title

    def tekst(self, obj):
        for naam in ("samenvatting", "intro", "doel", "search_description"):
            waarde = strip_tags(str(getattr(obj, naam, "") or "")).strip()
            if waarde:
                return waarde
        return ""

    def url(self, obj):
        return obj.url or ""


class GroepSoort(PaginaSoort):
    def facetten(self, obj):
        return {"groep": obj.title, "status": getattr(obj, "get_status_display", str)() or ""}

    def velden(self, obj):
        velden = velden_uit_search_fields(obj)
        trekkers = "; ".join(str(t) for t in obj.trekkers.all())
        organisaties = "; ".join(str(o) for o in obj.organisaties.all())
        return velden + [("trekkers", trekkers, GEWOON), ("organisaties", organisaties, GEWOON)]


class DocumentSoort(Soort):
    naam = "document"
    label = _("Document")

    def __init__(self):
        self.model = get_document_model()

    def _verborgen(self, user):
        from wagtail.models import Collection

        q = Q()
        for beperking in CollectionViewRestriction.objects.select_related("collection"):
            if beperking.restriction_type == beperking.PASSWORD or not _mag_door(beperking, user):
                paden = Collection.objects.filter(path__startswith=beperking.collection.path)
                q |= Q(collection__in=paden)
        return q

    def zichtbaar_voor(self, user):
        user = user or AnonymousUser()
        verborgen = self._verborgen(user)
        return self.objecten().exclude(verborgen) if verborgen else self.objecten()

    def toegang(self, obj):
        return _toegang_uit_beperkingen(obj.collection.get_view_restrictions(), "collectie")

    def titel(self, obj):
        return obj.title

    def url(self, obj):
        return obj.url

    def velden(self, obj):
        velden = [("title", obj.title, TITEL)]
        tags = " ".join(t.name for t in obj.tags.all())
        if tags:
            velden.append(("tags", tags, BELANGRIJK))
        inhoud = documenttekst(obj)
        if inhoud:
            velden.append(("inhoud", inhoud, GEWOON))
        return velden

    def tekst(self, obj):
        return documenttekst(obj)[:300]


def documenttekst(document, maximum=200_000):
    """The text of a document: extracted from PDF and office files by materialen/, read
    directly from plain-text files; otherwise the document is found by its metadata."""
    gegevens = getattr(document, "gegevens", None)
    if gegevens is not None and gegevens.tekst:
        return gegevens.tekst[:maximum]
    if not (document.file and document.file.name.lower().endswith((".txt", ".csv"))):
        return ""
    try:
        with document.file.open("rb") as bestand:
            return bestand.read(maximum).decode("utf-8", errors="replace")
    except OSError:
        return ""


class BegripSoort(Soort):
    naam = "begrip"
    label = _("Begrip")

    def __init__(self):
        from begrippen.models import Begrip

        self.model = Begrip

    def titel(self, obj):
        return obj.term

    def tekst(self, obj):
        return obj.definitie

    def url(self, obj):
        from begrippen.models import BegrippenIndexPage

        lijst = BegrippenIndexPage.objects.live().first()
        return lijst.url_voor(obj) if lijst else ""

    def velden(self, obj):
        return [
            ("term", obj.term, TITEL),
            ("afkortingen", obj.afkortingen.replace(";", " "), TITEL),
            # synonyms are the begrip's other names: as heavy as its term
            ("synoniemen", obj.synoniemen, TITEL),
            ("definitie", obj.definitie, HOOFD),
            ("bron", obj.bron, GEWOON),
        ]

    def facetten(self, obj):
        return {"groep": obj.groep.title if obj.groep_id else ""}


class SjabloonSoort(Soort):
    naam = "sjabloon"
    label = _("Sjabloon")

    def __init__(self):
        from materialen.models import Sjabloon

        self.model = Sjabloon

    def titel(self, obj):
        return obj.titel

    def tekst(self, obj):
        return obj.omschrijving or obj.tekst[:300]

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


class AfspraakSoort(Soort):
    """Uitvoeringsafspraken: all their text fields, trefwoorden, kerninstrument, partners and
    legal references; only what is public (published and past the concept stage)."""

    naam = "uitvoeringsafspraak"
    label = _("Uitvoeringsafspraak")

    def __init__(self):
        from afspraken.models import Uitvoeringsafspraak

        self.model = Uitvoeringsafspraak

    def objecten(self):
        return (
            self.model.objects.openbaar()
            .select_related("kerninstrument", "groep")
            .prefetch_related("trefwoorden")
        )

    def titel(self, obj):
        return obj.titel

    def tekst(self, obj):
        return obj.samenwerkingsafspraak

    def url(self, obj):
        return obj.get_url()

    def velden(self, obj):
        return [
            ("titel", obj.titel, TITEL),
            ("code", obj.code, TITEL),
            ("samenwerkingsafspraak", obj.samenwerkingsafspraak, HOOFD),
            ("trefwoorden", "; ".join(t.name for t in obj.trefwoorden.all()), BELANGRIJK),
            ("kerninstrument", obj.kerninstrument.naam, BELANGRIJK),
            ("juridische_onderbouwing", obj.juridische_onderbouwing, BELANGRIJK),
            ("juridische_tekst", obj.juridische_tekst, GEWOON),
            ("ketenpartners", "; ".join(obj.ketenpartners), GEWOON),
            ("typering", obj.typering, GEWOON),
            ("ambtelijk_bestuurlijk", obj.ambtelijk_bestuurlijk, GEWOON),
            ("bron", obj.bron, GEWOON),
            ("groep", obj.groep.title if obj.groep_id else "", GEWOON),
            ("toelichting", obj.toelichting, LAAG),
        ]

    def facetten(self, obj):
        from afspraken.models import PARTNER_VELDEN

        return {
            "kerninstrument": obj.kerninstrument.naam,
            "ketenpartners": [veld for veld in PARTNER_VELDEN if getattr(obj, veld)],
            "groep": obj.groep.title if obj.groep_id else "",
            "status": obj.status,
            "typering": obj.typering,
        }


def _pagina_soort(model, naam, label, basis=PaginaSoort):
    return type(
        f"{model.__name__}Soort", (basis,), {"model": model, "naam": naam, "label": label}
    )()


def registreer_standaard():
    from kennisnetwerken.models import KennisnetwerkPage
    from kennisplatform.models import InhoudPage
    from projectgroepen.models import ProjectgroepPage
    from redactie.models import WerkruimtePage
    from themagroepen.models import ThemagroepPage

    registreer(AfspraakSoort())
    registreer(BegripSoort())
    registreer(_pagina_soort(KennisnetwerkPage, "kennisnetwerk", _("Kennisnetwerk"), GroepSoort))
    registreer(_pagina_soort(ThemagroepPage, "themagroep", _("Themagroep"), GroepSoort))
    registreer(_pagina_soort(ProjectgroepPage, "projectgroep", _("Projectgroep"), GroepSoort))
    registreer(_pagina_soort(InhoudPage, "pagina", _("Pagina")))
    registreer(_pagina_soort(WerkruimtePage, "pagina", _("Pagina")))
    registreer(DocumentSoort())
    registreer(SjabloonSoort())
