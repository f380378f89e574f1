"""Demo-inhoud voor het kennisplatform Regionale Samenwerking VTH & RO, regio Utrecht.

Pure data (geen Django-imports). Alle teksten zijn ontleend aan de brondocumenten in
/work/shared/seeds/:

- 000: Convenant Regionale Samenwerking Regio Utrecht (VTH & RO)
- 001: Presentatie BZK over regionale samenwerkingsafspraken onder de Omgevingswet
- 002: Programma Sterk Utrechts Bestuur (Provincie Utrecht)
- 003: Uitvoeringsplan VTH-samenwerking Twente (OCR-fouten gecorrigeerd)
- 004: Modelconvenant risicogericht samenwerken

Tekstwaarden zijn platte tekst; alinea's zijn aparte lijstitems (geen HTML, geen markdown).
"""

# ---------------------------------------------------------------------------
# Convenant (seed 000)
# ---------------------------------------------------------------------------

CONVENANT = {
    "titel": "Convenant Regionale Samenwerking Regio Utrecht",
    "inleiding": (
        "In het Convenant Regionale Samenwerking leggen gemeenten, waterschappen, provinciale en "
        "rijksorganisaties, omgevingsdiensten en andere betrokken overheidsorganisaties in de provincie "
        "Utrecht de organisatorische en procesmatige kaders vast voor hun regionale samenwerking op het "
        "gebied van Vergunningverlening, Toezicht en Handhaving (VTH) en Ruimtelijke Ontwikkeling (RO). "
        "Het convenant heeft als doel om de regionale samenwerking binnen het fysieke domein duurzaam, "
        "effectief en toekomstgericht vorm te geven, met een heldere overlegstructuur en gedeelde "
        "coördinatie door de provincie Utrecht en de Omgevingsdienst Utrecht. Het convenant treedt in "
        "werking op 1 januari 2026 en heeft een looptijd van vier jaar."
    ),
    "considerans": [
        "1. constateren dat sinds de inwerkingtreding van het nieuwe omgevingsrecht op 1 januari 2024 – zoals vastgelegd in de Omgevingswet en de daarop gebaseerde regelgeving – de noodzaak tot goede interbestuurlijke samenwerking binnen het fysieke domein verder is toegenomen;",
        "2. onderkennen dat zij ieder vanuit hun eigen taken, bevoegdheden en verantwoordelijkheden bijdragen aan de uitvoering van het omgevingsrecht, en dat een effectieve, doelgerichte en goed afgestemde samenwerking daarbij essentieel is;",
        "3. erkennen dat integrale samenwerking op het gebied van Vergunningverlening, Toezicht en Handhaving (verder genoemd: VTH) én Ruimtelijke Ontwikkeling (verder genoemd: RO) noodzakelijk is om maatschappelijke opgaven in de fysieke leefomgeving adequaat te kunnen oppakken;",
        "4. verstaan onder de verbreding van VTH naar VTH & RO de samenwerking op VTH en daar waar het voor een goed werkende beleidscyclus RO raakt. Dus van beleid naar uitvoering. Denk hierbij aan de werkprocessen en het instrumentarium uit de Omgevingswet.",
        "5. stellen vast dat het van belang is de regionale samenwerking duurzaam te organiseren, met duidelijke werkafspraken, heldere rolverdelingen en een gedragen overlegstructuur.",
        "6. hebben de intentie om in dit Convenant afspraken te maken over de inrichting en coördinatie van de samenwerking, op een wijze die ruimte biedt voor flexibiliteit, maatwerk en verdere doorontwikkeling in de praktijk;",
        "7. streven naar transparantie, toegankelijkheid en gedeeld eigenaarschap binnen de samenwerking, waarbij partijen kunnen aanhaken op de niveaus en thema's en de mate van inzet die voor hen relevant zijn;",
        "8. komen op basis van het voorgaande dit Convenant overeen, waarin de organisatorische en procesmatige kaders voor hun regionale samenwerking worden vastgelegd, met het oog op een gezamenlijke en toekomstgerichte uitvoering van het omgevingsrecht.",
    ],
    "artikelen": [
        {
            "nummer": "1",
            "titel": "Begrippen",
            "inleiding": "In dit Convenant wordt verstaan onder:",
            "leden": [
                "1. Convenant: deze overeenkomst waarin afspraken zijn vastgelegd over de inrichting, coördinatie en uitvoering van de regionale samenwerking binnen het fysieke domein in de provincie Utrecht.",
                "2. Partijen: de ondertekenaars van dit Convenant, te weten de in de aanhef genoemde gemeenten, waterschappen, provinciale en rijksorganisaties, omgevingsdiensten en andere betrokken overheidsorganisaties.",
                "3. B-PSO (Bestuurlijk Provinciebreed Samenwerkingsoverleg VTH & RO): het overleg van bestuurders (zoals wethouders, gedeputeerden en directieleden) dat strategische sturing en besluitvorming verzorgt ten aanzien van de samenwerking.",
                "4. A-PSO (Ambtelijk Provinciebreed Samenwerkingsoverleg VTH & RO): het overleg van ambtelijke vertegenwoordigers met een regierol op tactisch niveau, gericht op beleidsafstemming, prioritering en voorbereiding van bestuurlijke besluitvorming.",
                "5. Stuurgroep Regiosamenwerking: het tactisch overlegorgaan dat fungeert als algemeen bestuur van de samenwerking, verantwoordelijk voor richting, samenhang en prioritering van de samenwerking binnen het fysieke domein.",
                "6. Coördinatieoverleg: het overleg tussen de formele coördinatoren van de samenwerking (provincie Utrecht en Omgevingsdienst Utrecht (ODU in oprichting), dat als dagelijks bestuur fungeert en zorgt voor afstemming, voortgangsbewaking en thematische coördinatie.",
                "7. Omgevingsdienst Utrecht: de regionale uitvoeringsorganisatie die verantwoordelijk is voor onder andere vergunningverlening, toezicht en handhaving, en die een coördinerende rol vervult op tactisch en operationeel niveau binnen de samenwerking.",
                "8. Kennisnetwerken / Themagroepen / Projectgroepen: inhoudelijke overlegvormen of tijdelijke samenwerkingsverbanden binnen de regionale samenwerking, gericht op kennisdeling, thematische verdieping en uitvoering.",
                "9. Uitvoeringsafspraken: nadere afspraken die voortkomen uit dit Convenant en die betrekking hebben op de praktische invulling, uitvoering of operationalisering van de samenwerking.",
                "10. Coördinatoren: de provincie Utrecht en de Omgevingsdienst Utrecht, die gezamenlijk verantwoordelijk zijn voor de coördinatie van de samenwerking.",
            ],
        },
        {
            "nummer": "2",
            "titel": "Doel van dit Convenant",
            "inleiding": "Dit Convenant heeft als doel om de regionale samenwerking binnen het fysieke domein duurzaam, effectief en toekomstgericht vorm te geven. De ondertekenende partijen beogen hiermee:",
            "leden": [
                "1. het versterken van de interbestuurlijke samenwerking op het gebied van VTH én RO, vanuit het besef dat maatschappelijke opgaven vragen om een integrale benadering en gezamenlijk eigenaarschap;",
                "2. het borgen van een heldere, functionele overlegstructuur waarin rollen, verantwoordelijkheden en samenhang tussen strategisch, tactisch en operationeel niveau duidelijk zijn belegd en efficiënt op elkaar aansluiten;",
                "3. het organiseren van gedeelde coördinatie door structurele samenwerking tussen provincie Utrecht en Omgevingsdienst Utrecht, waardoor afstemming, voortgang en gezamenlijke koersbepaling geborgd zijn op de verschillende organisatieniveaus;",
                "4. het bevorderen van kennisdeling, gezamenlijke prioritering en besluitvorming door het faciliteren van thematische samenwerking, afgestemde programmering en strategische agendering;",
                "5. het scheppen van voorwaarden voor een flexibele en wendbare samenwerking, waarbij partijen kunnen aansluiten op de thema's en overleggen die voor hen relevant zijn, en waarbij ruimte blijft voor maatwerk, experiment en doorontwikkeling. De inzet van een partij is flexibel en varieert per initiatief.",
            ],
        },
        {
            "nummer": "3",
            "titel": "Uitgangspunten van de samenwerking",
            "inleiding": "De samenwerking zoals vastgelegd in deze overeenkomst is gebaseerd op de volgende belangen en uitgangspunten:",
            "leden": [
                "1. Regionale samenwerking binnen het fysieke domein is wettelijk verankerd en noodzakelijk voor de uitvoering van de Omgevingswet.",
                "2. Complexe opgaven in de fysieke leefomgeving vragen om samenhangende beleidsvorming en bundeling van uitvoeringskracht.",
                "3. Samenwerking is effectiever en efficiënter wanneer partijen actief kennis, capaciteit en instrumenten delen.",
                "4. Duurzame samenwerking vereist onderling vertrouwen, transparante communicatie en gedeeld eigenaarschap.",
                "5. De samenwerking omvat het werken in de beleidscyclus, daar waar dit raakt aan de uitvoering. Het versterkt daarmee het cyclisch werken van het VTH- en RO-domein, denk hierbij aan de werkprocessen en het instrumentarium uit de Omgevingswet.",
                "6. Iedere organisatie kan deelnemen op het niveau dat aansluit bij haar rol, verantwoordelijkheid en expertise; betrokkenheid is gedifferentieerd, maar wel gedragen.",
                "7. Strategische, tactische en operationele afstemming zijn ieder belegd in passende overleggen met heldere rollen, verantwoordelijkheden en mandaten.",
                "8. Coördinatie is essentieel voor continuïteit, voortgang en verbinding tussen de verschillende organisatieniveaus van de samenwerking.",
                "9. De provincie Utrecht vervult de coördinatie op strategisch en tactisch niveau; de Omgevingsdienst Utrecht vervult deze op tactisch en operationeel niveau.",
                "10. Coördinatie vindt plaats op basis van gedeelde verantwoordelijkheid, met een expliciete taakverdeling en gezamenlijke afstemming in het coördinatieoverleg.",
                "11. De overlegstructuur is dienstbaar aan de inhoud en moet wendbaar blijven: bundeling waar het kan, maatwerk waar het nodig is.",
                "12. In elk overleg wordt structureel aandacht besteed aan voortgang, samenhang en signalen uit de praktijk, om tijdig bij te kunnen sturen.",
            ],
        },
        {
            "nummer": "4",
            "titel": "Coördinatie van de regionale samenwerking",
            "inleiding": "",
            "leden": [
                "1. Coördinatie als structureel fundament",
                "Om duurzame samenwerking in het fysieke domein te waarborgen, is structurele coördinatie onmisbaar. Coördinatie zorgt voor continuïteit, verbinding en voortgang binnen de samenwerking en vormt de schakel tussen strategie, beleid en uitvoering.",
                "2. Twee formele coördinatierollen",
                "De regionale samenwerking wordt gecoördineerd door twee partijen, ieder vanuit een eigen positie en organisatieniveau:",
                "– De Provincie Utrecht vervult de coördinatie op strategisch en tactisch niveau. Zij bewaakt de aansluiting met provinciale ambities, zorgt voor verbinding met bestuurlijke gremia en draagt bij aan de beleidsmatige samenhang tussen opgaven in de regio. Daarnaast bewaakt de provincie Utrecht de voortgang van tactische sturing, agendering van thema's en strategische keuzes in de samenwerking.",
                "– De Omgevingsdienst Utrecht vervult de coördinatie op tactisch en operationeel niveau. Zij zorgt voor verbinding met de uitvoeringspraktijk, onderhoudt het netwerk van kennisnetwerken en projectgroepen, organiseert uitwisseling tussen professionals en initieert thematische verdieping waar nodig. Daarnaast fungeert de ODU als eerste aanspreekpunt voor vragen, signalen en voortgang vanuit het operationele veld.",
                "3. Samenwerking tussen de coördinatoren",
                "De provincie Utrecht en de ODU stemmen periodiek af in het coördinatieoverleg. In dit overleg:",
                "– Delen zij signalen, knelpunten en voortgangsinformatie;",
                "– Bereiden zij voorstellen voor richtinggevende keuzes en prioriteiten voor ter bespreking in de stuurgroep;",
                "– Stemmen zij af over rollen, capaciteit en inhoudelijke samenwerkingslijnen;",
                "– Sluiten zij, afhankelijk van het onderwerp, trekkers van projecten of kennisnetwerken aan voor specifieke agendapunten.",
                "4. Interne coördinatie",
                "Alle betrokken partijen zorgen daarnaast voor afstemming binnen hun eigen organisatie. Omdat beide partijen op verschillende niveaus schakelen (strategisch, tactisch en operationeel), vindt ook interne afstemming plaats met relevante inhoudelijke collega's, zoals teamleiders, programmamanagers of bestuursadviseurs. Deze interne afstemming is van belang om besluitvorming, informatievoorziening en mandatering binnen de eigen organisatie te borgen.",
                "5. Informele coördinatierol van de stuurgroep",
                "De stuurgroep vervult een informele maar belangrijke coördinerende rol op tactisch niveau. Als 'algemeen bestuur' van de samenwerking bewaakt de stuurgroep de koers, prioritering en samenhang van de regionale samenwerking. Zij geeft richting aan de samenwerking door:",
                "– Het inbrengen van signalen uit de regio of eigen achterban;",
                "– Thema's te prioriteren op basis van maatschappelijke opgaven en signalen uit de praktijk;",
                "– Het agenderen van onderwerpen op basis van input uit de coördinatie en het A-PSO;",
                "– Te sturen op mogelijke verbinding tussen de verschillende samenwerkingslijnen;",
                "– Te fungeren als klankbord voor trekkers, kennisnetwerken en bestuurders.",
                "De stuurgroep heeft geen uitvoerende taak, maar vervult een kaderstellende, verbindende en begeleidende rol binnen de overlegstructuur.",
                "6. Coördinatie als gedeelde verantwoordelijkheid",
                "Hoewel coördinatie belegd is bij formele partijen, wordt van alle deelnemende organisaties verwacht dat zij actief bijdragen aan het functioneren van de samenwerking. Dit vraagt om tijdige communicatie, actieve deelname aan afstemming, en betrokkenheid bij het organiseren en ondersteunen van gezamenlijke activiteiten. Coördinatie is geen taak van enkelen, maar een gedeeld fundament voor succes.",
            ],
        },
        {
            "nummer": "5",
            "titel": "Overlegstructuur van de regionale samenwerking",
            "inleiding": "",
            "leden": [
                "1. De partijen richten een overlegstructuur in waarin de verbinding tussen strategische sturing, tactische afstemming en operationele uitvoering geborgd is. Deze structuur kent een heldere hiërarchie en duidelijke rolverdeling, zodat sturing, besluitvorming en uitvoering effectief met elkaar verbonden zijn.",
                "2. De overlegstructuur bestaat uit de volgende overlegvormen:",
                "– B-PSO: het overleg van bestuurders is verantwoordelijk voor de bestuurlijke koers, het stellen van prioriteiten en het nemen van besluiten over regionale samenwerking en beleidsrichting.",
                "– A-PSO: het overleg van ambtelijke vertegenwoordigers vormt de brug tussen beleid en uitvoering binnen hun organisatie. Zij hebben mandaat om op tactisch niveau te besluiten, signalen door te zetten en afspraken te borgen.",
                "– Stuurgroep Regiosamenwerking: het tactisch overlegorgaan dat fungeert als algemeen bestuur van de samenwerking, verantwoordelijk voor richting, samenhang en prioritering van de samenwerking binnen het fysieke domein.",
                "– Coördinatieoverleg: het overleg tussen de formele coördinatoren van de samenwerking dat als dagelijks bestuur fungeert en zorgt voor afstemming, voortgangsbewaking en thematische coördinatie.",
                "– Kennisnetwerken / Themagroepen / Projectgroepen: inhoudelijke overlegvormen of tijdelijke samenwerkingsverbanden binnen de regionale samenwerking, gericht op kennisdeling, thematische verdieping en uitvoering.",
                "3. Elk overleg heeft een eigen functie binnen de samenwerking, passend bij het betreffende organisatieniveau (strategisch, tactisch of operationeel). De onderlinge samenhang en doorwerking tussen deze overleggen is essentieel voor het slagen van de samenwerking.",
                "4. De overlegstructuur wordt visueel weergegeven in bijlage 1 van dit Convenant. Deze afbeelding maakt de hiërarchie, rolverdeling en informatie- en besluitvormingslijnen tussen de verschillende overlegstructuren zichtbaar.",
                "5. Thematische of tijdelijke overlegvormen (zoals werkgroepen, klankbordgroepen of inspiratietafels) kunnen aanvullend worden ingericht wanneer de aard van een vraagstuk daarom vraagt. Deze vormen zijn aanvullend op de vaste structuur en kunnen flexibel worden ingezet.",
                "6. De overlegstructuur vormt een belangrijk instrument in het realiseren van gedeelde regie, afstemming en eigenaarschap binnen de samenwerking, en sluit aan op de uitgangspunten zoals beschreven in artikel 3.",
            ],
        },
        {
            "nummer": "6",
            "titel": "Doelgroepen per overleg",
            "inleiding": "De overlegstructuur van de regionale samenwerking kent een gelaagde opbouw met verschillende overleggen op strategisch, tactisch en operationeel niveau. In de visualisatie van de overlegstructuur zijn per overleg de beoogde doelgroepen benoemd. Onderstaand artikel vormt een nadere toelichting op deze doelgroepen, met als doel het selecteren van deelnemers op basis van hun rol, mandaat en positie binnen hun organisatie.",
            "leden": [
                "1. De volgende doelgroepen worden per overlegvorm onderscheiden:",
                "– B-PSO – Doelgroep: Bestuurders (zoals wethouders, gedeputeerden of directieleden) van de deelnemende partijen.",
                "– A-PSO – Doelgroep: Leidinggevendenden, regievoerders (dan wel afgevaardigden). Beleidsmedewerkers zonder regierol maken geen deel uit van deze vaste doelgroep.",
                "– Stuurgroep – Doelgroep: Tactisch sturende sleutelfiguren die betrokken zijn bij de richting en prioritering van de samenwerking. De stuurgroep bestaat uit een representatieve vertegenwoordiging van de Partijen of bewust gekozen vertegenwoordigers met inhoudelijk overzicht, interbestuurlijke ervaring en verbindend vermogen.",
                "– Coördinatieoverleg – Doelgroep: Formele coördinatoren van de provincie Utrecht en de ODU. Afhankelijk van de thematiek kunnen trekkers van kennisnetwerken of projectgroepen aansluiten.",
                "– Kennisnetwerken en projectgroepen – Doelgroep: Inhoudelijk betrokken professionals met expertise op het betreffende thema. Deze groepen zijn praktijkgericht, flexibel samengesteld en gericht op kennisdeling, samenwerking en ontwikkeling van uitvoeringsgerichte of thematische acties.",
                "2. Indien een organisatie meerdere relevante rollen vertegenwoordigt, kan zij verschillende personen aanwijzen voor deelname aan verschillende overlegniveaus, mits dit ten goede komt aan samenhang en doeltreffendheid van de samenwerking. Relevante collega's van andere afdelingen kunnen ook agendalid worden.",
                "3. Deelnemers worden geselecteerd op basis van hun inhoudelijke of procesmatige rol binnen de organisatie of het samenwerkingsverband, niet uitsluitend op basis van functietitel. Dit waarborgt een gebalanceerde en effectieve overlegstructuur waarin iedere deelnemer bijdraagt vanuit zijn of haar positie, mandaat en verantwoordelijkheid.",
            ],
        },
        {
            "nummer": "7",
            "titel": "Nadere uitwerking en digitale samenwerking",
            "inleiding": "",
            "leden": [
                "1. Concrete afspraken over de uitvoering van de samenwerking worden vastgelegd in nadere documenten, zoals een Plan van Aanpak, werkagenda's, uitvoeringsafspraken of projectopdrachten. Deze documenten vloeien voort uit de overlegstructuur zoals beschreven in dit convenant. Ook bestaande uitvoeringsafspraken zijn beschikbaar in een digitaal toegankelijke omgeving.",
                "2. Afhankelijk van het onderwerp worden deze afspraken voorbereid in het coördinatieoverleg, afgestemd binnen het A-PSO, of vastgesteld door het B-PSO. In alle gevallen geldt dat afspraken in lijn moeten zijn met de uitgangspunten en structuur van deze overeenkomst.",
                "3. De centrale plek voor het opslaan en ontsluiten van deze documenten is een digitaal en voor iedereen toegankelijk platform, waar de actuele versie van relevante werkdocumenten, uitvoeringsafspraken en overzichten beschikbaar wordt gesteld voor alle betrokken partijen.",
                "4. Voor de samenwerking, communicatie en het delen van concepten wordt gebruikgemaakt van een digitale werkomgeving. Hierin werken trekkers, projectgroepen en kennisnetwerken samen aan de inhoudelijke uitwerking en afstemming.",
                "5. Deze digitale voorzieningen dragen bij aan transparantie, toegankelijkheid en voortgang binnen de samenwerking, en vormen een essentieel onderdeel van de gezamenlijke informatiehuishouding.",
            ],
        },
        {
            "nummer": "8",
            "titel": "Financiering",
            "inleiding": "Financiering van deze coördinatie wordt gezocht binnen bestaande structuren:",
            "leden": [
                "– De provincie heeft op grond van de Omgevingswet (artikelen 2.18, 18.26 en 18.27) een expliciete verantwoordelijkheid voor het coördineren van regionale samenwerking op het gebied van VTH. Dit betekent dat de provincie zelf capaciteit moet vrijmaken om deze taak structureel in te vullen.",
                "– De ODU is vanwege haar inhoudelijke nabijheid en centrale positie binnen de regio goed gepositioneerd om de tactisch-operationele coördinatie van de samenwerking te vervullen.",
                "Deze inzet kan worden gefinancierd uit de vaste bijdrage van provincie en gemeenten aan de ODU. Deze bekostiging hoeft daarmee niet via aparte overeenkomsten of financieringsstromen, maar vraagt wel om heldere afspraken over de verwachte inzet, capaciteit en rol.",
            ],
        },
        {
            "nummer": "9",
            "titel": "Evaluatie en wijziging",
            "inleiding": "",
            "leden": [
                "1. De uitvoering van dit Convenant wordt tweejaarlijks geëvalueerd op zowel inhoudelijke voortgang als procesmatige werking van de samenwerking, inclusief overlegstructuur en coördinatie.",
                "2. De evaluatie wordt voorbereid door de formele coördinatoren van de regionale samenwerking (provincie Utrecht en ODU) en besproken in het coördinatieoverleg.",
                "3. De stuurgroep fungeert als eerste beoordelend orgaan. Zij bespreekt de uitkomsten van de evaluatie en doet, waar nodig, voorstellen tot verbetering of bijstelling van de samenwerking of overlegstructuur.",
                "4. Het A-PSO toetst het voorstel van de stuurgroep op haalbaarheid en uitvoerbaarheid.",
                "5. Het B-PSO stelt de uitkomsten van de evaluatie vast en besluit over eventuele bijstellingen van dit Convenant.",
                "6. De evaluatie heeft als doel om:",
                "– a. zicht te houden op de werking van de overlegstructuur en de invulling van coördinatierollen;",
                "– b. de effectiviteit en betrokkenheid van de samenwerkende partijen te versterken;",
                "– c. actuele ontwikkelingen of knelpunten tijdig te signaleren;",
                "– d. een gedeeld beeld te vormen over de voortgang van regionale samenwerking.",
                "7. De provincie Utrecht is verantwoordelijk voor de voorbereiding van de evaluatie. Zij:",
                "– a. legt het voorgestelde evaluatiekader tijdig ter instemming voor aan de stuurgroep;",
                "– b. voert de evaluatie uit of treedt op als opdrachtgever;",
                "– c. deelt de uitkomsten en aanbevelingen uiterlijk drie maanden na afloop van het betreffende kalenderjaar met de stuurgroep en het B-PSO.",
                "8. Op basis van de uitkomsten van de evaluatie kan het B-PSO besluiten tot:",
                "– a. wijziging van de overlegstructuur of coördinatie-invulling;",
                "– b. aanpassing van dit Convenant;",
                "– c. nadere opdrachtverlening aan de stuurgroep of coördinatoren.",
                "9. Dit Convenant kan te allen tijde worden gewijzigd, mits alle Partijen schriftelijk instemmen met de voorgestelde wijziging. Evaluaties en voortschrijdend inzicht kunnen aanleiding zijn tot herziening van de afspraken, na bespreking in het A-PSO en B-PSO.",
            ],
        },
        {
            "nummer": "10",
            "titel": "Interne besluitvorming van Partijen",
            "inleiding": "",
            "leden": [
                "Partijen nemen tijdig de benodigde besluiten en maatregelen binnen hun eigen organisatie om uitvoering te geven aan dit Convenant. Voor zover van toepassing, zullen zij hun bevoegde bestuursorganen daartoe voorstellen doen.",
            ],
        },
        {
            "nummer": "11",
            "titel": "Inwerkingtreding, looptijd en beëindiging",
            "inleiding": "",
            "leden": [
                "1. Dit Convenant treedt in werking op 1 januari 2026, of op de datum van ondertekening indien deze later ligt.",
                "2. De overeenkomst heeft een looptijd van vier jaar. Uiterlijk zes maanden voor het verstrijken van deze termijn treden Partijen met elkaar in overleg over verlenging of herziening.",
                "3. Partijen kunnen gezamenlijk besluiten tot voortijdige beëindiging van deze overeenkomst. In dat geval worden onderlinge afspraken over de wijze van beëindiging schriftelijk vastgelegd in een afzonderlijke beëindigingsovereenkomst.",
            ],
        },
        {
            "nummer": "Bijlage 1",
            "titel": "Visualisering van de overlegstructuur in de regionale samenwerking",
            "inleiding": "",
            "leden": [
                "De overlegstructuur wordt visueel weergegeven in afbeelding 1 van dit convenant. Deze afbeelding maakt de hiërarchie, rolverdeling, de frequentie en informatie- en besluitvormingslijnen tussen de verschillende overlevormen zichtbaar.",
            ],
        },
    ],
}

# ---------------------------------------------------------------------------
# Organisaties (publieke organen en koepels die in de seeds genoemd worden)
# soort: gemeente | provincie | waterschap | omgevingsdienst | veiligheidsregio | ggd | rijk | overig
# ---------------------------------------------------------------------------

ORGANISATIES = [
    # Coördinatoren van de Utrechtse samenwerking (seed 000)
    {
        "naam": "Provincie Utrecht",
        "afkorting": "",
        "soort": "provincie",
        "website": "https://www.provincie-utrecht.nl",
    },
    {
        "naam": "Omgevingsdienst Utrecht",
        "afkorting": "ODU",
        "soort": "omgevingsdienst",
        "website": "",
    },
    # Utrechtse gemeenten (seed 000: gemeenten als partij; seed 002: 26 Utrechtse gemeenten)
    {
        "naam": "Gemeente Utrecht",
        "afkorting": "",
        "soort": "gemeente",
        "website": "https://www.utrecht.nl",
    },
    {
        "naam": "Gemeente Amersfoort",
        "afkorting": "",
        "soort": "gemeente",
        "website": "https://www.amersfoort.nl",
    },
    {
        "naam": "Gemeente Nieuwegein",
        "afkorting": "",
        "soort": "gemeente",
        "website": "https://www.nieuwegein.nl",
    },
    {
        "naam": "Gemeente Zeist",
        "afkorting": "",
        "soort": "gemeente",
        "website": "https://www.zeist.nl",
    },
    {
        "naam": "Gemeente Houten",
        "afkorting": "",
        "soort": "gemeente",
        "website": "https://www.houten.nl",
    },
    {
        "naam": "Gemeente De Bilt",
        "afkorting": "",
        "soort": "gemeente",
        "website": "https://www.debilt.nl",
    },
    # Waterschappen in de regio Utrecht (seed 000: waterschappen als partij; seed 002)
    {
        "naam": "Hoogheemraadschap De Stichtse Rijnlanden",
        "afkorting": "HDSR",
        "soort": "waterschap",
        "website": "https://www.hdsr.nl",
    },
    {
        "naam": "Waterschap Vallei en Veluwe",
        "afkorting": "",
        "soort": "waterschap",
        "website": "https://www.vallei-veluwe.nl",
    },
    {
        "naam": "Waterschap Rivierenland",
        "afkorting": "WSRL",
        "soort": "waterschap",
        "website": "https://www.waterschaprivierenland.nl",
    },
    {
        "naam": "Hoogheemraadschap Amstel, Gooi en Vecht",
        "afkorting": "AGV",
        "soort": "waterschap",
        "website": "",
    },
    # Partners van het modelconvenant risicogericht samenwerken in deze regio (seed 004)
    {
        "naam": "Veiligheidsregio Utrecht",
        "afkorting": "VRU",
        "soort": "veiligheidsregio",
        "website": "https://www.vru.nl",
    },
    {
        "naam": "GGD regio Utrecht",
        "afkorting": "GGDrU",
        "soort": "ggd",
        "website": "https://www.ggdru.nl",
    },
    # Rijk (seed 001, 002 en de tabel interbestuurlijke samenwerkingsafspraken)
    {
        "naam": "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
        "afkorting": "BZK",
        "soort": "rijk",
        "website": "https://www.rijksoverheid.nl/ministeries/ministerie-van-binnenlandse-zaken-en-koninkrijksrelaties",
    },
    {
        "naam": "Rijksdienst voor het Cultureel Erfgoed",
        "afkorting": "RCE",
        "soort": "rijk",
        "website": "https://www.cultureelerfgoed.nl",
    },
    {
        "naam": "Rijkswaterstaat",
        "afkorting": "RWS",
        "soort": "rijk",
        "website": "https://www.rijkswaterstaat.nl",
    },
    {
        "naam": "Raad voor het Openbaar Bestuur",
        "afkorting": "ROB",
        "soort": "rijk",
        "website": "https://www.raadopenbaarbestuur.nl",
    },
    # Koepels en regionale samenwerkingsverbanden (seed 002)
    {
        "naam": "Vereniging van Nederlandse Gemeenten",
        "afkorting": "VNG",
        "soort": "overig",
        "website": "https://vng.nl",
    },
    {
        "naam": "Interprovinciaal Overleg",
        "afkorting": "IPO",
        "soort": "overig",
        "website": "https://www.ipo.nl",
    },
    {"naam": "U10", "afkorting": "", "soort": "overig", "website": ""},
    {"naam": "Regio Amersfoort", "afkorting": "", "soort": "overig", "website": ""},
    {"naam": "Regio Foodvalley", "afkorting": "", "soort": "overig", "website": ""},
    # Twente (seed 003) en Overijssel (seed 002)
    {
        "naam": "Provincie Overijssel",
        "afkorting": "",
        "soort": "provincie",
        "website": "https://www.overijssel.nl",
    },
    {
        "naam": "Omgevingsdienst Twente",
        "afkorting": "ODT",
        "soort": "omgevingsdienst",
        "website": "",
    },
    {
        "naam": "Waterschap Vechtstromen",
        "afkorting": "",
        "soort": "waterschap",
        "website": "https://www.vechtstromen.nl",
    },
    {"naam": "VTH-samenwerking Twente", "afkorting": "PHO VTH", "soort": "overig", "website": ""},
]

# ---------------------------------------------------------------------------
# Overleggen (convenant art. 5 en 6), in hiërarchische volgorde
# ---------------------------------------------------------------------------

OVERLEGGEN = [
    {
        "naam": "Bestuurlijk Provinciebreed Samenwerkingsoverleg VTH & RO",
        "afkorting": "B-PSO",
        "niveau": "strategisch",
        "functie": "het overleg van bestuurders is verantwoordelijk voor de bestuurlijke koers, het stellen van prioriteiten en het nemen van besluiten over regionale samenwerking en beleidsrichting.",
        "doelgroep": "Bestuurders (zoals wethouders, gedeputeerden of directieleden) van de deelnemende partijen.",
        "bron": "Convenant Regionale Samenwerking, art. 5 en 6",
    },
    {
        "naam": "Ambtelijk Provinciebreed Samenwerkingsoverleg VTH & RO",
        "afkorting": "A-PSO",
        "niveau": "tactisch",
        "functie": "het overleg van ambtelijke vertegenwoordigers vormt de brug tussen beleid en uitvoering binnen hun organisatie. Zij hebben mandaat om op tactisch niveau te besluiten, signalen door te zetten en afspraken te borgen.",
        "doelgroep": "Leidinggevendenden, regievoerders (dan wel afgevaardigden). Beleidsmedewerkers zonder regierol maken geen deel uit van deze vaste doelgroep.",
        "bron": "Convenant Regionale Samenwerking, art. 5 en 6",
    },
    {
        "naam": "Stuurgroep Regiosamenwerking",
        "afkorting": "",
        "niveau": "tactisch",
        "functie": "het tactisch overlegorgaan dat fungeert als algemeen bestuur van de samenwerking, verantwoordelijk voor richting, samenhang en prioritering van de samenwerking binnen het fysieke domein.",
        "doelgroep": "Tactisch sturende sleutelfiguren die betrokken zijn bij de richting en prioritering van de samenwerking. De stuurgroep bestaat uit een representatieve vertegenwoordiging van de Partijen of bewust gekozen vertegenwoordigers met inhoudelijk overzicht, interbestuurlijke ervaring en verbindend vermogen.",
        "bron": "Convenant Regionale Samenwerking, art. 5 en 6",
    },
    {
        "naam": "Coördinatieoverleg",
        "afkorting": "",
        "niveau": "tactisch",
        "functie": "het overleg tussen de formele coördinatoren van de samenwerking dat als dagelijks bestuur fungeert en zorgt voor afstemming, voortgangsbewaking en thematische coördinatie.",
        "doelgroep": "Formele coördinatoren van de provincie Utrecht en de ODU. Afhankelijk van de thematiek kunnen trekkers van kennisnetwerken of projectgroepen aansluiten.",
        "bron": "Convenant Regionale Samenwerking, art. 5 en 6",
    },
    {
        "naam": "Kennisnetwerken / Themagroepen / Projectgroepen",
        "afkorting": "",
        "niveau": "operationeel",
        "functie": "inhoudelijke overlegvormen of tijdelijke samenwerkingsverbanden binnen de regionale samenwerking, gericht op kennisdeling, thematische verdieping en uitvoering.",
        "doelgroep": "Inhoudelijk betrokken professionals met expertise op het betreffende thema. Deze groepen zijn praktijkgericht, flexibel samengesteld en gericht op kennisdeling, samenwerking en ontwikkeling van uitvoeringsgerichte of thematische acties.",
        "bron": "Convenant Regionale Samenwerking, art. 5 en 6",
    },
]

# ---------------------------------------------------------------------------
# Begrippen
# ---------------------------------------------------------------------------

BEGRIPPEN = [
    # (1) De tien begrippen van convenant art. 1 (definities letterlijk)
    {
        "term": "Convenant",
        "definitie": "deze overeenkomst waarin afspraken zijn vastgelegd over de inrichting, coördinatie en uitvoering van de regionale samenwerking binnen het fysieke domein in de provincie Utrecht.",
        "afkortingen": [],
        "synoniemen": [
            "Convenant Regionale Samenwerking",
            "samenwerkingsconvenant",
            "overeenkomst",
        ],
        "bron": "Convenant Regionale Samenwerking, art. 1",
    },
    {
        "term": "Partijen",
        "definitie": "de ondertekenaars van dit Convenant, te weten de in de aanhef genoemde gemeenten, waterschappen, provinciale en rijksorganisaties, omgevingsdiensten en andere betrokken overheidsorganisaties.",
        "afkortingen": [],
        "synoniemen": ["Partij", "ondertekenaars", "deelnemers"],
        "bron": "Convenant Regionale Samenwerking, art. 1",
    },
    {
        "term": "B-PSO",
        "definitie": "het overleg van bestuurders (zoals wethouders, gedeputeerden en directieleden) dat strategische sturing en besluitvorming verzorgt ten aanzien van de samenwerking.",
        "afkortingen": ["B-PSO"],
        "synoniemen": [
            "Bestuurlijk Provinciebreed Samenwerkingsoverleg VTH & RO",
            "bestuurlijk overleg",
        ],
        "bron": "Convenant Regionale Samenwerking, art. 1",
    },
    {
        "term": "A-PSO",
        "definitie": "het overleg van ambtelijke vertegenwoordigers met een regierol op tactisch niveau, gericht op beleidsafstemming, prioritering en voorbereiding van bestuurlijke besluitvorming.",
        "afkortingen": ["A-PSO"],
        "synoniemen": [
            "Ambtelijk Provinciebreed Samenwerkingsoverleg VTH & RO",
            "ambtelijk overleg",
        ],
        "bron": "Convenant Regionale Samenwerking, art. 1",
    },
    {
        "term": "Stuurgroep Regiosamenwerking",
        "definitie": "het tactisch overlegorgaan dat fungeert als algemeen bestuur van de samenwerking, verantwoordelijk voor richting, samenhang en prioritering van de samenwerking binnen het fysieke domein.",
        "afkortingen": [],
        "synoniemen": ["stuurgroep", "algemeen bestuur van de samenwerking"],
        "bron": "Convenant Regionale Samenwerking, art. 1",
    },
    {
        "term": "Coördinatieoverleg",
        "definitie": "het overleg tussen de formele coördinatoren van de samenwerking (provincie Utrecht en Omgevingsdienst Utrecht (ODU in oprichting), dat als dagelijks bestuur fungeert en zorgt voor afstemming, voortgangsbewaking en thematische coördinatie.",
        "afkortingen": [],
        "synoniemen": ["dagelijks bestuur van de samenwerking"],
        "bron": "Convenant Regionale Samenwerking, art. 1",
    },
    {
        "term": "Omgevingsdienst Utrecht",
        "definitie": "de regionale uitvoeringsorganisatie die verantwoordelijk is voor onder andere vergunningverlening, toezicht en handhaving, en die een coördinerende rol vervult op tactisch en operationeel niveau binnen de samenwerking.",
        "afkortingen": ["ODU"],
        "synoniemen": ["omgevingsdienst"],
        "bron": "Convenant Regionale Samenwerking, art. 1",
    },
    {
        "term": "Kennisnetwerken / Themagroepen / Projectgroepen",
        "definitie": "inhoudelijke overlegvormen of tijdelijke samenwerkingsverbanden binnen de regionale samenwerking, gericht op kennisdeling, thematische verdieping en uitvoering.",
        "afkortingen": [],
        "synoniemen": ["kennisnetwerk", "themagroep", "projectgroep", "werkgroep"],
        "bron": "Convenant Regionale Samenwerking, art. 1",
    },
    {
        "term": "Uitvoeringsafspraken",
        "definitie": "nadere afspraken die voortkomen uit dit Convenant en die betrekking hebben op de praktische invulling, uitvoering of operationalisering van de samenwerking.",
        "afkortingen": [],
        "synoniemen": ["uitvoeringsafspraak", "samenwerkingsafspraak", "werkafspraak"],
        "bron": "Convenant Regionale Samenwerking, art. 1",
    },
    {
        "term": "Coördinatoren",
        "definitie": "de provincie Utrecht en de Omgevingsdienst Utrecht, die gezamenlijk verantwoordelijk zijn voor de coördinatie van de samenwerking.",
        "afkortingen": [],
        "synoniemen": ["coördinator", "formele coördinatoren"],
        "bron": "Convenant Regionale Samenwerking, art. 1",
    },
    # (2) VTH en RO (considerans)
    {
        "term": "VTH",
        "definitie": "Vergunningverlening, Toezicht en Handhaving. Partijen erkennen dat integrale samenwerking op het gebied van VTH én Ruimtelijke Ontwikkeling (RO) noodzakelijk is om maatschappelijke opgaven in de fysieke leefomgeving adequaat te kunnen oppakken.",
        "afkortingen": ["VTH"],
        "synoniemen": [
            "Vergunningverlening, Toezicht en Handhaving",
            "vergunningverlening, toezicht en handhaving",
        ],
        "bron": "Convenant Regionale Samenwerking, considerans",
    },
    {
        "term": "RO",
        "definitie": "Ruimtelijke Ontwikkeling. Onder de verbreding van VTH naar VTH & RO verstaan partijen de samenwerking op VTH en daar waar het voor een goed werkende beleidscyclus RO raakt: van beleid naar uitvoering, met de werkprocessen en het instrumentarium uit de Omgevingswet.",
        "afkortingen": ["RO"],
        "synoniemen": ["Ruimtelijke Ontwikkeling", "ruimtelijke ordening", "VTH & RO"],
        "bron": "Convenant Regionale Samenwerking, considerans",
    },
    # (3) De vijftien kerninstrumenten (tabel interbestuurlijke samenwerkingsafspraken)
    {
        "term": "Omgevingsvisie",
        "definitie": "Een integrale visie op hoofdlijnen van de kwaliteit van de fysieke leefomgeving en van de voorgenomen ontwikkeling, het gebruik, het beheer, de bescherming en het behoud van het grondgebied; de gemeenteraad, provinciale staten en het Rijk stellen elk één omgevingsvisie vast en stemmen zo nodig af. Voorbeeldafspraak: Partijen in de regio wegen sectorale ruimtelijke claims onderling integraal af.",
        "afkortingen": [],
        "synoniemen": ["visie", "structuurvisie"],
        "bron": "Omgevingswet, art. 3.1 en 3.2",
    },
    {
        "term": "Programma",
        "definitie": "Een programma werkt het te voeren beleid voor de ontwikkeling, het gebruik, het beheer, de bescherming of het behoud van een of meer onderdelen van de fysieke leefomgeving uit en bevat maatregelen om omgevingswaarden of andere doelstellingen te bereiken; naast verplichte programma's kunnen overheden vrijwillig een programma vaststellen. Voorbeeldafspraak: Partijen nemen contact met elkaar op bij het initiëren van een vrijwillig programma, bijvoorbeeld voor het klimaat.",
        "afkortingen": [],
        "synoniemen": ["uitvoeringsprogramma", "vrijwillig programma"],
        "bron": "Omgevingswet, art. 3.4",
    },
    {
        "term": "Omgevingsplan",
        "definitie": "Voor het hele grondgebied van de gemeente stelt de gemeenteraad één omgevingsplan vast met regels over de fysieke leefomgeving, waaronder de toedeling van functies aan locaties. Voorbeeldafspraak: Omgevingsdienst en bevoegde gezagen maken in de regio afspraken om gelijksoortige regels te hebben.",
        "afkortingen": [],
        "synoniemen": ["gemeentelijke regels", "regels van de gemeente"],
        "bron": "Omgevingswet, art. 2.4 en 4.2",
    },
    {
        "term": "Waterschapsverordening",
        "definitie": "Het algemeen bestuur van een waterschap stelt voor het hele beheergebied één waterschapsverordening vast met regels over de fysieke leefomgeving, voor zover het gaat om de taken van het waterschap, zoals het beheer van watergangen en waterkeringen.",
        "afkortingen": [],
        "synoniemen": ["keur", "waterschapsregels"],
        "bron": "Omgevingswet, art. 2.5",
    },
    {
        "term": "Omgevingsverordening",
        "definitie": "Provinciale staten stellen voor het hele grondgebied van de provincie één omgevingsverordening vast met regels over de fysieke leefomgeving, met onder meer regels voor het Natuurnetwerk Nederland.",
        "afkortingen": [],
        "synoniemen": ["provinciale verordening", "interim omgevingsverordening"],
        "bron": "Omgevingswet, art. 2.6",
    },
    {
        "term": "Decentrale regels",
        "definitie": "De regels over de fysieke leefomgeving die gemeenten, waterschappen en provincies zelf stellen in respectievelijk het omgevingsplan, de waterschapsverordening en de omgevingsverordening. Een bestuursorgaan houdt daarbij rekening met de taken en bevoegdheden van andere bestuursorganen en stemt zo nodig met deze andere bestuursorganen af.",
        "afkortingen": [],
        "synoniemen": ["decentrale regelgeving", "lokale regels"],
        "bron": "Omgevingswet, art. 2.2, 2.4, 2.5 en 2.6",
    },
    {
        "term": "Omgevingsvergunning",
        "definitie": "Een besluit van het bevoegd gezag dat toestemming geeft voor een activiteit waarvoor bij of krachtens de Omgevingswet een vergunningplicht geldt, zoals een bouwactiviteit, een milieubelastende activiteit of een omgevingsplanactiviteit; voor de reguliere procedure geldt een beslistermijn van acht weken. Voorbeeldafspraak: bevoegde gezagen maken met ketenpartners afspraken over levertermijnen van adviezen, zodat een vergunning binnen 8 weken kan worden afgegeven.",
        "afkortingen": [],
        "synoniemen": ["vergunning", "vergunningaanvraag"],
        "bron": "Omgevingswet, art. 5.1 en 16.64",
    },
    {
        "term": "Projectbesluit",
        "definitie": "Een besluit waarmee het waterschap, de provincie of het Rijk een project met een publiek belang mogelijk maakt, zoals de aanleg van infrastructuur of een waterbergingsgebied; een projectbesluit wijzigt zo nodig het omgevingsplan.",
        "afkortingen": [],
        "synoniemen": ["inpassingsplan", "tracébesluit"],
        "bron": "Omgevingswet, art. 5.44",
    },
    {
        "term": "Toezicht en handhaving",
        "definitie": "Het bevoegd gezag draagt zorg voor de bestuursrechtelijke handhaving van de regels over de fysieke leefomgeving: het toezicht op de naleving en, bij overtredingen, het opleggen van een herstelsanctie of bestuurlijke boete. Voorbeeldafspraak: Partijen maken in de regio afspraken over een gezamenlijk programma en een gezamenlijke strategie voor toezicht en handhaving.",
        "afkortingen": [],
        "synoniemen": ["handhaving", "toezicht", "bestuursrechtelijke handhaving"],
        "bron": "Omgevingswet, art. 18.1",
    },
    {
        "term": "Algemene rijksregels / Meldingen",
        "definitie": "Het Rijk stelt algemene regels over activiteiten in de fysieke leefomgeving, zoals milieubelastende activiteiten en bouwactiviteiten, vast in het Besluit activiteiten leefomgeving en het Besluit bouwwerken leefomgeving. Daarbij kan worden bepaald dat een activiteit vooraf aan het bevoegd gezag moet worden gemeld of dat informatie moet worden verstrekt.",
        "afkortingen": ["Bal", "Bbl"],
        "synoniemen": ["melding", "meldingsplicht", "informatieplicht", "algemene regels"],
        "bron": "Omgevingswet, art. 4.3 en 4.4",
    },
    {
        "term": "Maatwerk",
        "definitie": "Het bevoegd gezag kan in aangewezen gevallen met maatwerkregels in een decentrale regeling of met maatwerkvoorschriften voor een specifieke locatie aanvullen op of afwijken van algemene rijksregels, zodat rekening kan worden gehouden met de lokale situatie.",
        "afkortingen": [],
        "synoniemen": ["maatwerkvoorschrift", "maatwerkregel"],
        "bron": "Omgevingswet, art. 4.5 en 4.6",
    },
    {
        "term": "Gelijkwaardige maatregelen",
        "definitie": "Als in een regel een maatregel is voorgeschreven, mag een andere maatregel worden getroffen als daarmee ten minste hetzelfde resultaat wordt bereikt; het bevoegd gezag beoordeelt of de maatregel gelijkwaardig is en stemt er zo nodig vooraf mee in.",
        "afkortingen": [],
        "synoniemen": ["gelijkwaardigheid", "gelijkwaardige maatregel"],
        "bron": "Omgevingswet, art. 4.7",
    },
    {
        "term": "Participatie",
        "definitie": "Het in een vroeg stadium betrekken van burgers, bedrijven, maatschappelijke organisaties en bestuursorganen bij de voorbereiding van een besluit of initiatief. Bij een omgevingsvisie wordt aangegeven hoe zij zijn betrokken, en bij een aanvraag om een omgevingsvergunning geeft de aanvrager aan of en hoe participatie heeft plaatsgevonden.",
        "afkortingen": [],
        "synoniemen": ["burgerparticipatie", "inspraak", "omgevingsdialoog"],
        "bron": "Omgevingswet, art. 16.55; Omgevingsbesluit, art. 10.7",
    },
    {
        "term": "Digitaal Stelsel Omgevingswet (DSO)",
        "definitie": "De landelijke elektronische voorziening waarmee iedereen omgevingsdocumenten, regels en informatie over de fysieke leefomgeving kan raadplegen en aanvragen en meldingen kan indienen via het Omgevingsloket. Overheden leveren hun omgevingsdocumenten en regels aan deze voorziening aan.",
        "afkortingen": ["DSO"],
        "synoniemen": ["Omgevingsloket", "landelijke voorziening", "digitaal stelsel"],
        "bron": "Omgevingswet, afdeling 20.6",
    },
    {
        "term": "Vooroverleg / omgevingstafel",
        "definitie": "Overleg tussen initiatiefnemer, bevoegd gezag en betrokken overheden en adviseurs voordat een aanvraag wordt ingediend, bij een omgevingstafel met alle betrokken partijen tegelijk aan tafel. Vooroverleg is niet wettelijk voorgeschreven, maar helpt om een initiatief vroegtijdig integraal te beoordelen.",
        "afkortingen": [],
        "synoniemen": ["vooroverleg", "omgevingstafel", "conceptaanvraag"],
        "bron": "Tabel interbestuurlijke samenwerkingsafspraken (BZK)",
    },
    # (4) Overige begrippen uit de seeds
    {
        "term": "Trekker",
        "definitie": "Degene die een project, kennisnetwerk of opgave binnen de samenwerking aanjaagt en inhoudelijk uitwerkt. Afhankelijk van het onderwerp sluiten trekkers van projecten of kennisnetwerken aan bij het coördinatieoverleg, en in de digitale werkomgeving werken trekkers, projectgroepen en kennisnetwerken samen aan de inhoudelijke uitwerking en afstemming.",
        "afkortingen": [],
        "synoniemen": ["bestuurlijk trekker", "ambtelijk trekker"],
        "bron": "Convenant Regionale Samenwerking, art. 4 en 7",
    },
    {
        "term": "Samenwerkingsagenda",
        "definitie": "Een instrument om gestructureerd vanuit bestuurlijke opgaven te werken. De agenda geeft voor de verschillende thema's inzicht in ambities, doelen en resultaten; het werken met een jaaragenda zorgt voor overzicht en samenhang en maakt duidelijk hoe inzet bijdraagt aan het nastreven en bereiken van doelen.",
        "afkortingen": [],
        "synoniemen": ["jaaragenda", "VTH-samenwerkingsagenda", "werkagenda"],
        "bron": "Uitvoeringsplan VTH-samenwerking Twente, opgave 5",
    },
    {
        "term": "Beleidscyclus (Big 8)",
        "definitie": "De beleidscyclus – ook wel Big 8 genoemd – bestaat uit een strategisch en operationeel deel. Het voorbereiden en uitvoeren van de strategische beleidscyclus is een taak van de VTH-samenwerking en het bevoegd gezag is verantwoordelijk voor het vaststellen van de documenten en het beleid; de operationele cyclus (de uitvoering) ligt bij de uitvoeringsorganisaties.",
        "afkortingen": [],
        "synoniemen": ["Big 8", "Big8", "beleidscyclus VTH", "beleidscyclus"],
        "bron": "Uitvoeringsplan VTH-samenwerking Twente, spoor 3",
    },
    {
        "term": "Kerninstrument",
        "definitie": "Een instrument van de Omgevingswet, zoals de omgevingsvisie, het programma, het omgevingsplan of de omgevingsvergunning. In de tabel interbestuurlijke samenwerkingsafspraken is per kerninstrument te zien wat de achterliggende juridische basis is, waar samenwerking nodig is en welke voorbeeldafspraken mogelijk zijn.",
        "afkortingen": [],
        "synoniemen": ["kerninstrumenten", "instrumentarium van de Omgevingswet"],
        "bron": "Tabel interbestuurlijke samenwerkingsafspraken (BZK)",
    },
    {
        "term": "Interbestuurlijk Toezicht",
        "definitie": "Het toezicht dat de provincie houdt op gemeenten, waterschappen en gemeenschappelijke regelingen. In lijn met de landelijke Agenda Toekomst (interbestuurlijk) Toezicht staan samenwerking en dialoog tussen toezichthouder en toezichtontvanger centraal en is er naast oog voor regelgeving ook meer ruimte voor maatwerk.",
        "afkortingen": ["IBT"],
        "synoniemen": ["interbestuurlijk toezicht", "provinciaal toezicht"],
        "bron": "Programma Sterk Utrechts Bestuur, programmalijn Doorontwikkelen Interbestuurlijk Toezicht",
    },
    {
        "term": "Omgevingswet",
        "definitie": "De wet waarin, samen met de daarop gebaseerde regelgeving, sinds 1 januari 2024 het omgevingsrecht voor de fysieke leefomgeving is vastgelegd. Een bestuursorgaan houdt bij de uitoefening van zijn taken en bevoegdheden op grond van deze wet rekening met de taken en bevoegdheden van andere bestuursorganen en stemt zo nodig met deze andere bestuursorganen af.",
        "afkortingen": ["Ow"],
        "synoniemen": ["omgevingsrecht", "nieuwe omgevingsrecht"],
        "bron": "Convenant Regionale Samenwerking, considerans; Omgevingswet, art. 2.2",
    },
    {
        "term": "Gastheerorganisatie",
        "definitie": "De organisatie waar de ondersteuning van een samenwerking wordt ondergebracht. De gastheerorganisatie stelt personeel aan, biedt huisvesting en ondersteuning op het gebied van bedrijfsvoering, gaat namens partijen overeenkomsten met derden aan binnen vastgestelde financiële en juridische kaders en ziet toe op een correcte uitvoering van de taken uit de samenwerkingsafspraken.",
        "afkortingen": [],
        "synoniemen": ["gastheer"],
        "bron": "Uitvoeringsplan VTH-samenwerking Twente, voorbereidingen in 2023",
    },
]

# ---------------------------------------------------------------------------
# Kennisnetwerken (programmalijnen Sterk Utrechts Bestuur, seed 002)
# ---------------------------------------------------------------------------

KENNISNETWERKEN = [
    {
        "titel": "Kennisnetwerk Versterken kennispositie overheden",
        "slug": "versterken-kennispositie-overheden",
        "samenvatting": "Kennisnetwerk dat gemeenten en waterschappen ondersteunt met aanvullende kennis en data, zoals de Staat van Utrecht en de data uit het Geografisch Informatie Systeem van de provincie.",
        "doel": "Door primaire partners te ondersteunen met aanvullende kennis en data, wordt de slagkracht versterkt. Dit draagt bij aan de kwaliteit van het openbaar bestuur.",
        "body": [
            "Binnen de provincie Utrecht beschikken enkele gemeenten over een eigen onderzoeksafdeling of specialistische medewerkers die bedreven zijn in het ontsluiten van specifieke data. Veel gemeenten beschikken hier echter niet over. Hetzelfde geldt voor kennis en capaciteit voor lobbyactiviteiten.",
            "Uit verschillende rapporten komt naar voren dat de provincie haar positie als 'kennishebber' en 'kennismakelaar' uit kan bouwen ten behoeve van haar samenwerkingspartners. Onder meer de Raad voor het Openbaar Bestuur doet een oproep aan provincies om als kennisintermediair op te treden voor gemeenten en regio's. Ook de provincie Utrecht ziet voor haar zelf hier een rol in weggelegd.",
            "De provincie beschikt al over veel data, kennis en onderzoeken. Voorbeelden zijn de Staat van Utrecht (databank met analyse over woon-, werk- en leefklimaat van de 26 Utrechtse gemeenten, en een jaarlijkse special met verdiepend onderzoek naar een actueel thema), de data binnen het Geografisch Informatie Systeem en de kennis binnen de inhoudelijke domeinen en afdelingen. De provincie wil deze kennis graag delen met haar partners.",
            "Daarnaast is er bij de verschillende gemeenten kennis beschikbaar, die van nut kan zijn voor andere gemeenten. De provincie kijkt of zij een rol kan spelen in het bijeenbrengen en ontsluiten daarvan.",
            "Inspiratie: het Trendbureau Overijssel is een inhoudelijk onafhankelijk bureau gericht op het uitvoeren van toekomstverkenningen. Zij verkennen trends en leveren een inhoudelijke bijdrage aan het debat over relevante beleidsonderwerpen. Het trendbureau is tot stand gekomen op initiatief van de provincie Overijssel.",
        ],
        "activiteiten": [
            "Bekijken hoe de data, analyses en de publicaties van de Staat van Utrecht en de data uit het Geografisch Informatie Systeem van de provincie beter zichtbaar en bruikbaar gemaakt kunnen worden voor gemeenten en waterschappen.",
            "Gezamenlijk verkennen hoe de provincie regionale belangen kan bundelen en behartigen bij het Rijk en in de Europese Unie, en gemeenten en waterschappen in contact brengen met de juiste personen van hun respectievelijke koepels.",
            "Helpen het kennisniveau met betrekking tot Europese financieringskansen bij gemeenten en waterschappen te verhogen.",
            "Een verbindende rol spelen in de beschikbaarheid van gemeentelijke informatie onderling.",
            "Een nadere verkenning uitvoeren naar de kennisbehoeften van gemeenten en waterschappen en de manieren waarop de kennis ontsloten kan worden, zoals een provinciaal onderzoeksbureau of een gezamenlijke opleiding 'regionaal samenwerken'.",
        ],
        "niveau": "operationeel",
        "trekkers": [
            {
                "naam": "Team Bestuur, Europa en interbestuurlijk toezicht",
                "organisatie": "Provincie Utrecht",
                "rol": "Trekker",
            },
            {
                "naam": "Coördinator tactisch-operationeel",
                "organisatie": "Omgevingsdienst Utrecht",
                "rol": "Coördinator",
            },
        ],
        "organisaties": [
            "Provincie Utrecht",
            "Omgevingsdienst Utrecht",
            "Gemeente Utrecht",
            "Gemeente Amersfoort",
            "Gemeente Houten",
            "Hoogheemraadschap De Stichtse Rijnlanden",
            "Waterschap Vallei en Veluwe",
        ],
        "vergaderritme": "Een dagdeel per twee maanden",
        "contact": "kennisnetwerk-kennispositie@regiosamenwerking.example",
    },
    {
        "titel": "Kennisnetwerk Relatie en ontmoeten",
        "slug": "relatie-en-ontmoeten",
        "samenvatting": "Kennisnetwerk dat met netwerkdagen en accounthouderschap werkt aan een duurzame relatie op strategisch niveau tussen provincie, gemeenten en waterschappen.",
        "doel": "Het opbouwen van een duurzame relatie op strategisch niveau tussen provincie, gemeenten en waterschappen ter ondersteuning van het bestuur en de inhoudelijke domeinen. Door meer vertrouwen en verbinding komen kortere lijntjes tot stand en wordt de onderlinge relatie verbeterd.",
        "body": [
            "Bij een goede onderlinge relatie en als partijen elkaar voldoende kennen, blijkt dat zij meer vertrouwen hebben in elkaar. Uit verschillende rapporten blijkt dat het versterken van de relatie een bevorderend effect heeft op het functioneren van samenwerkingen en de te behalen resultaten. Een belangrijke voorwaarde voor goede samenwerking is dan ook de persoonlijke relatie die partners opbouwen.",
            "Er zijn veel verbindingen tussen primaire partners. Ambtelijk zijn er vanuit de inhoud veel onderlinge verbanden tussen provincie en samenwerkingspartners. Op uitvoerings- en projectniveau zijn er voldoende contacten.",
            "Er blijkt echter een lacune te zitten in de contacten: er wordt vanuit de uitvoering vaak direct bestuurlijk opgeschaald. Er is daarom, zowel binnen gemeenten en waterschappen als binnen de provincie, behoefte aan een versterkte relatie op ambtelijk en (hoger) managementniveau als het gaat om het bredere strategisch belang, integraliteit, rolinvulling en bestuurlijke zaken. In lijn hiermee wordt ook contact onderhouden met belangrijke regionale overlegorganen zoals de U10, regio Amersfoort en Foodvalley.",
            "Men is goed op de hoogte van elkaar, er ontstaat ruimte om proactief in te spelen op ontwikkelingen en snel verbindingen te leggen, waardoor de rol en positie van partners als constructiever wordt ervaren.",
        ],
        "activiteiten": [
            "Regelmatig netwerkdagen organiseren: om elkaar te ontmoeten, maar tegelijkertijd om aan te haken op inhoudelijke opgaven. De agenda komt in samenspraak met gemeenten en waterschappen tot stand en er wordt aansluiting gezocht bij bestaande overlegstructuren.",
            "Accounthouderschap bestuurlijke zaken invoeren richting gemeenten en waterschappen, voor het verbeteren van de relatie, informatie-uitwisseling en meer focus op strategie en integraliteit. De rol van de accounthouder is die van verbinder, makelaar en oliemannetje.",
        ],
        "niveau": "tactisch",
        "trekkers": [
            {
                "naam": "Accounthouder bestuurlijke zaken",
                "organisatie": "Provincie Utrecht",
                "rol": "Trekker",
            },
        ],
        "organisaties": [
            "Provincie Utrecht",
            "Gemeente Nieuwegein",
            "Gemeente Zeist",
            "Gemeente De Bilt",
            "Waterschap Rivierenland",
            "U10",
            "Regio Amersfoort",
            "Regio Foodvalley",
        ],
        "vergaderritme": "Regelmatig een netwerkdag, in aansluiting op bestaande overlegstructuren",
        "contact": "kennisnetwerk-relatie-en-ontmoeten@regiosamenwerking.example",
    },
    {
        "titel": "Kennisnetwerk Rollen, houding en gemeenschappelijke afspraken",
        "slug": "rollen-houding-en-gemeenschappelijke-afspraken",
        "samenvatting": "Kennisnetwerk met reflectieve sessies voor bestuurders, ambtenaren en volksvertegenwoordigers over rollen, rolwisselingen en gemeenschappelijke afspraken in samenwerkingsverbanden.",
        "doel": "Meer bekendheid en inzicht in rollen en rolwisseling bij samenwerking. Hierdoor zullen gemeenten, waterschappen en provincie elkaar makkelijker begrijpen, wat de slagvaardigheid ten goede komt.",
        "body": [
            "Partijen organiseren zich in eerste instantie met de focus op de te realiseren opgave (initiatiefase). Vaak vormt zich daar een samenwerkingsstructuur daaromheen (groeifase). In veel gevallen transformeert de focus van de opgave gedurende de looptijd, of krijgt deze een andere dynamiek als gevolg van maatschappelijke ontwikkelingen. De vorm van de samenwerking past zich daar niet altijd tijdig op aan. Door tijdig aandacht te besteden aan de verantwoordelijkheden en deze te koppelen aan de governance kan veel tijdwinst geboekt worden.",
            "Uit gesprekken tussen gemeenten, waterschappen en provincie kwam naar voren dat er behoefte is aan meer duidelijkheid in rollen en verantwoordelijkheden bij partijen in een samenwerkingsverband. Rolwijzigingen en dubbelrollen hebben in de praktijk vaak een impliciet karakter, die niet voor alle partijen die aan de opgave werken even helder is. Weten welke rol een partij inneemt en herkennen wanneer een rol wijzigt, draagt bij aan een betere samenwerking.",
            "Er is daarbij verschil in de behoeften van volksvertegenwoordigers, bestuurders en ambtenaren. Zo willen bestuurders graag weten wie welke rol pakt. Ambtenaren hebben meer behoefte aan gezamenlijke afspraken over rolinvulling. Voor volksvertegenwoordigers is de democratische legitimering van een samenwerkingsverband een aandachtspunt.",
            "Voorbeeldcasus: de provincie Utrecht is samen met haar partners gestart in het kwadrant van samenwerkende overheid, om te komen tot een gezamenlijke en gedragen Omgevingsvisie en verordening. Nadat de ontwerp Omgevingsvisie gereed was, is deze het traject van terinzagelegging ingegaan. De rollen van de samenwerkingspartners veranderen daarmee.",
            "Inspiratie: de U10 heeft geconstateerd dat zij als netwerksamenwerking in een fase komt waarbij daadwerkelijk projecten uitgevoerd en gerealiseerd worden. De U10 heeft daarom een nieuwe governance vastgesteld, met nieuwe samenwerkingsafspraken passend bij de doelen van de komende jaren.",
        ],
        "activiteiten": [
            "Reflectieve sessies met bestuurders van de primaire partners waarin rollen en verantwoordelijkheden in samenwerkingen verder worden verkend aan de hand van dilemma's en getoetst aan wetenschappelijke inzichten.",
            "Reflectieve sessies met ambtenaren van de primaire partners waarin de rol in samenwerkingsverbanden verder wordt verkend, en waarin wordt gekeken of het belangrijk is om een set van afspraken toe te voegen bij gemeenschappelijke opgaven.",
            "Reflectieve sessies met volksvertegenwoordigers van de primaire partners over een relevant samenwerkingsthema, zoals democratische legitimatie in relatie tot regionale samenwerking.",
            "Gemixte sessies met bestuurders, ambtenaren en volksvertegenwoordigers aan de hand van concrete casussen zoals het REP, RES of Omgevingswet, bijvoorbeeld middels serious gaming of een regio governance lab.",
        ],
        "niveau": "strategisch",
        "trekkers": [
            {
                "naam": "Gedeputeerde met portefeuille Bestuur",
                "organisatie": "Provincie Utrecht",
                "rol": "Bestuurlijk trekker",
            },
            {
                "naam": "Team Bestuur, Europa en interbestuurlijk toezicht",
                "organisatie": "Provincie Utrecht",
                "rol": "Trekker",
            },
        ],
        "organisaties": [
            "Provincie Utrecht",
            "Gemeente Utrecht",
            "Gemeente Amersfoort",
            "Hoogheemraadschap De Stichtse Rijnlanden",
            "Vereniging van Nederlandse Gemeenten",
            "U10",
        ],
        "vergaderritme": "Reflectieve sessies per doelgroep en gemixte sessies, afgestemd op de behoeften van bestuurders, volksvertegenwoordigers en ambtenaren",
        "contact": "kennisnetwerk-rollen-en-afspraken@regiosamenwerking.example",
    },
]

# ---------------------------------------------------------------------------
# Themagroepen (seeds 002, 003 en 004)
# ---------------------------------------------------------------------------

THEMAGROEPEN = [
    {
        "titel": "Themagroep Risicogericht samenwerken",
        "slug": "risicogericht-samenwerken",
        "samenvatting": "Themagroep van gemeenten, omgevingsdienst, veiligheidsregio, GGD en provincie die risicogericht samenwerkt aan vraagstukken waarvoor wet- en regelgeving nog geen passend antwoord biedt.",
        "doel": "Partijen zoeken risicogericht de samenwerking om gezamenlijk tot oplossingen te komen die met het geldend wettelijk kader niet mogelijk waren geweest. Het gemeenschappelijke doel is het in stand houden, borgen of indien nodig verbeteren van een veilige en gezonde leefomgeving.",
        "body": [
            "Veranderingen in de buitenwereld, in de vorm van veranderende wet- en regelgeving, verandering in ontwikkeling en toepassing in nieuwe technieken, bijvoorbeeld ten behoeve van de energietransitie, raken alle partijen in hun werken en functioneren. Deze veranderingen gaan echter zo snel dat in de praktijk wet- en regelgeving pas later dekkend kan worden aangepast.",
            "De themagroep werkt op basis van het modelconvenant risicogericht samenwerken tussen gemeenten, omgevingsdiensten, veiligheidsregio's, GGD en provincie. Het modelconvenant is dynamisch: partijen kunnen in overleg artikelen aanpassen, verwijderen of bijvoegen, en niet genoemde partijen zoals waterschappen kunnen worden toegevoegd.",
            "Het convenant heeft als doel om de uitvoerbaarheid of uitvoeringsproblemen van wet- en regelgeving in onderlinge afspraken op te pakken en risicogericht te kunnen gaan aanvullen, de samenwerking en onderlinge informatievoorziening te versterken en te optimaliseren, kennis te vergroten over complexe vraagstukken waarvoor geen standaard regels of afspraken zijn, en het bevoegd gezag in staat te stellen integraal keuzes te maken en daarmee consequenties bewust en bekwaam te kunnen aanvaarden.",
            "Partijen spreken af elkaar te betrekken bij complexe inhoudelijke vraagstukken en stemmen adviezen en adviesvragen op elkaar af. Dit gaat onder andere om adviezen in het kader van ruimtelijke ordening en vergunningverlening. In het kader van toezicht zoeken partijen naar gezamenlijke werkwijzen.",
        ],
        "activiteiten": [
            "Pilots opzetten om de verschillende facetten van het risicogericht werken te verfijnen en te implementeren in de staande werkafspraken.",
            "Kennismakingsbijeenkomsten organiseren om de bekendheid van en over professionals te verbeteren en kennis te delen over elkaars werkprocessen en overwegingen.",
            "Een gezamenlijke leeromgeving met bijeenkomsten, cursussen en workshops voor de professionals van veiligheid, gezondheid, ruimtelijke ordening, vergunningverlening en toezicht/handhaving.",
            "Relevante gegevens wederzijds ter beschikking stellen voor risicobeoordeling, risicocommunicatie en nieuwe complexe ontwikkelingen, voor zover wetgeving op het gebied van privacy dit toelaat.",
            "Gezamenlijke en gedragen escalatieladders opstellen voor gevallen waarbij adviseurs niet tot overeenstemming kunnen komen.",
            "Periodiek deelnemen aan landelijke of regionale benchmarktrajecten.",
        ],
        "niveau": "operationeel",
        "trekkers": [
            {
                "naam": "Coördinator tactisch-operationeel",
                "organisatie": "Omgevingsdienst Utrecht",
                "rol": "Trekker",
            },
            {
                "naam": "Adviseur medische milieukunde",
                "organisatie": "GGD regio Utrecht",
                "rol": "Kernlid",
            },
        ],
        "organisaties": [
            "Gemeente Utrecht",
            "Gemeente Nieuwegein",
            "Omgevingsdienst Utrecht",
            "Veiligheidsregio Utrecht",
            "GGD regio Utrecht",
            "Provincie Utrecht",
        ],
        "vergaderritme": "Periodieke bijeenkomsten over voortgang en beheer; evaluatie van het convenant elke vier jaar",
        "contact": "themagroep-risicogericht-samenwerken@regiosamenwerking.example",
    },
    {
        "titel": "Themagroep Doorontwikkelen Interbestuurlijk Toezicht",
        "slug": "doorontwikkelen-interbestuurlijk-toezicht",
        "samenvatting": "Themagroep waarin provincie, gemeenten en waterschappen het interbestuurlijk toezicht (IBT) meer in dialoog oppakken en kennisdelingsbijeenkomsten organiseren.",
        "doel": "Samen met de primaire partners in dialoog over de vijf thema's van het IBT, en het aan de voorkant organiseren van kennissessies.",
        "body": [
            "Het Interbestuurlijk Toezicht (IBT) is al geruime tijd volop in beweging. De vierde periodieke beschouwing over de interbestuurlijke verhoudingen na de decentralisaties in het sociale en fysieke domein, ‘En nu verder!’, benadrukt een doorontwikkeling van het IBT. Daarnaast is landelijk het actieplan Agenda Toekomst (interbestuurlijk) Toezicht opgesteld, waarin samenwerking en dialoog tussen toezichthouder en toezichtontvanger centraal staan.",
            "Er is naast oog voor regelgeving ook meer ruimte voor maatwerk, rekening houdend met de specifieke situatie en de opgaven van gemeenten en waterschappen. Daarnaast zal het IBT zich meer richten op aanvullende thema-onderzoeken, kennisbijeenkomsten en “reality checks” naar maatschappelijk relevante (risicogerichte) onderwerpen. Zo komt IBT meer in dienst te staan van de gezamenlijke opgaven.",
            "Het IBT binnen de provincie Utrecht zal zich in lijn met de landelijke agenda doorontwikkelen. Het gaat hierbij om de IBT-taken waarvoor de provincie verantwoordelijk is om toezicht te houden richting gemeenten, waterschappen en gemeenschappelijke regelingen.",
            "Voorbeeldcasus: in samenwerking met het Kennisplatform Informatie en Archief (KIA) heeft een bijeenkomst over informatie- en archiefbeheer binnen de Utrechtse gemeenten, waterschappen en samenwerkingsverbanden plaatsgevonden. Aan de hand van informatiesessies en workshops zijn kennis en ervaringen over actuele relevante onderwerpen met elkaar gedeeld.",
        ],
        "activiteiten": [
            "Het IBT wordt meer in dialoog opgepakt.",
            "Er worden regionale en provinciale kennisdelingsbijeenkomsten georganiseerd, waarbij meer dan nu toezicht met andere onderwerpen wordt gecombineerd.",
            "Voorafgaand aan verdere concrete uitvoering worden de wensen en behoeften getoetst bij de partners; suggesties zoals een horizontaal traject, visitaties of peer reviews tussen gemeenten onderling worden daarbij meegenomen.",
        ],
        "niveau": "tactisch",
        "trekkers": [
            {
                "naam": "Team Bestuur, Europa en interbestuurlijk toezicht",
                "organisatie": "Provincie Utrecht",
                "rol": "Trekker",
            },
        ],
        "organisaties": [
            "Provincie Utrecht",
            "Gemeente Zeist",
            "Gemeente Houten",
            "Gemeente De Bilt",
            "Hoogheemraadschap De Stichtse Rijnlanden",
            "Waterschap Vallei en Veluwe",
            "Hoogheemraadschap Amstel, Gooi en Vecht",
        ],
        "vergaderritme": "Periodieke regionale en provinciale kennisdelingsbijeenkomsten",
        "contact": "themagroep-interbestuurlijk-toezicht@regiosamenwerking.example",
    },
    {
        "titel": "Themagroep Overzicht samenwerkingsverbanden",
        "slug": "overzicht-samenwerkingsverbanden",
        "samenvatting": "Themagroep die in kaart brengt welke partijen in welk samenwerkingsverband een rol hebben, filterbaar op onderwerp en juridische vorm.",
        "doel": "Een overzicht van alle samenwerkingen biedt inzicht in welke partijen in welk samenwerkingsverband een rol hebben. Dit overzicht kan worden ingezet om te kijken waar overlap zit om zo samenwerkingen effectiever in te richten.",
        "body": [
            "Gemeenten, waterschappen en provincie komen elkaar tegen in vele verschillende netwerken, gemeenschappelijke regelingen en overlegplatformen. Dit heeft geleid tot een complex geheel aan samenwerkingsverbanden. Vaak is onderling niet goed bekend wie (welke bestuurder en welk college) in welk samenwerkingsverband zit en wat de onderlinge verwevenheid is.",
            "Zowel vanuit gemeenten en waterschappen als uit het rapport 'Zelfbewust Zichtbaar' komt naar voren dat het in kaart brengen van het overleg-landschap en de fasen waarin deze samenwerkingen verkeren inzicht kan bieden voor alle betrokkenen.",
            "Inspiratie: Provincie Overijssel beschikt over een kaartviewer intergemeentelijke samenwerking. Op deze interactieve kaart is een overzicht te zien van de samenwerkingsverbanden die er zijn binnen het gebied van de provincie, en welke partijen eraan deelnemen. Om snel te vinden wat men zoekt kan gefilterd worden op onderwerp en juridische vorm van het samenwerkingsverband.",
        ],
        "activiteiten": [
            "Een overzicht maken van de verschillende bestuurlijke samenwerkingsverbanden binnen de provincie Utrecht waarin de primaire partners een rol hebben. Hierbij gaat het zowel om Wgr-samenwerkingsverbanden als om netwerksamenwerkingen.",
            "Via reflectie en behoefte bekijken of het overzicht uitgebreid kan worden met samenwerkingsverbanden waar de overheid niet of minder bij betrokken is (energiecoöperaties, sociale ondernemers, etc.).",
            "Het overzicht actueel houden via een digitaal platform waarop gemakkelijk wijzigingen kunnen worden aangebracht.",
        ],
        "niveau": "tactisch",
        "trekkers": [
            {
                "naam": "Team Bestuur, Europa en interbestuurlijk toezicht",
                "organisatie": "Provincie Utrecht",
                "rol": "Trekker",
            },
        ],
        "organisaties": [
            "Provincie Utrecht",
            "U10",
            "Regio Amersfoort",
            "Regio Foodvalley",
            "Gemeente Amersfoort",
            "Waterschap Vallei en Veluwe",
        ],
        "vergaderritme": "Een dagdeel per twee maanden",
        "contact": "themagroep-samenwerkingsverbanden@regiosamenwerking.example",
    },
    {
        "titel": "Themagroep Beleidscyclus VTH (Big 8)",
        "slug": "beleidscyclus-vth-big-8",
        "samenvatting": "Themagroep die de rollen, taken en verantwoordelijkheden in de beleidscyclus VTH (Big 8) beschrijft en de verschillende VTH-beleidscycli binnen het omgevingsrecht met elkaar verbindt.",
        "doel": "De beleidscyclus is effectief als het strategische en operationele deel ervan met elkaar zijn verbonden. Voor de VTH-milieucyclus is een scherpere beschrijving van de rollen, taken en verantwoordelijkheden nodig, en het verbinden van de verschillende VTH-beleidscycli binnen het omgevingsrecht is een noodzakelijke richting vanuit een integrale benadering van de relevante maatschappelijke opgaven.",
        "body": [
            "De beleidscyclus – ook wel Big 8 genoemd – bestaat uit een strategisch en operationeel deel. Het voorbereiden en uitvoeren van de strategische beleidscyclus is een taak van de VTH-samenwerking. Het bevoegd gezag (colleges) is verantwoordelijk voor het vaststellen van de documenten en het beleid. De operationele cyclus (de uitvoering) ligt bij de verschillende uitvoeringsorganisaties (bevoegd gezag, uitvoeringsdiensten en ketenpartners), afhankelijk van waar de taak ligt. De uitvoering legt verantwoording af aan het eigen bestuur.",
            "In de praktijk is sprake van verschillende beleidscycli voor de taakvelden binnen het omgevingsrecht. In Twente is voor milieu in 2022 het regionale VTH-beleidsplan opgesteld (wettelijk verplicht). Binnen de VTH-samenwerking zijn twee vraagstukken aan de orde: de rollen, taken en verantwoordelijkheden van de beleidscyclus VTH-milieu scherper beschrijven, en het verbinden van de verschillende beleidscycli binnen het omgevingsrecht.",
            "Voor ieder ‘repeterend’ product in de beleidscyclus worden de taken, rollen en verantwoordelijkheden beschreven, binnen de fasering ‘voorbereiden’, ‘opstellen’ en ‘vaststellen/besluiten’. Voor de ODT-taken geldt de volgende lijn. Beleid: bevoegd gezag in de lead, betrekt ketenpartners bij beleidsontwikkeling. Programma: bevoegd gezag bepaalt de kaders vanuit beleid, ODT levert de inhoudelijke bijdrage en is in de lead. Jaarverslag: ODT in de lead en bevoegd gezag stuurt op behalen van beleidsdoelen. Monitoring: ODT in de lead en bevoegd gezag stuurt op behalen van beleidsdoelen, tijdig bijsturen en analyse.",
            "Voor een meer integrale benadering van de verschillende VTH-beleidscycli worden verkenningen en voorstellen ontwikkeld. Hierbij zijn verschillende integratieniveaus te onderscheiden naar analogie van ‘verliefd’ (informatiedeling en uitwisseling), ‘verloofd’ (organiseren betrokkenheid in ontwikkeling en uitvoering) en ‘getrouwd’ (beleidsmatige integratie).",
            "Ook het Convenant Regionale Samenwerking in de regio Utrecht gaat uit van het werken in de beleidscyclus, daar waar dit raakt aan de uitvoering; dit versterkt het cyclisch werken van het VTH- en RO-domein.",
        ],
        "activiteiten": [
            "Beschrijving beleidscyclusproducten VTH-milieu door vertegenwoordiging van Kerngroep en ODT (Q1 2024).",
            "Opstellen van voorstel voor integratie van verschillende VTH-beleidscycli (2024).",
        ],
        "niveau": "tactisch",
        "trekkers": [
            {
                "naam": "Voorzitter VTH-kerngroep",
                "organisatie": "VTH-samenwerking Twente",
                "rol": "Trekker",
            },
        ],
        "organisaties": [
            "VTH-samenwerking Twente",
            "Omgevingsdienst Twente",
            "Provincie Overijssel",
            "Waterschap Vechtstromen",
        ],
        "vergaderritme": "Een dag in de maand",
        "contact": "themagroep-beleidscyclus@regiosamenwerking.example",
    },
]

# ---------------------------------------------------------------------------
# Projectgroepen (opgaven uit het Uitvoeringsplan VTH-samenwerking Twente, seed 003)
# ---------------------------------------------------------------------------

PROJECTGROEPEN = [
    {
        "titel": "Projectgroep Slagkracht VTH-kerngroep vergroten",
        "slug": "slagkracht-vth-kerngroep",
        "samenvatting": "Projectgroep die de VTH-kerngroep in Twente versterkt met een onafhankelijke voorzitter en secretaris, gedekt door een gelijke bijdrage van 0,1 fte per deelnemer.",
        "doel": "Eerste prioriteit is het organiseren van ambtelijke capaciteit om de verbrede opgave en juist ook de implementatie op korte termijn te kunnen uitvoeren. In een collegevoorstel wordt van iedere deelnemer de benodigde investering gevraagd, zowel in middelen als in capaciteit, zodat met ingang van 1 januari 2024 de ambtelijke capaciteit op orde is.",
        "opdracht": "Het aanstellen van een onafhankelijke voorzitter (circa 0,8 fte) en secretaris (circa 0,6 fte) van de VTH-kerngroep. Daarbij moeten keuzes worden gemaakt over de organisatie die als gastheer optreedt (de provincie, één van de gemeenten of een GR), de wijze van aanstelling (detachering, in dienstneming of inhuur), de duur van de aanstelling, de aansturing en verantwoording, en de wijze van werving (intern of extern).",
        "body": [
            "De inzet van een onafhankelijke voorzitter en een secretaris zal de slagkracht van de VTH-kerngroep enorm versterken doordat er structureel gewerkt kan worden aan de ambtelijke VTH-samenwerking. Het takenpakket van de voorzitter beperkt zich niet louter tot de voorzittersrol maar omvat ook projectleiderstaken en de ontwikkeling en bewaking van het VTH-samenwerkingsstelsel.",
            "Op basis van de benodigde inzet wordt van alle deelnemers een vaste bijdrage gevraagd van 0,1 fte per deelnemer. Op basis van 14 gemeenten (13 ambtelijke organisaties) en de provincie levert dit de dekking op van de voorzitter en secretaris; indicatief gaat het om een bijdrage van circa € 10.000 per deelnemer. Dit is in eerste instantie voor een periode van 3 jaar met de intentie van een structurele bijdrage (afhankelijk van de uitkomst van de evaluatie in 2026).",
            "Voor beide functies wordt een profiel opgesteld waarbij naast de benodigde competenties ook feeling met de vakinhoud wordt vereist.",
        ],
        "activiteiten": [
            "Bepalen keuze voor gastheer.",
            "Opstellen profiel en takenpakket.",
            "Uitwerken van overige organisatorische keuzes.",
            "Opstellen collegevoorstel in najaar 2023.",
            "Uitvoering door begeleidingsgroep (inclusief coördinerend gemeentesecretaris) en met ondersteuning van een HR-adviseur.",
            "Afstemming en sondering van de bestuurlijke ambitie / collegevoorstel in kring van gemeentesecretarissen.",
            "Werven i.c. aantrekken van secretaris en voorzitter in Q4 2023 / Q1 2024.",
        ],
        "niveau": "tactisch",
        "trekkers": [
            {
                "naam": "Marcel Klos",
                "organisatie": "VTH-samenwerking Twente",
                "rol": "Ambtelijk opdrachtgever (coördinerend gemeentesecretaris)",
            },
            {
                "naam": "Begeleidingsgroep Doorontwikkeling VTH-samenwerking",
                "organisatie": "VTH-samenwerking Twente",
                "rol": "Opdrachtnemer",
            },
        ],
        "organisaties": [
            "VTH-samenwerking Twente",
            "Provincie Overijssel",
        ],
        "vergaderritme": "Een dag in de maand",
        "contact": "projectgroep-slagkracht-kerngroep@regiosamenwerking.example",
        "startdatum": "2023-10-01",
        "einddatum": "2024-03-31",
        "status": "afgerond",
        "resultaten": [
            {
                "resultaat": "Collegevoorstel voor de benodigde investering in middelen en capaciteit",
                "kwartaal": "Q4 2023",
            },
            {
                "resultaat": "Onafhankelijke voorzitter en secretaris van de VTH-kerngroep aangetrokken",
                "kwartaal": "Q1 2024",
            },
        ],
    },
    {
        "titel": "Projectgroep Uitwerken VTH-samenwerkingsafspraken",
        "slug": "vth-samenwerkingsafspraken",
        "samenvatting": "Projectgroep die de verbreding, doelformulering en organisatie van de VTH-samenwerking vastlegt in hernieuwde, schriftelijke samenwerkingsafspraken.",
        "doel": "De geformuleerde ontwikkelingsrichting van de VTH-samenwerking moet worden geborgd. Dit betekent enerzijds het uitwerken en beschrijven van de verbreding, doelformulering en de organisatie, en anderzijds een vaststelling en daarmee (her)bevestiging van de nieuwe VTH-samenwerkingsafspraken. De hernieuwde VTH-samenwerkingsafspraken worden schriftelijk uitgewerkt.",
        "opdracht": "In de hernieuwde afspraken worden in ieder geval beschreven: de reikwijdte en doelstelling van de VTH-samenwerking; de taken, rollen en organisatie van de gremia in de VTH-samenwerking (PHO, Kerngroep en Twentebreed overleg voor beleidsambtenaren); en de werkwijze en samenwerking binnen de VTH-samenwerking, de samenhang met andere regionale overleggen en de verbinding met bevoegd gezagen.",
        "body": [
            "Er wordt uitgegaan van Samenwerking VTH Beleid & Organisatie Omgevingsrecht, waarbij naast beleidsmatige ook organisatorische opgaven, zoals de organisatie van uitvoeringskracht en het borgen van samenwerkingsafspraken Omgevingswet, hiervan onderdeel uitmaken.",
            "Belangrijke aandachtspunten bij de taken, rollen en organisatie zijn: taken, rollen en verantwoordelijkheden; de deelnemers in de VTH-samenwerking, mede in verband met de regionale samenwerkingsafspraken Omgevingswet (VTH); de samenstelling van PHO en VTH-kerngroep; en het onderscheid in de beleidscyclus (Big8) voor de ODT-taken (wettelijk verplicht) en andere beleidsmatige thema's.",
            "Aandachtspunten bij de werkwijze zijn een expliciete scheiding van de VTH-samenwerking en de ODT-samenwerking, de verbinding met andere bestuurlijke overleggen zoals het PHO MDA, en het loskoppelen van PHO en AB ODT.",
            "De volgende keuzes moeten worden gemaakt: handhaven of wijzigen van de huidige samenstelling van het PHO; de vorm waarin de hernieuwde samenwerkingsafspraken worden vastgelegd (een bestuurlijke notitie, een samenwerkingsconvenant, etc.); de wijze van borging (besluitvorming in het PHO, vaststelling in de colleges); en hoe we elkaar aanspreken wanneer afspraken niet nagekomen worden.",
        ],
        "activiteiten": [
            "Instellen van een projectgroep met vertegenwoordiging vanuit het VTH-samenwerkingsveld inclusief ODT-samenwerking, onder leiding van een aan te stellen projectleider.",
            "Reflecteren en sonderen bij kerngroep, Twentebreed overleg en accounthoudersoverleg ODT.",
            "Nauwe betrokkenheid van coördinerend gemeentesecretaris als ambtelijk opdrachtgever.",
            "Oplevering concept samenwerkingsafspraken in Q2 2024.",
        ],
        "niveau": "tactisch",
        "trekkers": [
            {
                "naam": "Projectleider VTH-samenwerkingsafspraken",
                "organisatie": "VTH-samenwerking Twente",
                "rol": "Trekker",
            },
            {
                "naam": "Marcel Klos",
                "organisatie": "VTH-samenwerking Twente",
                "rol": "Ambtelijk opdrachtgever (coördinerend gemeentesecretaris)",
            },
            {
                "naam": "Jaimi van Essen",
                "organisatie": "VTH-samenwerking Twente",
                "rol": "Bestuurlijk opdrachtgever (bestuurlijk trekker en voorzitter PHO)",
            },
        ],
        "organisaties": [
            "VTH-samenwerking Twente",
            "Omgevingsdienst Twente",
            "Provincie Overijssel",
            "Waterschap Vechtstromen",
        ],
        "vergaderritme": "Een dag in de maand",
        "contact": "projectgroep-samenwerkingsafspraken@regiosamenwerking.example",
        "startdatum": "2024-01-01",
        "einddatum": "2024-06-30",
        "status": "afgerond",
        "resultaten": [
            {"resultaat": "Oplevering concept samenwerkingsafspraken", "kwartaal": "Q2 2024"},
        ],
    },
    {
        "titel": "Projectgroep VTH-samenwerkingsagenda",
        "slug": "vth-samenwerkingsagenda",
        "samenvatting": "Projectgroep die de jaarlijkse VTH-samenwerkingsagenda voorbereidt, zodat het bestuur thema's kan prioriteren op basis van beschikbare capaciteit en middelen.",
        "doel": "Een belangrijk instrument in het borgen van de VTH-samenwerking is het voorbereiden en werken met de VTH-samenwerkingsagenda. Het werken met een jaaragenda zorgt voor overzicht en samenhang en maakt duidelijk hoe inzet bijdraagt aan het nastreven en bereiken van doelen.",
        "opdracht": "Met het opstellen van een VTH-samenwerkingsagenda wordt het programmatisch karakter van de VTH-samenwerking versterkt. De voorbereiding van de agenda vraagt om gerichte afstemming binnen de kerngroep en de regionale overleggen. Daarbij wordt per onderwerp focus aangebracht door kernachtig te omschrijven: het beleidsvraagstuk, het doel en het resultaat, de randvoorwaarden voor uitvoering, en de aanpak en planning.",
        "body": [
            "De VTH-samenwerkingsagenda versterkt het PHO VTH. Bestuurlijk wordt richting gegeven welke thema's worden uitgewerkt. Dit gebeurt aan de hand van heldere bestuursopdrachten.",
            "Eerste opgave van de VTH-kerngroep is om de VTH-samenwerkingsagenda 2024 voor te bereiden. Er wordt verbinding gelegd met andere regionale overleggen. Dit zorgt voor integratiekracht bij uitvoering.",
            "De samenwerkingsagenda is een instrument om gestructureerd vanuit bestuurlijke opgaven te werken. De agenda geeft voor de verschillende thema's inzicht in ambities, doelen en resultaten. Hiermee wordt gelegenheid geboden om bestuurlijk te prioriteren op basis van de beschikbaarheid van ambtelijke capaciteit en financiële middelen.",
        ],
        "activiteiten": [
            "De VTH-kerngroep bereidt in samenwerking met de bestuurlijke trekker de opzet, uitgangspunten en werkwijze voor.",
            "De VTH-kerngroep informeert deelnemers en VTH-partners over de werkwijze en inventariseert welke activiteiten van belang zijn voor de samenwerkingsagenda.",
            "Er worden afspraken gemaakt om samen te werken aan de voorbereiding van de agenda. Afhankelijk van de inzet van deelnemers en VTH-partners wordt gewerkt met een groeimodel.",
            "De samenwerkingsagenda wordt in Q3 2024 opgeleverd en vastgesteld.",
        ],
        "niveau": "tactisch",
        "trekkers": [
            {
                "naam": "Voorzitter VTH-kerngroep",
                "organisatie": "VTH-samenwerking Twente",
                "rol": "Trekker",
            },
            {
                "naam": "Jaimi van Essen",
                "organisatie": "VTH-samenwerking Twente",
                "rol": "Bestuurlijk trekker",
            },
        ],
        "organisaties": [
            "VTH-samenwerking Twente",
            "Omgevingsdienst Twente",
            "Provincie Overijssel",
            "Waterschap Vechtstromen",
        ],
        "vergaderritme": "Een dag in de maand",
        "contact": "projectgroep-samenwerkingsagenda@regiosamenwerking.example",
        "startdatum": "2024-01-01",
        "einddatum": "2024-09-30",
        "status": "afgerond",
        "resultaten": [
            {
                "resultaat": "VTH-samenwerkingsagenda 2024 opgeleverd en vastgesteld",
                "kwartaal": "Q3 2024",
            },
        ],
    },
    {
        "titel": "Projectgroep Communicatie VTH-samenwerking",
        "slug": "communicatie-vth-samenwerking",
        "samenvatting": "Projectgroep die met een communicatieplan de VTH-samenwerking en de samenhang tussen de verschillende overleggen bekend en zichtbaar maakt.",
        "doel": "De huidige VTH-samenwerking is relatief onbekend, zelfs bij direct betrokkenen, en het is onvoldoende duidelijk wat de samenhang is tussen de verschillende gremia. Een belangrijke opgave is het ontwikkelen en verduidelijken van de manier waarop wordt samengewerkt; het kenbaar maken van de VTH-opgave en VTH-werkwijze geeft de VTH-opgave positie in de beleidscyclus.",
        "opdracht": "De inzet van communicatie wordt planmatig uitgewerkt in een communicatieplan, waarbij wordt ingegaan op de doelen, de doelgroep, de inhoud en de methode.",
        "body": [
            "Het verbeelden van en communiceren over de Twentse wijze van samenwerking verduidelijkt de samenhang tussen de verschillende overleggen. Ook biedt dit mogelijkheden om inhoudelijk aansluiting te zoeken.",
            "Het netwerk van actoren dat is betrokken bij de VTH-taken is divers en uitgebreid. Communicatie is belangrijk om te informeren, te verbinden en waar mogelijk tot gezamenlijke voorbereiding en uitvoering te komen.",
            "De doelen van communicatie zijn concreet omschreven, bij voorkeur voorzien van het moment waarop deze zijn behaald. De doelgroep is bewust gekozen en de communicatie is hierop afgestemd. De inhoud is de feitelijke, krachtige boodschap en geeft aan hoe er nu en in de toekomst wordt samengewerkt. De methode gaat over de communicatiemiddelen die worden ingezet, zoals infographics, websites en social media, en de manier waarop dit gebeurt.",
            "Het VTH-werkveld is sterk in ontwikkeling. Belangrijk is dat de communicatie goed aansluit op deze ontwikkelingen, zoals het interbestuurlijk programma VTH (IBP VTH).",
        ],
        "activiteiten": [
            "De kerngroep VTH levert een trekker voor het uitwerken van de communicatie.",
            "Er wordt een communicatieplan opgesteld. Hierbij worden één of meerdere communicatieadviseurs betrokken.",
            "Het communicatieplan wordt opgeleverd in Q3 2024 en aansluitend uitgevoerd.",
        ],
        "niveau": "operationeel",
        "trekkers": [
            {
                "naam": "Trekker communicatie vanuit de VTH-kerngroep",
                "organisatie": "VTH-samenwerking Twente",
                "rol": "Trekker",
            },
            {
                "naam": "Communicatieadviseur",
                "organisatie": "VTH-samenwerking Twente",
                "rol": "Adviseur",
            },
        ],
        "organisaties": [
            "VTH-samenwerking Twente",
            "Omgevingsdienst Twente",
            "Provincie Overijssel",
        ],
        "vergaderritme": "Een dag in de maand",
        "contact": "projectgroep-communicatie@regiosamenwerking.example",
        "startdatum": "2024-01-01",
        "einddatum": "2024-12-31",
        "status": "afgerond",
        "resultaten": [
            {"resultaat": "Communicatieplan opgeleverd", "kwartaal": "Q3 2024"},
            {
                "resultaat": "Uitvoering van het communicatieplan, aansluitend op de oplevering",
                "kwartaal": "Q4 2024",
            },
        ],
    },
    {
        "titel": "Projectgroep Evaluatie VTH-samenwerking",
        "slug": "evaluatie-vth-samenwerking",
        "samenvatting": "Projectgroep die een evaluatiekader opstelt, de ontwikkeling van de VTH-samenwerking monitort en in 2026 een formele evaluatie laat uitvoeren.",
        "doel": "De ontwikkelingen die met de VTH-samenwerking nieuwe stijl in gang zijn gezet worden geëvalueerd. Van evalueren wordt geleerd; ook kan worden verantwoord wat is bereikt en waar versterking van de inzet nodig is. Een formeel moment is het evalueren van de aanpassingen in de VTH-samenwerking na twee jaar.",
        "opdracht": "Vooraf wordt vastgesteld hoe de evaluatie wordt vormgegeven. Dit gebeurt door het vaststellen van evaluatiecriteria en het bepalen van de reikwijdte van de evaluatie. Specifieke aandacht vraagt de rol en de inzet van het PHO.",
        "body": [
            "Aan de voorgestelde ontwikkeling van de VTH-samenwerking is een uitgebreide analyse voorafgegaan. De datum 1 januari 2024 wordt gemarkeerd als het moment voor de VTH-samenwerking nieuwe stijl. De ontwikkelingen die in gang zijn gezet leiden tot betere regionale VTH-samenwerking.",
            "Voor een goede evaluatie is tussentijds monitoren van belang. Hierbij wordt bijgehouden hoe het proces verloopt en wat de resultaten zijn. Tijdens het ontwikkelproces wordt periodiek het (bestuurlijke) gesprek gevoerd over de juiste richting en invulling.",
        ],
        "activiteiten": [
            "De VTH-kerngroep stelt een evaluatiekader op in 2024.",
            "Monitoring en evaluatie maken onderdeel uit van de jaarlijkse samenwerkingsagenda.",
            "Een formele evaluatie wordt uitgevoerd in 2026, bij voorkeur door een externe partij.",
        ],
        "niveau": "tactisch",
        "trekkers": [
            {
                "naam": "Voorzitter VTH-kerngroep",
                "organisatie": "VTH-samenwerking Twente",
                "rol": "Trekker",
            },
        ],
        "organisaties": [
            "VTH-samenwerking Twente",
            "Omgevingsdienst Twente",
            "Provincie Overijssel",
            "Waterschap Vechtstromen",
        ],
        "vergaderritme": "Een dag in de maand",
        "contact": "projectgroep-evaluatie@regiosamenwerking.example",
        "startdatum": "2024-01-01",
        "einddatum": "2026-12-31",
        "status": "lopend",
        "resultaten": [
            {"resultaat": "Evaluatiekader opgesteld door de VTH-kerngroep", "kwartaal": "Q4 2024"},
            {
                "resultaat": "Formele evaluatie van de VTH-samenwerking, bij voorkeur door een externe partij",
                "kwartaal": "Q4 2026",
            },
        ],
    },
    {
        "titel": "Projectgroep Uitwerken van samenwerkingsrelaties",
        "slug": "samenwerkingsrelaties-vth",
        "samenvatting": "Projectgroep die de relaties van de VTH-samenwerking met het accounthoudersoverleg, de ketenpartners, de werkgroep Financials, het platform Bodem en het PHO MDA uitwerkt.",
        "doel": "Om de effectiviteit en de integraliteit van de VTH-samenwerking te vergroten worden de samenwerkingsrelaties nader geconcretiseerd en uitgewerkt: de verbinding met de milieu-uitvoering i.c. het accounthoudersoverleg, de betrokkenheid van overige ketenpartners, de samenwerking met de financiën i.c. werkgroep Financials, de relatie met thema Bodem i.c. platform Bodem en de afstemming met het PHO Milieu, Duurzaamheid en Afval (MDA).",
        "opdracht": "Verbinden van de VTH-kerngroep en het accounthoudersoverleg door periodiek afstemmingsoverleg tussen beide voorzitters, een centrale ingang van vragen en opdrachten en het gezamenlijk vooruitkijken en afspreken van een verdeling (meerjarenagenda) van taken en projecten. Daarnaast worden afspraken gemaakt met de ketenpartners, de werkgroep Financials, het platform Bodem en het PHO MDA.",
        "body": [
            "In het VTH-werkveld spelen een aantal ketenpartners een wezenlijke rol: waterschappen, veiligheidsregio/GGD, politie e.d. De betrokkenheid in de VTH-samenwerkingsorganisatie dient te worden uitgewerkt, waarbij een vertegenwoordigend waterschap wordt uitgenodigd om als bevoegd gezag deel te nemen aan het PHO.",
            "Met de werkgroep Financials worden afspraken gemaakt om, indien nodig, een rol te vervullen bij beleidsopdrachten. Met het platform Bodem worden afspraken gemaakt om voor de regionale afstemming en kaderstelling van relevante VTH-onderdelen gebruik te maken van de VTH-samenwerking; voor de overige bodemonderdelen kan het platform Bodem gebruikmaken van de MDA-samenwerking. De voorzitter van de VTH-kerngroep heeft deze taken.",
            "De afstemming met het PHO MDA wordt bestuurlijk vormgegeven door de bestuurlijke trekker van de VTH-samenwerking, en ambtelijk door de coördinerend gemeentesecretaris en de voorzitter van de VTH-kerngroep.",
        ],
        "activiteiten": [
            "Uitwerken, bespreken en beschrijven van samenwerkingsrelaties als addendum op de set van VTH-samenwerkingsafspraken.",
            "Oplevering uitwerking van samenwerkingsrelaties (Q2 2024).",
            "Organiseren van uitvoering van de samenwerkingsrelaties (2024).",
        ],
        "niveau": "tactisch",
        "trekkers": [
            {
                "naam": "Voorzitter VTH-kerngroep",
                "organisatie": "VTH-samenwerking Twente",
                "rol": "Trekker",
            },
            {
                "naam": "Marcel Klos",
                "organisatie": "VTH-samenwerking Twente",
                "rol": "Ambtelijk opdrachtgever (coördinerend gemeentesecretaris)",
            },
            {
                "naam": "Jaimi van Essen",
                "organisatie": "VTH-samenwerking Twente",
                "rol": "Bestuurlijk trekker",
            },
        ],
        "organisaties": [
            "VTH-samenwerking Twente",
            "Omgevingsdienst Twente",
            "Waterschap Vechtstromen",
            "Provincie Overijssel",
        ],
        "vergaderritme": "Een dag in de maand",
        "contact": "projectgroep-samenwerkingsrelaties@regiosamenwerking.example",
        "startdatum": "2024-01-01",
        "einddatum": "2024-12-31",
        "status": "afgerond",
        "resultaten": [
            {
                "resultaat": "Uitwerking van de samenwerkingsrelaties opgeleverd",
                "kwartaal": "Q2 2024",
            },
            {
                "resultaat": "Uitvoering van de samenwerkingsrelaties georganiseerd",
                "kwartaal": "Q4 2024",
            },
        ],
    },
]

# ---------------------------------------------------------------------------
# Samenwerkingsagenda 2026 (seed 003 opgave 5, planning projectgroepen, seed 002 par. 5.1,
# convenant art. 7 en 9)
# ---------------------------------------------------------------------------

SAMENWERKINGSAGENDA = {
    "jaar": 2026,
    "inleiding": (
        "Een belangrijk instrument in het borgen van de samenwerking is het voorbereiden en werken met een "
        "samenwerkingsagenda. Het werken met een jaaragenda zorgt voor overzicht en samenhang en maakt duidelijk "
        "hoe inzet bijdraagt aan het nastreven en bereiken van doelen. De samenwerkingsagenda is een instrument om "
        "gestructureerd vanuit bestuurlijke opgaven te werken. De agenda geeft voor de verschillende thema's inzicht "
        "in ambities, doelen en resultaten. Hiermee wordt gelegenheid geboden om bestuurlijk te prioriteren op basis "
        "van de beschikbaarheid van ambtelijke capaciteit en financiële middelen."
    ),
    "onderwerpen": [
        {
            "onderwerp": "Inwerkingtreding convenant en start van de overlegstructuur",
            "doel": "Het borgen van een heldere, functionele overlegstructuur (B-PSO, A-PSO, stuurgroep, coördinatieoverleg en kennisnetwerken, themagroepen en projectgroepen) waarin rollen, verantwoordelijkheden en samenhang tussen strategisch, tactisch en operationeel niveau duidelijk zijn belegd.",
            "groep_slug": "",
            "kwartaal": "Q1 2026",
        },
        {
            "onderwerp": "Uitvoeringsafspraken en werkdocumenten op het digitale platform",
            "doel": "Een digitaal en voor iedereen toegankelijk platform waar de actuele versie van relevante werkdocumenten, uitvoeringsafspraken en overzichten beschikbaar wordt gesteld voor alle betrokken partijen.",
            "groep_slug": "",
            "kwartaal": "Q1 2026",
        },
        {
            "onderwerp": "Samenwerkingsverbanden in kaart brengen",
            "doel": "Inzicht in welke partijen in welk samenwerkingsverband een rol hebben, om te kijken waar overlap zit en samenwerkingen effectiever in te richten.",
            "groep_slug": "overzicht-samenwerkingsverbanden",
            "kwartaal": "Q2 2026",
        },
        {
            "onderwerp": "Beschikbare data en analyses beter zichtbaar en bruikbaar maken",
            "doel": "Gemeenten en waterschappen ondersteunen met aanvullende kennis en data, zoals de Staat van Utrecht en de data uit het Geografisch Informatie Systeem, zodat de slagkracht wordt versterkt.",
            "groep_slug": "versterken-kennispositie-overheden",
            "kwartaal": "Q2 2026",
        },
        {
            "onderwerp": "Netwerkdag provincie, gemeenten en waterschappen",
            "doel": "Elkaar ontmoeten en tegelijkertijd aanhaken op inhoudelijke opgaven, voor een duurzame relatie op strategisch niveau.",
            "groep_slug": "relatie-en-ontmoeten",
            "kwartaal": "Q2 2026",
        },
        {
            "onderwerp": "Kennismakings- en leerbijeenkomsten risicogericht samenwerken",
            "doel": "De bekendheid van en over professionals van veiligheid, gezondheid, ruimtelijke ordening, vergunningverlening en toezicht/handhaving verbeteren en kennis delen over elkaars werkprocessen.",
            "groep_slug": "risicogericht-samenwerken",
            "kwartaal": "Q3 2026",
        },
        {
            "onderwerp": "IBT meer in dialoog oppakken en kennisdelingsbijeenkomsten organiseren",
            "doel": "Samen met de primaire partners in dialoog over de thema's van het IBT en aan de voorkant kennissessies organiseren.",
            "groep_slug": "doorontwikkelen-interbestuurlijk-toezicht",
            "kwartaal": "Q3 2026",
        },
        {
            "onderwerp": "Verbinden van beleidscycli VTH en RO",
            "doel": "Het werken in de beleidscyclus, daar waar dit raakt aan de uitvoering, en daarmee het cyclisch werken van het VTH- en RO-domein versterken.",
            "groep_slug": "beleidscyclus-vth-big-8",
            "kwartaal": "Q4 2026",
        },
        {
            "onderwerp": "Evaluatiekader regionale samenwerking",
            "doel": "Zicht houden op de werking van de overlegstructuur en de invulling van coördinatierollen en een gedeeld beeld vormen over de voortgang van de regionale samenwerking; het evaluatiekader wordt tijdig ter instemming voorgelegd aan de stuurgroep.",
            "groep_slug": "evaluatie-vth-samenwerking",
            "kwartaal": "Q4 2026",
        },
        {
            "onderwerp": "Voorbereiden samenwerkingsagenda 2027",
            "doel": "Per onderwerp kernachtig het beleidsvraagstuk, het doel en het resultaat, de randvoorwaarden voor uitvoering en de aanpak en planning omschrijven, zodat bestuurlijk kan worden geprioriteerd.",
            "groep_slug": "vth-samenwerkingsagenda",
            "kwartaal": "Q4 2026",
        },
    ],
}
