## Hoofdstuk 2: Zo begint u

getting-started-title = Zo begint u
    .summary = Leg samen een basis voor samenwerking en vind de methoden die bij uw partnerschap passen.

getting-started-intro =
    Samenwerking tussen een school en een bedrijf mislukt zelden door gebrek aan goede wil. Ze mislukt omdat mensen het druk hebben, omdat elke partij ervan uitgaat dat de ander wel weet wat zij wil, of omdat die ene enthousiaste collega vertrekt. Dit hoofdstuk gaat over het voorbereidende werk dat samenwerking duurzaam maakt, en sluit af met een zelfevaluatie die u naar geschikte methoden leidt.

getting-started-common-goal =
    Ga, voordat u een methode kiest, samen om tafel en bespreek waarom u wilt samenwerken. Misschien wil { -vet-provider(form: "def") } meer stageplaatsen, actueler onderwijs of een eerlijkere beoordeling. En misschien wil { -employer(form: "def") } goed opgeleide nieuwe medewerkers of meepraten over de opleiding. Beide zijn terecht. Schrijf op welke doelen u deelt en welke maar bij één kant horen, zodat er niets verborgen blijft.

    Kijk daarna naar uw woorden. Scholen praten over kwalificaties, onderdelen, leerresultaten en beoordelingscriteria. Bedrijven praten over taken, diensten, klanten en kwaliteitseisen. Hetzelfde woord kan iets anders betekenen: voor een docent is een beoordeling een formeel cijfer, voor een teamleider is het misschien het jaarlijkse functioneringsgesprek. Spreek de belangrijkste begrippen af en leg ze vast; de begrippenlijst in de inleiding is een goed vertrekpunt.

    Nuttige vragen voor een eerste overleg:

    - Wat wil ieder van ons het komende jaar bereiken?
    - Wat kan ieder van ons bieden, en wat hebben we van de ander nodig?
    - Hoe merken we dat de samenwerking werkt?
    .title = Vind een gemeenschappelijk doel en een gemeenschappelijke taal

getting-started-strategy =
    Samenwerking die afhangt van één docent en één begeleider is kwetsbaar. Wilt u dat ze blijft, leg haar dan vast in het beleid en de jaarplannen van beide organisaties. Voor { -vet-provider(form: "def") } betekent dat: het strategisch plan, het jaarplan en de taakverdeling van docenten, met uren die zijn vrijgemaakt voor contacten met het werkveld. Voor { -employer(form: "def") } betekent het: het opleidingsplan voor personeel, de begroting en de functieomschrijvingen van de medewerkers die als { -work-mentor } optreden.

    Het management aan beide kanten moet van de samenwerking weten en haar openlijk steunen. Rapporteer daarom regelmatig, met korte en concrete resultaten. Staat het werk eenmaal in de plannen, dan overleeft het personeelswisselingen en drukke periodes.
    .title = Leg de samenwerking vast in uw plannen

getting-started-start-small =
    U hoeft niet alles tegelijk te beginnen. Kies één methode die bij uw situatie past, probeer die uit met één klas of één afdeling en bekijk de resultaten samen. Eén goede ervaring bouwt meer vertrouwen op dan een uitgebreide overeenkomst waar niemand zich aan houdt.

    Deel wat werkt met collega’s en andere bedrijven, en nodig hen uit om mee te doen. Zie fouten als onderdeel van het leerproces: als er iets misgaat, bespreek het dan openlijk, zoek uit waarom en spreek af wat u verandert. Partnerschappen die problemen kunnen bespreken zonder schuldvraag groeien sneller dan partnerschappen die ze verbergen.
    .title = Begin klein en leer onderweg

getting-started-ground-rules =
    Regel een paar praktische en juridische zaken voordat de eerste { -student } komt. Wat er geldt, hangt af van het land, de leeftijd van de student en de vorm van leren op de werkplek. Zoek dus uit wat voor u geldt en leg de antwoorden vast in de stageovereenkomst of in uw gezamenlijke plan.

    - **Verzekering en aansprakelijkheid.** Wie verzekert de student tegen ongevallen op het werk en onderweg? Wie betaalt als de student apparatuur of eigendommen van een klant beschadigt? Bekijk de polissen van de school en van het bedrijf; ga er niet van uit dat één van beide alles dekt.
    - **Jongeren op het werk.** Studenten onder de 18 mogen maar een beperkt aantal uren werken, nachtwerk is aan regels gebonden en sommige gevaarlijke taken en machines zijn verboden. { -employer(form: "def-cap") } beoordeelt vooraf de risico’s voor jongeren en bespreekt ze met de student.
    - **Gegevensbescherming en toestemming.** Spreek af welke gegevens over de student de school en het bedrijf met elkaar delen, en wie ze mag inzien. Voor foto’s, video’s en opnames is toestemming nodig van de mensen die erop staan; echte casussen van cliënten of patiënten worden voor het leren geanonimiseerd.
    - **Kosten en vergoedingen.** Spreek af wie wat betaalt: de tijd van praktijkopleiders, reis en maaltijden, werkkleding, gereedschap en materialen, en een eventueel loon of een vergoeding. In de meeste partnerlanden zijn studenten die leren en werken (zoals in de BBL) in dienst en krijgen ze loon; voor studenten op stage verschillen regels en gewoonten.
    .title = Regel de praktische en juridische zaken

getting-started-rules-note =
    - **Verzekering.** In Nederland heeft de school meestal een collectieve ongevallen- en aansprakelijkheidsverzekering voor studenten op stage; een BBL-student is als werknemer verzekerd via de werkgever. In Vlaanderen staat in de stageovereenkomst hoe de leerling verzekerd is; in duaal leren verzekert de onderneming de leerling tegen arbeidsongevallen.
    - **Jongeren.** Voor werknemers en stagiairs onder de 18 gelden in Nederland de Arbeidstijdenwet en het Arbobesluit, in België de regels over jongeren op het werk in de Codex over het welzijn op het werk.
    - **Gegevensbescherming.** Over de AVG informeren de Autoriteit Persoonsgegevens en de Belgische Gegevensbeschermingsautoriteit.
    - **Vergoeding.** BBL-studenten krijgen loon. In duaal leren krijgt de leerling met een overeenkomst alternerende opleiding een leervergoeding; een stageovereenkomst alternerende opleiding is onbetaald. Een stagevergoeding is in beide landen niet wettelijk verplicht.
    .title = In Nederland en Vlaanderen

getting-started-where-now =
    { $methods ->
        [one] De methode in dit handboek past
       *[other] De { $methods } methoden in dit handboek passen
    } bij partnerschappen in verschillende fasen. Loop de vragenlijst hieronder samen met uw partner door: die laat zien welke fase uw partnerschap het best beschrijft en met welke methoden u goed kunt beginnen.

    De aanbevolen methoden zijn suggesties, geen regels. Een nieuw partnerschap kan een veeleisende methode proberen als het de mensen ervoor heeft, en een ervaren partnerschap heeft nog steeds baat bij de eenvoudige.
    .title = Waar staat uw partnerschap nu?

getting-started-self-evaluation =
    Beantwoord elke vraag samen met uw partner: **ja** levert 2 punten op, **gedeeltelijk** 1 en **nee** 0. Tel de punten van elk niveau apart op en vul ze in op de puntenregel van dat niveau.

    Een niveau is bereikt als het aantal punten de grens haalt die na ≥ in de puntenregel staat, ongeveer twee derde van het maximum. Loop de niveaus door van ‘beginnend’ naar ‘ervaren’: uw partnerschap zit op het eerste niveau dat het nog niet heeft bereikt, en de methoden die voor dat niveau worden aanbevolen, zijn een goed begin. Voorbeeld: met 8 punten bij ‘beginnend’ en 5 bij ‘in ontwikkeling’ zit uw partnerschap op het niveau ‘in ontwikkeling’. Hebt u alle drie de niveaus bereikt, dan is uw partnerschap ervaren.
    .title = Zelfevaluatie
getting-started-self-evaluation-answer-yes = Ja
getting-started-self-evaluation-answer-partly = Gedeeltelijk
getting-started-self-evaluation-answer-no = Nee
getting-started-self-evaluation-contact-person = Heeft elke organisatie een contactpersoon voor de samenwerking aangewezen?
getting-started-self-evaluation-shared-goals = Hebben we samen besproken wat elke partij wil bereiken?
getting-started-self-evaluation-workplace-knows-goals = Kent het bedrijf de leerdoelen van de kwalificatie?
getting-started-self-evaluation-school-knows-work = Kent de school de actuele vraag naar vaardigheden in het bedrijf?
getting-started-self-evaluation-first-activity = Hebben we ten minste één activiteit samen uitgevoerd, bijvoorbeeld een bedrijfsbezoek of een stage?
getting-started-self-evaluation-every-year = Werken we elk jaar samen?
getting-started-self-evaluation-written-agreement = Hebben we schriftelijke afspraken over wie wat doet?
getting-started-self-evaluation-mentors-know-goals = Kennen de praktijkopleiders de leerdoelen van de studenten die ze begeleiden?
getting-started-self-evaluation-fixed-meetings = Komen de contactpersonen op afgesproken momenten in het jaar bij elkaar?
getting-started-self-evaluation-feedback = Geven we elkaar feedback na elke stageperiode?
getting-started-self-evaluation-strategy = Is onze samenwerking vastgelegd in het beleid van beide organisaties?
getting-started-self-evaluation-workplace-teaches = Geven medewerkers van het bedrijf les op de school?
getting-started-self-evaluation-joint-assessment = Beoordelen docenten en praktijkopleiders de studenten samen?
getting-started-self-evaluation-curriculum = Werkt het bedrijf mee aan het opstellen van het curriculum?
getting-started-self-evaluation-evaluation = Evalueren we onze samenwerking minstens één keer per jaar samen?

getting-started-next-steps =
    Hebt u een methode gekozen, schrijf dan een gezamenlijk plan op één pagina: wat u gaat doen, wie aan elke kant verantwoordelijk is, wanneer het gebeurt en hoe u weet of het gewerkt heeft. Verdeel de taken met de checklists in het methodehoofdstuk, en doe de zelfevaluatie na een jaar opnieuw.
    .title = Maak een plan
