## Methode: Bedrijfsbezoeken en meeloopdagen

job-shadowing-title = Bedrijfsbezoeken en meeloopdagen
    .summary = Studenten bezoeken bedrijven en lopen een of twee dagen mee met een vakman of vakvrouw.

job-shadowing-intro =
    Bij een bedrijfsbezoek gaat een groep studenten een paar uur naar een werkplek. Een meeloopdag (in Vlaanderen vaak snuffelstage genoemd) gaat een stap verder: een student volgt één vakman of vakvrouw een werkdag lang, kijkt mee, stelt vragen en helpt waar dat veilig kan.

    Beide zijn laagdrempelige manieren om te beginnen. Studenten krijgen een realistisch beeld van een beroep voordat ze een richting of een stageplaats kiezen, en { -employer(form: "def") } maakt tegen weinig kosten kennis met mogelijke toekomstige medewerkers. Omdat bezoekers vaak jonger zijn dan 18 en de plek niet kennen, bepaalt veiligheid het grootste deel van de planning: wat studenten mogen zien, waar ze mogen staan en wat ze mogen aanraken. De algemene regels voor jongeren op het werk staan in het hoofdstuk [Zo begint u](#getting-started); dit hoofdstuk gaat over wat ze betekenen voor een bezoek.

job-shadowing-example =
    Een beroepsschool in Selfoss wilde dat leerlingen in het eerste jaar van de bouwopleiding de beroepen op een bouwplaats leerden kennen voordat ze kozen tussen timmeren, loodgieterswerk en elektrotechniek. Een aannemer uit de regio stemde in met een programma in twee stappen: een bezoek aan een bouwplaats in groepjes van zes, onder leiding van de uitvoerder, en een maand later twee dagen meelopen met een timmerman, een loodgieter of een elektricien.

    Het bezoek werkte. Het meelopen was moeilijker. De meeste leerlingen waren zestien, en volgens de eigen regels van de aannemer mochten jongeren onder de 18 niet op steigers en niet bij werk onder spanning komen; de leerlingen die voor elektrotechniek hadden gekozen, keken dus twee dagen van een afstand toe. En de meeste dagboeken waren zo goed als leeg, want ‘schrijf op wat je hebt gezien’ gaf hun niets om op te letten.

    Voor de volgende groep regelde de aannemer meeloopdagen bij een servicemonteur die stopcontacten en verlichting aanlegde in opgeleverde huizen, en de school verving het dagboek door drie vragen die elke leerling aan het eind van de dag beantwoord moest hebben. De school heeft besloten het bezoek aan de bouwplaats te houden voor alle eerstejaars en meeloopdagen alleen aan te bieden aan wie erom vraagt, omdat niet elk vak op de bouwplaats twee dagen een zestienjarige kan meenemen.
    .title = Uitgeprobeerd in de techniek, IJsland

job-shadowing-prep-vet-provider =
    1. Spreek met { -employer(form: "def") } de datum af, de groepsgrootte en wat studenten mogen zien en doen, ook welk werk verboden terrein is voor studenten onder de 18.
    2. Controleer of elke student voor het bezoek verzekerd is, en regel vervoer en beschermingsmiddelen.
    3. Geef elke student twee of drie observatievragen, bijvoorbeeld: ‘Welke taak duurde het langst, en waarom?’

job-shadowing-prep-employer =
    1. Kies een begeleider voor het bezoek, en medewerkers die het goedvinden dat een student een dag met hen meeloopt.
    2. Plan een route of een werkdag die typisch werk laat zien en bezoekers uit de buurt van gevaarlijke plekken houdt.
    3. Bereid een korte veiligheidsinstructie voor en laat het personeel weten wanneer er bezoek komt.

job-shadowing-prep-student =
    1. Zoek informatie op over het bedrijf en over het beroep waarin je gaat meelopen.
    2. Zoek uit wat je aantrekt, hoe laat je er moet zijn en hoe je er komt.

job-shadowing-do-vet-provider =
    1. Ga mee met de groep op bedrijfsbezoek; blijf op meeloopdagen telefonisch bereikbaar.
    2. Houd binnen een week een nabespreking waarin elke student zijn of haar observatievragen voor de klas beantwoordt.

job-shadowing-do-employer =
    1. Begin met de veiligheidsinstructie, en laat zien waar bezoekers wel en niet mogen komen.
    2. Vertel tijdens het werk wat u doet en waarom; gewoon werk leert meer dan een show die voor bezoekers is voorbereid.
    3. Laat de student eenvoudige, veilige taken doen als uw regels dat toelaten.

job-shadowing-do-student =
    1. Blijf bij je begeleider en houd je aan de veiligheidsregels.
    2. Stel je observatievragen en schrijf de antwoorden op.
    3. Bedank de mensen die je hebt ontmoet voordat je weggaat.

job-shadowing-follow-up =
    Stuur het bedrijf een bedankje en een samenvatting van wat de studenten is opgevallen; werkgevers vinden dat vaak interessanter dan verwacht. Vraag de begeleider wat er lastig was. Een geslaagd bezoek is een logische opstap naar gastlessen of stages bij hetzelfde bedrijf.

job-shadowing-tips =
    Kleine groepen zien meer en lopen minder in de weg: zes is genoeg op een drukke bouwplaats of in een keuken.
    .title = Tips en valkuilen

job-shadowing-check-vet-provider-agree-visit = Spreek datum, groepsgrootte en toegestane taken af.
job-shadowing-check-vet-provider-check-age = Controleer de leeftijdsgrenzen voor het werk dat studenten zien.
job-shadowing-check-vet-provider-arrange-transport = Controleer de verzekering; regel vervoer en uitrusting.
job-shadowing-check-vet-provider-observation-task = Geef elke student observatievragen.
job-shadowing-check-vet-provider-reachable = Blijf op meeloopdagen telefonisch bereikbaar.
job-shadowing-check-vet-provider-debrief = Houd binnen een week de nabespreking.
job-shadowing-check-vet-provider-thank = Stuur het bedrijf een bedankje en een samenvatting.

job-shadowing-check-employer-choose-guide = Kies een begeleider en medewerkers met wie studenten meelopen.
job-shadowing-check-employer-plan-route = Plan een route die gevaarlijke plekken vermijdt.
job-shadowing-check-employer-allowed-tasks = Zet op een rij welke taken bezoekers mogen doen.
job-shadowing-check-employer-safety-briefing = Geef bij aankomst de veiligheidsinstructie.
job-shadowing-check-employer-inform-staff = Laat het personeel weten wanneer er bezoek komt.
job-shadowing-check-employer-explain-work = Vertel tijdens het werk wat u doet en waarom.

job-shadowing-check-student-research = Zoek informatie op over het bedrijf en het beroep.
job-shadowing-check-student-check-clothing = Regel kleding, begintijd en reis.
job-shadowing-check-student-stay-with-guide = Blijf de hele dag bij je begeleider.
job-shadowing-check-student-take-notes = Schrijf de antwoorden op je vragen op.
job-shadowing-check-student-thank = Bedank de mensen die je hebt ontmoet.
job-shadowing-check-student-share = Vertel de klas hoe het beroep echt is.
