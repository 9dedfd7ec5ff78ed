## Methode: Trots om praktijkopleider of mentor te zijn

mentor-title = Trots om praktijkopleider of mentor te zijn
    .summary = Kies, train en ondersteun een { -work-mentor } die elke student op de werkplek begeleidt.

mentor-intro =
    Een { -work-mentor }, in Vlaanderen mentor en in sommige landen leermeester genoemd, plant de taken van een student op de werkplek, laat zien hoe het werk gaat, geeft feedback en doet mee aan de beoordeling. Goede begeleiding ontstaat niet vanzelf: praktijkopleiders hebben tijd nodig, een duidelijke rol en enige training.

    Bij deze methode trainen { -vet-provider(form: "def") } en { -employer(form: "def") } samen de praktijkopleiders en spreken ze af wie welke student begeleidt. De training kan op locatie, online of gecombineerd plaatsvinden, zodat drukbezette medewerkers vanaf hun eigen werkplek kunnen meedoen. Zelfverzekerde praktijkopleiders zorgen voor beter leren, en voor medewerkers die trots zijn dat ze hun vakmanschap kunnen doorgeven.

mentor-example =
    Een beroepsschool in Jyväskylä en vier verpleeghuizen merkten dat de verzorgenden die studenten begeleidden zich onzeker voelden over de beoordeling. Samen ontwikkelden ze een online cursus: vier bijeenkomsten van negentig minuten verspreid over zes weken, met tussendoor steeds een kleine opdracht om uit te proberen. De managers van de verpleeghuizen kozen de deelnemers en zetten de bijeenkomsten in het rooster.

    In de bijeenkomsten kwamen de leerdoelen van de kwalificatie aan bod, de eerste week van een student, bruikbare feedback en praktijkexamens. Elke bijeenkomst werd samen geleid door een docent en een ervaren praktijkopleider uit een van de verpleeghuizen, zodat de voorbeelden echt uit de praktijk kwamen.

    Tweeëntwintig verzorgenden kregen hun certificaat tijdens een kleine feestelijke bijeenkomst. Studenten zeiden het semester daarna dat hun praktijkopleiders meer uitlegden en eerder feedback gaven. Twee van de verpleeghuizen sturen inmiddels elke nieuwe praktijkopleider naar de cursus.
    .title = Uitgeprobeerd in zorg en welzijn, Finland

mentor-prep-vet-provider =
    1. Spreek met { -employer(form: "def") } af hoeveel praktijkopleiders er nodig zijn, en wanneer.
    2. Ontwikkel samen met een ervaren { -work-mentor } een korte cursus: leerdoelen, de eerste week, feedback, beoordeling en veiligheid.
    3. Kies de vorm (op locatie, online of gecombineerd) en richt de online omgeving in.
    4. Maak voor praktijkopleiders een samenvatting van de kwalificatie op één pagina.

mentor-prep-employer =
    1. Kies medewerkers die graag willen begeleiden en daar het geduld voor hebben.
    2. Plan tijd in het rooster voor de cursus en voor de begeleiding.
    3. Vertel het hele team wie de praktijkopleiders zijn en wat ze doen.

mentor-prep-student =
    1. Zoek uit wie je { -work-mentor } wordt en hoe je hem of haar bereikt.
    2. Lees je leerdoelen en bedenk wat je het liefst wilt leren.
    3. Bereid een korte introductie over jezelf voor: je vaardigheden, je ervaring en je vragen.

mentor-do-vet-provider =
    1. Geef de bijeenkomsten samen met een praktijkopleider van de werkplek als medetrainer.
    2. Geef praktijkopleiders tussen de bijeenkomsten kleine opdrachten om met hun studenten uit te proberen.
    3. Houd tijdens de stage van de student contact met elke praktijkopleider en beantwoord vragen snel.

mentor-do-employer =
    1. Laat praktijkopleiders de cursus onder werktijd volgen.
    2. Plan de diensten zo dat praktijkopleider en student samenwerken, in elk geval in het begin.
    3. Vraag praktijkopleiders regelmatig hoe het gaat, en betrek hen bij de beoordeling.

mentor-do-student =
    1. Spreek met je praktijkopleider af wanneer je feedback krijgt.
    2. Vertel je praktijkopleider wat je al kunt en wat je nog moeilijk vindt.
    3. Houd een kort leerlogboek bij en bespreek het elke week met je praktijkopleider.

mentor-follow-up =
    Vraag praktijkopleiders na de cursus hoe zeker ze zich nu voelen bij het plannen, het geven van feedback en het beoordelen, en vraag studenten of hun begeleiding veranderd is. Met een korte vragenlijst vóór de cursus hebt u een nulmeting.

    Laat zien dat u het werk van de praktijkopleiders waardeert: een certificaat, een vermelding in de personeelsnieuwsbrief of koffie met gebak als bedankje kost weinig en betekent veel. Houd een lijst bij van getrainde praktijkopleiders en bied eens per jaar een korte opfrisbijeenkomst aan.

mentor-tips =
    - Houd bijeenkomsten kort en praktisch; praktijkopleiders leren het meest van echte situaties.
    - Neem online bijeenkomsten op, zodat mensen die in diensten werken ze kunnen terugkijken.
    - Begeleiding zonder vrijgemaakte tijd is het eerste wat er op een drukke dag bij inschiet.
    - Koppel een nieuwe praktijkopleider bij de eerste student aan een ervaren collega.
    .title = Tips en valkuilen

mentor-check-vet-provider-agree-numbers = Spreek af hoeveel praktijkopleiders er nodig zijn, en wanneer.
mentor-check-vet-provider-plan-course = Ontwikkel de cursus samen met een ervaren praktijkopleider.
mentor-check-vet-provider-set-up-online = Test de online omgeving vóór de eerste bijeenkomst.
mentor-check-vet-provider-share-summary = Geef praktijkopleiders een samenvatting van de leerdoelen.
mentor-check-vet-provider-keep-in-touch = Neem tijdens de stage contact op met elke praktijkopleider.
mentor-check-vet-provider-collect-feedback = Verzamel feedback van praktijkopleiders en studenten.

mentor-check-employer-choose-mentors = Kies praktijkopleiders die de rol graag willen.
mentor-check-employer-book-time = Plan tijd voor begeleiding in het rooster.
mentor-check-employer-inform-team = Vertel het team wie de praktijkopleiders zijn.
mentor-check-employer-plan-shifts = Plan gezamenlijke diensten voor praktijkopleider en student.
mentor-check-employer-join-assessment = Betrek de praktijkopleider bij de beoordeling.
mentor-check-employer-recognise-mentors = Bedank de praktijkopleiders openlijk.

mentor-check-student-know-mentor = Zoek uit wie je praktijkopleider is.
mentor-check-student-read-goals = Lees je leerdoelen voordat je begint.
mentor-check-student-agree-feedback = Spreek af wanneer je feedback krijgt.
mentor-check-student-keep-log = Houd een leerlogboek bij en bespreek het elke week.
mentor-check-student-give-feedback = Vertel je praktijkopleider wat je helpt om te leren.
