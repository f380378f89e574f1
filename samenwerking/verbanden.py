"""The overview of samenwerkingsverbanden (issue 14.4, seed 002: Sterk Utrechts Bestuur asks for
an overview "te filteren op onderwerp en juridische vorm", kept current).

One function decides what is shown (`resultaat`): the page, its counts per filter option and
the CSV export all use it, so the CSV holds exactly the rows and columns of the page, filters
included. A count next to an option is the number of rows that choosing it gives, with the
other filter as it is. An unknown filter value is not applied and the page says so in Dutch."""

from dataclasses import dataclass, field

from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext as _

from organisaties.models import Onderwerp, Samenwerkingsverband
from samenwerking.csv_uitvoer import csv_antwoord


@dataclass
class Resultaat:
    verbanden: list
    onderwerp: Onderwerp | None = None
    rechtsvorm: str = ""
    meldingen: list = field(default_factory=list)
    onderwerp_opties: list = field(default_factory=list)  # [(slug, naam, aantal)]
    rechtsvorm_opties: list = field(default_factory=list)  # [(waarde, label, aantal)]
    aantal_alle_onderwerpen: int = 0
    aantal_alle_rechtsvormen: int = 0
    bijgewerkt: object = None  # the latest change of any samenwerkingsverband

    @property
    def querystring(self):
        delen = []
        if self.onderwerp:
            delen.append(f"onderwerp={self.onderwerp.slug}")
        if self.rechtsvorm:
            delen.append(f"rechtsvorm={self.rechtsvorm}")
        return "&".join(delen)


def _gekozen(request):
    """The valid filters of the request, and a Dutch message for each one not understood."""
    meldingen = []
    onderwerp = None
    slug = request.GET.get("onderwerp", "").strip()[:100]
    if slug:
        onderwerp = Onderwerp.objects.filter(slug=slug).first()
        if onderwerp is None:
            meldingen.append(
                _("Het onderwerp „%(waarde)s” bestaat niet; er is niet op onderwerp gefilterd.")
                % {"waarde": slug}
            )
    rechtsvorm = request.GET.get("rechtsvorm", "").strip()[:40]
    if rechtsvorm and rechtsvorm not in Samenwerkingsverband.Rechtsvorm.values:
        meldingen.append(
            _("De rechtsvorm „%(waarde)s” bestaat niet; er is niet op rechtsvorm gefilterd.")
            % {"waarde": rechtsvorm}
        )
        rechtsvorm = ""
    return onderwerp, rechtsvorm, meldingen


def resultaat(request):
    onderwerp, rechtsvorm, meldingen = _gekozen(request)
    alle = list(Samenwerkingsverband.objects.prefetch_related("onderwerpen", "organisaties"))
    for verband in alle:
        verband.onderwerp_ids = {o.pk for o in verband.onderwerpen.all()}

    def past_onderwerp(verband, gekozen):
        return gekozen is None or gekozen.pk in verband.onderwerp_ids

    def past_rechtsvorm(verband, gekozen):
        return not gekozen or verband.rechtsvorm == gekozen

    met_rechtsvorm = [v for v in alle if past_rechtsvorm(v, rechtsvorm)]
    met_onderwerp = [v for v in alle if past_onderwerp(v, onderwerp)]
    return Resultaat(
        verbanden=[v for v in met_rechtsvorm if past_onderwerp(v, onderwerp)],
        onderwerp=onderwerp,
        rechtsvorm=rechtsvorm,
        meldingen=meldingen,
        onderwerp_opties=[
            (o.slug, o.naam, sum(1 for v in met_rechtsvorm if past_onderwerp(v, o)))
            for o in Onderwerp.objects.all()
        ],
        rechtsvorm_opties=[
            (waarde, label, sum(1 for v in met_onderwerp if v.rechtsvorm == waarde))
            for waarde, label in Samenwerkingsverband.Rechtsvorm.choices
        ],
        aantal_alle_onderwerpen=len(met_rechtsvorm),
        aantal_alle_rechtsvormen=len(met_onderwerp),
        bijgewerkt=max((v.gewijzigd_op for v in alle), default=None),
    )


def verbanden(request):
    gevonden = resultaat(request)
    return render(
        request,
        "samenwerking/verbanden.html",
        {"resultaat": gevonden, "pagina_titel": _("Samenwerkingsverbanden")},
    )


def verband(request, slug):
    gevonden = get_object_or_404(
        Samenwerkingsverband.objects.prefetch_related("onderwerpen", "organisaties"), slug=slug
    )
    return render(
        request, "samenwerking/verband.html", {"verband": gevonden, "pagina_titel": gevonden.naam}
    )


# -- CSV: the columns of the page, in its order ------------------------------------------------

KOLOMMEN = [
    "Naam",
    "Afkorting",
    "Onderwerpen",
    "Rechtsvorm",
    "Deelnemende organisaties",
    "Website",
    "Voorbeeld",
    "Laatst bijgewerkt",
    "Adres op het platform",
]


def _rij(request, verband):
    return [
        verband.naam,
        verband.afkorting,
        "; ".join(o.naam for o in verband.onderwerpen.all()),
        verband.get_rechtsvorm_display(),
        "; ".join(o.naam for o in verband.organisaties.all()),
        verband.website,
        "ja" if verband.is_voorbeeld else "nee",
        timezone.localtime(verband.gewijzigd_op).date().isoformat(),
        request.build_absolute_uri(verband.get_absolute_url()),
    ]


def verbanden_csv(request):
    gevonden = resultaat(request)
    rijen = [_rij(request, verband) for verband in gevonden.verbanden]
    return csv_antwoord("samenwerkingsverbanden", KOLOMMEN, rijen)
