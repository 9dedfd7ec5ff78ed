## Methode: Bedrijfsbezoeken en meeloopdagen

job-shadowing-title = Bedrijfsbezoeken en meeloopdagen
    .summary = Studenten bezoeken bedrijven en lopen een of twee dagen mee met een vakman of vakvrouw.

job-shadowing-intro =
    Bij een bedrijfsbezoek gaat een groep studenten een paar uur naar een bedrijf. Een meeloopdag (in Vlaanderen vaak snuffelstage genoemd) gaat een stap verder: een student volgt één professional door zijn of haar werkdag, kijkt mee, stelt vragen en helpt waar dat veilig kan.

    Beide zijn laagdrempelige manieren om te beginnen. Studenten krijgen een realistisch beeld van het vak en kunnen met meer zekerheid hun richting of stageplaats kiezen. { -employer(form: "def-cap") } maakt tegen weinig kosten kennis met mogelijke toekomstige medewerkers, en { -vet-provider(form: "def") } ziet wat er vandaag de dag echt in het bedrijf gebeurt.

job-shadowing-example =
    Een beroepsschool in Selfoss wilde dat leerlingen in het eerste jaar van de bouwopleiding de verschillende beroepen op een bouwplaats leerden kennen voordat ze kozen tussen timmeren, loodgieterswerk en elektrotechniek. Een aannemer uit de regio was bereid om een programma in twee stappen uit te proberen.

    Eerst bezochten groepjes van zes leerlingen een huis in aanbouw, onder leiding van de uitvoerder, die uitlegde hoe de vakken van elkaar afhankelijk zijn. Een maand later liep elke leerling twee dagen mee met een timmerman, een loodgieter of een elektricien naar keuze. De leerlingen bereidden op school vragen voor, droegen volledige beschermingsmiddelen en hielden een kort dagboek bij. Terug op school gaf elke leerling een presentatie van vijf minuten over het beroep dat hij of zij had gevolgd.

    Docenten merkten dat leerlingen hun richting met meer zekerheid kozen, en in het tweede jaar stapten er minder over naar een andere opleiding. De aannemer kreeg uit de groep drie sollicitaties voor een vakantiebaan.
    .title = Uitgeprobeerd in de bouw en techniek, IJsland

job-shadowing-prep-vet-provider =
    1. Spreek met { -employer(form: "def") } de datum af, de groepsgrootte en wat studenten mogen zien en doen.
    2. Regel vervoer, verzekering en zo nodig beschermingsmiddelen.
    3. Help studenten vragen en een observatieopdracht voor te bereiden.

job-shadowing-prep-employer =
    1. Kies een begeleider voor het bezoek en vakmensen bij wie studenten mogen meelopen.
    2. Plan een route of werkdag waarin typische taken veilig te zien zijn.
    3. Bereid een korte veiligheidsinstructie voor en laat het personeel weten dat er bezoek komt.

job-shadowing-prep-student =
    1. Zoek informatie op over het bedrijf en het beroep dat je gaat volgen.
    2. Bereid minstens drie vragen voor.
    3. Zoek uit wat je aantrekt, hoe laat je er moet zijn en hoe je er komt.

job-shadowing-do-vet-provider =
    1. Ga mee met de groep op bedrijfsbezoek.
    2. Blijf tijdens de meeloopdagen telefonisch bereikbaar.
    3. Herinner studenten aan hun observatieopdracht.

job-shadowing-do-employer =
    1. Begin met de veiligheidsinstructie en een kort welkom.
    2. Leg tijdens het werk uit wat u doet en waarom.
    3. Laat de student waar mogelijk eenvoudige, veilige taken uitproberen.

job-shadowing-do-student =
    1. Houd je aan de veiligheidsregels en blijf bij je begeleider.
    2. Kijk goed, stel je vragen en maak korte aantekeningen.
    3. Bedank de mensen die je hebt ontmoet voordat je weggaat.

job-shadowing-follow-up =
    Laat studenten terug op school vertellen wat ze gezien hebben, bijvoorbeeld in korte presentaties of met een poster, en koppel dat aan hun opleiding en hun loopbaankeuzes. Stuur het bedrijf een bedankje en een samenvatting van de indrukken van de studenten.

    Vraag de begeleider en de vakmensen wat goed werkte en wat ze zouden veranderen. Een geslaagd bezoek is een logische opstap naar gastlessen of stages bij hetzelfde bedrijf.

job-shadowing-tips =
    - Een duidelijke observatieopdracht houdt studenten bij de les.
    - Kleine groepen zien meer en storen minder.
    - Controleer veiligheidsregels en leeftijdsgrenzen op tijd.
    - Meeloopdagen moeten gewoon werk laten zien, geen show die voor bezoekers is voorbereid.
    .title = Tips en valkuilen

job-shadowing-check-vet-provider-agree-visit = Spreek datum, groepsgrootte en toegestane taken af.
job-shadowing-check-vet-provider-arrange-transport = Regel vervoer, verzekering en beschermingsmiddelen.
job-shadowing-check-vet-provider-observation-task = Geef studenten een observatieopdracht.
job-shadowing-check-vet-provider-debrief = Houd een nabespreking op school.
job-shadowing-check-vet-provider-thank = Stuur het bedrijf een bedankje en een samenvatting.

job-shadowing-check-employer-choose-guide = Kies een begeleider en vakmensen om mee te lopen.
job-shadowing-check-employer-plan-route = Plan een veilige route of werkdag.
job-shadowing-check-employer-safety-briefing = Bereid een korte veiligheidsinstructie voor.
job-shadowing-check-employer-inform-staff = Laat het personeel weten dat er bezoek komt.
job-shadowing-check-employer-explain-work = Leg het werk uit terwijl u het doet.

job-shadowing-check-student-research = Zoek informatie op over het bedrijf en het beroep.
job-shadowing-check-student-prepare-questions = Bereid minstens drie vragen voor.
job-shadowing-check-student-check-clothing = Regel kleding, tijd en reis.
job-shadowing-check-student-take-notes = Maak aantekeningen tijdens de dag.
job-shadowing-check-student-share = Vertel terug op school wat je hebt gezien.
