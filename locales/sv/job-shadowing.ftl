## Metod: Studiebesök och jobbskuggning

job-shadowing-title = Studiebesök och jobbskuggning
    .summary = Eleverna besöker arbetsplatser och följer en yrkesperson under en eller två dagar.

job-shadowing-intro =
    Vid ett studiebesök åker en elevgrupp till en arbetsplats under några timmar. Jobbskuggning går ett steg längre: en elev följer en yrkesperson under hela arbetsdagen, tittar, frågar och hjälper till där det är säkert.

    Båda är enkla sätt att börja. Eleverna får en realistisk bild av yrket och kan välja inriktning eller APL-plats med större säkerhet. { -employer(form: "def-start") } möter möjliga framtida medarbetare till en låg kostnad, och { -vet-provider(form: "def") } får veta vad arbetsplatsen faktiskt gör i dag.

job-shadowing-example =
    En yrkesskola i Selfoss ville att eleverna i årskurs ett inom byggyrkena skulle förstå de olika jobben på en byggarbetsplats innan de valde mellan snickeri, VVS och el. En lokal byggentreprenör gick med på att pröva ett upplägg i två steg.

    Först besökte grupper om sex elever ett bostadshus under uppförande, guidade av arbetsplatschefen, som förklarade hur yrkena är beroende av varandra. En månad senare skuggade varje elev under två dagar en snickare, en rörmokare eller en elektriker som eleven själv valt. Eleverna förberedde frågor i skolan, bar full skyddsutrustning och förde en kort dagbok. Tillbaka i skolan höll varje elev en fem minuter lång redovisning om det yrke hen hade följt.

    Lärarna märkte att eleverna valde inriktning med större säkerhet, och färre bytte utbildning i årskurs två. Entreprenören fick tre ansökningar om sommarjobb från gruppen.
    .title = Prövat inom tekniska yrken på Island

job-shadowing-prep-vet-provider =
    1. Kom överens med { -employer(form: "def") } om datum, gruppstorlek och vad eleverna får se och göra.
    2. Ordna resor, försäkring och eventuell skyddsutrustning.
    3. Hjälp eleverna att förbereda frågor och en observationsuppgift.

job-shadowing-prep-employer =
    1. Välj en guide för besöket och yrkespersoner som är villiga att bli skuggade.
    2. Planera en rundtur eller en arbetsdag som på ett säkert sätt visar typiska arbetsuppgifter.
    3. Förbered en kort säkerhetsgenomgång och berätta för personalen att det kommer besökare.

job-shadowing-prep-student =
    1. Ta reda på mer om arbetsplatsen och yrket ni ska följa.
    2. Förbered minst tre frågor.
    3. Kontrollera vad ni ska ha på er, när ni ska vara där och hur ni tar er dit.

job-shadowing-do-vet-provider =
    1. Följ med gruppen på studiebesöket.
    2. Var nåbar på telefon under skuggningsdagarna.
    3. Påminn eleverna om deras observationsuppgift.

job-shadowing-do-employer =
    1. Börja med säkerhetsgenomgången och ett kort välkomnande.
    2. Förklara vad ni gör och varför medan ni arbetar.
    3. Låt eleven pröva enkla och säkra uppgifter där det går.

job-shadowing-do-student =
    1. Följ säkerhetsreglerna och håll er nära guiden.
    2. Titta, ställ era frågor och gör korta anteckningar.
    3. Tacka dem ni har träffat innan ni går.

job-shadowing-follow-up =
    Tillbaka i skolan får eleverna berätta vad de såg, till exempel i korta redovisningar eller på en affisch, och koppla det till sina studier och yrkesval. Skicka ett tack till arbetsplatsen med en sammanfattning av elevernas intryck.

    Fråga guiden och yrkespersonerna vad som fungerade och vad de skulle vilja ändra. Ett lyckat besök är ett naturligt steg mot gästlektioner eller APL-perioder på samma arbetsplats.

job-shadowing-tips =
    - En tydlig observationsuppgift hjälper eleverna att hålla fokus.
    - Små grupper ser mer och stör mindre.
    - Kontrollera säkerhetsregler och åldersgränser i god tid.
    - Skuggningsdagarna ska visa vanligt arbete, inte en uppvisning som förberetts för besökare.
    .title = Tips och fallgropar

job-shadowing-check-vet-provider-agree-visit = Kom överens om datum, gruppstorlek och vad eleverna får göra.
job-shadowing-check-vet-provider-arrange-transport = Ordna resor, försäkring och skyddsutrustning.
job-shadowing-check-vet-provider-observation-task = Ge eleverna en observationsuppgift.
job-shadowing-check-vet-provider-debrief = Håll en gemensam uppföljning i skolan.
job-shadowing-check-vet-provider-thank = Skicka ett tack och en sammanfattning till arbetsplatsen.

job-shadowing-check-employer-choose-guide = Välj en guide och personer som kan bli skuggade.
job-shadowing-check-employer-plan-route = Planera en säker rundtur eller arbetsdag.
job-shadowing-check-employer-safety-briefing = Förbered en kort säkerhetsgenomgång.
job-shadowing-check-employer-inform-staff = Berätta för personalen att det kommer besökare.
job-shadowing-check-employer-explain-work = Förklara arbetet medan ni utför det.

job-shadowing-check-student-research = Ta reda på mer om arbetsplatsen och yrket.
job-shadowing-check-student-prepare-questions = Förbered minst tre frågor.
job-shadowing-check-student-check-clothing = Kontrollera kläder, tider och resväg.
job-shadowing-check-student-take-notes = Anteckna under dagen.
job-shadowing-check-student-share = Berätta i skolan vad ni såg.
