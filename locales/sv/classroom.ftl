## Metod: Klassrummet på arbetsplatsen

classroom-title = Klassrummet på arbetsplatsen
    .summary = Flytta en del av undervisningen till arbetsplatsen, eller låt specialister från arbetsplatsen undervisa.

classroom-intro =
    I den här metoden lämnar en del av undervisningen skolbyggnaden. En elevgrupp läser ett kursmoment, helt eller delvis, på en arbetsplats, eller så kommer en specialist från arbetsplatsen och undervisar i skolan. Eleverna arbetar med riktig utrustning och dagens arbetssätt, och de ser direkt varför teorin behövs.

    Läraren har kvar ansvaret för lärandemålen och bedömningen; specialisten bidrar med det verkliga arbetet och berättelserna från yrket. { -employer(form: "def-start") } möter sin framtida personal, och { -vet-provider(form: "def") } håller undervisningen nära arbetslivet utan att behöva köpa dyr utrustning.

classroom-example =
    En yrkesskola i Akureyri ville att eleverna på kock- och serveringsutbildningen skulle lära sig mer om lokal fisk och skaldjur än vad skolköket räckte till för. En hotellrestaurang i staden gick med på att ta emot ett kursmoment på två veckor under sin lugna säsong.

    På förmiddagarna lärde köksmästaren ut filetering, förvaring och tillagning av lokal fisk vid samma arbetsbänkar som hans egen personal använde. Läraren gick igenom hygien och livsmedelssäkerhet i hotellets konferensrum och använde det eleverna just hade gjort som exempel. På eftermiddagarna lagade eleverna och serverade en enkel lunch för hotellets gäster under köksmästarens uppsikt.

    Eleverna sa att det var det kursmoment de mindes bäst, och hotellet anställde två av dem över sommaren. Köksmästaren håller nu också ett pass om bröd på skolan varje termin, och momentet har genomförts varje höst sedan dess.
    .title = Prövat inom hotell och restaurang i Akureyri, Island

classroom-prep-vet-provider =
    1. Välj ett kursmoment vars lärandemål passar arbetsplatsen.
    2. Kom överens med { -employer(form: "def") } om schemat, även om vem som undervisar i vad.
    3. Kontrollera försäkringar, säkerhetsregler, resor och måltider.
    4. Informera specialisten om lärandemålen, elevgruppen och några enkla undervisningsmetoder.

classroom-prep-employer =
    1. Välj en specialist som kan arbetet väl och tycker om att förklara det.
    2. Hitta en lokal och tider som inte stör kunderna eller produktionen alltför mycket.
    3. Planera verkliga arbetsuppgifter som eleverna kan utföra säkert, och ta fram verktyg och material.

classroom-prep-student =
    1. Läs lärandemålen för kursmomentet.
    2. Ta reda på vilka kläder och vilken skyddsutrustning ni behöver och hur ni tar er dit.
    3. Ta reda på vad företaget gör och förbered frågor till specialisten.

classroom-do-vet-provider =
    1. Var på plats, åtminstone i början, och koppla det praktiska arbetet till teorin.
    2. Följ varje elevs utveckling mot lärandemålen.
    3. Stäm kort av med specialisten varje dag för att justera planen.

classroom-do-employer =
    1. Börja med en säkerhetsintroduktion och en rundvandring på arbetsplatsen.
    2. Visa hur arbetet görs och låt sedan eleverna öva på verkliga uppgifter.
    3. Förklara hur arbetet går till i verkligheten, även vilka misstag som händer och hur ni hanterar dem.

classroom-do-student =
    1. Följ arbetsplatsens regler och uppträd som en kollega skulle göra.
    2. Pröva arbetsuppgifterna själva och fråga när ni är osäkra.
    3. Skriv ner vad ni lär er varje dag och koppla det till teorin.

classroom-follow-up =
    Efter kursmomentet går läraren och specialisten tillsammans igenom elevernas resultat och synpunkter. Nådde eleverna lärandemålen? Var tiden som arbetsplatsen lade ner värd det? Vilka delar fungerade bättre där än i skolan?

    Tacka specialisten på ett sätt som hen uppskattar, till exempel med ett brev till hens chef. Är båda sidor nöjda kan ni direkt lägga in momentet i nästa läsårs schema, så att det blir en rutin och inte en engångsföreteelse.

classroom-tips =
    - Börja med ett kursmoment och en arbetsplats, och bygg vidare därifrån.
    - Håll grupperna så små att alla kan utföra arbetet själva.
    - Kom överens om en reservplan för dagar när arbetsplatsen plötsligt har fullt upp.
    - Låt inte specialisten ensam sätta betyg om ni inte har kommit överens om det.
    .title = Tips och fallgropar

classroom-check-vet-provider-choose-module = Välj ett kursmoment som passar arbetsplatsen.
classroom-check-vet-provider-agree-timetable = Kom överens om schemat och vem som undervisar i vad.
classroom-check-vet-provider-check-insurance = Kontrollera försäkringar, säkerhet och resor.
classroom-check-vet-provider-brief-specialist = Informera specialisten om målen och elevgruppen.
classroom-check-vet-provider-link-theory = Koppla det praktiska arbetet till teorin.
classroom-check-vet-provider-review-module = Utvärdera kursmomentet tillsammans med specialisten.

classroom-check-employer-choose-specialist = Välj en specialist som tycker om att förklara.
classroom-check-employer-find-space = Hitta en lokal och lämpliga tider.
classroom-check-employer-prepare-tasks = Förbered verkliga uppgifter, verktyg och material.
classroom-check-employer-safety-induction = Ge en säkerhetsintroduktion första dagen.
classroom-check-employer-give-feedback = Berätta för läraren hur det gick för varje elev.

classroom-check-student-read-goals = Läs lärandemålen för kursmomentet.
classroom-check-student-check-gear = Kontrollera kläder, skyddsutrustning och resor.
classroom-check-student-prepare-questions = Förbered frågor till specialisten.
classroom-check-student-follow-rules = Följ arbetsplatsens regler.
classroom-check-student-note-learning = Skriv ner vad ni lär er varje dag.
