"""Public views of the register: list, detail, exports, Atom feed and the JSON API.
Everything here shows only what anyone may read (`Uitvoeringsafspraak.objects.openbaar()`).

Plain URLs (urls.py) under the register page's address /afspraken/; the list and the detail
render through the published AfsprakenRegisterPage, after the same checks Wagtail's own page
view makes (the before_serve_page and on_serve_page hooks: privacy of the page)."""

from django.contrib.syndication.views import Feed
from django.core.paginator import Paginator
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Exists, F, OuterRef
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from wagtail import hooks

from groepen.models import GroepPage
from groepen.toegang import openbaar, openbare_documenten

from .export import FORMATEN, antwoord
from .models import AfsprakenRegisterPage, Uitvoeringsafspraak
from .register import (
    Lijstregel,
    Registerfilter,
    export_queryset,
    export_rij,
    openbare_groep_ids,
)

PER_PAGINA = 25
API_PER_PAGINA = 50


def _via_register_pagina(request, maak_antwoord):
    """Serve through the published register page (404 without one) as Wagtail's own page view
    does (wagtail.views.serve): the before_serve_page hooks, then the on_serve_page chain.
    Wagtail checks the page's privacy in on_serve_page (login, groups or password; it also
    marks the answer never-cache), so both chains run. maak_antwoord(pagina) makes the answer."""
    pagina = AfsprakenRegisterPage.gepubliceerd(request)
    if pagina is None:
        raise Http404

    def keten(page, request, args, kwargs):
        return maak_antwoord(page)

    for hook in reversed(hooks.get_hooks("on_serve_page")):
        keten = hook(keten)
    for hook in hooks.get_hooks("before_serve_page"):
        antwoord = hook(pagina, request, [], {})
        if isinstance(antwoord, HttpResponse):
            return antwoord
    return keten(pagina, request, [], {})


def _toon(request, pagina, context_overrides, template=None):
    """Render through the register page: its template (or another) and its context."""
    context = pagina.get_context(request)
    context.update(context_overrides)
    return TemplateResponse(request, template or pagina.get_template(request), context)


def register(request):
    return _via_register_pagina(request, lambda pagina: _register(request, pagina))


def _register(request, pagina):
    filter_ = Registerfilter(request.GET)
    facetten = filter_.facetten()  # counts the results too (filter_.totaal)
    paginator = Paginator(filter_.resultaten(), PER_PAGINA)
    paginator.count = filter_.totaal  # a cached_property: no COUNT query of its own
    resultaten = paginator.get_page(request.GET.get("pagina"))
    resultaten.object_list = Lijstregel.van(resultaten.object_list)
    return _toon(
        request,
        pagina,
        context_overrides={
            "filter": filter_,
            "facetten": facetten,
            "gekozen_filters": filter_.gekozen_filters(),
            "sorteringen": filter_.sorteringen(),
            "meldingen": filter_.meldingen,
            "aantal_filters": len(filter_.gekozen),
            "resultaten": resultaten,
            "paginator": paginator,
            "basis_url": AfsprakenRegisterPage.basis_url(),
            "querystring": filter_.querystring(),
        },
    )


def detail(request, slug):
    return _via_register_pagina(request, lambda pagina: _detail(request, pagina, slug))


def _detail(request, pagina, slug):
    # whether anyone may read the group's page comes along in the same query
    groep_openbaar = Exists(openbaar(GroepPage.objects.live()).filter(pk=OuterRef("groep_id")))
    afspraak = get_object_or_404(
        Uitvoeringsafspraak.objects.openbaar()
        .select_related("kerninstrument", "groep", "vastgesteld_door")
        .annotate(groep_openbaar=groep_openbaar),
        slug=slug,
    )
    return _toon(
        request,
        pagina,
        template="afspraken/afspraak_detail.html",
        context_overrides={
            "afspraak": afspraak,
            # the group only when anyone may read its page (never a private group's title)
            "groep": afspraak.groep if afspraak.groep_openbaar else None,
            "pagina_titel": afspraak.titel,
            "statusgeschiedenis": afspraak.statuswijzigingen.select_related("vastgesteld_door"),
            "documenten": openbare_documenten(afspraak.documenten.all()),  # no workspace ones
            "trefwoorden": afspraak.trefwoorden.all(),
        },
    )


# -- exports -------------------------------------------------------------------------------


def export(request, formaat):
    """CSV, XLSX or JSON of the filtered register: streamed, capped and cached (see export.py)."""
    return _via_register_pagina(request, lambda pagina: _export(request, pagina, formaat))


def _export(request, pagina, formaat):
    if formaat not in FORMATEN:
        raise Http404(_("Onbekend exportformaat."))
    filter_ = Registerfilter(request.GET)
    terug = AfsprakenRegisterPage.basis_url() + (
        f"?{request.GET.urlencode()}" if request.GET else ""
    )
    return antwoord(request, filter_, formaat, terug)


# -- Atom feed -----------------------------------------------------------------------------


class VastgesteldeAfsprakenFeed(Feed):
    """Without filters: the newly fixed agreements. With the register's filters in the query
    string (issue 17: a feed per register filter): the agreements those filters show in the
    register, last published first."""

    feed_type = Atom1Feed
    subtitle = "Kennisplatform Regionale Samenwerking"

    def get_object(self, request):
        filter_ = Registerfilter(request.GET)
        return filter_ if filter_.gekozen or filter_.q else None

    def title(self, filter_):
        if filter_ is None:
            return "Nieuw vastgestelde uitvoeringsafspraken"
        labels = "; ".join(f"{f['facet']}: {f['waarde']}" for f in filter_.gekozen_filters())
        return f"Uitvoeringsafspraken ({labels})"

    def link(self, filter_):
        basis = AfsprakenRegisterPage.basis_url()
        return basis if filter_ is None else basis + filter_.querystring()

    def items(self, filter_):
        if filter_ is not None:
            return (
                filter_.gefilterd()
                .select_related("kerninstrument")
                .order_by(F("last_published_at").desc(nulls_last=True), "-pk")[:50]
            )
        return (
            Uitvoeringsafspraak.objects.openbaar()
            .filter(status=Uitvoeringsafspraak.Status.VASTGESTELD)
            .select_related("kerninstrument")
            .order_by(
                F("vastgesteld_op").desc(nulls_last=True),
                F("last_published_at").desc(nulls_last=True),
            )[:50]
        )

    def item_title(self, item):
        return item.titel

    def item_description(self, item):
        return item.samenwerkingsafspraak

    def item_link(self, item):
        return item.get_url()

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [item.kerninstrument.naam]


def feed(request):
    return _via_register_pagina(request, lambda _pagina: VastgesteldeAfsprakenFeed()(request))


# -- JSON API ------------------------------------------------------------------------------


def api_afspraak(afspraak, request, openbare_groepen=None):
    gegevens = export_rij(afspraak, openbare_groepen)
    gegevens.update(
        {
            "url": request.build_absolute_uri(afspraak.get_url()),
            "ketenpartners": afspraak.ketenpartners,
            "trefwoorden": sorted(t.name for t in afspraak.trefwoorden.all()),
            "grondslagen": afspraak.grondslagen,
            "vastgesteld_door": str(afspraak.vastgesteld_door or "") or None,
            "vastgesteld_op": afspraak.vastgesteld_op,
            "herzien_voor": afspraak.herzien_voor,
            "laatst_gewijzigd": afspraak.last_published_at,
        }
    )
    return gegevens


def _json(gegevens, status=200):
    return JsonResponse(
        gegevens,
        status=status,
        encoder=DjangoJSONEncoder,
        json_dumps_params={"ensure_ascii": False},
    )


def api_lijst(request):
    filter_ = Registerfilter(request.GET)
    qs = export_queryset(filter_.resultaten()).select_related("vastgesteld_door")
    paginator = Paginator(qs, API_PER_PAGINA)
    try:
        nummer = int(request.GET.get("pagina", 1))
    except ValueError:
        return _json({"fout": _("De parameter pagina moet een geheel getal zijn.")}, status=400)
    if nummer < 1 or (nummer > paginator.num_pages and nummer != 1):
        return _json({"fout": _("Deze pagina bestaat niet.")}, status=404)
    pagina = paginator.page(nummer)
    openbaar = openbare_groep_ids()

    def link(n):
        return request.build_absolute_uri(request.path + filter_.querystring(pagina=n))

    return _json(
        {
            "count": paginator.count,
            "pagina": nummer,
            "paginas": paginator.num_pages,
            "volgende": link(nummer + 1) if pagina.has_next() else None,
            "vorige": link(nummer - 1) if pagina.has_previous() else None,
            "results": [api_afspraak(a, request, openbaar) for a in pagina.object_list],
            # why a parameter was not used (an unknown keyword, a question too long)
            **({"meldingen": filter_.meldingen} if filter_.meldingen else {}),
        }
    )


def api_detail(request, code):
    if "\x00" in code:  # no code contains NUL (and PostgreSQL cannot compare text with it)
        return _json({"fout": _("Er is geen openbare afspraak met deze code.")}, status=404)
    afspraak = (
        export_queryset(Uitvoeringsafspraak.objects.openbaar())
        .select_related("vastgesteld_door")
        .filter(code=code)
        .first()
    )
    if afspraak is None:
        return _json({"fout": _("Er is geen openbare afspraak met deze code.")}, status=404)
    gegevens = api_afspraak(afspraak, request)
    gegevens["statusgeschiedenis"] = api_statusgeschiedenis(afspraak)
    return _json(gegevens)


def api_statusgeschiedenis(afspraak):
    """The status history of an agreement in the API (also /api/v1/afspraken/{code})."""
    return [
        {
            "status": w.status,
            "datum": w.datum,
            "vastgesteld_door": str(w.vastgesteld_door or "") or None,
            "vastgesteld_op": w.vastgesteld_op,
        }
        for w in afspraak.statuswijzigingen.select_related("vastgesteld_door")
    ]
