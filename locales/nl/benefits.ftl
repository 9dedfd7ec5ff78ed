## Hoofdstuk 15: Opbrengsten en evaluatie

benefits-title = Opbrengsten en evaluatie
    .summary = Wat samenwerking oplevert, en hoe u er aan de hand van vier aandachtspunten op terugkijkt.

benefits-intro =
    Samenwerking tussen { -vet-providers } en { -employers } kost tijd, en mensen zullen terecht vragen wat het oplevert. De partners van { -brand } zagen voordelen voor alle drie de groepen. Studenten leerden met echte taken en actuele apparatuur, kregen meer zelfvertrouwen en vonden makkelijker hun eerste baan. Werkgevers leerden toekomstige medewerkers kennen, gaven de opleiding mee vorm naar hun behoeften en zagen hun eigen medewerkers groeien als praktijkopleider. Scholen hielden hun onderwijs actueel, vonden betere stageplaatsen en verhoogden de kwaliteit van hun opleidingen.

    Wilt u deze opbrengsten in uw eigen partnerschap zien, evalueer het dan regelmatig. We stellen vier aandachtspunten voor: betrokkenheid, samenwerken, samen opleiden en vieren (in het Engels de vier C’s: commitment, cooperation, collaboration en celebration). Elke paragraaf hieronder licht één aandachtspunt toe en geeft vragen die beide partners kunnen beantwoorden, bijvoorbeeld eens per jaar in een gezamenlijk overleg. Beantwoord ze eerst apart en vergelijk daarna: juist de verschillen zeggen het meest.

benefits-commitment =
    Betrokkenheid betekent dat de samenwerking niet wordt overgelaten aan een paar enthousiastelingen. Het management aan beide kanten steunt haar openlijk, maakt tijd en geld vrij en vraagt naar de resultaten. De samenwerking is vastgelegd in beleid, jaarplannen en functieomschrijvingen, zodat ze doorgaat als mensen van baan wisselen.

    Vragen voor de evaluatie:

    - Weet het management van beide organisaties van onze samenwerking, en steunt het die?
    - Is de samenwerking onderdeel van ons beleid en onze jaarplannen?
    - Hebben docenten en praktijkopleiders in hun taakverdeling tijd voor dit werk?
    - Zou de samenwerking doorgaan als onze belangrijkste contactpersoon zou vertrekken?
    - Is duidelijk wie wat betaalt, en vinden beide partijen dat eerlijk?
    .title = Betrokkenheid

benefits-cooperation =
    Samenwerken gaat over hoe de partners dagelijks met elkaar omgaan. Het rust op open en transparante communicatie, op het besef aan beide kanten wat de ander wel en niet kan bieden, en op afspraken waar beide kanten beter van worden. Het vraagt ook paraatheid: het bedrijf heeft een praktijkopleider en geschikte taken klaar als er een student komt, en de school reageert snel als er een probleem is.

    Vragen voor de evaluatie:

    - Weten we bij wie we terechtkunnen, en krijgen we binnen redelijke tijd antwoord?
    - Hebben beide partners het gevoel dat de samenwerking hun iets oplevert?
    - Zijn studenten, praktijkopleiders en docenten goed voorbereid voor elke periode van leren op de werkplek?
    - Kunnen we problemen open bespreken en ze samen oplossen?
    .title = Samenwerken

benefits-collaboration =
    Samen opleiden gaat verder dan samenwerken. De partners plannen en ontwikkelen de opleiding samen. Over het curriculum wordt onderhandeld en het wordt zo aangepast dat het zowel bij de kwalificatie als bij het bedrijf past. Leerdoelen, beoordelingscriteria en kernbegrippen betekenen voor alle betrokkenen hetzelfde.

    Vragen voor de evaluatie:

    - Heeft het bedrijf inspraak gehad in wat en hoe studenten leren?
    - Begrijpen docenten, praktijkopleiders en studenten de leerdoelen op dezelfde manier?
    - Beoordelen we studenten samen, met gedeelde criteria?
    - Hebben we ons onderwijs of onze werkwijze veranderd door wat we van elkaar hebben geleerd?
    .title = Samen opleiden

benefits-celebration =
    Vieren schiet er gemakkelijk bij in, terwijl het mensen gemotiveerd houdt. Laat zien dat u het werk van praktijkopleiders, docenten en studenten waardeert, en deel uw successen binnen beide organisaties en daarbuiten: in nieuwsbrieven, op sociale media, bij de diploma-uitreiking of op een bijeenkomst van het lokale bedrijfsleven. Een bedankbriefje aan een praktijkopleider, een certificaat of een kort verhaal over een student die een baan vond: het laat allemaal zien dat de inspanning de moeite waard was.

    Vragen voor de evaluatie:

    - Hoe hebben we de mensen bedankt die de samenwerking hebben laten slagen?
    - Hebben we onze resultaten gedeeld met collega’s, leidinggevenden en de omgeving?
    - Over welk succes van dit jaar willen we anderen graag vertellen?
    .title = Vieren

benefits-evaluation =
    Houd de evaluatie zo licht dat u die ook echt doet: een kort gezamenlijk overleg eens per jaar, met de vragen hierboven en een paar cijfers, is vaak genoeg. Bruikbare cijfers zijn het aantal studenten dat op de werkplek heeft geleerd, het aantal getrainde praktijkopleiders, feedback van studenten en praktijkopleiders, hoeveel studenten hun diploma haalden, hoeveel er daarna werk vonden en wat de samenwerking elke partij aan personeelstijd en geld heeft gekost.

    Schrijf drie dingen op die goed gingen en drie dingen die beter kunnen, en spreek af wie wat doet voor het volgende overleg. Ga daarna terug naar de zelfevaluatie in het hoofdstuk ‘Zo begint u’. Misschien merkt u dat uw partnerschap het volgende niveau heeft bereikt en klaar is voor nieuwe methoden.
    .title = Maak van evalueren een gewoonte
