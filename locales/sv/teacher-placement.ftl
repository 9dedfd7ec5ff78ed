## Metod: Lärare tillbaka i arbetslivet

teacher-placement-title = Lärare tillbaka i arbetslivet
    .summary = Lärare arbetar en tid på ett företag och tar med sig dagens arbetssätt tillbaka till skolan.

teacher-placement-intro =
    Verktyg, material och arbetssätt förändras snabbare än styrdokumenten, och en lärare som lämnade yrket för tio år sedan kan upptäcka att det har gått vidare utan hen. Vid en branschpraktik arbetar läraren på ett företag under några dagar eller veckor som en i personalen, inte som besökare.

    Läraren kommer tillbaka med aktuella kunskaper, verkliga exempel och nya kontakter. { -employer(form: "def-start") } får ett par kunniga händer, en inblick i skolan och ett direkt sätt att påverka vad eleverna lär sig. Den största kostnaden brukar hamna på skolan: lärarens lön betalas som vanligt, och någon måste undervisa på de lektioner som läraren missar.

teacher-placement-example =
    Två trädgårdslärare från en nederländsk yrkesskola tillbringade två veckor hos växthusodlare i regionen Westland, den ena hos en tomatodlare och den andra hos en odlare av krukväxter.

    Den första veckan hos tomatodlaren handlade mest om packning: odlaren hade inte vetat vad han skulle ge en lärare att göra. Hos krukväxtodlaren fick läraren inte kopiera data från klimatdatorn, som odlaren betraktade som en affärshemlighet. Efter ett samtal mellan skolan och båda odlarna följde den andra veckan en uppgiftslista (odlingsskötsel, klimatdatorn, biologiskt växtskydd), och krukväxtodlaren delade med sig av förra säsongens data med företagsnamnet borttaget.

    Tillbaka i skolan skrev lärarna om två kursmoment utifrån det de hade med sig. Skolan hade planerat en branschpraktik för varje trädgårdslärare vart tredje år, men att betala vikarier i två veckor gjorde det för dyrt; i dag finansierar skolan två praktikperioder om året och prövar kortare varianter.
    .title = Prövat inom trädgårdsnäringen i Nederländerna

teacher-placement-prep-vet-provider =
    1. Ta med lärarnas branschpraktik i kompetensutvecklingsplanen och budgeten, även kostnaden för vikarier.
    2. Skriv tillsammans med läraren ner vad praktiken ska ge: vilka kunskaper, vilket material och vilka kontakter.
    3. Kom överens med företaget om en uppgiftslista vecka för vecka, så att läraren inte hamnar i det som råkar vara underbemannat den dagen.
    4. Ordna vikarie för varje lektion som läraren missar, och lämna uppgifter till eleverna.

teacher-placement-prep-employer =
    1. Kom överens om datum, arbetstider och arbetsuppgifter, och utse en medarbetare som läraren arbetar tillsammans med.
    2. Ge läraren samma säkerhetsintroduktion som nyanställda, och kom överens med skolan om vems försäkring som gäller för läraren, som inte är anställd hos er.
    3. Säg från början vad som är konfidentiellt och vad läraren får fotografera, kopiera eller använda i undervisningen.

teacher-placement-prep-student =
    1. Berätta för läraren vilka delar av yrket ni skulle vilja höra mer om.
    2. Skriv två frågor som läraren kan ställa på företaget.

teacher-placement-do-vet-provider =
    1. Som lärare på branschpraktik: utför verkligt arbete, och fråga varför saker görs som de görs.
    2. För en kort loggbok varje dag över nya verktyg, metoder, misstag och exempel som kan användas i undervisningen.
    3. Fråga innan ni tar foton, data eller dokument, och anteckna vad ni fick ta med.

teacher-placement-do-employer =
    1. Ge läraren verkliga arbetsuppgifter, inte bara en rundvisning, och förklara varför ni använder den utrustning och de metoder ni gör.
    2. Berätta för läraren vad era nyanställda oftast saknar när de kommer från skolan.

teacher-placement-do-student =
    1. Gör de uppgifter som har lämnats för lektionerna som läraren missar.
    2. Fråga efter svaren på era frågor när läraren är tillbaka.

teacher-placement-follow-up =
    Inom en termin skriver läraren om minst en lektion eller ett kursmoment och berättar för kollegorna vad hen har lärt sig. Skicka en kort rapport till företaget om vad som har förändrats i skolan, och jämför praktiken med de mål som skrevs ner i början. Nästa steg med företaget blir ofta APL för eleverna eller en gästlektion.

teacher-placement-tips =
    Två veckors verkligt arbete lär mer än en månads besök. Går det inte att vara borta i två veckor fungerar också flera enstaka dagar utspridda över en termin, förutsatt att läraren utför verkliga arbetsuppgifter varje gång.
    .title = Tips och fallgropar

teacher-placement-check-vet-provider-plan-budget = Budgetera praktiken, även vikarierna.
teacher-placement-check-vet-provider-set-goals = Skriv ner vilka kunskaper och vilket material som ska med tillbaka.
teacher-placement-check-vet-provider-agree-tasks = Gör en uppgiftslista vecka för vecka med företaget.
teacher-placement-check-vet-provider-arrange-cover = Boka vikarie för varje lektion som läraren missar.
teacher-placement-check-vet-provider-keep-log = För en kort loggbok varje dag.
teacher-placement-check-vet-provider-ask-permission = Fråga innan ni tar foton, data eller dokument.
teacher-placement-check-vet-provider-update-module = Skriv om minst en lektion inom en termin.
teacher-placement-check-vet-provider-share-colleagues = Berätta för kollegorna vad ni har lärt er.

teacher-placement-check-employer-agree-dates = Bestäm datum och uppgifter; utse lärarens kollega.
teacher-placement-check-employer-check-safety = Ge läraren personalens säkerhetsintroduktion.
teacher-placement-check-employer-check-insurance = Kom överens med skolan om vems försäkring som gäller.
teacher-placement-check-employer-confidentiality = Säg redan första dagen vad som är konfidentiellt.
teacher-placement-check-employer-real-tasks = Ge verkliga arbetsuppgifter, inte bara en rundvisning.
teacher-placement-check-employer-discuss-needs = Berätta vad nyanställda ofta saknar.

teacher-placement-check-student-share-wishes = Berätta för läraren vad ni vill veta.
teacher-placement-check-student-prepare-questions = Skriv två frågor till företaget.
teacher-placement-check-student-keep-studying = Gör uppgifterna för de lektioner som läraren missar.
teacher-placement-check-student-discuss = Fråga efter svaren när läraren är tillbaka.
teacher-placement-check-student-ask-placement = Fråga om företaget tar emot elever för APL.
