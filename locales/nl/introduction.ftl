## Hoofdstuk 1: Over dit handboek

introduction-title = Over dit handboek
    .summary = Voor wie het handboek is, hoe u het gebruikt en welke begrippen erin staan.

introduction-purpose =
    Beroepsonderwijs werkt het best als school en werkplek dezelfde kant op trekken. Studenten leren een vak deels in de klas en deels in de praktijk, en die twee helften moeten op elkaar aansluiten. Dat lukt alleen als mensen aan beide kanten met elkaar praten, samen plannen en elkaar vertrouwen.

    Dit handboek beschrijft { $methods ->
        [one] één beproefde manier
       *[other] { $methods } beproefde manieren
    } waarop { -vet-providers } en { -employers } kunnen samenwerken. De partners van { -brand }, een Erasmus+-partnerschap van beroepsscholen en werkgevers uit Finland, Zweden, IJsland, Nederland en Duitsland, hebben elke methode in de praktijk uitgeprobeerd. Ze werken in economie en handel, horeca, zorg en welzijn, landbouw, tuinbouw en techniek, en de voorbeelden in dit handboek komen uit die sectoren.

    Ons doel is een nauwere band tussen beroepsonderwijs en arbeidsmarkt, een soepelere overstap van school naar werk en beter onderwijs. We willen ook laten zien dat samenwerken op veel manieren kan; niet elk partnerschap heeft een formeel contract of een groot project nodig.

introduction-audience =
    Het handboek is geschreven voor drie groepen lezers:

    - **Scholen en docenten**: in Nederland roc’s, aoc’s en vakinstellingen, in Vlaanderen secundaire scholen, centra voor volwassenenonderwijs en Syntra, en overal de docenten, stagecoördinatoren en managers die het onderwijs plannen en contact houden met het werkveld.
    - **Bedrijven en praktijkopleiders**: bedrijven en publieke organisaties die studenten opnemen, en de medewerkers die deze studenten dagelijks begeleiden.
    - **Studenten**: jongeren en volwassenen die een beroep leren, deels op school en deels op de werkplek. In Vlaanderen heten zij meestal leerlingen of cursisten; in dit handboek staat ‘student’ voor iedereen die een beroepsopleiding volgt.

    Bij elke methode staat wat alle drie de groepen doen, want samenwerking werkt alleen als iedere partij weet wat er van haar verwacht wordt. Studenten zijn geen toeschouwers: ze geven zelf richting aan hun leren en geven beide kanten bruikbare feedback.
    .title = Voor wie is dit handboek?

introduction-how-to-use =
    U hoeft het handboek niet van voor naar achter te lezen. Begin met het hoofdstuk ‘Zo begint u’: daarmee ontdekt u hoe ervaren uw partnerschap is en welke methoden er nu bij passen. Kies daarna een of twee methoden en lees die goed door.

    Elk methodehoofdstuk bestaat uit deze onderdelen:

    - een samenvatting in één zin, wie er meedoen, de gebruikelijke duur en hoeveel inspanning het vraagt;
    - een inleiding die uitlegt wat de methode is en waarom die helpt;
    - het verhaal van een partner die de methode heeft uitgeprobeerd, ook wat moeilijker ging dan verwacht en wat ze hebben veranderd;
    - stappen voor voorbereiding en uitvoering, apart voor { -vet-provider(form: "def") }, { -employer(form: "def") } en { -student(form: "def") };
    - advies over de afronding, en tips;
    - een checklist voor elke rol.

    Sommige methoden bevatten meer waar dat nodig is: een waarschuwing voor een reëel risico, of een overzicht van een document zoals de stageovereenkomst. Waar regels en namen per land verschillen, staat dat in de tekst, en de edities per taal voegen eigen notities toe. In deze Nederlandstalige editie gaan die over Nederland en Vlaanderen.

    De checklists zijn ook als kaarten gedrukt: geef iedereen de kaart voor zijn of haar rol. Het laatste hoofdstuk helpt u om uw samenwerking te evalueren en successen te vieren. De genoemde duur en inspanning zijn globale richtlijnen; pas elke methode aan uw sector, de regels die in uw land gelden en de omvang van uw organisaties aan.
    .title = Zo gebruikt u het handboek

introduction-overview =
    De tabel toont { $methods ->
        [one] de methode
       *[other] alle { $methods } methoden
    } in de volgorde waarin ze in dit handboek staan.
    .title = De methoden in één oogopslag

introduction-glossary =
    School en werkplek gebruiken niet altijd dezelfde woorden, en Nederland en Vlaanderen hebben elk hun eigen begrippen. In dit handboek gebruiken we de volgende:

    - **Beroepsonderwijs**: onderwijs dat mensen voorbereidt op een bepaald beroep of vak. Het vindt plaats op school, op de werkplek of, meestal, op allebei. In Nederland is dat vooral het mbo (middelbaar beroepsonderwijs), in Vlaanderen het secundair beroepsonderwijs, duaal leren, Syntra en het volwassenenonderwijs.
    - **Leren op de werkplek** (werkplekleren): leren door echt werk op een echte werkplek, met doelen die aansluiten bij een kwalificatie. Stages, de BBL, duaal leren en bedrijfsprojecten zijn allemaal vormen ervan. In het mbo heet het verplichte praktijkdeel van de opleiding beroepspraktijkvorming (bpv).
    - **Praktijkopleider** of **mentor**: de persoon op de werkplek die een student begeleidt, de taken plant, feedback geeft en meedoet aan de beoordeling. In Nederland heet die meestal praktijkopleider of werkbegeleider, in Vlaanderen mentor; in sommige landen spreekt men van leermeester.
    - **BBL en duaal leren**: een opleiding waarin de student voor een bedrijf werkt en vooral op de werkplek leert, met een deel van de lessen bij een { -vet-provider }. Een schriftelijke overeenkomst legt de rechten en plichten van alle betrokkenen vast. In Nederland is dat de beroepsbegeleidende leerweg (BBL), met een arbeidsovereenkomst en een praktijkovereenkomst; in Vlaanderen heet het duaal leren, meestal met een overeenkomst alternerende opleiding. In de BOL (beroepsopleidende leerweg) leert de student vooral op school en loopt hij of zij daarnaast stage.
    - **Stageovereenkomst**: een schriftelijke afspraak tussen student, school en werkplek, gemaakt vóór een periode van leren op de werkplek. Daarin, of in het stageplan dat erbij hoort, staan de leerdoelen, de taken, de tijden, de contactpersonen en de manier waarop het leren wordt beoordeeld. In het mbo is dat de praktijkovereenkomst (pok); bij een buitenlandstage met Erasmus+ de Learning Agreement. Naam en juridische vorm verschillen dus per land.
    - **Leerbedrijf**: in Nederland een bedrijf dat door SBB is erkend om mbo-studenten op te leiden. In dit handboek schrijven we gewoon ‘bedrijf’, ook voor zorginstellingen en publieke organisaties.
    .title = Begrippen die we gebruiken
