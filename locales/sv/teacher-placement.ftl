## Metod: Lärare tillbaka i arbetslivet

teacher-placement-title = Lärare tillbaka i arbetslivet
    .summary = Lärare arbetar en tid på ett företag och tar med sig dagens arbetssätt tillbaka till skolan.

teacher-placement-intro =
    Arbetslivet förändras snabbt, och lärare som lämnade sitt yrke för många år sedan kan tappa kontakten med nya verktyg, material och arbetssätt. Vid en branschpraktik för lärare arbetar läraren på ett företag under några dagar eller veckor och deltar i det dagliga arbetet i stället för att observera från sidan.

    Läraren kommer tillbaka med uppdaterade kunskaper, färska exempel och nya kontakter. { -employer(form: "def-start") } får ett par extra kunniga händer, inblick i skolan och goda möjligheter att påverka vad eleverna lär sig. Många partnerskap märker att lärarnas branschpraktik leder direkt till bättre APL för eleverna.

teacher-placement-example =
    Två trädgårdslärare från en nederländsk yrkesskola tillbringade två veckor hos växthusodlare i regionen Westland, den ena hos en tomatodlare och den andra hos en odlare av krukväxter. De arbetade sida vid sida med personalen, från plantering och skötsel av odlingen till packning för export.

    Lärarna blev förvånade över hur mycket klimatstyrning, LED-belysning och biologiskt växtskydd hade utvecklats sedan deras egen utbildning. Med odlarnas tillstånd samlade de in foton, data från klimatdatorerna och verkliga arbetsinstruktioner. Tillbaka i skolan skrev de om två kursmoment utifrån materialet.

    Odlarna uppskattade lärarnas frågor, som fick dem att förklara och tänka om kring sina egna rutiner. Båda företagen har sedan dess tagit emot elever för APL, och skolan planerar nu en branschpraktik för varje trädgårdslärare vart tredje år.
    .title = Prövat inom trädgårdsnäringen i Nederländerna

teacher-placement-prep-vet-provider =
    1. Ta med lärarnas branschpraktik i kompetensutvecklingsplanen och budgeten.
    2. Hjälp läraren att sätta upp mål: vilka kunskaper och vilket material som ska tas med tillbaka.
    3. Ordna vikarie för lärarens lektioner.

teacher-placement-prep-employer =
    1. Kom överens med läraren om datum, arbetstider och arbetsuppgifter.
    2. Utse en kontaktperson som tar hand om läraren.
    3. Kontrollera säkerhetsutbildning, försäkring och tystnadsplikt.

teacher-placement-prep-student =
    1. Berätta för läraren vad ni skulle vilja veta om arbetslivet i branschen.
    2. Förbered frågor som läraren kan ställa på företaget.
    3. Följ lärarens rapporter, om hen delar några under praktiken.

teacher-placement-do-vet-provider =
    1. Arbeta som en i personalen under praktiken och delta i verkliga arbetsuppgifter.
    2. För en loggbok över nya metoder, verktyg och exempel till undervisningen.
    3. Samla in material som ni kan använda i skolan, med företagets tillstånd.

teacher-placement-do-employer =
    1. Ge läraren verkliga arbetsuppgifter, inte bara en rundvisning.
    2. Visa ny utrustning och nya metoder, och förklara varför ni använder dem.
    3. Diskutera vad ni skulle vilja att eleverna lär sig innan de kommer till er.

teacher-placement-do-student =
    1. Fortsätt med studierna medan läraren är borta.
    2. Arbeta med era frågor som en liten uppgift, om läraren ger er en sådan.
    3. Var beredd att diskutera det som läraren tar med sig tillbaka.

teacher-placement-follow-up =
    Efter praktiken berättar läraren för sina kollegor vad hen har lärt sig och uppdaterar minst en lektion eller ett kursmoment. Skicka en kort rapport till företaget om vad som har förändrats i skolan, och tacka de medarbetare som hjälpte till.

    Kom överens med företaget om nästa steg, till exempel APL för eleverna eller en gästlektion. Utvärdera praktiken mot de mål som sattes i början.

teacher-placement-tips =
    - Två veckors verkligt arbete lär mer än en månads besök.
    - Kom överens om regler för sekretess innan läraren samlar in material.
    - Låt inte praktiken ta slut när läraren kommer tillbaka. Planera hur kunskaperna ska spridas.
    - En praktikperiod med några års mellanrum håller lärarna uppdaterade.
    .title = Tips och fallgropar

teacher-placement-check-vet-provider-plan-budget = Ta med lärarnas branschpraktik i planen och budgeten.
teacher-placement-check-vet-provider-set-goals = Sätt upp mål för praktiken.
teacher-placement-check-vet-provider-arrange-cover = Ordna vikarie för lektionerna.
teacher-placement-check-vet-provider-keep-log = För en loggbok över nya metoder och exempel.
teacher-placement-check-vet-provider-update-module = Uppdatera minst en lektion eller ett kursmoment.
teacher-placement-check-vet-provider-share-colleagues = Berätta för kollegorna vad ni har lärt er.

teacher-placement-check-employer-agree-dates = Kom överens om datum, arbetstider och arbetsuppgifter.
teacher-placement-check-employer-name-contact = Utse en kontaktperson för läraren.
teacher-placement-check-employer-check-safety = Kontrollera säkerhetsutbildning och tystnadsplikt.
teacher-placement-check-employer-real-tasks = Ge läraren verkliga arbetsuppgifter.
teacher-placement-check-employer-discuss-needs = Berätta för läraren vad eleverna bör lära sig.

teacher-placement-check-student-share-wishes = Berätta för läraren vad ni vill veta.
teacher-placement-check-student-prepare-questions = Förbered frågor till företaget.
teacher-placement-check-student-keep-studying = Håll jämna steg med studierna.
teacher-placement-check-student-discuss = Diskutera det som läraren tar med sig tillbaka.
teacher-placement-check-student-ask-placement = Fråga om APL-platser på företaget.
