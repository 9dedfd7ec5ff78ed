## Methode: Stage: leren op de werkplek

placement-title = Stage: een periode van leren op de werkplek
    .summary = Studenten werken een geplande periode in een bedrijf en leren daar met echte taken en afgesproken doelen.

placement-intro =
    Een periode van leren op de werkplek is de meest voorkomende vorm van samenwerking in het beroepsonderwijs. Goed aangepakt is zo’n stage veel meer dan een extra paar handen in het drukke seizoen: de student leert echte taken in een geplande volgorde, met een { -work-mentor } die de leerdoelen kent en een docent die contact houdt.

    Het belangrijkste hulpmiddel is de stageovereenkomst tussen { -student(form: "def") }, de school en de werkplek (in het mbo de praktijkovereenkomst), met een stageplan waarin de afspraken staan. Zo’n plan vertaalt een algemene kwalificatie naar taken die op deze specifieke werkplek bestaan, en maakt duidelijk wie wat doet voor, tijdens en na de periode.

placement-example =
    Een groene mbo-school in Friesland stuurde studenten elk voorjaar naar melkveebedrijven rond Leeuwarden, maar de studenten klaagden dat ze tien weken lang weinig anders deden dan melken. De school en zes melkveehouders kwamen bij elkaar op een van de bedrijven om samen naar de kwalificatie te kijken.

    Voor elk bedrijf brachten ze in kaart welke leerdoelen daar haalbaar waren: diergezondheid, voeding, machines, registratie en melken. Dat leverde een stageplan op met een takenplanning per week. Docenten bezochten elke student twee keer, in week twee en in week zeven, en planden hun bezoek zo dat ze de student aan het werk konden zien.

    De studenten waardeerden de nieuwe stageplaatsen veel hoger, en de melkveehouders vonden de studenten nuttiger omdat die wisten wat ze als volgende moesten leren. Eén melkveehouder bood zijn student na het diploma een baan aan.
    .title = Uitgeprobeerd in de landbouw, Nederland

placement-prep-vet-provider =
    1. Spreek de data en het aantal studenten ruim van tevoren af met { -employer(form: "def") }.
    2. Stel de stageovereenkomst en het stageplan op: doelen, taken, werktijden, contactpersonen en beoordeling.
    3. Controleer verzekering, arbo- en veiligheidsregels en eventuele wettelijke leeftijdsgrenzen.
    4. Bereid de student voor, ook op hoe hij of zij zich op het werk gedraagt en wie hij of zij belt als er iets misgaat.

placement-prep-employer =
    1. Wijs een { -work-mentor } aan en geef hem of haar tijd voor de student.
    2. Loop het stageplan door en geef aan welke taken het bedrijf kan bieden, en wanneer.
    3. Regel werkkleding, toegang, een kluisje en een veiligheidsinstructie.

placement-prep-student =
    1. Lees en onderteken de stageovereenkomst, en vraag naar alles wat niet duidelijk is.
    2. Neem vóór de start contact op met het bedrijf om je voor te stellen.
    3. Zoek uit hoe je reist, wat je werktijden zijn en wat je aantrekt.

placement-do-vet-provider =
    1. Bezoek of bel het bedrijf vroeg in de periode, en nog een keer voor het einde.
    2. Help de student de taken te koppelen aan de leerdoelen, bijvoorbeeld met een leerlogboek.
    3. Grijp snel in als de student of de praktijkopleider een probleem meldt.

placement-do-employer =
    1. Begin met een introductie: mensen, regels, veiligheid en de eerste taken.
    2. Geef taken in de afgesproken volgorde en maak ze moeilijker naarmate de student meer leert.
    3. Geef elke dag korte feedback en elke week een uitgebreidere terugblik.

placement-do-student =
    1. Kom op tijd, houd je aan de regels en vraag het als je twijfelt.
    2. Houd een leerlogboek bij en deel het met je praktijkopleider en je docent.
    3. Laat het je docent op tijd weten als de taken niet kloppen met de afspraken.

placement-follow-up =
    Sluit de periode af met een driegesprek waarin student, praktijkopleider en docent terugkijken op de leerdoelen en de beoordeling afspreken. Vraag de student en de praktijkopleider ook om feedback op de stage zelf, niet alleen op de student.

    Noteer welke taken werkten, wat er ontbrak en of de planning het bedrijf goed uitkwam, en pas de takenplanning aan voordat de volgende student komt.

placement-tips =
    - Een kort stageplan dat iedereen gelezen heeft, is beter dan een lang plan dat niemand leest.
    - Kom op bezoek als de student echt aan het werk is, niet alleen als de manager tijd heeft.
    - Spreek van tevoren af wat er gebeurt als de stage niet goed loopt.
    - Laat de student geen goedkope arbeidskracht worden voor taken zonder leerwaarde.
    .title = Tips en valkuilen

placement-check-vet-provider-agree-dates = Spreek data en aantallen ruim van tevoren af.
placement-check-vet-provider-draft-agreement = Stel de stageovereenkomst en het stageplan op.
placement-check-vet-provider-check-insurance = Controleer verzekering en veiligheidsregels.
placement-check-vet-provider-visit = Bezoek de student minstens twee keer op het werk.
placement-check-vet-provider-end-meeting = Houd aan het einde een driegesprek.
placement-check-vet-provider-update-plan = Werk de takenplanning bij voor de volgende student.

placement-check-employer-name-mentor = Wijs een praktijkopleider aan en geef hem of haar tijd.
placement-check-employer-mark-tasks = Geef aan welke taken het bedrijf kan bieden.
placement-check-employer-induction = Bereid de introductie en de veiligheidsinstructie voor.
placement-check-employer-daily-feedback = Geef elke dag korte feedback.
placement-check-employer-weekly-review = Bespreek de voortgang elke week met de student.

placement-check-student-sign-agreement = Lees en onderteken de stageovereenkomst.
placement-check-student-introduce = Stel je vóór de start voor aan het bedrijf.
placement-check-student-check-travel = Regel je reis, werktijden en kleding.
placement-check-student-keep-log = Houd een leerlogboek bij.
placement-check-student-report-problems = Meld problemen op tijd bij je docent.
