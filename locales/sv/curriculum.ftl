## Metod: Arbetsgivare med i utbildningsplaneringen

curriculum-title = Arbetsgivare med i utbildningsplaneringen
    .summary = Arbetsgivare hjälper till att planera vad och hur eleverna lär sig, så att utbildningen motsvarar arbetslivets behov.

curriculum-intro =
    Nationella examenskrav och ramplaner lämnar utrymme för lokala beslut: vilka valbara delar som ska erbjudas, i vilken ordning, med vilka exempel och uppgifter, och hur mycket som ska läras på arbetsplatsen. Hur stort utrymmet är skiljer sig mellan länderna. När { -employers } hjälper till att använda det följer utbildningen arbetslivets verkliga behov närmare.

    Den här metoden samlar lärare och personer från arbetsplatserna för att tillsammans planera ett kursmoment, ett program eller lokalt innehåll. Det kräver tid och förtroende, så metoden passar parter som redan känner varandra.

curriculum-local-room =
    Skolverket fastställer ämnesplanerna med centralt innehåll och betygskriterier. Huvudmannen väljer vilka programfördjupningar som erbjuds, och skolan och lärarna planerar undervisningen: i vilken ordning innehållet behandlas, med vilka uppgifter och hur APL används. Det är där arbetsgivarna kan vara med, ofta genom programrådet.
    .title = I Sverige

curriculum-example =
    En yrkesskola för vårdyrken i Kassel och fyra vårdgivare var oroliga för att nyutbildad personal var svag i digital vårddokumentation och i samtal med anhöriga. Skolan bjöd in vårdchefer och erfarna sjuksköterskor att tillsammans med lärarna planera det lokala innehållet i två lärområden.

    Det första mötet gav en önskelista som skulle ha fyllt ett helt år: vårdcheferna hade inte vetat att ramplanen bestämmer det mesta av innehållet och timmarna. På det andra mötet visade lärarna var ramplanen lämnade utrymme, och gruppen valde de två ämnena och skrev fallbaserade uppgifter till dem. På det tredje kom de överens om vilka uppgifter eleverna skulle utföra under sina perioder på arbetsplatsen.

    Samtalen med anhöriga fungerade: handledarna berättade om elever som höll sig lugnare i svåra samtal. Dokumentationsdelen fungerade inte, eftersom skolans övningsprogram skilde sig från de system som de fyra vårdgivarna använder, och gruppen har ännu inte hittat någon väg runt det.
    .title = Prövat inom vård och omsorg i Tyskland

curriculum-prep-vet-provider =
    1. Ta reda på exakt vilken del av utbildningen som är öppen för lokala beslut och hur många timmar den omfattar.
    2. Bjud in { -employers } med en sammanfattning på en sida av ramarna och mötesdatumen.
    3. Ta med underlag till det första mötet: synpunkter från tidigare elever, handledarnas kommentarer från APL och bedömningsresultat.

curriculum-prep-employer =
    1. Skicka personer som känner det dagliga arbetet och vart yrket är på väg, och samma personer varje gång.
    2. Samla två eller tre verkliga situationer där nyanställda hade svårt att klara sig.

curriculum-prep-student =
    1. Berätta för läraren vilka delar av utbildningen som hjälpte er i arbetet och vilka som inte gjorde det.
    2. Anmäl er för att föra elevernas talan på något av mötena.

curriculum-do-vet-provider =
    1. Utgå från arbetssituationerna och sortera dem sedan in i kursmoment eller lärområden.
    2. Skriv de nya målen, uppgifterna och bedömningen, och skicka utkastet på remiss med ett sista datum för synpunkter.
    3. Berätta för alla vilka förslag som användes, vilka som inte gjorde det och varför.

curriculum-do-employer =
    1. Beskriv varje situation konkret: vilka som var inblandade, vad som gick fel och vad en yrkeskunnig person skulle ha gjort.
    2. Kontrollera om uppgifterna i utkastet stämmer med det verkliga arbetet.
    3. Erbjud uppgifter, material eller APL-platser som stöder det nya innehållet.

curriculum-do-student =
    1. Säg om de nya uppgifterna är begripliga för den som ska lära sig dem.
    2. Berätta för andra elever vad som ändras och varför.

curriculum-follow-up =
    Träffas igen när det nya innehållet har genomförts en gång, med elevernas synpunkter, bedömningsresultaten och handledarnas bild av eleverna på arbetsplatsen. Ändra det som inte fungerade, och bestäm redan på samma möte när nästa genomgång ska äga rum.

curriculum-tips =
    Förklara de nationella reglerna på det första mötet, innan någon planerar sådant som inte går att genomföra. Och be inte om råd som ni inte tänker använda: arbetsgivare som inte ser något förändras slutar komma.
    .title = Tips och fallgropar

curriculum-check-vet-provider-define-scope = Ta reda på vilken del av utbildningen som är öppen lokalt.
curriculum-check-vet-provider-invite-employers = Skicka arbetsgivarna en sammanfattning av ramarna på en sida.
curriculum-check-vet-provider-collect-data = Ta med synpunkter från tidigare elever och APL till första mötet.
curriculum-check-vet-provider-lead-meetings = Utgå på varje möte från verkliga arbetssituationer.
curriculum-check-vet-provider-draft-content = Skicka utkastet med sista datum för synpunkter.
curriculum-check-vet-provider-show-changes = Berätta för alla vilka förslag som användes och varför.

curriculum-check-employer-choose-people = Skicka samma personer till varje möte.
curriculum-check-employer-collect-examples = Ta med situationer där nyanställda hade svårt.
curriculum-check-employer-set-time = Lägg in alla mötesdatum i kalendern nu.
curriculum-check-employer-comment-drafts = Kontrollera att uppgifterna stämmer med verkligt arbete.
curriculum-check-employer-offer-tasks = Erbjud uppgifter eller material för det nya innehållet.

curriculum-check-student-give-feedback = Berätta för läraren vad som hjälpte er i arbetet.
curriculum-check-student-volunteer = Anmäl er för att föra elevernas talan på ett möte.
curriculum-check-student-comment = Säg om de nya uppgifterna är begripliga för er.
curriculum-check-student-think-needs = Skriv ner vad ni behöver för att kunna börja arbeta tryggt.
curriculum-check-student-share-plans = Berätta för andra elever vad som ändras.
