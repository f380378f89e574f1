"""The generic soorten: what a content type must tell the search to be indexed.

A soort says which objects are indexed (published only), who may see an object (`toegang`
for the index, `zichtbaar_voor(user)` as the final check on results), which fields are
searched with what weight, and its facet values. The domain apps subclass these in their
own `zoeken.py` and register them (search.register.registreer); search keeps only the
generic ones: any page (PaginaSoort) and Wagtail's documents (DocumentSoort, registered in
search/zoeken.py)."""

import re

from django.contrib.auth.models import AnonymousUser
from django.db.models import Q
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.models import Collection, CollectionViewRestriction, Page
from wagtail.search import index

from search import afstemming
from search.afstemming import BELANGRIJK, GEWOON, TITEL
from search.toegang import doorgelaten, toegang_uit_beperkingen, zonder_verborgen

# Field names that are a document's title: not used as its snippet.
TITELVELDEN = ("title", "titel", "term")


class Soort:
    naam = ""
    label = ""
    model = None
    # {facet: {value: label}}: how this soort's facet values are shown (facetten.label)
    facetlabels = {}
    # whether a result of this soort shows its group (a group does not show itself)
    toont_groep = True

    def objecten(self):
        """Every object that belongs in the index (published, not deleted)."""
        return self.model._default_manager.all()

    def zichtbaar_voor(self, user):
        """The objects this user may see (checked again on every result)."""
        return self.objecten()

    def controle(self):
        """What checks the visibility of this soort's results (toegang.alleen_zichtbaar)."""
        return self

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

    def bij_opslaan(self):
        """Whether saving or deleting an object re-indexes it (pages: on publishing)."""
        return not issubclass(self.model, Page)


def _tekst(waarde):
    if waarde is None:
        return ""
    if isinstance(waarde, list | tuple):
        return " ".join(_tekst(w) for w in waarde)
    return strip_tags(str(waarde))


# --- issue 15: no template labels in indexed text ---
# A block's searchable content as Wagtail gives it includes the label of a chosen option
# (a heading block says "Kop 2"): words no visitor sees on the page. The index takes the text
# that blocks hold, never their settings.
KEUZEBLOKKEN = (blocks.ChoiceBlock, blocks.MultipleChoiceBlock)


def blokteksten(block, waarde):
    """The texts of a block value (StreamField content): the content of text blocks, never
    the labels of options, through structs, lists and streams."""
    if waarde is None or isinstance(block, KEUZEBLOKKEN):
        return []
    if isinstance(block, blocks.StructBlock):
        return [
            tekst
            for naam, kind in block.child_blocks.items()
            for tekst in blokteksten(kind, waarde.get(naam))
        ]
    if isinstance(block, blocks.StreamBlock):
        return [tekst for kind in waarde for tekst in blokteksten(kind.block, kind.value)]
    if isinstance(block, blocks.ListBlock):
        return [tekst for item in waarde for tekst in blokteksten(block.child_block, item)]
    return list(block.get_searchable_content(waarde))


def _veldwaarde(obj, veld):
    try:
        modelveld = obj._meta.get_field(veld.field_name)
    except Exception:  # an attribute or method, not a model field
        modelveld = None
    if isinstance(modelveld, StreamField):
        waarde = getattr(obj, veld.field_name)
        return blokteksten(modelveld.stream_block, waarde)
    return veld.get_value(obj)


def velden_uit_search_fields(obj):
    velden = []
    for veld in obj.get_search_fields():
        if not isinstance(veld, index.SearchField):
            continue
        tekst = _tekst(_veldwaarde(obj, veld))
        if not tekst.strip():
            continue
        boost = veld.boost or 1
        if veld.field_name in TITELVELDEN:
            gewicht = TITEL
        elif boost >= afstemming.BELANGRIJK_BOOST:
            gewicht = BELANGRIJK
        else:
            gewicht = GEWOON
        velden.append((veld.field_name, tekst, gewicht))
    return velden


class PaginaSoort(Soort):
    def objecten(self):
        return self.model.objects.live()

    def zichtbaar_voor(self, user):
        return zonder_verborgen(self.objecten(), user)

    def controle(self):
        return "pagina"  # pages of every type are checked together

    def toegang(self, obj):
        return toegang_uit_beperkingen(obj.get_view_restrictions(), "pagina")

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


def pagina_soort(model, naam, label, basis=PaginaSoort):
    """A soort for this page model (an instance of `basis` with these attributes)."""
    return type(
        f"{model.__name__}Soort", (basis,), {"model": model, "naam": naam, "label": label}
    )()


class DocumentSoort(Soort):
    naam = "document"
    label = _("Document")

    def __init__(self):
        self.model = get_document_model()

    def _verborgen(self, user):
        q = Q()
        beperkingen = CollectionViewRestriction.objects.select_related("collection")
        for beperking, door in doorgelaten(beperkingen, user):
            if beperking.restriction_type == beperking.PASSWORD or not door:
                paden = Collection.objects.filter(path__startswith=beperking.collection.path)
                q |= Q(collection__in=paden)
        return q

    def zichtbaar_voor(self, user):
        user = user or AnonymousUser()
        verborgen = self._verborgen(user)
        return self.objecten().exclude(verborgen) if verborgen else self.objecten()

    def toegang(self, obj):
        return toegang_uit_beperkingen(obj.collection.get_view_restrictions(), "collectie")

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
        return documenttekst(obj)[: afstemming.SAMENVATTING]


def documenttekst(document, maximum=None):
    """The text of a document: extracted from PDF and office files (a related `gegevens`
    with `tekst`, filled by materialen/), read directly from plain-text files; otherwise the
    document is found by its metadata. A longer text is cut after its last whole word."""
    maximum = afstemming.MAX_DOCUMENTTEKST if maximum is None else maximum
    gegevens = getattr(document, "gegevens", None)
    if gegevens is not None and gegevens.tekst:
        return tot_woordgrens(gegevens.tekst, maximum)
    if not (document.file and document.file.name.lower().endswith((".txt", ".csv"))):
        return ""
    try:
        with document.file.open("rb") as bestand:
            # one byte more: was there more?
            return tot_woordgrens(bestand.read(maximum + 1).decode("utf-8", "replace"), maximum)
    except OSError:
        return ""


def tot_woordgrens(tekst, maximum):
    """At most `maximum` characters, never part of a word (issue 15: a text cut in the
    middle of "omgevingsvisie" put the fragment "omgevi" in the vocabulary, and so in the
    autocomplete)."""
    if len(tekst) <= maximum:
        return tekst
    afgekapt = tekst[:maximum]
    if not tekst[maximum].isspace():
        afgekapt = re.sub(r"\S+$", "", afgekapt)
    return afgekapt
