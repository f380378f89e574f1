"""The admin of the search log and the promoted results (issue 15.5), in Dutch.

- "Uitgelichte zoekresultaten": editors (permission search.add/change/delete_promotie, the
  coördinatoren get it in redactie/rollen.py) pin a result to a question. The result is chosen
  in a chooser over the public search documents, never typed as a key.
- "Zoekvragen" (Reports): the most frequent questions of the last 7, 30 or 90 days, the
  questions without results, and per question the results people opened; as CSV too. Only
  with search.view_zoekvraag (coördinatoren, superusers)."""

import csv
import datetime

from django import forms
from django.db.models import Max, OuterRef, Subquery, Sum
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic.chooser import ChooseResultsView, ChooseView, ChosenView
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.viewsets.model import ModelViewSet

from search.models import Promotie, Zoekdocument, Zoekklik, Zoekvraag
from search.rechten import Modelrechten
from search.register import soort_labels
from search.zoeklog import normaliseer

# --- choosing a result -----------------------------------------------------------------------


def openbare_resultaten():
    """What a promotion can point to: public search documents with an address."""
    return Zoekdocument.objects.filter(toegang="openbaar").exclude(url="")


class ZoekFormulier(forms.Form):
    q = forms.CharField(label=gettext_lazy("Zoek op titel"), required=False, max_length=200)

    is_searching = False
    is_filtering_by_collection = False
    search_query = ""

    def filter(self, objecten):
        woorden = self.cleaned_data.get("q", "").split()[:10]
        for woord in woorden:
            objecten = objecten.filter(titel__icontains=woord)
        self.is_searching = bool(woorden)
        self.search_query = " ".join(woorden)
        return objecten


class _Openbaar:
    filter_form_class = ZoekFormulier
    ordering = ["titel", "pk"]

    def get_object_list(self):
        return openbare_resultaten()

    @property
    def columns(self):
        labels = soort_labels()
        return [
            self.title_column,
            Column("soort", label=_("Soort"), accessor=lambda d: labels.get(d.soort, d.soort)),
        ]


class ResultaatKiezen(_Openbaar, ChooseView):
    pass


class ResultaatKiezenResultaten(_Openbaar, ChooseResultsView):
    pass


class ResultaatGekozen(ChosenView):
    def get_object(self, pk):
        return openbare_resultaten().get(pk=pk)


class ResultaatKiezerViewSet(ChooserViewSet):
    model = Zoekdocument
    icon = "search"
    choose_one_text = gettext_lazy("Kies een zoekresultaat")
    choose_another_text = gettext_lazy("Kies een ander zoekresultaat")
    edit_item_text = gettext_lazy("Bekijken")
    search_tab_label = gettext_lazy("Zoeken")
    choose_view_class = ResultaatKiezen
    choose_results_view_class = ResultaatKiezenResultaten
    chosen_view_class = ResultaatGekozen
    register_widget = False


resultaat_kiezer = ResultaatKiezerViewSet("zoekresultaat_kiezen", url_prefix="zoeken/kiezen")


class ResultaatKiezerWidget(resultaat_kiezer.widget_class):
    def get_instance(self, value):
        """The chosen public result; None for anything else (a form sent back with an invalid
        or private id shows an empty chooser and the form's message, never a server error)."""
        if isinstance(value, Zoekdocument) or value in (None, ""):
            return value or None
        return openbare_resultaten().filter(pk=value).first() if str(value).isdigit() else None

    def get_display_title(self, instance):
        soort = soort_labels().get(instance.soort, instance.soort)
        return f"{instance.titel} ({soort})"


# --- the promoted results --------------------------------------------------------------------


class PromotieFormulier(WagtailAdminModelForm):
    resultaat = forms.ModelChoiceField(
        queryset=openbare_resultaten(),
        label=gettext_lazy("Resultaat"),
        help_text=gettext_lazy(
            "Een openbaar zoekresultaat; het staat bovenaan bij deze zoekvraag, met "
            "“Uitgelicht” erbij. Wie het niet mag zien, ziet het niet."
        ),
        error_messages={
            "required": gettext_lazy("Kies het resultaat dat bovenaan moet staan."),
            "invalid_choice": gettext_lazy(
                "Dit resultaat is niet (meer) openbaar te vinden. Kies een ander resultaat."
            ),
        },
        widget=ResultaatKiezerWidget,
    )

    class Meta:
        model = Promotie
        fields = ["vraag", "resultaat", "volgorde", "toelichting"]
        labels = {"vraag": gettext_lazy("Zoekvraag")}
        error_messages = {"vraag": {"required": gettext_lazy("Vul de zoekvraag in.")}}
        help_texts = {
            "vraag": gettext_lazy(
                "Zoals bezoekers hem typen; hoofdletters, accenten en extra spaties tellen niet."
            ),
            "volgorde": gettext_lazy("Bij meer uitgelichte resultaten voor één vraag: laag eerst."),
            "toelichting": gettext_lazy(
                "Optioneel: staat op de zoekpagina onder het resultaat, in plaats van het "
                "tekstfragment."
            ),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.sleutel:
            self.initial["resultaat"] = (
                Zoekdocument.objects.filter(sleutel=self.instance.sleutel)
                .values_list("pk", flat=True)
                .first()
            )

    def clean_vraag(self):
        vraag = normaliseer(self.cleaned_data.get("vraag", ""))
        if not vraag:
            raise forms.ValidationError(_("Vul de zoekvraag in."))
        return vraag

    def clean(self):
        gegevens = super().clean()
        vraag, resultaat = gegevens.get("vraag"), gegevens.get("resultaat")
        if vraag and resultaat:
            dubbel = Promotie.objects.filter(vraag=vraag, sleutel=resultaat.sleutel)
            if dubbel.exclude(pk=self.instance.pk).exists():
                self.add_error("resultaat", _("Dit resultaat is al uitgelicht bij deze zoekvraag."))
        return gegevens

    def validate_unique(self):
        pass  # (vraag, sleutel) is checked in clean(), with a Dutch message

    def save(self, commit=True):
        self.instance.sleutel = self.cleaned_data["resultaat"].sleutel
        return super().save(commit=commit)


def _titel(promotie):
    return promotie.resultaat_titel or _("(niet meer te vinden)")


class PromotieLijst(generic.IndexView):
    def get_base_queryset(self):
        # the title of each result in the same query (not one query per row)
        titel = Zoekdocument.objects.filter(sleutel=OuterRef("sleutel")).values("titel")[:1]
        return super().get_base_queryset().annotate(resultaat_titel=Subquery(titel))


class PromotieToevoegen(generic.CreateView):
    def get_initial_form_instance(self):
        # from the report: "Resultaat uitlichten" for a question without results
        return Promotie(vraag=normaliseer(self.request.GET.get("vraag", "")))


class PromotieViewSet(ModelViewSet):
    model = Promotie
    add_view_class = PromotieToevoegen
    index_view_class = PromotieLijst
    icon = "pick"
    menu_label = gettext_lazy("Uitgelichte zoekresultaten")
    menu_order = 250
    add_to_admin_menu = True
    list_display = [
        "vraag",
        Column("resultaat", label=gettext_lazy("Resultaat"), accessor=_titel),
        "volgorde",
    ]
    search_fields = ["vraag", "toelichting"]
    search_backend_name = None
    ordering = ["vraag", "volgorde"]
    edit_handler = ObjectList(
        [
            FieldPanel("vraag"),
            FieldPanel("resultaat"),
            FieldPanel("volgorde"),
            FieldPanel("toelichting"),
        ],
        base_form_class=PromotieFormulier,
    )


promotie_viewset = PromotieViewSet("uitgelichte_zoekresultaten", url_prefix="zoeken/uitgelicht")


# --- the report ------------------------------------------------------------------------------

PERIODES = (7, 30, 90)
RAPPORT_RIJEN = 50  # questions per table
KLIKKEN_PER_VRAAG = 5


zoekvragen_rechten = Modelrechten(Zoekvraag, {"view"})


def mag_zoekvragen_zien(user):
    return zoekvragen_rechten.user_has_permission(user, "view")


def rapportgegevens(dagen, vandaag=None):
    """The report of the last `dagen` days (today included)."""
    vanaf = (vandaag or timezone.localdate()) - datetime.timedelta(days=dagen - 1)
    vragen = Zoekvraag.objects.filter(dag__gte=vanaf).values("vraag")
    vaakst = list(
        vragen.annotate(totaal=Sum("aantal"), leeg=Sum("zonder_resultaat")).order_by(
            "-totaal", "vraag"
        )[:RAPPORT_RIJEN]
    )
    zonder = list(
        vragen.annotate(totaal=Sum("zonder_resultaat"))
        .filter(totaal__gt=0)
        .order_by("-totaal", "vraag")[:RAPPORT_RIJEN]
    )
    klikken = {}
    gevraagd = [r["vraag"] for r in vaakst]
    for rij in (
        Zoekklik.objects.filter(dag__gte=vanaf, vraag__in=gevraagd)
        .values("vraag", "sleutel")
        .annotate(totaal=Sum("aantal"), titel=Max("titel"))
        .order_by("vraag", "-totaal", "sleutel")
    ):
        klikken.setdefault(rij["vraag"], []).append(rij)
    for vraag in vaakst:
        rijen = klikken.get(vraag["vraag"], [])
        vraag["geopend"] = [
            {"titel": r["titel"] or r["sleutel"], "aantal": r["totaal"]}
            for r in rijen[:KLIKKEN_PER_VRAAG]
        ]
        vraag["geopend_totaal"] = sum(r["totaal"] for r in rijen)
    return {"vanaf": vanaf, "vaakst": vaakst, "zonder": zonder}


def _csv(gegevens, dagen):
    antwoord = HttpResponse(content_type="text/csv; charset=utf-8")
    antwoord["Content-Disposition"] = f'attachment; filename="zoekvragen-{dagen}-dagen.csv"'
    schrijver = csv.writer(antwoord)
    schrijver.writerow(
        [
            _("zoekvraag"),
            _("keer gesteld"),
            _("keer zonder resultaat"),
            _("keer een resultaat geopend"),
            _("geopende resultaten"),
        ]
    )
    for rij in gegevens["vaakst"]:
        geopend = "; ".join(f"{g['titel']} ({g['aantal']})" for g in rij["geopend"])
        schrijver.writerow(
            [_veilig(rij["vraag"]), rij["totaal"], rij["leeg"], rij["geopend_totaal"], geopend]
        )
    return antwoord


def _veilig(waarde):
    """A cell a spreadsheet does not run as a formula (questions are typed by anyone)."""
    return "'" + waarde if waarde[:1] in ("=", "+", "-", "@", "\t", "\r") else waarde


@zoekvragen_rechten.vereist("view", "search/zoekvragen_geweigerd.html", gettext_lazy("Zoekvragen"))
def zoekvragenrapport(request):
    try:
        dagen = int(request.GET.get("dagen", "30"))
    except ValueError:
        dagen = 30
    if dagen not in PERIODES:
        dagen = 30
    gegevens = rapportgegevens(dagen)
    if request.GET.get("export") == "csv":
        return _csv(gegevens, dagen)
    return render(
        request,
        "search/zoekvragenrapport.html",
        {**gegevens, "dagen": dagen, "periodes": PERIODES, "page_title": _("Zoekvragen")},
    )
