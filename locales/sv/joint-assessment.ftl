## Metod: Sambedömning och yrkesprov

joint-assessment-title = Sambedömning och yrkesprov
    .summary = Lärare och handledare bedömer eleverna tillsammans, utifrån gemensamma kriterier och verkliga arbetsuppgifter.

joint-assessment-intro =
    Vid ett yrkesprov visar eleven genom verkligt arbete att hen har nått målen för en del av utbildningen. När en lärare och en { -work-mentor } bedömer provet tillsammans ser var och en det som den andra skulle missa: handledaren vet vad arbetet kräver, och läraren känner till examen och dess kriterier.

    Vem som håller i slutbedömningen skiljer sig mellan länderna. I Finland ordnar { -vet-provider(form: "def") } yrkesprov på arbetsplatsen, som bedöms av en lärare och en företrädare för arbetsplatsen; i det tyska duala systemet håller handelskamrarna och hantverkskamrarna slutproven. Även där ni inte själva ansvarar för slutprovet förbereder sambedömning under utbildningen eleverna inför det.

joint-assessment-who-examines =
    Betygen sätts av läraren, inte av handledaren. Handledaren bidrar med underlag och iakttagelser från arbetsplatsen, och sambedömningen är ett stöd för lärarens bedömning, till exempel av gymnasiearbetet. Vissa branscher har dessutom egna certifikat eller prov som eleven kan ta under eller efter utbildningen.
    .title = I Sverige

joint-assessment-example =
    En yrkesskola i Bremen och tre verkstadsföretag märkte att lärare och företagens yrkesinstruktörer ofta bedömde samma elevs arbete olika. De bestämde sig för att bedöma eleverna i årskurs två inom metallteknik tillsammans.

    På det första mötet bedömde lärare och instruktörer var för sig tre exempelarbeten, och deras betyg skilde sig med upp till två steg: instruktörerna bedömde den färdiga detaljen, lärarna planeringen. Deras första gemensamma bedömningsmall hade trettio kriterier, alldeles för många för att användas vid en arbetsbänk. De skar ner den till åtta, vart och ett med en kort beskrivning av vad som är ”tillräckligt bra”.

    Sedan bedömde en lärare och en instruktör tillsammans varje elev som tillverkade en svetsad konsol på företaget. Deras betyg skilde sig med mer än ett steg för två elever av nitton. Kammarens slutprov har egna kriterier, så den öppna frågan är hur väl de åtta kriterierna förbereder eleverna inför det.
    .title = Prövat inom tekniska yrken i Tyskland

joint-assessment-prep-vet-provider =
    1. Välj den del av utbildningen och de mål som ska visas, och kontrollera vad reglerna i ert land säger om vem som får bedöma.
    2. Gör ett utkast till kriterier tillsammans med { -employer(form: "def") }, med en kort beskrivning av vad som är ”tillräckligt bra” för vart och ett.
    3. Samla bedömarna och låt dem bedöma samma exempelarbeten var för sig och sedan jämföra.

joint-assessment-prep-employer =
    1. Välj en handledare som känner elevens arbete, och ge hen tid för kalibreringsmötet.
    2. Planera en verklig arbetsuppgift som täcker de mål som ska bedömas, och berätta för läraren vilka mål den inte kan täcka.
    3. Se till att verktyg, material och en säker arbetsplats finns lediga den dagen.

joint-assessment-prep-student =
    1. Gå igenom kriterierna med läraren och fråga vad vart och ett betyder på er arbetsplats.
    2. Bedöm ett av era egna arbeten mot kriterierna.

joint-assessment-do-vet-provider =
    1. Observera yrkesprovet och anteckna era iakttagelser för varje kriterium.
    2. Kom överens med handledaren om bedömningen innan någon av er ger återkoppling.
    3. Dokumentera resultatet och skälen, så att eleven kan se hur ni kom fram till det.

joint-assessment-do-employer =
    1. Förklara uppgiften, tiden och säkerhetsvillkoren för eleven.
    2. Berätta för läraren det som en besökare inte kan se, till exempel hur eleven brukar arbeta.
    3. Ge återkoppling utifrån arbetsplatsens perspektiv, med exempel.

joint-assessment-do-student =
    1. Planera arbetet innan ni börjar och berätta för bedömarna hur ni har planerat.
    2. Förklara era val när ni blir tillfrågade.

joint-assessment-follow-up =
    Efter varje omgång träffas bedömarna en kort stund: var skilde sig deras bedömningar, och varför? Justera kriterierna eller uppgiften, fråga eleverna om bedömningen kändes rättvis, och skicka de reviderade kriterierna till alla handledare som bedömer.

joint-assessment-tips =
    - Kalibrera på nytt varje gång nya bedömare kommer in; ett enda exempelarbete räcker.
    - En handledare som också är elevens chef kan ha svårt att ge ett lågt omdöme: låt läraren leda samtalet om ett underkänt yrkesprov.
    - Spara de skriftliga motiveringarna: eleven kan begära att bedömningen omprövas.
    .title = Tips och fallgropar

joint-assessment-check-vet-provider-choose-unit = Välj del av utbildningen och kontrollera vem som får bedöma.
joint-assessment-check-vet-provider-prepare-criteria = Skriv kriterier med en gräns för ”tillräckligt bra”.
joint-assessment-check-vet-provider-calibrate = Låt bedömarna bedöma samma exempelarbete.
joint-assessment-check-vet-provider-agree-roles = Kom överens om datum, uppgift och vem som bedömer vad.
joint-assessment-check-vet-provider-agree-first = Enas med handledaren om resultatet före återkopplingen.
joint-assessment-check-vet-provider-record-result = Dokumentera resultatet och skälen.
joint-assessment-check-vet-provider-review-criteria = Revidera kriterierna efter varje omgång.

joint-assessment-check-employer-choose-assessor = Utse den handledare som ska bedöma.
joint-assessment-check-employer-book-calibration = Avsätt tid för kalibreringsmötet.
joint-assessment-check-employer-plan-task = Planera en verklig uppgift; säg vad den inte täcker.
joint-assessment-check-employer-prepare-area = Frigör verktyg, material och en säker arbetsplats.
joint-assessment-check-employer-assess-together = Bedöm tillsammans med läraren.
joint-assessment-check-employer-give-feedback = Ge återkoppling med exempel från arbetet.

joint-assessment-check-student-read-criteria = Gå igenom kriterierna med läraren.
joint-assessment-check-student-practise = Bedöm ett av era egna arbeten.
joint-assessment-check-student-plan-work = Planera arbetet och berätta för bedömarna.
joint-assessment-check-student-explain = Förklara era val när ni blir tillfrågade.
joint-assessment-check-student-note-feedback = Skriv ner vad ni ska förbättra till nästa gång.
