## Metod: Studiebesök och jobbskuggning

job-shadowing-title = Studiebesök och jobbskuggning
    .summary = Eleverna besöker arbetsplatser och följer en yrkesperson under en eller två dagar.

job-shadowing-intro =
    Vid ett studiebesök åker en elevgrupp till en arbetsplats under några timmar. Jobbskuggning går ett steg längre: en elev följer en yrkesperson under en hel arbetsdag, tittar, frågar och hjälper till där det är säkert.

    Båda är enkla sätt att börja. Eleverna får en realistisk bild av ett yrke innan de väljer inriktning eller APL-plats, och { -employer(form: "def") } möter möjliga framtida medarbetare till en låg kostnad. Eftersom besökarna ofta är under 18 år och nya på platsen styrs det mesta av planeringen av säkerheten: vad eleverna får se, var de får stå och vad de får röra. De allmänna reglerna för minderåriga i arbetslivet finns i [Så kommer ni i gång](#getting-started); det här kapitlet handlar om vad de innebär för ett besök.

job-shadowing-example =
    En yrkesskola i Selfoss ville att eleverna i årskurs ett inom byggyrkena skulle förstå de olika jobben på en byggarbetsplats innan de valde mellan snickeri, VVS och el. En lokal byggentreprenör gick med på ett upplägg i två steg: ett besök på bygget i grupper om sex, guidade av arbetsplatschefen, och en månad senare två dagars jobbskuggning hos en snickare, en rörmokare eller en elektriker.

    Besöket fungerade. Skuggningen var svårare. De flesta eleverna var sexton år, och entreprenörens egna regler höll personer under 18 borta från byggnadsställningar och arbete med spänningsförande ledningar, så de elever som valde el fick stå på avstånd och titta i två dagar. Dessutom var de flesta dagböckerna nästan tomma, eftersom ”skriv vad du såg” inte gav eleverna något att leta efter.

    Till nästa grupp ordnade entreprenören skuggning hos en serviceelektriker som monterade uttag och belysning i färdiga hus, och skolan ersatte dagboken med tre frågor som varje elev skulle besvara före dagens slut. Skolan har beslutat att behålla byggbesöket för alla elever i årskurs ett och att bara erbjuda skuggning till dem som ber om det, eftersom inte alla yrken på bygget kan ta emot en sextonåring i två dagar.
    .title = Prövat inom tekniska yrken på Island

job-shadowing-prep-vet-provider =
    1. Kom överens med { -employer(form: "def") } om datum, gruppstorlek och vad eleverna får se och göra, också vilket arbete elever under 18 år inte får vara med i.
    2. Kontrollera att alla elever är försäkrade under besöket, och ordna resor och skyddsutrustning.
    3. Ge varje elev två eller tre observationsfrågor, till exempel ”Vilken arbetsuppgift tog längst tid, och varför?”

job-shadowing-prep-employer =
    1. Välj en guide för besöket, och medarbetare som är villiga att bli skuggade en dag.
    2. Planera en rundtur eller en arbetsdag som visar typiskt arbete och håller besökarna borta från riskområden.
    3. Förbered en kort säkerhetsgenomgång och berätta för personalen när besökarna kommer.

job-shadowing-prep-student =
    1. Ta reda på mer om arbetsplatsen och yrket ni ska följa.
    2. Kontrollera vad ni ska ha på er, när ni ska vara där och hur ni tar er dit.

job-shadowing-do-vet-provider =
    1. Följ med gruppen på studiebesöket; var nåbar på telefon under skuggningsdagarna.
    2. Håll inom en vecka en uppföljning där varje elev besvarar sina observationsfrågor inför klassen.

job-shadowing-do-employer =
    1. Börja med säkerhetsgenomgången, och visa var besökarna får och inte får vara.
    2. Berätta vad ni gör och varför medan ni arbetar; vanligt arbete lär ut mer än en uppvisning som förberetts för besökare.
    3. Låt eleven göra enkla och säkra uppgifter där era regler tillåter det.

job-shadowing-do-student =
    1. Håll er nära guiden och följ säkerhetsreglerna.
    2. Ställ era observationsfrågor och skriv ner svaren.
    3. Tacka dem ni har träffat innan ni går.

job-shadowing-follow-up =
    Skicka ett tack till arbetsplatsen med en sammanfattning av vad eleverna lade märke till; arbetsgivare tycker ofta att det är intressantare än de väntat sig. Fråga guiden vad som var svårt. Ett lyckat besök är ett naturligt steg mot gästlektioner eller APL-platser på samma arbetsplats.

job-shadowing-tips =
    Små grupper ser mer och står mindre i vägen: sex elever räcker gott på en livlig byggarbetsplats eller i ett kök.
    .title = Tips och fallgropar

job-shadowing-check-vet-provider-agree-visit = Kom överens om datum, gruppstorlek och vad eleverna får göra.
job-shadowing-check-vet-provider-check-age = Kontrollera åldersgränser för det arbete eleverna ska se.
job-shadowing-check-vet-provider-arrange-transport = Kontrollera försäkringen; ordna resor och utrustning.
job-shadowing-check-vet-provider-observation-task = Ge varje elev observationsfrågor.
job-shadowing-check-vet-provider-reachable = Var nåbar på telefon under skuggningsdagarna.
job-shadowing-check-vet-provider-debrief = Håll uppföljningen inom en vecka.
job-shadowing-check-vet-provider-thank = Skicka ett tack och en sammanfattning till arbetsplatsen.

job-shadowing-check-employer-choose-guide = Välj en guide och medarbetare som kan skuggas.
job-shadowing-check-employer-plan-route = Planera en rundtur som undviker riskområden.
job-shadowing-check-employer-allowed-tasks = Lista de uppgifter som besökarna får göra.
job-shadowing-check-employer-safety-briefing = Håll säkerhetsgenomgången vid ankomsten.
job-shadowing-check-employer-inform-staff = Berätta för personalen när besökarna kommer.
job-shadowing-check-employer-explain-work = Berätta vad ni gör, och varför, medan ni arbetar.

job-shadowing-check-student-research = Ta reda på mer om arbetsplatsen och yrket.
job-shadowing-check-student-check-clothing = Kontrollera kläder, starttid och resväg.
job-shadowing-check-student-stay-with-guide = Håll er nära guiden hela dagen.
job-shadowing-check-student-take-notes = Skriv ner svaren på era frågor.
job-shadowing-check-student-thank = Tacka dem ni har träffat.
job-shadowing-check-student-share = Berätta för klassen hur yrket verkligen är.
