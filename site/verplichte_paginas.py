"""The four pages every Dutch government website must have: contact, the accessibility
statement (toegankelijkheidsverklaring, in the format of the national model statement), the
privacy statement and the colofon.

They come with `migrate` (migration 0005_verplichte_paginas), as ordinary content pages under
the home page, out of the main menu; the footer finds them by slug (templatetags/voet.py), so
a deleted page simply drops out of the footer. The demo loader only adds a page that is
missing. Editors change the text in the admin; this module is the text of a fresh install.

Plain data (no models): the migration imports it, so it must stay importable without Django
apps being ready."""

import uuid

# Slugs in footer order. The footer and robots.txt rely on these names.
SLUGS = ("contact", "toegankelijkheid", "privacy", "colofon")

VERKLARING_DATUM = "5 december 2026"

PAGINAS = [
    {
        "slug": "contact",
        "titel": "Contact",
        "intro": "Heeft u een vraag over het Kennisplatform Regionale Samenwerking, over een "
        "groep of over een uitvoeringsafspraak? Hier leest u bij wie u terechtkunt.",
        "beschrijving": "Bij wie u terechtkunt met vragen over het kennisplatform, de groepen "
        "en de uitvoeringsafspraken.",
        "body": [
            ("kop", "Vragen over het platform"),
            (
                "tekst",
                "<p>Het kennisplatform wordt beheerd door de Omgevingsdienst Utrecht, samen met "
                "de provincie Utrecht, namens de partijen bij het Convenant Regionale "
                "Samenwerking. Voor vragen over het platform zelf, over uw account of over een "
                "fout op een pagina kunt u terecht bij de redactie van het platform via uw "
                "contactpersoon bij de Omgevingsdienst Utrecht.</p>"
                "<p>Wij bevestigen uw bericht binnen 5 werkdagen en geven binnen 15 werkdagen "
                "een inhoudelijke reactie.</p>",
            ),
            ("kop", "Vragen over een groep"),
            (
                "tekst",
                "<p>Elk kennisnetwerk, elke themagroep en elke projectgroep heeft een of meer "
                "trekkers. Hun namen en organisaties staan op de pagina van de groep, onder "
                "<b>Contact</b>. Wilt u meedoen met een groep, neem dan contact op met de "
                "trekker.</p>",
            ),
            ("kop", "Vragen over een uitvoeringsafspraak"),
            (
                "tekst",
                "<p>Bij elke afspraak in het register staat welke partijen en welk overleg "
                "erbij betrokken zijn. Voor de inhoud van een afspraak kunt u terecht bij de "
                "coördinatoren van de regionale samenwerking bij de provincie Utrecht en de "
                "Omgevingsdienst Utrecht.</p>",
            ),
            ("kop", "Toegankelijkheid en privacy"),
            (
                "tekst",
                "<p>Loopt u op dit platform tegen een toegankelijkheidsprobleem aan? Lees de <a "
                'href="/toegankelijkheid/">toegankelijkheidsverklaring</a> en meld het ons. '
                'Hoe wij met uw gegevens omgaan, staat in de <a href="/privacy/">'
                "privacyverklaring</a>.</p>",
            ),
        ],
    },
    {
        "slug": "toegankelijkheid",
        "titel": "Toegankelijkheidsverklaring",
        "intro": "De Omgevingsdienst Utrecht en de provincie Utrecht willen dat iedereen dit "
        "platform kan gebruiken. Hier leest u hoe toegankelijk het is en wat u kunt doen als "
        "iets niet werkt.",
        "beschrijving": "De toegankelijkheidsverklaring van het Kennisplatform Regionale "
        "Samenwerking: nalevingsstatus, onderzoek, bekende problemen en contact.",
        "body": [
            (
                "tekst",
                "<p>De Omgevingsdienst Utrecht streeft ernaar om het Kennisplatform Regionale "
                "Samenwerking toegankelijk te maken in overeenstemming met het Besluit "
                "digitale toegankelijkheid overheid. Deze toegankelijkheidsverklaring is van "
                "toepassing op de website Kennisplatform Regionale Samenwerking, het openbare "
                "deel en de werkruimtes van de groepen.</p>",
            ),
            ("kop", "Nalevingsstatus"),
            (
                "tekst",
                "<p><b>Status C: eerste maatregelen genomen.</b> De website voldoet voor zover "
                "wij weten aan de eisen van WCAG 2.1 op niveau A en AA, maar is nog niet "
                "volledig onderzocht door een onafhankelijke deskundige. Zo'n onderzoek "
                "volgens de WCAG-EM-methode is gepland; daarna werken wij deze verklaring bij."
                "</p>",
            ),
            ("kop", "Opstelling van deze verklaring"),
            (
                "tekst",
                f"<p>Deze verklaring is opgesteld op {VERKLARING_DATUM}. Zo hebben wij de "
                "toegankelijkheid onderzocht:</p>"
                "<ul>"
                "<li>bij elke nieuwe versie controleert een geautomatiseerde test elk "
                "paginatype met axe-core op de eisen van WCAG 2.1 niveau A en AA;</li>"
                "<li>bij elke nieuwe versie controleert de Nu HTML Checker van het W3C of de "
                "code van elke pagina geldig is;</li>"
                "<li>bij elke nieuwe versie bekijken wij de pagina's met de hand: bediening met "
                "alleen het toetsenbord, zichtbare focus, de link 'Direct naar de inhoud', een "
                "scherm van 320 pixels breed zonder horizontaal scrollen en vergroting tot "
                "200 procent.</li>"
                "</ul>",
            ),
            ("kop", "Bekende toegankelijkheidsproblemen"),
            (
                "tekst",
                "<ul>"
                "<li>Documenten die partners uploaden (PDF, Word) zijn niet altijd "
                "toegankelijk. Heeft u een toegankelijke versie nodig, vraag er dan om via de "
                "contactpagina.</li>"
                "<li>De beheeromgeving voor redacteuren (Wagtail) is nog niet volledig "
                "onderzocht; enkele onderdelen zijn nog deels in het Engels.</li>"
                "</ul>"
                "<p>Wij lossen deze problemen zo snel mogelijk op en werken deze lijst bij "
                "elke nieuwe versie bij.</p>",
            ),
            ("kop", "Feedback en contactgegevens"),
            (
                "tekst",
                "<p>Loopt u tegen een toegankelijkheidsprobleem aan? Of heeft u een vraag of "
                "opmerking over toegankelijkheid? Neem dan contact met ons op via de <a "
                'href="/contact/">contactpagina</a>. U krijgt binnen 5 werkdagen een '
                "ontvangstbevestiging en binnen 15 werkdagen een inhoudelijke reactie.</p>",
            ),
            ("kop", "Handhavingsprocedure"),
            (
                "tekst",
                "<p>Bent u niet tevreden met de manier waarop wij uw klacht hebben behandeld? "
                "Dan kunt u contact opnemen met de Nationale ombudsman.</p>",
            ),
            ("kop", "Landelijk register"),
            (
                "tekst",
                "<p>De toegankelijkheidsverklaringen van overheidswebsites staan in het "
                '<a href="https://www.toegankelijkheidsverklaring.nl/register">landelijke '
                "register van toegankelijkheidsverklaringen</a>.</p>",
            ),
        ],
    },
    {
        "slug": "privacy",
        "titel": "Privacyverklaring",
        "intro": "Welke gegevens het kennisplatform over u bewaart, waarom en hoe lang. Kort "
        "gezegd: zo weinig mogelijk, geen tracking en geen diensten van derden.",
        "beschrijving": "Welke gegevens het Kennisplatform Regionale Samenwerking bewaart, "
        "waarom en hoe lang: geen tracking, geen cookies van derden.",
        "body": [
            ("kop", "Wie is verantwoordelijk"),
            (
                "tekst",
                "<p>De Omgevingsdienst Utrecht beheert het platform namens de partijen bij het "
                "Convenant Regionale Samenwerking en is verantwoordelijk voor de verwerking "
                "van persoonsgegevens op dit platform.</p>",
            ),
            ("kop", "Als u het platform bezoekt"),
            (
                "tekst",
                "<ul>"
                "<li><b>Geen tracking.</b> Wij gebruiken geen statistiekdiensten, geen "
                "advertentie- of sociale-mediacookies en geen andere volgtechnieken.</li>"
                "<li><b>Geen diensten van derden.</b> Lettertypen, scripts en afbeeldingen "
                "komen van het platform zelf. Uw browser maakt geen verbinding met andere "
                "partijen, tenzij u zelf een link naar een andere website volgt.</li>"
                "<li><b>Logbestanden.</b> De webserver legt per verzoek vast: uw IP-adres, het "
                "tijdstip, het opgevraagde adres, de verwijzende pagina en uw browser. Dat is "
                "nodig om storingen en misbruik te onderzoeken. Wij bewaren deze logbestanden "
                "hooguit 30 dagen.</li>"
                "<li><b>Misbruik tegengaan.</b> Om te voorkomen dat iemand het platform "
                "overbelast, telt het platform kort (minuten tot een uur) hoeveel verzoeken "
                "van hetzelfde IP-adres komen.</li>"
                # issue 15: the search log (search/zoeklog.py)
                "<li><b>Zoekvragen.</b> Om de zoekfunctie te verbeteren telt het platform "
                "per dag hoe vaak een zoekvraag is gesteld, of die iets vond en welk resultaat "
                "werd geopend. Wie er zocht, wanneer precies en vanaf welk adres legt het "
                "daarbij niet vast. Deze tellingen bewaren wij hooguit 400 dagen.</li>"
                "</ul>",
            ),
            ("kop", "Cookies"),
            (
                "tekst",
                "<p>Het platform plaatst alleen cookies die nodig zijn om het te laten werken. "
                "Daarvoor is geen toestemming nodig.</p>"
                "<ul>"
                "<li><b>csrftoken</b>: beschermt formulieren (zoals het invullen van een "
                "sjabloon en het inloggen) tegen misbruik door andere websites. Bewaard tot "
                "een jaar.</li>"
                "<li><b>sessionid</b>: houdt bij dat u bent ingelogd. Alleen als u inlogt; "
                "het verdwijnt als u uitlogt en verloopt na twee weken.</li>"
                "</ul>"
                "<p>Alleen in de beheeromgeving voor redacteuren komen daar twee bij:</p>"
                "<ul>"
                "<li><b>messages</b>: toont na een handeling een melding op de volgende "
                "pagina, zoals 'De pagina is opgeslagen'. Het verdwijnt zodra de melding is "
                "getoond.</li>"
                "<li><b>wagtail_sidebar_collapsed</b>: onthoudt of u het zijmenu van de "
                "beheeromgeving hebt ingeklapt. Het bevat alleen die keuze.</li>"
                "</ul>",
            ),
            ("kop", "Als u een account heeft"),
            (
                "tekst",
                "<p>Leden van groepen, trekkers, coördinatoren en redacteuren hebben een "
                "account. Daarvan bewaren wij uw naam, e-mailadres, de groepen waarvan u lid "
                "bent en een versleuteld wachtwoord. Bij elke aanmelding "
                "leggen wij het tijdstip, uw gebruikersnaam, IP-adres en browser vast; zo "
                "kunnen wij herhaalde mislukte pogingen blokkeren en misbruik van een account "
                "onderzoeken. Deze aanmeldgegevens bewaren wij 30 dagen; daarna verwijdert het "
                "platform ze elke dag automatisch. Wat u op het platform wijzigt, wordt met uw naam in de "
                "geschiedenis van de pagina bewaard.</p>"
                "<p>Uw account blijft bestaan zolang u deelneemt aan de samenwerking. Vraagt "
                "u om verwijdering, of stopt uw deelname, dan verwijderen wij uw account; "
                "uw naam blijft dan alleen staan bij eerder gepubliceerde inhoud.</p>",
            ),
            ("kop", "Uw rechten"),
            (
                "tekst",
                "<p>U mag uw gegevens inzien, laten verbeteren of laten verwijderen. Neem "
                'daarvoor contact op via de <a href="/contact/">contactpagina</a>. Bent u '
                "niet tevreden over hoe wij met uw gegevens omgaan, dan kunt u een klacht "
                "indienen bij de Autoriteit Persoonsgegevens.</p>",
            ),
        ],
    },
    {
        "slug": "colofon",
        "titel": "Colofon",
        "intro": "Wie dit platform maakt en beheert, en waarmee het is gebouwd.",
        "beschrijving": "Wie het Kennisplatform Regionale Samenwerking beheert en waarmee het "
        "is gebouwd: Wagtail, Django en de NL Design System-componenten van Utrecht.",
        "body": [
            ("kop", "Beheer en redactie"),
            (
                "tekst",
                "<p>Het Kennisplatform Regionale Samenwerking is een platform van de partijen "
                "bij het Convenant Regionale Samenwerking in de provincie Utrecht: gemeenten, "
                "provincie, waterschappen, omgevingsdiensten, veiligheidsregio en GGD. De "
                "provincie Utrecht en de Omgevingsdienst Utrecht coördineren de samenwerking; "
                "de Omgevingsdienst Utrecht beheert het platform. De inhoud van de groepen "
                "komt van hun trekkers en leden; de coördinatoren stellen pagina's en "
                "afspraken vast voordat ze openbaar worden.</p>",
            ),
            ("kop", "Gebouwd met"),
            (
                "tekst",
                "<ul>"
                '<li><a href="https://wagtail.org/">Wagtail</a>, het contentbeheersysteem '
                "(BSD-licentie);</li>"
                '<li><a href="https://www.djangoproject.com/">Django</a>, het webframework '
                "(BSD-licentie);</li>"
                '<li>de componenten en huisstijl van <a href="https://nldesignsystem.nl/">NL '
                "Design System</a>, in de variant van de gemeente Utrecht (EUPL-1.2);</li>"
                "<li>PostgreSQL als database en een eigen Nederlandstalige zoekfunctie.</li>"
                "</ul>",
            ),
            ("kop", "Hergebruik"),
            (
                "tekst",
                "<p>De uitvoeringsafspraken zijn open data: u kunt ze downloaden als CSV, "
                "Excel of JSON vanuit het register, volgen via een Atom-feed en opvragen via "
                "de JSON-API op /api/afspraken/. De begrippen zijn beschikbaar als SKOS. "
                "Teksten op dit platform mag u hergebruiken met bronvermelding, tenzij bij een "
                "document iets anders staat.</p>",
            ),
            ("kop", "Broncode"),
            (
                "tekst",
                "<p>De Omgevingsdienst Utrecht beheert de broncode van het platform. Wilt u "
                "het platform voor uw eigen samenwerking gebruiken, of wilt u weten hoe het "
                'werkt, neem dan contact op via de <a href="/contact/">contactpagina</a>.</p>',
            ),
        ],
    },
]


def stroom(body):
    """The raw StreamField value (a list of dicts) of a page's `body`: works in a migration's
    historical model as well as on the real model."""
    blokken = []
    for soort, waarde in body:
        if soort == "kop":
            waarde = {"tekst": waarde, "niveau": "h2"}
        blokken.append({"type": soort, "value": waarde, "id": str(uuid.uuid4())})
    return blokken
