"""Reference data: the overleggen of the overlegstructuur (Convenant Regionale Samenwerking,
art. 5 and 6) come with `migrate`. The register needs them: a coördinator who establishes
an agreement chooses the overleg that decided (vastgesteld door). Idempotent by name: what
exists is left as it is, and the demo loader (organisaties/demo/overleggen.yaml, the same
names) adds nothing. Frozen here on purpose; tests/afspraken/test_referentiedata.py checks
that the names equal those of the demo file."""

from django.db import migrations

BRON = "Convenant Regionale Samenwerking, art. 5 en 6"
OVERLEGGEN = [
    {
        "naam": "Bestuurlijk Provinciebreed Samenwerkingsoverleg VTH & RO",
        "afkorting": "B-PSO",
        "niveau": "strategisch",
        "functie": "het overleg van bestuurders is verantwoordelijk voor de bestuurlijke koers, "
        "het stellen van prioriteiten en het nemen van besluiten over regionale samenwerking en "
        "beleidsrichting.",
        "doelgroep": "Bestuurders (zoals wethouders, gedeputeerden of directieleden) van de "
        "deelnemende partijen.",
    },
    {
        "naam": "Ambtelijk Provinciebreed Samenwerkingsoverleg VTH & RO",
        "afkorting": "A-PSO",
        "niveau": "tactisch",
        "functie": "het overleg van ambtelijke vertegenwoordigers vormt de brug tussen beleid en "
        "uitvoering binnen hun organisatie. Zij hebben mandaat om op tactisch niveau te "
        "besluiten, signalen door te zetten en afspraken te borgen.",
        "doelgroep": "Leidinggevendenden, regievoerders (dan wel afgevaardigden). "
        "Beleidsmedewerkers zonder regierol maken geen deel uit van deze vaste doelgroep.",
    },
    {
        "naam": "Stuurgroep Regiosamenwerking",
        "afkorting": "",
        "niveau": "tactisch",
        "functie": "het tactisch overlegorgaan dat fungeert als algemeen bestuur van de "
        "samenwerking, verantwoordelijk voor richting, samenhang en prioritering van de "
        "samenwerking binnen het fysieke domein.",
        "doelgroep": "Tactisch sturende sleutelfiguren die betrokken zijn bij de richting en "
        "prioritering van de samenwerking. De stuurgroep bestaat uit een representatieve "
        "vertegenwoordiging van de Partijen of bewust gekozen vertegenwoordigers met inhoudelijk "
        "overzicht, interbestuurlijke ervaring en verbindend vermogen.",
    },
    {
        "naam": "Coördinatieoverleg",
        "afkorting": "",
        "niveau": "tactisch",
        "functie": "het overleg tussen de formele coördinatoren van de samenwerking dat als "
        "dagelijks bestuur fungeert en zorgt voor afstemming, voortgangsbewaking en thematische "
        "coördinatie.",
        "doelgroep": "Formele coördinatoren van de provincie Utrecht en de ODU. Afhankelijk van de "
        "thematiek kunnen trekkers van kennisnetwerken of projectgroepen aansluiten.",
    },
    {
        "naam": "Kennisnetwerken / Themagroepen / Projectgroepen",
        "afkorting": "",
        "niveau": "operationeel",
        "functie": "inhoudelijke overlegvormen of tijdelijke samenwerkingsverbanden binnen de "
        "regionale samenwerking, gericht op kennisdeling, thematische verdieping en uitvoering.",
        "doelgroep": "Inhoudelijk betrokken professionals met expertise op het betreffende thema. "
        "Deze groepen zijn praktijkgericht, flexibel samengesteld en gericht op kennisdeling, "
        "samenwerking en ontwikkeling van uitvoeringsgerichte of thematische acties.",
    },
]


def voeg_toe(apps, schema_editor):
    Overleg = apps.get_model("organisaties", "Overleg")
    for volgorde, overleg in enumerate(OVERLEGGEN, start=1):
        velden = {**overleg, "bron": BRON, "volgorde": volgorde}
        Overleg.objects.get_or_create(naam=velden.pop("naam"), defaults=velden)


class Migration(migrations.Migration):
    dependencies = [("organisaties", "0001_initial")]

    operations = [migrations.RunPython(voeg_toe, migrations.RunPython.noop)]
