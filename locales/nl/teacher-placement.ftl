## Methode: Docenten terug op de werkvloer

teacher-placement-title = Docenten terug op de werkvloer
    .summary = Docenten werken een tijd in een bedrijf en nemen de actuele praktijk mee terug naar school.

teacher-placement-intro =
    Het werkveld verandert snel, en docenten die jaren geleden uit hun vak zijn gestapt, kunnen het zicht verliezen op nieuwe gereedschappen, materialen en werkwijzen. Bij een docentstage werkt een docent een paar dagen of weken in een bedrijf en draait hij of zij mee in het dagelijkse werk, in plaats van vanaf de zijlijn toe te kijken.

    De docent komt terug met actuele vaardigheden, nieuwe voorbeelden en contacten. { -employer(form: "def-cap") } krijgt er een extra paar vakkundige handen bij, een kijkje in de keuken van de school en een goede kans om invloed te hebben op wat studenten leren. Veel partnerschappen merken dat docentstages direct leiden tot betere stages voor studenten.

teacher-placement-example =
    Twee docenten tuinbouw van een Nederlandse mbo-school liepen twee weken stage bij glastuinbouwbedrijven in het Westland, de een bij een tomatenteler en de ander bij een potplantenkwekerij. Ze werkten mee met het personeel, van planten en gewasverzorging tot het inpakken voor export.

    De docenten waren verrast hoe ver klimaatregeling, ledverlichting en biologische bestrijding waren gekomen sinds hun eigen opleiding. Met toestemming van de telers verzamelden ze foto’s, gegevens uit klimaatcomputers en echte werkinstructies. Terug op school herschreven ze twee modules rond dit materiaal.

    De telers waardeerden de vragen van de docenten, die hen dwongen hun eigen routines uit te leggen en opnieuw te bekijken. Beide bedrijven hebben sindsdien stagiairs opgenomen, en de school plant nu voor elke docent tuinbouw eens in de drie jaar een docentstage.
    .title = Uitgeprobeerd in de tuinbouw, Nederland

teacher-placement-prep-vet-provider =
    1. Neem docentstages op in het professionaliseringsplan en de begroting.
    2. Help de docent doelen te stellen: welke vaardigheden en materialen neemt hij of zij mee terug?
    3. Regel vervanging voor de lessen van de docent.

teacher-placement-prep-employer =
    1. Spreek met de docent de data, werktijden en taken af.
    2. Wijs een contactpersoon aan die de docent begeleidt.
    3. Regel veiligheidstraining, verzekering en geheimhouding.

teacher-placement-prep-student =
    1. Vertel je docent wat je graag wilt weten over het werk in de sector.
    2. Bereid vragen voor die de docent in het bedrijf kan stellen.
    3. Volg wat de docent tijdens de stage deelt, als hij of zij updates stuurt.

teacher-placement-do-vet-provider =
    1. Werk als docent-stagiair mee als gewone medewerker en doe echte taken.
    2. Houd een logboek bij van nieuwe methoden, gereedschappen en voorbeelden voor uw lessen.
    3. Verzamel, met toestemming, materiaal dat u op school kunt gebruiken.

teacher-placement-do-employer =
    1. Geef de docent echte taken, niet alleen een rondleiding.
    2. Laat nieuwe apparatuur en werkwijzen zien, en leg uit waarom u ze gebruikt.
    3. Bespreek wat u graag wilt dat studenten leren voordat ze bij u komen.

teacher-placement-do-student =
    1. Ga door met je opleiding terwijl de docent weg is.
    2. Werk je vragen uit als kleine opdracht, als je docent die geeft.
    3. Wees klaar om te praten over wat de docent mee terugneemt.

teacher-placement-follow-up =
    Na de stage deelt de docent wat hij of zij geleerd heeft met collega’s en past minstens één les of module aan. Stuur het bedrijf een kort verslag van wat er op school is veranderd, en bedank de medewerkers die geholpen hebben.

    Spreek met het bedrijf een volgende stap af, zoals stages voor studenten of een gastles. Evalueer de stage aan de hand van de doelen die aan het begin zijn gesteld.

teacher-placement-tips =
    - Twee weken echt meewerken leert meer dan een maand bedrijfsbezoeken.
    - Spreek geheimhoudingsregels af voordat de docent materiaal verzamelt.
    - Laat de stage niet ophouden zodra de docent terug is. Plan hoe de kennis gedeeld wordt.
    - Een stage om de paar jaar houdt docenten bij de tijd.
    .title = Tips en valkuilen

teacher-placement-check-vet-provider-plan-budget = Neem docentstages op in het plan en de begroting.
teacher-placement-check-vet-provider-set-goals = Stel doelen voor de stage.
teacher-placement-check-vet-provider-arrange-cover = Regel vervanging voor de lessen.
teacher-placement-check-vet-provider-keep-log = Houd een logboek bij van nieuwe methoden en voorbeelden.
teacher-placement-check-vet-provider-update-module = Pas minstens één les of module aan.
teacher-placement-check-vet-provider-share-colleagues = Deel wat u geleerd hebt met collega’s.

teacher-placement-check-employer-agree-dates = Spreek data, werktijden en taken af.
teacher-placement-check-employer-name-contact = Wijs een contactpersoon aan voor de docent.
teacher-placement-check-employer-check-safety = Regel veiligheidstraining en geheimhouding.
teacher-placement-check-employer-real-tasks = Geef de docent echte taken.
teacher-placement-check-employer-discuss-needs = Vertel de docent wat studenten moeten leren.

teacher-placement-check-student-share-wishes = Vertel je docent wat je wilt weten.
teacher-placement-check-student-prepare-questions = Bereid vragen voor aan het bedrijf.
teacher-placement-check-student-keep-studying = Blijf bij met je opleiding.
teacher-placement-check-student-discuss = Praat over wat de docent mee terugneemt.
teacher-placement-check-student-ask-placement = Vraag naar stageplaatsen bij het bedrijf.
