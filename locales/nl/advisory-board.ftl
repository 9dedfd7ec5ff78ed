## Methode: De werkveldcommissie

advisory-board-title = De werkveldcommissie
    .summary = Een vaste groep werkgevers adviseert een opleiding over onderwijs, stages en ontwikkelingen in het vak.

advisory-board-intro =
    Een werkveldcommissie brengt vertegenwoordigers van verschillende { -employers } uit een sector samen met docenten en managers van de school, en vaak ook met studenten. De commissie komt een paar keer per jaar bij elkaar om de opleiding te bespreken: wat hebben gediplomeerden nodig, hoe lopen de stages, welke veranderingen komen er in het vak en hoe kunnen de partners elkaar helpen?

    Een commissie maakt van veel losse contacten één gezamenlijk overleg. { -vet-provider(form: "def-cap") } hoort regelmatig wat er in de sector speelt, en werkgevers krijgen invloed en leren elkaar kennen. Het werkt het best als de commissie een duidelijke opdracht heeft en ziet dat haar adviezen tot actie leiden.

advisory-board-example =
    Een opleiding horeca en toerisme van een middelbare school in Östersund richtte een werkveldcommissie op met twee hotels, een skigebied, een restaurant en een evenementenbureau. De commissie kwam vier keer per jaar bij elkaar, twee keer op school en twee keer bij een van de leden.

    Tijdens de eerste bijeenkomst wees de commissie erop dat stages in november, de rustigste maand, leerlingen een slecht beeld van het vak gaven. De school verplaatste de stages naar de late winter, als het skiseizoen op zijn hoogtepunt is, en de werkgevers zegden toe in die drukke tijd extra begeleiding te bieden. De commissie zette ook een gezamenlijke lijst van gastdocenten op en een gezamenlijke wervingsdag elk voorjaar.

    Na twee jaar waardeerden leerlingen hun stages veel hoger, en de leden van de commissie nemen nu een groot deel van de gediplomeerden van de opleiding in dienst.
    .title = Uitgeprobeerd in de horeca, Zweden

advisory-board-prep-vet-provider =
    1. Beschrijf het doel, de taken en de grenzen van de commissie in een kort document.
    2. Nodig een gemengde groep { -employers } uit: groot en klein, en uit verschillende delen van de sector.
    3. Maak een jaarplanning van bijeenkomsten met duidelijke thema’s.

advisory-board-prep-employer =
    1. Kies een vertegenwoordiger die namens het bedrijf kan spreken en regelmatig aanwezig kan zijn.
    2. Vraag voor de bijeenkomsten bij collega’s na hoe zij denken over opleiden en werven.
    3. Bied aan om een bijeenkomst in uw bedrijf te organiseren.

advisory-board-prep-student =
    1. Kies een studentvertegenwoordiger voor de commissie.
    2. Vraag voor elke bijeenkomst hoe andere studenten erover denken.
    3. Lees de agenda en bereid je punten voor.

advisory-board-do-vet-provider =
    1. Stuur de agenda van tevoren rond en zit de bijeenkomsten efficiënt voor.
    2. Deel gegevens: studentenaantallen, stages, feedback en hoeveel gediplomeerden werk vinden.
    3. Maak een kort verslag met besluiten en wie wat doet.

advisory-board-do-employer =
    1. Vertel de commissie over veranderingen in uw vak en over de vaardigheden die u nodig hebt.
    2. Geef eerlijk advies en bied concrete hulp aan, zoals stageplaatsen of gastlessen.
    3. Vertel collega’s in uw bedrijf over het werk van de commissie.

advisory-board-do-student =
    1. Vertel de commissie hoe studenten de opleiding en de stages ervaren.
    2. Stel vragen over loopbanen en het vak.
    3. Koppel terug naar andere studenten.

advisory-board-follow-up =
    Zet aan het eind van elk jaar op een rij wat de commissie heeft geadviseerd en wat er daardoor is veranderd. Deel dit met de leden en met de schoolleiding, en vraag de leden of de commissie hun tijd waard is.

    Vernieuw de samenstelling af en toe, zodat er nieuwe bedrijven en frisse ideeën bij komen.

advisory-board-tips =
    - Korte, gerichte bijeenkomsten met een duidelijke agenda zorgen dat drukke werkgevers blijven komen.
    - Laat zien wat er met elk advies is gebeurd, ook als het antwoord nee was.
    - Kom af en toe bij een bedrijf bij elkaar; zo krijgen docenten een kijkje in het vak.
    - Laat de commissie geen praatclub worden. Vraag om advies en doe er iets mee.
    .title = Tips en valkuilen

advisory-board-check-vet-provider-define-purpose = Beschrijf het doel en de taken van de commissie.
advisory-board-check-vet-provider-invite-members = Nodig een gevarieerde groep werkgevers uit.
advisory-board-check-vet-provider-plan-calendar = Maak een jaarplanning van bijeenkomsten.
advisory-board-check-vet-provider-share-data = Deel gegevens over studenten en stages.
advisory-board-check-vet-provider-write-minutes = Maak een kort verslag met actiepunten.
advisory-board-check-vet-provider-report-results = Laat zien wat er door de adviezen is veranderd.

advisory-board-check-employer-choose-representative = Kies een vertegenwoordiger die regelmatig kan komen.
advisory-board-check-employer-collect-views = Vraag vooraf naar de mening van collega’s.
advisory-board-check-employer-share-trends = Vertel over veranderingen en benodigde vaardigheden in uw vak.
advisory-board-check-employer-offer-help = Bied concrete hulp aan.
advisory-board-check-employer-host-meeting = Organiseer een bijeenkomst in uw bedrijf.

advisory-board-check-student-choose-rep = Kies een studentvertegenwoordiger.
advisory-board-check-student-collect-views = Vraag naar de mening van andere studenten.
advisory-board-check-student-read-agenda = Lees de agenda en bereid je voor.
advisory-board-check-student-speak = Vertel hoe studenten het ervaren.
advisory-board-check-student-report-back = Koppel terug naar andere studenten.
