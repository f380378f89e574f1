"""Load (or complete) the demo content from the data in inhoud.py, which comes from the
source documents in shared/seeds. Idempotent: whatever already exists (matched by its
natural key: slug, naam, term, username) is left as it is, so a second run changes nothing
and never overwrites an editor's work."""

import datetime
import secrets
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import Group, User
from django.db import transaction

from wagtail.models import Page, Site
from wagtail.rich_text import RichText

from afspraken import demo as afspraken_demo
from begrippen.models import Begrip, BegrippenIndexPage
from groepen.models import GroepPage, Trekker
from kennisnetwerken.models import KennisnetwerkIndexPage, KennisnetwerkPage
from kennisplatform.demo import inhoud
from kennisplatform.models import HomePage, InhoudPage
from materialen import demo as materialen_demo
from materialen.models import Sjabloon
from organisaties.models import (
    AgendaOnderwerp,
    Organisatie,
    Overleg,
    OverlegstructuurPage,
    SamenwerkingsagendaPage,
)
from projectgroepen.models import ProjectgroepIndexPage, ProjectgroepPage, Resultaat
from redactie import demo as redactie_demo
from redactie.inrichting import richt_groep_in
from search import demo as zoeken_demo
from themagroepen.models import ThemagroepIndexPage, ThemagroepPage

DEMO_ACCOUNTS = [
    # (username, role description, wagtail group or None, superuser)
    ("professional", "professional (ingelogd lid)", "Professionals", False),
    ("groepslid", "groepslid", None, False),
    ("trekker", "trekker", "Trekkers", False),
    ("coordinator", "coördinator", "Coördinatoren", False),
    ("beheerder", "beheerder", None, True),
]
WACHTWOORD_BESTAND = Path(settings.BASE_DIR) / ".demo-wachtwoord"


@dataclass
class Verslag:
    aangemaakt: dict = field(default_factory=dict)
    accounts: list = field(default_factory=list)
    wachtwoord: str | None = None

    def teller(self, soort):
        self.aangemaakt[soort] = self.aangemaakt.get(soort, 0) + 1


def _alinea(tekst):
    return f"<p>{escape(tekst)}</p>"


def _lijst(items):
    return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"


def _publiceer(parent, pagina, verslag):
    parent.add_child(instance=pagina)
    pagina.save_revision().publish()
    verslag.teller("pagina's")
    return pagina


def _kind(parent, slug):
    return parent.get_children().filter(slug=slug).specific().first()


def _datum(waarde):
    return datetime.date.fromisoformat(waarde) if waarde else None


def _homepage(verslag):
    root = Page.get_first_root_node()
    home = HomePage.objects.first()
    if home is None:
        # Wagtail's migration creates a placeholder welcome page; the demo replaces it.
        welkom = (
            root.get_children().filter(slug="home").exclude(content_type__model="homepage").first()
        )
        if welkom is not None:
            welkom.slug = "welkom-oud"
            welkom.save()
        home = _publiceer(
            root,
            HomePage(
                title="Kennisplatform Regionale Samenwerking",
                slug="home",
                intro=_alinea(
                    "Het gezamenlijke platform van gemeenten, provincie, waterschappen, "
                    "omgevingsdiensten, veiligheidsregio en GGD in de regio Utrecht voor "
                    "Vergunningverlening, Toezicht en Handhaving (VTH) en Ruimtelijke "
                    "Ontwikkeling (RO) onder de Omgevingswet."
                )
                + _alinea(
                    "Hier vindt u de kennisnetwerken, themagroepen en projectgroepen van de "
                    "samenwerking, hun begrippen, werkmateriaal en sjablonen, de "
                    "overlegstructuur en de uitvoeringsafspraken (Convenant Regionale "
                    "Samenwerking, art. 7.3)."
                ),
            ),
            verslag,
        )
        if welkom is not None:
            Site.objects.filter(root_page=welkom).update(root_page=home)
            welkom.delete()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name=settings.WAGTAIL_SITE_NAME,
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    return home


def _organisaties(verslag):
    for data in inhoud.ORGANISATIES:
        _, nieuw = Organisatie.objects.get_or_create(
            naam=data["naam"],
            defaults={
                "afkorting": data.get("afkorting", ""),
                "soort": data["soort"],
                "website": data.get("website", ""),
            },
        )
        if nieuw:
            verslag.teller("organisaties")
    return {o.naam: o for o in Organisatie.objects.all()}


def _overleggen(verslag):
    for volgorde, data in enumerate(inhoud.OVERLEGGEN, start=1):
        _, nieuw = Overleg.objects.get_or_create(
            naam=data["naam"],
            defaults={
                "afkorting": data.get("afkorting", ""),
                "niveau": data["niveau"],
                "functie": data["functie"],
                "doelgroep": data["doelgroep"],
                "bron": data.get("bron", ""),
                "volgorde": volgorde,
            },
        )
        if nieuw:
            verslag.teller("overleggen")


def _begrippen(verslag):
    for data in inhoud.BEGRIPPEN:
        _, nieuw = Begrip.objects.get_or_create(
            term=data["term"],
            defaults={
                "definitie": data["definitie"],
                "afkortingen": "; ".join(data.get("afkortingen", [])),
                "synoniemen": "; ".join(data.get("synoniemen", [])),
                "bron": data.get("bron", ""),
            },
        )
        if nieuw:
            verslag.teller("begrippen")


def _convenant(home, verslag):
    if _kind(home, "convenant"):
        return
    c = inhoud.CONVENANT
    body = [
        ("kop", {"tekst": "Considerans", "niveau": "h2"}),
        ("tekst", RichText(_alinea("Partijen:") + "".join(_alinea(t) for t in c["considerans"]))),
    ]
    for artikel in c["artikelen"]:
        tekst = _alinea(artikel["inleiding"]) if artikel.get("inleiding") else ""
        tekst += "".join(_alinea(lid) for lid in artikel["leden"])
        body.append(
            (
                "artikel",
                {"nummer": artikel["nummer"], "titel": artikel["titel"], "tekst": RichText(tekst)},
            )
        )
    _publiceer(
        home,
        InhoudPage(
            title=c["titel"],
            slug="convenant",
            intro=c["inleiding"],
            inhoudsopgave=True,
            body=body,
            show_in_menus=True,
            search_description="De afspraken over inrichting, coördinatie en overlegstructuur van de samenwerking.",
        ),
        verslag,
    )


def _index(home, model, slug, titel, intro, beschrijving, verslag, **extra):
    pagina = _kind(home, slug)
    if pagina is None:
        pagina = _publiceer(
            home,
            model(
                title=titel,
                slug=slug,
                intro=_alinea(intro),
                show_in_menus=True,
                search_description=beschrijving,
                **extra,
            ),
            verslag,
        )
    return pagina


def _groep_body(data):
    body = [("tekst", RichText("".join(_alinea(p) for p in data.get("body", []))))]
    if data.get("activiteiten"):
        body.append(("kop", {"tekst": "Wat gaan we doen?", "niveau": "h2"}))
        body.append(("tekst", RichText(_lijst(data["activiteiten"]))))
    return body


def _groepen(index, model, lijst, organisaties, verslag):
    for data in lijst:
        if GroepPage.objects.filter(slug=data["slug"]).exists():
            continue
        velden = dict(
            title=data["titel"],
            slug=data["slug"],
            samenvatting=data.get("samenvatting", "")[:250],
            doel=data["doel"],
            body=_groep_body(data),
            niveau=data["niveau"],
            vergaderritme=data.get("vergaderritme", ""),
            contact=data.get("contact", ""),
            search_description=data.get("samenvatting", "")[:250],
        )
        if model is ProjectgroepPage:
            velden.update(
                opdracht=data.get("opdracht", ""),
                startdatum=_datum(data.get("startdatum")),
                einddatum=_datum(data.get("einddatum")),
                status=data.get("status", "lopend"),
            )
        groep = model(**velden)
        for t in data.get("trekkers", []):
            groep.trekkers.add(_trekker(t, organisaties))
        groep.organisaties = [
            organisaties[n] for n in data.get("organisaties", []) if n in organisaties
        ]
        if model is ProjectgroepPage:
            for r in data.get("resultaten", []):
                groep.resultaten.add(Resultaat(resultaat=r["resultaat"], kwartaal=r["kwartaal"]))
        _publiceer(index, groep, verslag)


def _trekker(data, organisaties):
    return Trekker(
        naam=data["naam"],
        organisatie=organisaties.get(data.get("organisatie")),
        rol=data.get("rol", "Trekker"),
    )


def _agenda(home, verslag):
    a = inhoud.SAMENWERKINGSAGENDA
    slug = f"samenwerkingsagenda-{a['jaar']}"
    if _kind(home, slug):
        return
    pagina = SamenwerkingsagendaPage(
        title=f"Samenwerkingsagenda {a['jaar']}",
        slug=slug,
        jaar=a["jaar"],
        intro=_alinea(a["inleiding"]),
        show_in_menus=True,
        search_description="De onderwerpen die de samenwerking dit jaar oppakt, met doel, groep en planning.",
    )
    for item in a["onderwerpen"]:
        groep = GroepPage.objects.filter(slug=item.get("groep_slug") or "-").first()
        pagina.onderwerpen.add(
            AgendaOnderwerp(
                onderwerp=item["onderwerp"],
                doel=item.get("doel", ""),
                groep=groep,
                kwartaal=item.get("kwartaal", ""),
            )
        )
    _publiceer(home, pagina, verslag)


def _sjablonen(verslag):
    """The two templates of the demo: the modelconvenant (seed 004) and the convenant (seed 000)."""
    bronnen = getattr(inhoud, "SJABLONEN", [])
    for data in bronnen:
        groep = GroepPage.objects.filter(slug=data.get("groep_slug") or "-").first()
        _, nieuw = Sjabloon.objects.get_or_create(
            titel=data["titel"],
            defaults={
                "omschrijving": data.get("omschrijving", ""),
                "tekst": data["tekst"],
                "bron": data.get("bron", ""),
                "groep": groep,
            },
        )
        if nieuw:
            verslag.teller("sjablonen")


def _demo_wachtwoord():
    import os

    if os.environ.get("DEMO_PASSWORD"):
        return os.environ["DEMO_PASSWORD"]
    if WACHTWOORD_BESTAND.exists():
        return WACHTWOORD_BESTAND.read_text().strip()
    wachtwoord = secrets.token_urlsafe(12)
    WACHTWOORD_BESTAND.write_text(wachtwoord + "\n")
    WACHTWOORD_BESTAND.chmod(0o600)
    return wachtwoord


def _accounts(verslag):
    wachtwoord = _demo_wachtwoord()
    verslag.wachtwoord = wachtwoord
    for username, rol, groepnaam, superuser in DEMO_ACCOUNTS:
        gebruiker, nieuw = User.objects.get_or_create(
            username=username,
            defaults={
                "email": f"{username}@regiosamenwerking.example",
                "first_name": rol.capitalize(),
                "is_staff": superuser,
                "is_superuser": superuser,
            },
        )
        if nieuw or not gebruiker.check_password(wachtwoord):
            gebruiker.set_password(wachtwoord)
            gebruiker.save()
            if nieuw:
                verslag.teller("accounts")
        if groepnaam:
            groep = Group.objects.filter(name=groepnaam).first()
            if groep:
                gebruiker.groups.add(groep)
        verslag.accounts.append((username, rol))


@transaction.atomic
def laad_demo(met_accounts=False):
    verslag = Verslag()
    home = _homepage(verslag)
    organisaties = _organisaties(verslag)
    _overleggen(verslag)
    _begrippen(verslag)
    _convenant(home, verslag)
    _index(
        home,
        OverlegstructuurPage,
        "overlegstructuur",
        "Overlegstructuur",
        "De regionale samenwerking kent een gelaagde overlegstructuur op strategisch, tactisch "
        "en operationeel niveau (Convenant Regionale Samenwerking, art. 5 en 6).",
        "De overleggen van de samenwerking, hun functie en doelgroep, en de deelnemende organisaties.",
        verslag,
    )
    indexen = [
        (
            KennisnetwerkIndexPage,
            KennisnetwerkPage,
            "kennisnetwerken",
            "Kennisnetwerken",
            "Kennisnetwerken zijn inhoudelijke overlegvormen gericht op kennisdeling en thematische verdieping.",
            inhoud.KENNISNETWERKEN,
        ),
        (
            ThemagroepIndexPage,
            ThemagroepPage,
            "themagroepen",
            "Themagroepen",
            "Themagroepen verdiepen een thema van de samenwerking en ontwikkelen uitvoeringsgerichte acties.",
            inhoud.THEMAGROEPEN,
        ),
        (
            ProjectgroepIndexPage,
            ProjectgroepPage,
            "projectgroepen",
            "Projectgroepen",
            "Projectgroepen zijn tijdelijke samenwerkingsverbanden met een opdracht, een planning en resultaten.",
            inhoud.PROJECTGROEPEN,
        ),
    ]
    for index_model, groep_model, slug, titel, intro, lijst in indexen:
        index = _index(home, index_model, slug, titel, intro, intro, verslag)
        _groepen(index, groep_model, lijst, organisaties, verslag)
    _index(
        home,
        BegrippenIndexPage,
        "begrippen",
        "Begrippen",
        "De gedeelde begrippen van de samenwerking, met hun bron.",
        "Alle begrippen van de samenwerking van A tot Z.",
        verslag,
    )
    _agenda(home, verslag)
    _sjablonen(verslag)
    afspraken_demo.laad(verslag, home)
    if met_accounts:
        _accounts(verslag)
    # Every group has its rights, collections and werkruimte before its materials go in.
    for groep in GroepPage.objects.all():
        richt_groep_in(groep)
    materialen_demo.laad(verslag)
    redactie_demo.laad(verslag, met_accounts=met_accounts)
    zoeken_demo.laad(verslag)  # last: the search index covers everything above
    return verslag
