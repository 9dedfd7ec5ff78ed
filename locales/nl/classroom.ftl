## Methode: Het klaslokaal op de werkvloer

classroom-title = Het klaslokaal op de werkvloer
    .summary = Verplaats een deel van het onderwijs naar de werkplek, of laat vakspecialisten uit het bedrijf het geven.

classroom-intro =
    Bij deze methode wordt een module, of een deel ervan, gegeven op de plek waar het werk gebeurt. Ofwel gaat de groep een aantal dagen naar een werkplek, ofwel komt een vakspecialist van de werkplek lesgeven op school. Studenten leren op actuele apparatuur van iemand die er elke dag mee werkt, en { -vet-provider(form: "def") } hoeft geen machines te kopen die ze nooit bij de tijd zou kunnen houden. De docent blijft verantwoordelijk voor de leerdoelen en de cijfers; de vakspecialist brengt het werk zelf in.

classroom-example =
    Een beroepsschool in Akureyri wilde dat haar leerlingen in de opleidingen koken en bediening meer leerden over lokale vis dan in de schoolkeuken mogelijk was. Een hotelrestaurant in de stad was bereid om in het rustige seizoen een module van twee weken te verzorgen: ’s ochtends leerde de chef-kok de leerlingen vis fileren, bewaren en bereiden, de docent behandelde voedselhygiëne in de vergaderzaal van het hotel, en ’s middags serveerden de leerlingen een eenvoudige lunch aan hotelgasten.

    Op de derde dag boekte een congres op korte termijn een lunch voor tachtig personen, en de leerlingen stonden die ochtend alleen maar te kijken. School en hotel spraken een noodplan af: op drukke ochtenden geeft de docent de groep hygiënetheorie en schuift het deel van de chef door naar de middag. Ook bleek dat de chef de leerlingen beoordeelde op snelheid en de docent op hygiëne; vanaf de tweede week vulden ze samen één observatieformulier per leerling in.

    Het hotel nam twee leerlingen aan voor de zomer. Nog open is de vraag wie de kosten draagt: het hotel leverde de vis voor de pilot tegen kostprijs en doet dat niet nog een keer, dus de school moet dat geld eerst vinden voordat de module een tweede keer kan draaien.
    .title = Uitgeprobeerd in de horeca, Akureyri, IJsland

classroom-prep-vet-provider =
    1. Kies een module, of een deel ervan, die de werkplek beter kan geven dan de school.
    2. Spreek met { -employer(form: "def") } af wie welk onderwerp op welke dag geeft, en wat er gebeurt op dagen waarop het op de werkplek ineens druk is.
    3. Spreek af wie de studenten beoordeelt en op basis waarvan, bijvoorbeeld met een gezamenlijk observatieformulier.
    4. Regel verzekering, vervoer en maaltijden, en spreek af wie de materialen betaalt; zie het hoofdstuk [Zo begint u](#getting-started) voor de algemene vragen.
    5. Geef de vakspecialist de leerdoelen en vertel iets over de groep.

classroom-prep-employer =
    1. Kies een vakspecialist die het werk graag uitlegt, en neem een deel van zijn of haar gewone taken over voor deze dagen.
    2. Zoek een ruimte en tijden waarop studenten niet in de weg lopen bij klanten of productie als het erop aankomt.
    3. Bedenk taken die studenten zelf en veilig kunnen uitvoeren, en zet voor elke dag gereedschap en materialen klaar.

classroom-prep-student =
    1. Lees de leerdoelen van de module en vraag hoe je beoordeeld wordt.
    2. Zoek uit welke kleding, beschermingsmiddelen en reis je nodig hebt.
    3. Zoek uit wat het bedrijf doet, en bereid twee vragen voor aan de vakspecialist.

classroom-do-vet-provider =
    1. Wees er op de eerste dag bij, en koppel elk praktijkonderdeel aan de theorie waar het bij hoort.
    2. Overleg elke dag tien minuten met de vakspecialist om het plan voor de volgende dag bij te stellen.
    3. Vul het observatieformulier samen met de vakspecialist in zolang het werk nog vers in het geheugen ligt.

classroom-do-employer =
    1. Begin met een veiligheidsinstructie en een rondleiding langs de plekken waar studenten gaan werken.
    2. Doe het werk eerst voor en laat daarna elke student het zelf doen, terwijl de vakspecialist ter plekke bijstuurt.
    3. Vertel studenten wat er in het echte werk misgaat en hoe uw medewerkers daarmee omgaan.

classroom-do-student =
    1. Houd je aan de regels van de werkplek, net als het personeel.
    2. Doe de taken zelf, en vraag het als je twijfelt in plaats van te gokken.
    3. Schrijf elke dag op wat je hebt gedaan en bij welk deel van de theorie het hoort.

classroom-follow-up =
    Bespreek kort na de module de resultaten met de vakspecialist: hebben de studenten de leerdoelen gehaald, was de tijd de moeite waard voor de werkplek, en wat werkte daar beter dan op school? Bedank de vakspecialist op een manier die hij of zij waardeert, bijvoorbeeld met een brief aan zijn of haar leidinggevende.

classroom-tips =
    Begin met één module en één werkplek. Houd de groep zo klein dat iedereen het werk met eigen handen kan doen; lukt dat niet, splits de groep dan en geef de module twee keer, in plaats van de helft van de groep te laten toekijken.
    .title = Tips en valkuilen

classroom-check-vet-provider-choose-module = Kies een module die de werkplek beter geeft dan de school.
classroom-check-vet-provider-agree-timetable = Spreek af wie welk onderwerp op welke dag geeft.
classroom-check-vet-provider-backup-plan = Spreek een plan af voor drukke dagen op de werkplek.
classroom-check-vet-provider-agree-grading = Spreek af wie beoordeelt, en op basis waarvan.
classroom-check-vet-provider-check-insurance = Regel verzekering, vervoer, maaltijden en kosten.
classroom-check-vet-provider-brief-specialist = Stuur de vakspecialist de leerdoelen.
classroom-check-vet-provider-review-module = Bespreek resultaten en kosten met de vakspecialist.

classroom-check-employer-choose-specialist = Kies een vakspecialist en maak zijn of haar tijd vrij.
classroom-check-employer-find-space = Regel een ruimte en tijden uit de buurt van klanten.
classroom-check-employer-prepare-tasks = Zet taken, gereedschap en materialen klaar voor elke dag.
classroom-check-employer-agree-costs = Spreek met de school af wie de materialen betaalt.
classroom-check-employer-safety-induction = Geef op de eerste dag een veiligheidsinstructie.
classroom-check-employer-give-feedback = Vul het observatieformulier samen met de docent in.

classroom-check-student-read-goals = Lees de leerdoelen en vraag hoe je beoordeeld wordt.
classroom-check-student-check-gear = Regel kleding, beschermingsmiddelen en reis.
classroom-check-student-prepare-questions = Bereid twee vragen voor aan de vakspecialist.
classroom-check-student-follow-rules = Houd je aan de regels van de werkplek, net als het personeel.
classroom-check-student-note-learning = Schrijf elke dag op wat je hebt gedaan en geleerd.
