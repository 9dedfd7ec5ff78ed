## Metod: Lärande på en arbetsplats utomlands

mobility-title = Lärande på en arbetsplats utomlands
    .summary = Eleverna lär sig på en arbetsplats utomlands, och parter i båda länderna delar på arbetet.

mobility-intro =
    En APL-period utomlands ger eleverna yrkeskunskaper, språkkunskaper och självförtroende som är svåra att få på hemmaplan. De ser andra sätt att arbeta och lär sig att klara sig på egen hand. Erasmus+ finansierar sådana perioder för elever och personal inom yrkesutbildningen i hela Europa.

    Det krävs parter i båda länderna: den sändande { -vet-provider(form: "def") }, ofta en mottagande skola eller förmedlande organisation, och en { -employer } som tar emot eleven och utser en { -work-mentor }. Handledaren behöver inte tala elevens språk, men de två behöver ett arbetsspråk som båda behärskar, och det ska vara bestämt före avresan.

mobility-example =
    Elever på trädgårdsutbildningen vid en yrkesskola i Seinäjoki tillbringade fyra veckor på växthusföretag runt Venlo i sydöstra Nederländerna. Den nederländska partnerskolan hittade värdföretagen, ordnade boende och var kontakt på plats.

    Varje elev skrev under en APL-plan och hade ett webbmöte med värdföretaget före avresan. På ett av företagen hölls mötet med personalchefen, och den första dagen upptäckte eleven att hans handledare talade nederländska och lite tyska men nästan ingen engelska. I en vecka härmade han vad andra gjorde och förstod lite. Sedan ordnade partnerskolan så att en tvåspråkig kollega förklarade dagens uppgifter varje morgon, och handledaren visade resten med foton och gester. Den tredje veckan skötte eleven en packlinje på egen hand.

    Skolans regel för nästa grupp: webbmötet hålls med handledaren, och de två kommer överens om ett arbetsspråk före avresan.
    .title = Prövat inom trädgårdsnäringen i Finland och Nederländerna

mobility-agreement =
    Inom Erasmus+ skriver den sändande skolan, värdorganisationen och eleven under en APL-plan, Learning Agreement, före avresan. Utöver de mål, arbetsuppgifter och tider som alla APL-planer har (se [kapitlet om APL](#placement)) anger den:

    - lärandemålen, och vem som bedömer dem och hur;
    - hur perioden ska tillgodoräknas i elevens utbildning hemma;
    - handledaren hos värden och kontaktpersonen på den sändande skolan;
    - arbetsspråket.

    Kontrollera försäkringarna innan någon skriver under. Inom Erasmus+ förväntas den sändande organisationen se till att alla deltagare är försäkrade. Det europeiska sjukförsäkringskortet täcker nödvändig offentlig vård inom EU och EES, men inte allt: eleverna behöver också olycksfalls- och ansvarsförsäkring, både i arbetet och på fritiden, och ett skydd som täcker en oplanerad hemresa. Kom skriftligen överens om vem som ordnar vad.
    .title = APL-plan och försäkring

mobility-insurance =
    Det europeiska sjukförsäkringskortet beställs kostnadsfritt från Försäkringskassan. Fråga huvudmannen om elevernas olycksfallsförsäkring gäller utomlands och på fritiden, och om skolan behöver teckna en särskild reseförsäkring. Familjens hemförsäkring har ofta ett reseskydd, men det gäller i regel bara en begränsad tid. Universitets- och högskolerådet (UHR), som är nationellt programkontor för Erasmus+, kan svara på frågor om vad programmet kräver.
    .title = I Sverige

mobility-prep-vet-provider =
    1. Hitta pålitliga partner utomlands och sök finansiering, ofta ett år i förväg.
    2. Välj ut och förbered eleverna: språk, kultur, pengar, säkerhet och vad de ska göra i en nödsituation.
    3. Upprätta APL-planen tillsammans med värden, och kontrollera varje elevs försäkring.

mobility-prep-employer =
    1. Kom överens med partnerskolan om vilka arbetsuppgifter och lärandemål ni kan erbjuda under den säsongen.
    2. Utse handledaren, och låt hen träffa eleven på webben för att komma överens om ett arbetsspråk.
    3. Förbered en introduktion som en nykomling kan följa: säkerhetsregler med bilder, namn och telefonnummer.

mobility-prep-student =
    1. Ordna id-handling, europeiskt sjukförsäkringskort och resa tillsammans med samordnaren, och ta reda på vad er försäkring täcker.
    2. Lär er orden för era verktyg och för säkerhet på arbetsspråket.

mobility-do-vet-provider =
    1. Ring eleven de första dagarna och sedan vid överenskomna tider; ring värden minst en gång.
    2. Se till att någon alltid går att nå, dygnet runt, och ha en krisplan.
    3. Hjälp handledaren att bedöma eleven mot APL-planen i slutet av perioden.

mobility-do-employer =
    1. Börja med säkerheten, och ge sedan verkliga arbetsuppgifter enligt APL-planen.
    2. Kontrollera tidigt att eleven förstår instruktionerna, och visa i stället för att förklara när orden inte räcker.
    3. Bedöm eleven mot de överenskomna lärandemålen och skriv under dokumenten för tillgodoräknandet.

mobility-do-student =
    1. För en loggbok över vad ni lär er, i ord eller bilder.
    2. Säg till läraren i tid om arbetsuppgifterna, boendet eller språket inte fungerar.

mobility-follow-up =
    Tillgodoräkna perioden som överenskommet när eleven är hemma igen, och ge eleven ett dokument, till exempel Europass Mobilitet, som beskriver de kunskaper hen har fått. Låt eleverna berätta om perioden för andra, ge återkoppling till värden och bestäm tillsammans med partnerna om ni ska fortsätta eller göra ett utbyte åt andra hållet.

mobility-tips =
    - Börja tidigt: finansiering, partner och förberedelser tar månader.
    - Hemlängtan är vanlig de första veckorna; samtal vid överenskomna tider hjälper mer än ett löfte om att finnas tillgänglig.
    .title = Tips och fallgropar

mobility-check-vet-provider-find-partners = Hitta en partner utomlands och sök finansiering i tid.
mobility-check-vet-provider-prepare-students = Håll en förberedelsedag: kultur, pengar, säkerhet.
mobility-check-vet-provider-learning-agreement = Låt alla tre parter skriva under APL-planen.
mobility-check-vet-provider-check-insurance = Kontrollera varje elevs sjuk-, olycksfalls- och ansvarsskydd.
mobility-check-vet-provider-emergency-plan = Ge eleverna ett nödnummer som gäller dygnet runt.
mobility-check-vet-provider-keep-contact = Ring eleven under den första veckan.
mobility-check-vet-provider-recognise = Tillgodoräkna perioden i elevens utbildning.

mobility-check-employer-agree-tasks = Kom överens om uppgifter och mål ni kan erbjuda.
mobility-check-employer-name-mentor = Utse handledaren och bestäm ett arbetsspråk.
mobility-check-employer-meet-online = Låt handledaren träffa eleven på webben först.
mobility-check-employer-induction = Ge en säkerhetsintroduktion som eleven förstår.
mobility-check-employer-assess = Bedöm eleven mot de överenskomna lärandemålen.
mobility-check-employer-sign-documents = Skriv under dokumenten för tillgodoräknandet.

mobility-check-student-prepare-documents = Packa id-handling och sjukförsäkringskort.
mobility-check-student-check-insurance = Ta reda på vad er försäkring täcker.
mobility-check-student-learn-language = Lär er orden för verktyg och säkerhet.
mobility-check-student-keep-log = För en loggbok.
mobility-check-student-stay-in-touch = Säg till läraren i tid om något går fel.
mobility-check-student-share = Berätta för andra elever om er APL-period.
