## Metod: Sambedömning och yrkesprov

joint-assessment-title = Sambedömning och yrkesprov
    .summary = Lärare och handledare bedömer eleverna tillsammans, utifrån gemensamma kriterier och verkliga arbetsuppgifter.

joint-assessment-intro =
    Vid ett yrkesprov visar eleven genom verkligt arbete att hen har nått lärandemålen för en del av utbildningen. När en lärare och en { -work-mentor } bedömer tillsammans blir resultatet rättvisare och mer meningsfullt: handledaren vet vad arbetet kräver, och läraren känner till utbildningen och dess kriterier.

    Sambedömning kräver förberedelser. Båda bedömarna måste förstå kriterierna på samma sätt, i förväg komma överens om vad som räcker för godkänt och veta hur man ger återkoppling som eleven kan använda.

joint-assessment-example =
    En yrkesskola i Bremen och tre verkstadsföretag upptäckte att lärare och företagens handledare ofta bedömde elevernas arbeten olika. Tillsammans planerade de gemensamma yrkesprov för elever i årskurs två inom metallteknik.

    Först träffades lärare och handledare en eftermiddag och bedömde var för sig samma tre exempelarbeten, jämförde sedan sina betyg och diskuterade varje skillnad. Utifrån diskussionen skrev de en gemensam bedömningsmall med tydliga beskrivningar för varje betygssteg. Därefter tillverkade varje elev en svetsad konsol efter en ritning ute på företaget, kontrollerade kvaliteten och förklarade sina val. En lärare och en handledare bedömde tillsammans och gav återkoppling på plats.

    Oenigheten om betyg försvann nästan helt, och eleverna sa att återkopplingen var mer användbar eftersom den kom från båda sidor. Företagen använder nu bedömningsmallen i sin egen interna utbildning.
    .title = Prövat inom tekniska yrken i Tyskland

joint-assessment-prep-vet-provider =
    1. Välj vilken del av utbildningen och vilka lärandemål som ska visas.
    2. Ta fram bedömningskriterierna tillsammans med { -employer(form: "def") }, med exempel på varje nivå.
    3. Håll ett kort kalibreringsmöte där bedömarna bedömer samma exempelarbeten.
    4. Kom överens om datum, uppgift och vilken roll varje bedömare har.

joint-assessment-prep-employer =
    1. Välj en handledare som ska bedöma och ge hen tid att förbereda sig.
    2. Planera en verklig arbetsuppgift som täcker lärandemålen.
    3. Se till att material, verktyg och en säker arbetsplats finns på plats.

joint-assessment-prep-student =
    1. Läs kriterierna och fråga vad vart och ett betyder i praktiken.
    2. Öva på arbetsuppgifterna och bedöm er själva mot kriterierna.
    3. Förbered er på att förklara era val och ert arbetssätt.

joint-assessment-do-vet-provider =
    1. Observera yrkesprovet och anteckna utifrån kriterierna.
    2. Diskutera bedömningen med handledaren innan ni ger återkoppling.
    3. Dokumentera resultatet och skälen till det.

joint-assessment-do-employer =
    1. Förklara uppgiften och förutsättningarna för eleven.
    2. Observera och bedöm arbetet tillsammans med läraren.
    3. Ge konkret återkoppling utifrån arbetsplatsens perspektiv.

joint-assessment-do-student =
    1. Planera arbetet innan ni börjar, och arbeta säkert.
    2. Förklara vad ni gör och varför när ni blir tillfrågade.
    3. Lyssna på återkopplingen och anteckna vad ni kan förbättra.

joint-assessment-follow-up =
    Efter yrkesproven utvärderar bedömarna tillsammans: var kriterierna tydliga, bedömde de på samma sätt och visade uppgiften det den skulle visa? Justera kriterierna och uppgiften inför nästa omgång.

    Ge eleverna en skriftlig sammanfattning av återkopplingen, och fråga dem om bedömningen kändes rättvis. Dela de förbättrade kriterierna med alla handledare som bedömer.

joint-assessment-tips =
    - Kalibrera med exempelarbeten före varje ny grupp av bedömare.
    - Kriterier skrivna på vardaglig svenska hjälper både elever och handledare.
    - Låt inte lärarens eller handledarens syn dominera. Diskutera tills ni är överens.
    - Håll uppgiften verklig, men se till att den täcker alla mål som ska bedömas.
    .title = Tips och fallgropar

joint-assessment-check-vet-provider-choose-unit = Välj vilken del och vilka mål som ska visas.
joint-assessment-check-vet-provider-prepare-criteria = Ta fram gemensamma kriterier med exempel.
joint-assessment-check-vet-provider-calibrate = Håll ett kalibreringsmöte med exempelarbeten.
joint-assessment-check-vet-provider-agree-roles = Kom överens om datum, uppgift och roller.
joint-assessment-check-vet-provider-record-result = Dokumentera resultatet och skälen.
joint-assessment-check-vet-provider-review-criteria = Se över kriterierna efter varje omgång.

joint-assessment-check-employer-choose-assessor = Välj en handledare som ska bedöma.
joint-assessment-check-employer-plan-task = Planera en verklig uppgift som täcker målen.
joint-assessment-check-employer-prepare-area = Förbered verktyg, material och en säker arbetsplats.
joint-assessment-check-employer-assess-together = Bedöm tillsammans med läraren.
joint-assessment-check-employer-give-feedback = Ge konkret återkoppling.

joint-assessment-check-student-read-criteria = Läs kriterierna och ställ frågor om dem.
joint-assessment-check-student-practise = Öva och bedöm er själva.
joint-assessment-check-student-plan-work = Planera arbetet innan ni börjar.
joint-assessment-check-student-explain = Var beredda att förklara era val.
joint-assessment-check-student-note-feedback = Anteckna vad ni kan förbättra.
