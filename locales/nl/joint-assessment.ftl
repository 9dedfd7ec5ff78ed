## Methode: Samen beoordelen en praktijkexamens

joint-assessment-title = Samen beoordelen en praktijkexamens
    .summary = Docenten en praktijkopleiders beoordelen studenten samen, met gedeelde criteria en echte werktaken.

joint-assessment-intro =
    Bij een praktijkexamen laat een student met echt werk zien dat hij of zij de doelen van een onderdeel heeft bereikt. Als een docent en een { -work-mentor } samen beoordelen, ziet ieder wat de ander zou missen: de praktijkopleider weet wat het werk vraagt, de docent kent de kwalificatie en de criteria.

    Wie de eindbeoordeling doet, verschilt per land. In Finland organiseert { -vet-provider(form: "def") } praktijkexamens op de werkplek, beoordeeld door een docent en iemand van de werkplek; in het Duitse duale stelsel nemen de kamers van koophandel en de ambachtskamers de eindexamens af. Ook waar u het eindexamen niet zelf afneemt, bereidt samen beoordelen tijdens de opleiding studenten erop voor.

joint-assessment-who-examines =
    In Nederland is de mbo-school verantwoordelijk voor de examens; de examencommissie bewaakt de kwaliteit en stelt de uitslag vast. Praktijkexamens vinden vaak op de werkplek plaats, en de praktijkopleider beoordeelt de bpv mee. In het secundair onderwijs in Vlaanderen beslist de klassenraad van de school over het studiebewijs; bij stages en in duaal leren evalueren de school en de mentor samen het leren op de werkplek.
    .title = In Nederland en Vlaanderen

joint-assessment-example =
    Een beroepsschool in Bremen en drie metaalbedrijven merkten dat docenten en bedrijfsopleiders het werk van dezelfde leerling vaak verschillend beoordeelden. Ze spraken af leerlingen metaaltechniek in hun tweede leerjaar samen te beoordelen.

    Tijdens de eerste bijeenkomst beoordeelden docenten en opleiders ieder afzonderlijk drie voorbeeldwerkstukken, en hun cijfers lagen tot twee punten uit elkaar: de opleiders keken naar het eindproduct, de docenten naar de planning. Hun eerste gezamenlijke beoordelingsformulier had dertig criteria, veel te veel om aan een werkbank te gebruiken. Ze brachten het terug tot acht, elk met een korte beschrijving van ‘goed genoeg’.

    Daarna beoordeelden een docent en een opleider samen elke leerling die in het bedrijf een gelaste beugel maakte. Bij twee van de negentien leerlingen verschilden hun cijfers meer dan één punt. Het eindexamen van de kamer gebruikt eigen criteria; de open vraag is dus hoe goed de acht criteria de leerlingen daarop voorbereiden.
    .title = Uitgeprobeerd in de techniek, Duitsland

joint-assessment-prep-vet-provider =
    1. Kies het onderdeel en de doelen die de student moet laten zien, en ga na wat de regels in uw land zeggen over wie mag beoordelen.
    2. Stel samen met { -employer(form: "def") } de criteria op, met voor elk criterium een korte beschrijving van ‘goed genoeg’.
    3. Breng de beoordelaars bij elkaar om hetzelfde voorbeeldwerk afzonderlijk te beoordelen en daarna te vergelijken.

joint-assessment-prep-employer =
    1. Kies een praktijkopleider die het werk van de student kent, en geef hem of haar tijd voor de kalibratiebijeenkomst.
    2. Plan een echte taak waarin de te beoordelen doelen aan bod komen, en vertel de docent welke doelen de taak niet dekt.
    3. Zorg dat gereedschap, materialen en een veilige werkplek die dag vrij zijn.

joint-assessment-prep-student =
    1. Loop de criteria door met je docent en vraag wat elk criterium op jouw werkplek betekent.
    2. Beoordeel een stuk van je eigen werk aan de hand van de criteria.

joint-assessment-do-vet-provider =
    1. Observeer het praktijkexamen en noteer per criterium wat u ziet.
    2. Stem de beoordeling af met de praktijkopleider voordat een van u feedback geeft.
    3. Leg de uitslag en de onderbouwing vast, zodat de student kan zien hoe die tot stand kwam.

joint-assessment-do-employer =
    1. Leg de student de opdracht, de tijd en de veiligheidsvoorwaarden uit.
    2. Vertel de docent wat een bezoeker niet kan zien, bijvoorbeeld hoe de student normaal werkt.
    3. Geef feedback vanuit het perspectief van het bedrijf, met voorbeelden.

joint-assessment-do-student =
    1. Plan je werk voordat je begint en vertel de beoordelaars je plan.
    2. Leg je keuzes uit als daarom gevraagd wordt.

joint-assessment-follow-up =
    Na elke ronde komen de beoordelaars kort bij elkaar: waar verschilden hun cijfers, en waarom? Pas de criteria of de opdracht aan, vraag studenten of ze de beoordeling eerlijk vonden, en stuur de herziene criteria naar alle praktijkopleiders die beoordelen.

joint-assessment-tips =
    - Kalibreer opnieuw zodra er nieuwe beoordelaars bij komen; één voorbeeldwerkstuk is genoeg.
    - Een praktijkopleider die ook de leidinggevende van de student is, vindt het soms moeilijk een laag cijfer te geven: laat de docent het gesprek leiden als de student het praktijkexamen niet heeft gehaald.
    - Bewaar de schriftelijke onderbouwing: een student kan vragen om de beoordeling opnieuw te bekijken.
    .title = Tips en valkuilen

joint-assessment-check-vet-provider-choose-unit = Kies het onderdeel en ga na wie het mag beoordelen.
joint-assessment-check-vet-provider-prepare-criteria = Stel criteria op, elk met een grens voor ‘goed genoeg’.
joint-assessment-check-vet-provider-calibrate = Laat de beoordelaars hetzelfde voorbeeldwerk beoordelen.
joint-assessment-check-vet-provider-agree-roles = Spreek de datum en de opdracht af, en wie wat beoordeelt.
joint-assessment-check-vet-provider-agree-first = Stem de uitslag af met de praktijkopleider vóór de feedback.
joint-assessment-check-vet-provider-record-result = Leg de uitslag en de onderbouwing vast.
joint-assessment-check-vet-provider-review-criteria = Herzie de criteria na elke ronde.

joint-assessment-check-employer-choose-assessor = Wijs de praktijkopleider aan die beoordeelt.
joint-assessment-check-employer-book-calibration = Plan tijd in voor de kalibratiebijeenkomst.
joint-assessment-check-employer-plan-task = Plan een echte taak; zeg de docent wat die niet dekt.
joint-assessment-check-employer-prepare-area = Houd gereedschap, materialen en een veilige plek vrij.
joint-assessment-check-employer-assess-together = Beoordeel samen met de docent.
joint-assessment-check-employer-give-feedback = Geef feedback met voorbeelden uit het werk.

joint-assessment-check-student-read-criteria = Loop de criteria door met je docent.
joint-assessment-check-student-practise = Beoordeel één stuk van je eigen werk.
joint-assessment-check-student-plan-work = Plan je werk en vertel het de beoordelaars.
joint-assessment-check-student-explain = Leg je keuzes uit als daarom gevraagd wordt.
joint-assessment-check-student-note-feedback = Schrijf op wat je de volgende keer beter doet.
