## Metod: Lärlingsutbildning

apprenticeship-title = Lärlingsutbildning
    .summary = Eleven är anställd av ett företag och lär sig främst på arbetsplatsen, med stöd av { -vet-provider(form: "def") }.

apprenticeship-intro =
    I en lärlingsutbildning är den som lär sig anställd. Lärlingen skriver anställningsavtal med { -employer(form: "def") }, får lön och lär sig större delen av yrket på arbetsplatsen, medan { -vet-provider(form: "def") } planerar utbildningen, undervisar i teorin och ordnar bedömningen. Reglerna skiljer sig mellan länderna, men tanken är densamma överallt: arbetsplatsen är den viktigaste lärmiljön.

    Lärlingsutbildning passar vuxna som byter yrke, unga som vill tjäna pengar medan de lär sig, och företag som vill utbilda personal efter sina egna behov. Den kräver engagemang från alla tre parter under lång tid, så planeringen är avgörande.

apprenticeship-example =
    Ett VVS-företag i Uleåborg (Oulu) hittade inte tillräckligt med yrkeskunniga installatörer. Tillsammans med den lokala yrkesskolan anställde företaget två vuxna, en tidigare lagerarbetare och en tidigare yrkesmilitär, på läroavtal (den finländska formen av lärlingsutbildning) med sikte på en examen inom VVS- och fastighetsteknik.

    En lärare, företagets arbetsplatschef och var och en av lärlingarna gjorde upp en individuell utbildningsplan. Den kopplade varje del av examen till de installationer som företaget skulle arbeta med de kommande två åren, och lade till studiedagar och teori på distans för det som arbetsplatserna inte kunde täcka. En erfaren installatör var handledare, och de fyra träffades varannan månad för att följa upp hur det gick.

    Båda lärlingarna tog sin examen på drygt två år och blev kvar i företaget. En av dem handleder nu företagets nästa lärling.
    .title = Prövat inom tekniska yrken i Finland

apprenticeship-prep-vet-provider =
    1. Kontrollera att arbetsplatsen kan erbjuda de arbetsuppgifter som utbildningen kräver.
    2. Förklara regler, finansiering och ansvarsfördelning för { -employer(form: "def") } och den sökande.
    3. Gör tillsammans upp en individuell utbildningsplan med studiedagar och bedömningar.

apprenticeship-prep-employer =
    1. Bestäm vem ni ska anställa och kom överens om avtal, lön och arbetstider.
    2. Utse en { -work-mentor } och ge hen tid och utbildning.
    3. Planera vilka arbetsuppgifter och arbetsplatser som ska täcka vilka delar av planen.

apprenticeship-prep-student =
    1. Ta reda på vad lärlingsutbildningen innebär, även studiedagar och bedömning.
    2. Läs avtalet och utbildningsplanen, och fråga om allt som är oklart.
    3. Kom överens med handledaren om hur ni ska arbeta tillsammans.

apprenticeship-do-vet-provider =
    1. Undervisa i teorin och koppla den till lärlingens arbete.
    2. Håll regelbundna uppföljningsmöten med lärlingen och handledaren.
    3. Ordna bedömningen, helst på arbetsplatsen.

apprenticeship-do-employer =
    1. Ge lärlingen arbetsuppgifter enligt planen, inte bara det som är brådskande.
    2. Ge lärlingen ledigt för studiedagarna.
    3. Håll handledaren delaktig och rapportera problem i tid.

apprenticeship-do-student =
    1. Delta aktivt i arbete och studier, och för en loggbok över vad ni lär er.
    2. Säg till handledaren och läraren om planen inte stämmer med arbetsuppgifterna.
    3. Förbered er inför uppföljningsmöten och bedömningar.

apprenticeship-follow-up =
    Gå igenom utbildningsplanen vid varje uppföljningsmöte och justera den när arbetet förändras. Se i slutet tillbaka tillsammans med alla tre parter: nådde lärlingsutbildningen sina mål, och vad skulle ni göra annorlunda med nästa lärling?

    Dokumentera företagets erfarenheter, eftersom de är det bästa argumentet för att fler företag ska pröva lärlingsutbildning. Fira examen tillsammans.

apprenticeship-tips =
    - Börja med en noggrann rekrytering; motivation betyder mer än tidigare erfarenhet.
    - En realistisk utbildningsplan gör att lärlingen inte fastnar i en enda arbetsuppgift i flera månader.
    - Låt inte studiedagarna försvinna när företaget har mycket att göra.
    - Planera för vad som händer om anställningen upphör i förtid.
    .title = Tips och fallgropar

apprenticeship-check-vet-provider-check-tasks = Kontrollera att arbetsplatsen har de arbetsuppgifter som krävs.
apprenticeship-check-vet-provider-explain-rules = Förklara regler, finansiering och ansvarsfördelning.
apprenticeship-check-vet-provider-training-plan = Gör tillsammans upp den individuella utbildningsplanen.
apprenticeship-check-vet-provider-link-theory = Koppla teorin till lärlingens arbete.
apprenticeship-check-vet-provider-progress-meetings = Håll regelbundna uppföljningsmöten.
apprenticeship-check-vet-provider-organise-assessment = Ordna bedömningen på arbetsplatsen.

apprenticeship-check-employer-agree-contract = Kom överens om avtal, lön och arbetstider.
apprenticeship-check-employer-name-mentor = Utse och utbilda en handledare.
apprenticeship-check-employer-plan-tasks = Planera arbetsuppgifter som täcker utbildningsplanen.
apprenticeship-check-employer-release-study = Ge lärlingen ledigt för studiedagar.
apprenticeship-check-employer-report-problems = Rapportera problem i tid.

apprenticeship-check-student-understand-terms = Sätt er in i avtalet och utbildningsplanen.
apprenticeship-check-student-agree-mentor = Kom överens med handledaren om hur ni ska arbeta.
apprenticeship-check-student-keep-log = För en loggbok över vad ni lär er.
apprenticeship-check-student-speak-up = Säg till om arbetsuppgifterna inte stämmer med planen.
apprenticeship-check-student-prepare-meetings = Förbered er inför uppföljningsmötena.
