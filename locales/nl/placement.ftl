## Methode: Stage: een periode van leren op de werkplek

placement-title = Stage: een periode van leren op de werkplek
    .summary = Studenten werken een geplande periode op een werkplek en leren daar met echte taken en afgesproken doelen.

placement-intro =
    Een periode van leren op de werkplek is de meest voorkomende vorm van samenwerking in het beroepsonderwijs. Goed aangepakt is zo’n stage veel meer dan een extra paar handen: de student leert echte taken in een geplande volgorde, met een { -work-mentor } die de leerdoelen kent en een docent die contact houdt.

    Plan de data rond de drukke periodes van de werkplek. In de piek heeft niemand tijd om een student te begeleiden, en in de rustigste weken valt er weinig te leren; vraag { -employer(form: "def") } welke weken zowel echt werk bieden als een praktijkopleider met tijd.

    Het belangrijkste hulpmiddel is de stageovereenkomst tussen { -student(form: "def") }, de school en de werkplek. Die vertaalt een algemene kwalificatie naar taken die op deze specifieke werkplek bestaan, en maakt duidelijk wie wat doet voor, tijdens en na de periode.

placement-example =
    Een mbo-school voor landbouw en voeding in Friesland stuurde studenten elk voorjaar naar melkveebedrijven rond Leeuwarden, maar de studenten klaagden dat ze tien weken lang weinig anders deden dan melken. De school en zes melkveehouders kwamen bij elkaar op een van de bedrijven en brachten in kaart welke leerdoelen elk bedrijf kon bieden: diergezondheid, voeding, machines, registratie en melken.

    Hun eerste antwoord, een takenplanning per week, hield het voorjaar niet vol: het afkalven en het weer bepaalden het werk, niet de planning. In het tweede jaar zetten ze de taken per maand op een rij en lieten ze de praktijkopleider de week kiezen. Docenten bezochten elke student twee keer, in week twee en in week zeven, en kwamen tijdens het melken of voeren, zodat ze de student aan het werk zagen en niet op het kantoortje van het bedrijf.

    Zeventien van de negentien studenten haalden alle doelen uit hun overeenkomst. De twee bij wie dat niet lukte, zaten op een bedrijf met weinig machinewerk; de school regelt nu dat studenten van dat bedrijf een paar dagen op een buurbedrijf meedraaien.
    .title = Uitgeprobeerd in de landbouw, Nederland

placement-agreement =
    Houd de stageovereenkomst zo kort dat iedereen haar leest. Er staat in:

    - de partijen en contactpersonen: { -student(form: "def") }, de school en de werkplek, met de telefoonnummers van de docent en { -work-mentor(form: "def") };
    - de data en werktijden, ook eventueel avond-, weekend- of nachtwerk;
    - de leerdoelen, gekoppeld aan de onderdelen van de kwalificatie;
    - de taken op deze werkplek die bij die doelen horen;
    - de begeleiding: wie de student begeleidt, en wie invalt als de praktijkopleider er niet is;
    - de beoordeling: wat er beoordeeld wordt, hoe, wanneer en door wie;
    - de verzekering: wie ongevallen en schade dekt;
    - wat er gebeurt als er problemen zijn, tot en met het voortijdig beëindigen van de stage;
    - de handtekeningen van alle drie de partijen.
    .title = Wat er in een stageovereenkomst staat

placement-agreement-note =
    In het Nederlandse mbo heet de stageovereenkomst de praktijkovereenkomst (pok). De Wet educatie en beroepsonderwijs (WEB) schrijft haar voor bij elke beroepspraktijkvorming; student, school en een door SBB erkend leerbedrijf ondertekenen haar vóór de start. In Vlaanderen sluiten school, stagegever en leerling (bij minderjarigen ook de ouders) een stageovereenkomst; in duaal leren is het meestal de overeenkomst alternerende opleiding, die leerling, erkende onderneming en school samen ondertekenen, met een opleidingsplan.
    .title = In Nederland en Vlaanderen

placement-prep-vet-provider =
    1. Spreek de data en het aantal studenten maanden van tevoren af met { -employer(form: "def") }, buiten de drukste weken van de werkplek.
    2. Stel de stageovereenkomst op en loop haar door met de praktijkopleider op de werkplek.
    3. Controleer de verzekering, de veiligheidsregels voor de taken en, bij studenten onder de 18, de grenzen aan werktijden en taken.
    4. Vertel de student wat hij of zij doet op een slechte dag: wie hij of zij belt op de werkplek en op school.

placement-prep-employer =
    1. Wijs een { -work-mentor } en een vervanger aan, en geef de praktijkopleider tijd voor de student.
    2. Geef in de overeenkomst aan welke taken de werkplek kan bieden, en in welke maand.
    3. Regel werkkleding, toegang, een kluisje en een veiligheidsinstructie.

placement-prep-student =
    1. Lees de stageovereenkomst, vraag naar alles wat niet duidelijk is, en onderteken haar.
    2. Bel of bezoek de werkplek voordat je begint, om je voor te stellen.
    3. Zoek je route en je werktijden uit, en wat je aantrekt.

placement-do-vet-provider =
    1. Bezoek de student minstens twee keer op het werk, vroeg in de periode en vóór het einde, en bel tussendoor.
    2. Help de student de taken te koppelen aan de leerdoelen, bijvoorbeeld met een leerlogboek.
    3. Kom binnen enkele dagen in actie als de student of de praktijkopleider een probleem meldt.

placement-do-employer =
    1. Begin met een introductie: mensen, regels, veiligheid en de eerste taken.
    2. Geef de student moeilijkere taken zodra hij of zij de makkelijkere beheerst.
    3. Geef elke dag korte feedback en bespreek elke week de voortgang met de student.

placement-do-student =
    1. Houd een leerlogboek bij en deel het met je praktijkopleider en je docent.
    2. Laat het je docent op tijd weten als de taken niet kloppen met de overeenkomst.

placement-follow-up =
    Sluit de periode af met een driegesprek waarin student, praktijkopleider en docent terugkijken op de leerdoelen en de beoordeling afspreken. Vraag de student en de praktijkopleider ook om feedback op de stage zelf, niet alleen op de student, en werk de takenplanning bij voordat de volgende student komt.

placement-tips =
    Kom op bezoek als de student echt aan het werk is, niet alleen als de manager tijd heeft. Let op of de student geen goedkope arbeidskracht is geworden: als dezelfde taak zonder leerwaarde de dagen vult, praat dan meteen met de praktijkopleider.
    .title = Tips en valkuilen

placement-check-vet-provider-agree-dates = Spreek data af buiten de drukste weken van de werkplek.
placement-check-vet-provider-draft-agreement = Stel de stageovereenkomst op met de praktijkopleider.
placement-check-vet-provider-check-insurance = Controleer verzekering, veiligheid en regels voor onder-18’ers.
placement-check-vet-provider-visit = Bezoek de student minstens twee keer: vroeg en tegen het einde.
placement-check-vet-provider-call = Bel de student en de praktijkopleider tussen de bezoeken.
placement-check-vet-provider-end-meeting = Houd aan het einde een driegesprek.
placement-check-vet-provider-update-plan = Werk de takenplanning bij voor de volgende student.

placement-check-employer-name-mentor = Wijs een praktijkopleider en een vervanger aan.
placement-check-employer-mark-tasks = Geef per maand aan welke taken u kunt bieden.
placement-check-employer-induction = Regel kleding, toegang en een veiligheidsinstructie.
placement-check-employer-daily-feedback = Geef de student elke dag korte feedback.
placement-check-employer-weekly-review = Bespreek elke week de voortgang met de student.
placement-check-employer-sign = Onderteken de stageovereenkomst.

placement-check-student-sign-agreement = Lees en onderteken de stageovereenkomst.
placement-check-student-introduce = Stel je voor aan de werkplek voordat je begint.
placement-check-student-check-travel = Zoek je route, werktijden en werkkleding uit.
placement-check-student-keep-log = Schrijf elke dag in je leerlogboek.
placement-check-student-report-problems = Meld het je docent op tijd als taken en overeenkomst verschillen.
