## Hoofdstuk 2: Zo begint u

getting-started-title = Zo begint u
    .summary = Leg samen een basis voor samenwerking en vind de methoden die bij uw partnerschap passen.

getting-started-intro =
    Samenwerking tussen een school en een bedrijf mislukt zelden door gebrek aan goede wil. Ze mislukt omdat mensen het druk hebben, omdat elke partij ervan uitgaat dat de ander wel weet wat zij wil, of omdat die ene enthousiaste collega vertrekt. Dit hoofdstuk gaat over het voorbereidende werk dat samenwerking duurzaam maakt, en sluit af met een zelfevaluatie die u naar geschikte methoden leidt.

getting-started-common-goal =
    Ga, voordat u een methode kiest, samen om tafel en bespreek waarom u wilt samenwerken. Misschien wil { -vet-provider(form: "def") } meer stageplaatsen, actueler onderwijs of een eerlijkere beoordeling. En misschien wil { -employer(form: "def") } goed opgeleide nieuwe medewerkers of meepraten over de opleiding. Beide zijn terecht. Schrijf op welke doelen u deelt en welke maar bij één kant horen, zodat er niets verborgen blijft.

    Kijk daarna naar uw woorden. Scholen praten over kwalificatiedossiers, werkprocessen, leerresultaten en beoordelingscriteria. Bedrijven praten over taken, diensten, klanten en kwaliteitseisen. Hetzelfde woord kan iets anders betekenen: voor een docent is een beoordeling een formeel cijfer, voor een teamleider is het misschien het jaarlijkse gesprek met de leidinggevende. Spreek de belangrijkste begrippen af en leg ze vast; de begrippenlijst in de inleiding is een goed vertrekpunt.

    Nuttige vragen voor een eerste overleg:

    - Wat wil ieder van ons het komende jaar bereiken?
    - Wat kan ieder van ons bieden, en wat hebben we van de ander nodig?
    - Hoe merken we dat de samenwerking werkt?
    .title = Vind een gemeenschappelijk doel en een gemeenschappelijke taal

getting-started-strategy =
    Samenwerking die afhangt van één docent en één begeleider is kwetsbaar. Wilt u dat ze blijft, leg haar dan vast in het beleid en de jaarplannen van beide organisaties. Voor { -vet-provider(form: "def") } betekent dat: het strategisch plan, het jaarplan en de taakbeleidsplannen van docenten, met uren die zijn vrijgemaakt voor contacten met het werkveld. Voor { -employer(form: "def") } betekent het: het opleidingsplan voor personeel, de begroting en de functieomschrijvingen van de medewerkers die als { -work-mentor } optreden.

    Het management aan beide kanten moet van de samenwerking weten en haar openlijk steunen. Rapporteer daarom regelmatig, met korte en concrete resultaten. Staat het werk eenmaal in de plannen, dan overleeft het personeelswisselingen en drukke periodes.
    .title = Leg de samenwerking vast in uw plannen

getting-started-start-small =
    U hoeft niet alles tegelijk te beginnen. Kies één methode die bij uw situatie past, probeer die uit met één klas of één afdeling en bekijk de resultaten samen. Eén goede ervaring bouwt meer vertrouwen op dan een uitgebreide overeenkomst waar niemand zich aan houdt.

    Deel wat werkt met collega’s en andere bedrijven, en nodig hen uit om mee te doen. Zie fouten als onderdeel van het leerproces: als er iets misgaat, bespreek het dan openlijk, zoek uit waarom en spreek af wat u verandert. Partnerschappen die problemen kunnen bespreken zonder schuldvraag groeien sneller dan partnerschappen die ze verbergen.
    .title = Begin klein en leer onderweg

getting-started-self-evaluation =
    { $methods ->
        [one] De methode in dit handboek past
       *[other] De { $methods } methoden in dit handboek passen
    } bij partnerschappen in verschillende fasen. Beantwoord de vragen hieronder samen met uw partner. Beantwoordt u op één niveau de meeste vragen met ja, dan beschrijft dat niveau u het best en is het een goed startpunt.

    De methoden bij elk niveau zijn suggesties, geen regels. Een nieuw partnerschap kan een veeleisende methode proberen als het de mensen ervoor heeft, en een ervaren partnerschap heeft nog steeds baat bij de eenvoudige.
    .title = Waar staat uw partnerschap nu?

getting-started-beginner =
    Staat uw partnerschap aan het begin?

    - Hebben we weinig contacten, of hangen ze af van een of twee mensen?
    - Hebben we nog geen schriftelijke afspraken of gezamenlijk plan?
    - Weet het bedrijf weinig van de kwalificatie en de leerdoelen?
    - Weet de school weinig van het dagelijkse werk en de actuele behoeften van het bedrijf?

    Kies in deze fase methoden waarmee u elkaar leert kennen zonder grote investering:
    .title = Beginnend: elkaar leren kennen

getting-started-developing =
    Is uw partnerschap in ontwikkeling?

    - Werken we elk jaar samen, bijvoorbeeld via stages, maar meestal op dezelfde manier?
    - Zijn er aan beide kanten vaste contactpersonen?
    - Kennen de praktijkopleiders de leerdoelen, ook al hebben ze niet allemaal een training gevolgd?
    - Zouden we het bedrijf graag een grotere rol geven in het onderwijs en de beoordeling?

    Kies in deze fase methoden die het werk verdiepen dat u al samen doet:
    .title = In ontwikkeling: regelmatig samenwerken

getting-started-experienced =
    Is uw partnerschap ervaren?

    - Is onze samenwerking vastgelegd in het beleid en de plannen van beide organisaties?
    - Geven medewerkers van het bedrijf les, beoordelen ze of ontwikkelen ze het curriculum samen met de school?
    - Evalueren we onze samenwerking en passen we haar aan op basis van de uitkomsten?
    - Zijn we klaar voor afspraken op lange termijn of voor partners in het buitenland?

    Kies in deze fase methoden waarin u de verantwoordelijkheid voor de hele opleiding deelt:
    .title = Ervaren: partners in opleiden

getting-started-next-steps =
    Hebt u een methode gekozen, schrijf dan een gezamenlijk plan op één A4’tje: wat u gaat doen, wie aan elke kant verantwoordelijk is, wanneer het gebeurt en hoe u weet of het gewerkt heeft. Verdeel de taken met de checklists in het methodehoofdstuk, en doe de zelfevaluatie na een jaar opnieuw.
    .title = Maak een plan
