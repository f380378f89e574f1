"""Load (or complete) the demo content from the data files under `<app>/demo/` (YAML, and
Markdown for long texts), which come from the source documents in shared/seeds. Idempotent: whatever already exists (matched by its
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
from kennisplatform.demo import data
from kennisplatform.demo import samenwerking as samenwerking_demo  # issue 14, part demo
from kennisplatform.demo.convenant import lees_convenant
from kennisplatform.models import HomePage, InhoudPage
from kennisplatform.verplichte_paginas import PAGINAS as VERPLICHTE_PAGINAS
from kennisplatform.verplichte_paginas import stroom
from materialen import demo as materialen_demo
from organisaties.models import (
    AgendaOnderwerp,
    Evaluatiemoment,
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


def _homepage(h, verslag):
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
                title=h["titel"], slug=h["slug"], intro="".join(_alinea(a) for a in h["intro"])
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
    for rij in data.lees("organisaties", "organisaties"):
        _, nieuw = Organisatie.objects.get_or_create(
            naam=rij["naam"],
            defaults={
                "afkorting": rij.get("afkorting", ""),
                "soort": rij["soort"],
                "website": rij.get("website", ""),
            },
        )
        if nieuw:
            verslag.teller("organisaties")
    return {o.naam: o for o in Organisatie.objects.all()}


def _overleggen(rijen, verslag):
    for volgorde, rij in enumerate(rijen, start=1):
        _, nieuw = Overleg.objects.get_or_create(
            naam=rij["naam"],
            defaults={
                "afkorting": rij.get("afkorting", ""),
                "niveau": rij["niveau"],
                "functie": rij["functie"],
                "doelgroep": rij["doelgroep"],
                "bron": rij.get("bron", ""),
                "volgorde": volgorde,
            },
        )
        if nieuw:
            verslag.teller("overleggen")


def _begrippen(rijen, verslag):
    for rij in rijen:
        _, nieuw = Begrip.objects.get_or_create(
            term=rij["term"],
            defaults={
                "definitie": rij["definitie"],
                "afkortingen": "; ".join(rij.get("afkortingen", [])),
                "synoniemen": "; ".join(rij.get("synoniemen", [])),
                "bron": rij.get("bron", ""),
            },
        )
        if nieuw:
            verslag.teller("begrippen")


def _convenant(home, p, verslag):
    if _kind(home, p["slug"]):
        return
    c = lees_convenant(data.tekst(p["tekst"]))
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
            title=p["titel"],
            slug=p["slug"],
            intro=p["intro"],
            inhoudsopgave=True,
            body=body,
            show_in_menus=True,
            search_description=p["beschrijving"],
        ),
        verslag,
    )


def _verplichte_paginas(home, verslag):
    """Contact, toegankelijkheid, privacy and colofon come with `migrate`; only one that is
    missing under the home page (a home page the demo made itself, or one an editor deleted)
    is added here, with the same text. An existing page is never touched."""
    for p in VERPLICHTE_PAGINAS:
        if _kind(home, p["slug"]):
            continue
        _publiceer(
            home,
            InhoudPage(
                title=p["titel"],
                slug=p["slug"],
                intro=p["intro"],
                body=stroom(p["body"]),
                show_in_menus=False,
                search_description=p["beschrijving"],
            ),
            verslag,
        )


def _index(home, model, p, verslag):
    """An overview page from the `pagina` of a data file: slug, titel, intro (and beschrijving)."""
    pagina = _kind(home, p["slug"])
    if pagina is None:
        pagina = _publiceer(
            home,
            model(
                title=p["titel"],
                slug=p["slug"],
                intro=_alinea(p["intro"]),
                show_in_menus=True,
                search_description=p.get("beschrijving", p["intro"]),
            ),
            verslag,
        )
    return pagina


def _groep_body(rij):
    body = [("tekst", RichText("".join(_alinea(p) for p in rij.get("body", []))))]
    if rij.get("activiteiten"):
        body.append(("kop", {"tekst": "Wat gaan we doen?", "niveau": "h2"}))
        body.append(("tekst", RichText(_lijst(rij["activiteiten"]))))
    return body


def _groepen(index, model, lijst, organisaties, verslag):
    for rij in lijst:
        if GroepPage.objects.filter(slug=rij["slug"]).exists():
            continue
        velden = dict(
            title=rij["titel"],
            slug=rij["slug"],
            samenvatting=rij.get("samenvatting", "")[:250],
            doel=rij["doel"],
            body=_groep_body(rij),
            niveau=rij["niveau"],
            vergaderritme=rij.get("vergaderritme", ""),
            contact=rij.get("contact", ""),
            search_description=rij.get("samenvatting", "")[:250],
        )
        if model is ProjectgroepPage:
            velden.update(
                opdracht=rij.get("opdracht", ""),
                startdatum=_datum(rij.get("startdatum")),
                einddatum=_datum(rij.get("einddatum")),
                status=rij.get("status", "lopend"),
            )
        groep = model(**velden)
        for t in rij.get("trekkers", []):
            groep.trekkers.add(_trekker(t, organisaties))
        groep.organisaties = [
            organisaties[n] for n in rij.get("organisaties", []) if n in organisaties
        ]
        if model is ProjectgroepPage:
            for r in rij.get("resultaten", []):
                groep.resultaten.add(Resultaat(resultaat=r["resultaat"], kwartaal=r["kwartaal"]))
        _publiceer(index, groep, verslag)
        for p in rij.get("paginas", []):  # the group's own content pages
            body = [("tekst", RichText("".join(_alinea(a) for a in p.get("body", []))))]
            pagina = InhoudPage(title=p["titel"], slug=p["slug"], intro=p["intro"], body=body)
            _publiceer(groep, pagina, verslag)


def _trekker(rij, organisaties):
    return Trekker(
        naam=rij["naam"],
        organisatie=organisaties.get(rij.get("organisatie")),
        rol=rij.get("rol", "Trekker"),
    )


# --- issue 14, part demo: optional fields of an agenda item in samenwerkingsagenda.yaml
AGENDA_VELDEN = (
    "beleidsvraagstuk",
    "randvoorwaarden",
    "aanpak",
    "trekker",
    "kwartaal_van",
    "kwartaal_tot",
    "status",
    "gepland",
    "bereikt",
    "voortgang_toelichting",
)


def _agenda(home, verslag):
    a = data.lees("organisaties", "samenwerkingsagenda")
    slug = f"samenwerkingsagenda-{a['jaar']}"
    if _kind(home, slug):
        return
    pagina = SamenwerkingsagendaPage(
        title=f"Samenwerkingsagenda {a['jaar']}",
        slug=slug,
        jaar=a["jaar"],
        intro=_alinea(a["inleiding"]),
        show_in_menus=True,
        search_description=a["beschrijving"],
    )
    for item in a["onderwerpen"]:
        groep = GroepPage.objects.filter(slug=item.get("groep_slug") or "-").first()
        # --- issue 14, part demo: the new fields of an item, only where the YAML fills them
        extra = {veld: item[veld] for veld in AGENDA_VELDEN if item.get(veld)}
        pagina.onderwerpen.add(
            AgendaOnderwerp(
                onderwerp=item["onderwerp"],
                doel=item.get("doel", ""),
                groep=groep,
                kwartaal=item.get("kwartaal", ""),
                **extra,
            )
        )
    _publiceer(home, pagina, verslag)


# --- evaluatie (issue 14.6): the milestones of the evaluation of the convenant (art. 9) from
# organisaties/demo/evaluatie.yaml; matched on their titel, so a second run adds nothing. A
# milestone whose overleg is not in the demo is left out.
def _evaluatie_overleg(naam):
    for voorwaarde in (
        {"afkorting__iexact": naam},
        {"naam__iexact": naam},
        {"naam__istartswith": naam},
    ):
        overleg = Overleg.objects.filter(**voorwaarde).order_by("volgorde", "pk").first()
        if overleg:
            return overleg
    return None


def _evaluatie(verslag):
    for rij in data.lees("organisaties", "evaluatie")["momenten"]:
        overleg = _evaluatie_overleg(rij["overleg"])
        if overleg is None or Evaluatiemoment.objects.filter(titel=rij["titel"]).exists():
            continue
        Evaluatiemoment.objects.create(
            titel=rij["titel"],
            omschrijving=rij.get("omschrijving", ""),
            datum=datetime.date.fromisoformat(str(rij["datum"])),
            overleg=overleg,
            verantwoordelijke=Organisatie.objects.filter(
                naam=rij.get("verantwoordelijke") or "-"
            ).first(),
        )
        verslag.teller("evaluatiemomenten")


# --- end evaluatie


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
    for account in data.lees("site", "accounts"):
        username, rol = account["gebruikersnaam"], account["rol"]
        groepnaam, superuser = account["groep"], account["superuser"]
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


FASE = "Demo-inhoud laden"
STAPPEN = 17  # the calls of `stap()` in laad_demo, for its progress


@transaction.atomic
def laad_demo(met_accounts=False, voortgang=None):
    """Load what is missing; `voortgang(fase, verwerkt, totaal)`, if given, hears each step."""
    verslag = Verslag()
    gedaan = 0

    def stap():
        nonlocal gedaan
        gedaan += 1
        if voortgang:
            voortgang(FASE, gedaan, STAPPEN)

    # each data file is read once; its parts go where they are used
    paginas = data.lees("site", "paginas")
    overleggen = data.lees("organisaties", "overleggen")
    begrippen = data.lees("begrippen", "begrippen")
    home = _homepage(paginas["home"], verslag)
    stap()
    organisaties = _organisaties(verslag)
    stap()
    _overleggen(overleggen["overleggen"], verslag)
    stap()
    _begrippen(begrippen["begrippen"], verslag)
    stap()
    _convenant(home, paginas["convenant"], verslag)
    _verplichte_paginas(home, verslag)
    stap()
    _index(home, OverlegstructuurPage, overleggen["pagina"], verslag)
    stap()
    for app, index_model, groep_model in [
        ("kennisnetwerken", KennisnetwerkIndexPage, KennisnetwerkPage),
        ("themagroepen", ThemagroepIndexPage, ThemagroepPage),
        ("projectgroepen", ProjectgroepIndexPage, ProjectgroepPage),
    ]:
        groepen = data.lees(app, app)
        index = _index(home, index_model, groepen["pagina"], verslag)
        _groepen(index, groep_model, groepen["groepen"], organisaties, verslag)
        stap()
    _index(home, BegrippenIndexPage, begrippen["pagina"], verslag)
    stap()
    _agenda(home, verslag)
    _evaluatie(verslag)  # evaluatie (issue 14.6)
    stap()
    afspraken_demo.laad(verslag, home, data.lees("afspraken", "afspraken"))
    # --- issue 14, part demo: parties, overleggen as data, samenwerkingsverbanden, meetings
    # of overleggen and the vaststelling of the agreements they name (after the groups and
    # the agreements it refers to; kennisplatform/demo/samenwerking.py)
    samenwerking_demo.laad(
        verslag,
        data.lees("organisaties", "organisaties"),
        overleggen,
        data.lees("organisaties", "samenwerkingsverbanden"),
    )
    stap()
    if met_accounts:
        _accounts(verslag)
    stap()
    # Every group has its rights, collections and werkruimte before its materials go in.
    for groep in GroepPage.objects.all():
        richt_groep_in(groep)
    stap()
    materialen_demo.laad(verslag, data.lees("materialen", "materialen"))
    stap()
    redactie_demo.laad(verslag, met_accounts=met_accounts)
    stap()
    zoeken_demo.laad(verslag)  # last: the search index covers everything above
    stap()
    return verslag
