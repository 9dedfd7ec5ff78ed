## Methode: Leren en werken (BBL en duaal leren)

apprenticeship-title = Leren en werken: BBL en duaal leren
    .summary = De student is in dienst van een bedrijf en leert vooral op de werkplek, met ondersteuning van de { -vet-provider }.

apprenticeship-intro =
    Bij leren en werken is de student werknemer. Hij of zij tekent met { -employer(form: "def") } een arbeidsovereenkomst (in sommige landen tekent { -vet-provider(form: "def") } ook), en loon, werktijden, vakantie en verzekering volgen daaruit, net als voor ander personeel. Het grootste deel van het vak wordt op de werkplek geleerd; { -vet-provider(form: "def") } plant de opleiding samen met de werkplek en geeft les in wat het werk niet dekt. In sommige regelingen die vanuit de school zijn georganiseerd, is de student formeel geen werknemer: ga dan na wie hem of haar op het werk verzekert. Ook de eindbeoordeling verschilt: in Finland ligt die bij { -vet-provider(form: "def") }, samen met de werkplek; in Duitsland bij de kamers; in de erkende ambachten in IJsland neemt een examencommissie per vak het gezellenexamen af.

    Leren en werken past bij volwassenen die van loopbaan veranderen, bij jongeren die willen verdienen terwijl ze leren, en bij bedrijven die medewerkers op hun eigen manier willen opleiden. Zo’n traject duurt vaak twee of drie jaar, dus een plan waar alle drie de partijen zich aan houden, is belangrijk.

apprenticeship-contract-note =
    In Nederland heet dit de beroepsbegeleidende leerweg (BBL). De student heeft een arbeidsovereenkomst met de werkgever; daarnaast ondertekenen student, school en een door SBB erkend leerbedrijf een praktijkovereenkomst. Het loon volgt uit de arbeidsovereenkomst en de cao, en de school is verantwoordelijk voor de examens. In Vlaanderen sluiten leerling, erkende onderneming en school in duaal leren een overeenkomst; welke, ligt per opleiding vast. Meestal is dat de overeenkomst alternerende opleiding: geen arbeidsovereenkomst, en de leerling krijgt een leervergoeding in plaats van loon. De school of het Syntra-centrum beslist over het diploma of getuigschrift.
    .title = In Nederland en Vlaanderen

apprenticeship-example =
    Een installatiebedrijf voor sanitair en verwarming in Oulu kon geen geschoolde monteurs vinden. Samen met de beroepsschool in de regio nam het twee volwassenen aan, een voormalig magazijnmedewerker en een oud-militair, als leerling-werknemers voor de kwalificatie installatietechniek.

    Een docent, de uitvoerder en elke leerling-werknemer koppelden elk onderdeel van de kwalificatie aan de installaties die het bedrijf de komende twee jaar verwachtte. Het plan overleefde de eerste winter niet: een groot nieuwbouwproject werd uitgesteld, en vijf maanden lang deden beide leerling-werknemers alleen renovaties in bewoonde appartementen. Bij het volgende voortgangsgesprek schoof de docent het onderdeel over nieuwe verwarmingssystemen door naar het tweede jaar en regelde hij in plaats daarvan twee weken in de werkplaats van de school.

    De ene leerling-werknemer haalde na 26 maanden zijn diploma en bleef bij het bedrijf. De andere vertrok na een jaar, zonder diploma, naar een beter betaalde baan. De conclusie van het bedrijf: spreek bij het tekenen van de overeenkomst de loonstappen voor het hele traject af.
    .title = Uitgeprobeerd in de techniek, Finland

apprenticeship-prep-vet-provider =
    1. Bezoek de werkplek en zet op een rij wat de kwalificatie vraagt maar dit werk niet kan bieden.
    2. Leg { -employer(form: "def") } en de kandidaat de regels, de financiering en de verantwoordelijkheden uit, ook wie wat ondertekent.
    3. Stel met beiden een persoonlijk opleidingsplan op: welk onderdeel waar en wanneer geleerd wordt, lesdagen en beoordelingen.

apprenticeship-prep-employer =
    1. Selecteer op motivatie in plaats van ervaring, en leg loon, werktijden en de proeftijd vast in de overeenkomst.
    2. Controleer de verzekering en, voor wie jonger is dan 18, de regels voor taken en werktijden van jongeren.
    3. Wijs een { -work-mentor } aan, geef hem of haar tijd en laat hem of haar een training volgen.

apprenticeship-prep-student =
    1. Lees de overeenkomst: loon, werktijden, vakantie, proeftijd en lesdagen.
    2. Loop het opleidingsplan door en ga na welke delen je op het werk leert en welke op school.

apprenticeship-do-vet-provider =
    1. Geef de theorielessen met voorbeelden uit het eigen werk van de student.
    2. Spreek de student en de praktijkopleider elke twee à drie maanden, en pas het plan aan als het werk verandert.
    3. Bereid de student voor op de eindbeoordeling of het examen, wie die ook afneemt.
    4. Vraag aan het eind het bedrijf en de student wat er de volgende keer anders moet, en schrijf het op: dat overtuigt andere bedrijven beter dan welke folder ook.

apprenticeship-do-employer =
    1. Geef taken volgens het plan, niet alleen wat dringend is.
    2. Geef de student vrij voor de lesdagen, ook in drukke weken.
    3. Laat het de docent op tijd weten als het werk of de overeenkomst verandert.

apprenticeship-do-student =
    1. Houd een leerlogboek bij en neem het mee naar de voortgangsgesprekken.
    2. Zeg het op tijd als je taken en het plan niet meer bij elkaar passen.

apprenticeship-tips =
    Lesdagen schieten er als eerste bij in als het druk is in het bedrijf, en een student die ze mist, raakt achter: zet ze in het rooster, niet alleen in het plan.

    Spreek aan het begin af wat er gebeurt als de overeenkomst voortijdig eindigt: wie wie inlicht, en hoe de student de opleiding elders kan afmaken.
    .title = Let op

apprenticeship-check-vet-provider-check-tasks = Ga na of het bedrijf de taken biedt die de kwalificatie vraagt.
apprenticeship-check-vet-provider-explain-rules = Leg de regels, de financiering en wie wat ondertekent uit.
apprenticeship-check-vet-provider-training-plan = Stel het opleidingsplan op met werkgever en student.
apprenticeship-check-vet-provider-progress-meetings = Houd elke twee à drie maanden een voortgangsgesprek.
apprenticeship-check-vet-provider-early-end = Spreek af wat er gebeurt als de overeenkomst voortijdig eindigt.
apprenticeship-check-vet-provider-organise-assessment = Bereid de student voor op de eindbeoordeling.

apprenticeship-check-employer-agree-contract = Teken de overeenkomst: loon, werktijden, proeftijd.
apprenticeship-check-employer-check-insurance = Controleer de verzekering en de regels voor jongeren.
apprenticeship-check-employer-name-mentor = Wijs een praktijkopleider aan en geef hem of haar tijd.
apprenticeship-check-employer-plan-tasks = Stem de werktaken af op het opleidingsplan.
apprenticeship-check-employer-release-study = Geef de student vrij voor elke lesdag.
apprenticeship-check-employer-report-problems = Laat het de docent op tijd weten als het werk verandert.

apprenticeship-check-student-understand-terms = Lees de overeenkomst: loon, werktijden, vakantie, lesdagen.
apprenticeship-check-student-agree-mentor = Spreek met je praktijkopleider af wanneer jullie de voortgang bespreken.
apprenticeship-check-student-keep-log = Houd een leerlogboek bij en neem het mee naar gesprekken.
apprenticeship-check-student-speak-up = Zeg het op tijd als je taken niet bij het plan passen.
apprenticeship-check-student-prepare-meetings = Bereid je voor op voortgangsgesprekken en beoordelingen.
