## Metod: Lärande på en arbetsplats utomlands

mobility-title = Lärande på en arbetsplats utomlands
    .summary = Eleverna lär sig på en arbetsplats utomlands, och parter i båda länderna delar på arbetet.

mobility-intro =
    En APL-period utomlands ger eleverna yrkeskunskaper, språkkunskaper och självförtroende som är svåra att få på hemmaplan. De ser andra sätt att arbeta, lär sig att klara sig på egen hand och kommer ofta hem med nya mål. Erasmus+ finansierar sådana perioder för elever och personal inom yrkesutbildningen i hela Europa.

    En bra APL-period utomlands kräver parter i båda länderna: den sändande { -vet-provider(form: "def") }, en mottagande skola eller förmedlande organisation och en { -employer } som tar emot eleven och ger hen en { -work-mentor }. En APL-plan, inom Erasmus+ kallad Learning Agreement, anger vad eleven ska lära sig och hur perioden ska tillgodoräknas hemma.

mobility-example =
    Elever på trädgårdsutbildningen vid en yrkesskola i Seinäjoki tillbringade fyra veckor på växthusföretag runt Venlo i sydöstra Nederländerna. Den nederländska partnerskolan hittade värdföretagen, ordnade boende och var kontakt på plats.

    Före avresan hade varje elev ett webbmöte med sin nederländska handledare och skrev under en APL-plan med arbetsuppgifter inom odlingsskötsel, klimatstyrning och packning. Eleverna gick en kort kurs i engelska för trädgårdsnäringen, och skolans internationella samordnare höll en förberedelsedag om praktiska frågor, kultur och säkerhet.

    I slutet bedömde handledarna eleverna mot de överenskomna målen, och skolan tillgodoräknade perioden som en del av examen. Eleverna beskrev omfattningen av den nederländska produktionen som en ögonöppnare. Året därpå skickade den nederländska skolan sina egna elever till Finland.
    .title = Prövat inom trädgårdsnäringen i Finland och Nederländerna

mobility-prep-vet-provider =
    1. Hitta pålitliga partner utomlands och sök finansiering i god tid.
    2. Välj ut och förbered elever: språk, kultur, praktiska frågor och säkerhet.
    3. Upprätta APL-planen (Learning Agreement) tillsammans med värdarbetsplatsen och kom överens om hur perioden ska tillgodoräknas.

mobility-prep-employer =
    1. Kom överens med partnerskolan om vilka arbetsuppgifter och lärandemål ni kan erbjuda.
    2. Utse en handledare som talar ett språk som eleven förstår.
    3. Träffa eleven på webben före ankomsten och förbered introduktionen.

mobility-prep-student =
    1. Ta reda på vad APL-perioden innebär och lämna in en ansökan.
    2. Ordna dokument, försäkring och resa tillsammans med samordnaren.
    3. Lär er några grundläggande ord på språket och läs på om värdlandet.

mobility-do-vet-provider =
    1. Håll regelbunden kontakt med eleven och värdarbetsplatsen.
    2. Ha en krisplan och någon som alltid går att nå.
    3. Stötta handledaren med bedömningen i slutet av perioden.

mobility-do-employer =
    1. Ge en introduktion som tar upp språk, säkerhet och arbetsplatsens kultur.
    2. Ge verkliga arbetsuppgifter enligt APL-planen.
    3. Bedöm eleven mot de överenskomna målen.

mobility-do-student =
    1. Delta fullt ut i arbetet och fråga när ni inte förstår.
    2. För en loggbok över vad ni lär er, i ord eller bilder.
    3. Håll kontakten med läraren hemma och berätta tidigt om problem.

mobility-follow-up =
    Tillgodoräkna perioden som överenskommet när eleven är hemma igen, och ge eleven ett dokument, till exempel Europass Mobilitet, som beskriver de kunskaper hen har fått. Låt eleverna berätta om sina erfarenheter för andra elever, och ge återkoppling till värdarbetsplatsen.

    Utvärdera samarbetet med parterna utomlands och bestäm om ni ska fortsätta eller göra ett utbyte åt andra hållet.

mobility-tips =
    - Börja tidigt: finansiering, partner och förberedelser tar flera månader.
    - En tydlig APL-plan förebygger besvikelser.
    - Underskatta inte hemlängtan; regelbunden kontakt hjälper.
    - Ömsesidiga utbyten stärker partnerskapet.
    .title = Tips och fallgropar

mobility-check-vet-provider-find-partners = Hitta pålitliga partner och sök finansiering.
mobility-check-vet-provider-prepare-students = Förbered eleverna när det gäller språk, kultur och säkerhet.
mobility-check-vet-provider-learning-agreement = Upprätta APL-planen.
mobility-check-vet-provider-emergency-plan = Ha en krisplan.
mobility-check-vet-provider-keep-contact = Håll regelbunden kontakt.
mobility-check-vet-provider-recognise = Tillgodoräkna perioden hemma.

mobility-check-employer-agree-tasks = Kom överens om vilka uppgifter och mål ni kan erbjuda.
mobility-check-employer-name-mentor = Utse en handledare som talar ett gemensamt språk.
mobility-check-employer-meet-online = Träffa eleven på webben före ankomsten.
mobility-check-employer-induction = Ge en introduktion om säkerhet och kultur.
mobility-check-employer-assess = Bedöm eleven mot målen.

mobility-check-student-prepare-documents = Ordna dokument, försäkring och resa.
mobility-check-student-learn-language = Lär er några grundläggande ord på språket.
mobility-check-student-keep-log = För en loggbok över vad ni lär er.
mobility-check-student-stay-in-touch = Håll kontakten med läraren hemma.
mobility-check-student-share = Berätta om era erfarenheter när ni kommer hem.
