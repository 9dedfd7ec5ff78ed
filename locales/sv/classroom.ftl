## Metod: Klassrummet på arbetsplatsen

classroom-title = Klassrummet på arbetsplatsen
    .summary = Flytta en del av undervisningen till arbetsplatsen, eller låt specialister från arbetsplatsen undervisa.

classroom-intro =
    I den här metoden genomförs ett kursmoment, eller en del av ett, där arbetet faktiskt utförs. Antingen flyttar elevgruppen till en arbetsplats under några dagar, eller så kommer en specialist från arbetsplatsen och undervisar i skolan. Eleverna lär sig på aktuell utrustning av någon som använder den varje dag, och { -vet-provider(form: "def") } behöver inte köpa maskiner som den aldrig skulle kunna hålla uppdaterade. Läraren har kvar ansvaret för lärandemålen och betygen; specialisten bidrar med själva arbetet.

classroom-example =
    En yrkesskola i Akureyri ville att eleverna på kock- och serveringsutbildningen skulle lära sig mer om lokal fisk än vad skolköket räckte till för. En hotellrestaurang i staden gick med på att ta emot ett kursmoment på två veckor under sin lugna säsong: köksmästaren undervisade i filetering, förvaring och tillagning på förmiddagarna, läraren gick igenom livsmedelshygien i hotellets konferensrum, och på eftermiddagarna serverade eleverna en enkel lunch för hotellets gäster.

    Den tredje dagen beställde en konferens med kort varsel lunch för åttio personer, och eleverna fick ägna förmiddagen åt att titta på. Skolan och hotellet kom överens om en reservplan: på hektiska förmiddagar har läraren hygienteori med gruppen, och köksmästarens pass flyttas till eftermiddagen. De upptäckte också att köksmästaren bedömde eleverna efter snabbhet och läraren efter hygien; från andra veckan fyllde de två i ett gemensamt observationsprotokoll för varje elev.

    Hotellet anställde två av eleverna över sommaren. Kostnaden är fortfarande en öppen fråga: hotellet sålde fisken till självkostnadspris under försöket men tänker inte göra det igen, så skolan måste hitta de pengarna innan momentet kan genomföras en andra gång.
    .title = Prövat inom hotell och restaurang i Akureyri, Island

classroom-prep-vet-provider =
    1. Välj ett kursmoment, eller en del av ett, som arbetsplatsen kan undervisa i bättre än skolan.
    2. Kom överens med { -employer(form: "def") } om vem som undervisar i vad och vilken dag, och om vad som händer de dagar då arbetsplatsen plötsligt har fullt upp.
    3. Kom överens om vem som sätter betyg och på vilket underlag, till exempel ett gemensamt observationsprotokoll.
    4. Reda ut försäkring, resor, måltider och vem som betalar materialet; de allmänna frågorna finns i [Så kommer ni i gång](#getting-started).
    5. Ge specialisten lärandemålen och några ord om elevgruppen.

classroom-prep-employer =
    1. Välj en specialist som tycker om att förklara arbetet, och lyft av hen en del av de vanliga uppgifterna under de här dagarna.
    2. Hitta en lokal och tider som håller eleverna borta från kunder eller produktion när det behövs.
    3. Planera uppgifter som eleverna kan utföra själva och säkert, och förbered verktyg och material för varje dag.

classroom-prep-student =
    1. Läs lärandemålen för kursmomentet och fråga hur det betygsätts.
    2. Kontrollera vilka kläder och vilken skyddsutrustning ni behöver och hur ni tar er dit.
    3. Ta reda på vad företaget gör, och förbered två frågor till specialisten.

classroom-do-vet-provider =
    1. Var på plats den första dagen, och koppla varje praktiskt pass till den teori det hör till.
    2. Träffa specialisten tio minuter varje dag och justera planen för nästa dag.
    3. Fyll i observationsprotokollet tillsammans med specialisten medan arbetet är färskt i minnet.

classroom-do-employer =
    1. Börja med en säkerhetsintroduktion och en rundvandring i de lokaler eleverna ska använda.
    2. Visa arbetet först och låt sedan varje elev utföra det, medan specialisten rättar till på plats.
    3. Berätta för eleverna hur saker går fel i verkligheten och hur er personal hanterar det.

classroom-do-student =
    1. Följ arbetsplatsens regler på samma sätt som personalen.
    2. Utför uppgifterna själva, och fråga hellre än gissa när ni är osäkra.
    3. Anteckna varje dag vad ni gjorde och vilken del av teorin det hör till.

classroom-follow-up =
    Gå igenom resultaten med specialisten kort efter kursmomentet: nådde eleverna lärandemålen, var tiden värd det för arbetsplatsen, och vad fungerade bättre där än i skolan? Tacka specialisten på ett sätt som hen uppskattar, till exempel med ett brev till hens chef.

classroom-tips =
    Börja med ett kursmoment och en arbetsplats. Håll gruppen så liten att alla kan utföra arbetet med egna händer; går det inte, dela gruppen och genomför momentet två gånger i stället för att låta halva gruppen titta på.
    .title = Tips och fallgropar

classroom-check-vet-provider-choose-module = Välj ett moment som arbetsplatsen lär ut bättre än skolan.
classroom-check-vet-provider-agree-timetable = Kom överens om vem som undervisar i vad och vilken dag.
classroom-check-vet-provider-backup-plan = Gör en reservplan för dagar då arbetsplatsen har fullt upp.
classroom-check-vet-provider-agree-grading = Kom överens om vem som sätter betyg och på vilket underlag.
classroom-check-vet-provider-check-insurance = Reda ut försäkring, resor, måltider och kostnader.
classroom-check-vet-provider-brief-specialist = Skicka lärandemålen till specialisten.
classroom-check-vet-provider-review-module = Gå igenom resultat och kostnader med specialisten.

classroom-check-employer-choose-specialist = Välj en specialist och frigör hens tid.
classroom-check-employer-find-space = Boka lokal och tider där inga kunder störs.
classroom-check-employer-prepare-tasks = Förbered uppgifter, verktyg och material för varje dag.
classroom-check-employer-agree-costs = Kom överens med skolan om vem som betalar materialet.
classroom-check-employer-safety-induction = Ge en säkerhetsintroduktion den första dagen.
classroom-check-employer-give-feedback = Fyll i observationsprotokollet med läraren.

classroom-check-student-read-goals = Läs lärandemålen och fråga hur de betygsätts.
classroom-check-student-check-gear = Kontrollera kläder, skyddsutrustning och resor.
classroom-check-student-prepare-questions = Förbered två frågor till specialisten.
classroom-check-student-follow-rules = Följ arbetsplatsens regler precis som personalen.
classroom-check-student-note-learning = Anteckna varje dag vad ni gjorde och lärde er.
