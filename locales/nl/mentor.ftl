## Methode: Trots om praktijkopleider of mentor te zijn

mentor-title = Trots om praktijkopleider of mentor te zijn
    .summary = Kies, train en ondersteun een { -work-mentor } die elke student op de werkplek begeleidt.

mentor-intro =
    Een { -work-mentor }, in Vlaanderen mentor en in sommige landen leermeester genoemd, plant de taken van een student op de werkplek, laat zien hoe het werk gaat, geeft feedback en doet mee aan de beoordeling. Bij deze methode kiezen { -vet-provider(form: "def") } en { -employer(form: "def") } samen de praktijkopleiders, trainen ze hen in een korte cursus op locatie of online, en spreken ze af wie welke student begeleidt. Goede begeleiding ontstaat niet vanzelf: praktijkopleiders hebben tijd in het rooster nodig, een duidelijke rol en het zelfvertrouwen dat een training geeft.

mentor-example =
    Een beroepsschool in Jyväskylä en vier woonzorgcentra voor ouderen merkten dat de verzorgenden die studenten begeleidden zich onzeker voelden over de beoordeling. Samen ontwikkelden ze een online cursus: vier bijeenkomsten van negentig minuten verspreid over zes weken, geleid door een docent en een ervaren praktijkopleider, met tussendoor steeds een kleine opdracht om uit te proberen.

    De eerste ronde liep slecht voor de nachtdienst. De bijeenkomsten waren vroeg in de middag, en verzorgenden die uit de nachtdienst kwamen, misten ze of zaten er half slapend bij. De partners verplaatsten de bijeenkomsten naar het uur waarop dag- en avonddienst elkaar overlappen, en namen ze op voor wie er niet bij kon zijn. Die opnames brachten een nieuw probleem: de beste gesprekken gingen over echte bewoners. Vanaf de tweede bijeenkomst werden casussen verteld zonder namen of herkenbare details, gaf iedereen die aanwezig was toestemming voor de opname, en konden alleen deelnemers aan de cursus die bekijken.

    Van de dertig verzorgenden die begonnen, maakten er tweeëntwintig de cursus af. De meeste afhakers werkten ’s nachts, en de woonzorgcentra hebben nog geen vorm gevonden die bij hen past.
    .title = Uitgeprobeerd in zorg en welzijn, Finland

mentor-prep-vet-provider =
    1. Spreek met { -employer(form: "def") } af welke medewerkers welke studenten begeleiden, en in welke weken. Plan de stageperiodes om de drukke periodes van het bedrijf heen: in de piek heeft niemand tijd om een student te begeleiden.
    2. Ontwikkel de cursus samen met een ervaren { -work-mentor }: de leerdoelen, de eerste week van een student, feedback, beoordeling en veiligheid.
    3. Maak een samenvatting van de kwalificatie op één pagina, in de taal van de werkplek en niet in onderwijstermen.

mentor-prep-employer =
    1. Vraag om vrijwilligers in plaats van de rol toe te wijzen: geduld en een vast dienstpatroon zijn belangrijker dan het aantal dienstjaren.
    2. Zet de cursusbijeenkomsten en vaste begeleidingstijd voor elke student in het rooster.
    3. Vertel het team wie wie begeleidt, zodat collega’s kunnen invallen en de student weet bij wie hij of zij nog meer terechtkan.

mentor-prep-student =
    1. Zoek vóór de eerste dag uit hoe je praktijkopleider heet en hoe je hem of haar bereikt.
    2. Kies de twee of drie leerdoelen waar je het liefst aan wilt werken.
    3. Bereid een paar zinnen voor over wat je al kunt en wat je nog nooit hebt gedaan.

mentor-do-vet-provider =
    1. Geef elke bijeenkomst samen met een praktijkopleider van de werkplek als medetrainer, en bouw haar op rond de eigen, geanonimiseerde casussen van de deelnemers.
    2. Geef tussen de bijeenkomsten een kleine opdracht, zoals het plannen van de eerste dag van een student, en begin de volgende bijeenkomst met hoe het ging.
    3. Bel elke nieuwe praktijkopleider in de eerste week van de student en beantwoord vragen binnen een werkdag.

mentor-do-employer =
    1. Laat praktijkopleiders de cursus onder werktijd volgen en regel vervanging.
    2. Rooster praktijkopleider en student in dezelfde diensten in, in elk geval de eerste weken.
    3. Nodig de praktijkopleider uit voor het beoordelingsgesprek en geef hem of haar tijd om zich voor te bereiden.

mentor-do-student =
    1. Spreek met je praktijkopleider een vast moment voor feedback af, bijvoorbeeld tien minuten aan het eind van elke dienst.
    2. Zeg eerlijk wat je nog moeilijk vindt; je praktijkopleider kan de taken alleen aanpassen als hij of zij dat weet.
    3. Neem je leerlogboek mee naar een wekelijks gesprek met je praktijkopleider.

mentor-recordings =
    Bijeenkomsten rond echte zorg- of cliëntcasussen kunnen mensen blootstellen die daar nooit toestemming voor hebben gegeven. Vertel casussen zonder namen of details waaraan iemand te herkennen is. Neem een bijeenkomst alleen op als iedereen die aanwezig is, ermee instemt; spreek af wie de opname mag bekijken en hoelang die bewaard wordt, en bewaar haar op een plek waar alleen deelnemers bij kunnen.
    .title = Echte casussen en opnames

mentor-follow-up =
    Een korte vragenlijst voor praktijkopleiders vóór en na de cursus laat zien of ze zich zekerder voelen bij het plannen, het geven van feedback en het beoordelen; vraag ook studenten of hun begeleiding veranderd is. Houd een lijst bij van getrainde praktijkopleiders, bied eens per jaar een korte opfrisbijeenkomst aan, en laat zien dat u hun werk waardeert: een certificaat of een woord van dank in een teamoverleg kost weinig.

mentor-tips =
    Koppel een nieuwe praktijkopleider bij de eerste student aan een ervaren collega. Begeleiding zonder tijd in het rooster is het eerste wat er op een drukke dag bij inschiet: bescherm die tijd dus voor alles.
    .title = Tips en valkuilen

mentor-check-vet-provider-agree-numbers = Spreek met het bedrijf af wie wie begeleidt, en wanneer.
mentor-check-vet-provider-plan-course = Ontwikkel de cursus met een ervaren praktijkopleider als medetrainer.
mentor-check-vet-provider-share-summary = Stuur praktijkopleiders de leerdoelen, samengevat op één pagina.
mentor-check-vet-provider-set-up-online = Test de online verbinding en de opname vóór de eerste bijeenkomst.
mentor-check-vet-provider-consent = Vraag iedereen om toestemming voordat u een bijeenkomst opneemt.
mentor-check-vet-provider-keep-in-touch = Bel elke nieuwe praktijkopleider in de eerste week van de student.
mentor-check-vet-provider-collect-feedback = Leg praktijkopleiders vóór en na de cursus een vragenlijst voor.

mentor-check-employer-choose-mentors = Vraag om vrijwilligers om te begeleiden; wijs de rol niet toe.
mentor-check-employer-avoid-peak = Plan stageperiodes buiten de drukste tijd van het jaar.
mentor-check-employer-book-time = Zet cursusbijeenkomsten en begeleidingstijd in het rooster.
mentor-check-employer-inform-team = Vertel het team wie welke student begeleidt.
mentor-check-employer-plan-shifts = Rooster praktijkopleider en student de eerste weken samen in.
mentor-check-employer-join-assessment = Nodig de praktijkopleider uit voor het beoordelingsgesprek.
mentor-check-employer-recognise-mentors = Bedank de praktijkopleiders openlijk, bijv. in een teamoverleg.

mentor-check-student-know-mentor = Zoek de naam en het telefoonnummer van je praktijkopleider op.
mentor-check-student-read-goals = Kies de leerdoelen waar je het liefst aan werkt.
mentor-check-student-agree-feedback = Spreek een vast feedbackmoment af met je praktijkopleider.
mentor-check-student-keep-log = Neem je leerlogboek mee naar het wekelijkse gesprek.
mentor-check-student-give-feedback = Vertel je praktijkopleider wat je helpt om te leren.
