## Metod: Lärlingsutbildning

apprenticeship-title = Lärlingsutbildning
    .summary = Eleven är anställd av ett företag och lär sig främst på arbetsplatsen, med stöd av { -vet-provider(form: "def") }.

apprenticeship-intro =
    I en lärlingsutbildning är den som lär sig anställd. Lärlingen och { -employer(form: "def") } skriver ett anställningsavtal (i vissa länder skriver även { -vet-provider(form: "def") } under), och lön, arbetstid, semester och försäkring följer av avtalet på samma sätt som för andra anställda. Större delen av yrket lärs på arbetsplatsen; { -vet-provider(form: "def") } planerar utbildningen tillsammans med arbetsplatsen och undervisar i det som arbetet inte täcker. I vissa skolbaserade former förblir lärlingen elev, och då behöver ni ta reda på vem som försäkrar hen på arbetsplatsen. Vem som bedömer i slutet skiljer sig också: i Finland { -vet-provider(form: "def") } tillsammans med arbetsplatsen, i Tyskland handelskamrarna och hantverkskamrarna, och inom Islands reglerade hantverksyrken en provnämnd för varje yrke som håller gesällprovet.

    Lärlingsutbildning passar vuxna som byter yrke, unga som vill tjäna pengar medan de lär sig, och företag som vill utbilda personal på sitt eget sätt. Den pågår ofta i två eller tre år, så det är viktigt att alla tre parter håller sig till en gemensam plan.

apprenticeship-contract-note =
    En gymnasielärling är i regel elev och inte anställd, och minst hälften av utbildningen sker på arbetsplatsen. Enligt skollagen ska det finnas ett skriftligt utbildningskontrakt för varje elev och arbetsplats, undertecknat av eleven, huvudmannen och arbetsgivaren och, om eleven är under 18 år, av vårdnadshavaren. Eleven kan också anställas med lön i en gymnasial lärlingsanställning. Betygen sätts alltid av läraren; i vissa branscher kan lärlingen senare få branschens eget bevis, till exempel yrkesbevis eller gesällbrev.
    .title = I Sverige

apprenticeship-example =
    Ett VVS-företag i Uleåborg (Oulu) hittade inte tillräckligt med yrkeskunniga installatörer. Tillsammans med den lokala yrkesskolan anställde företaget två vuxna, en tidigare lagerarbetare och en tidigare yrkesmilitär, som lärlingar med sikte på en examen inom VVS- och fastighetsteknik.

    En lärare, arbetsplatschefen och var och en av lärlingarna kopplade varje del av examen till de installationer som företaget räknade med de kommande två åren. Planen höll inte första vintern: ett stort nybyggnadsuppdrag sköts upp, och i fem månader arbetade båda lärlingarna bara med renoveringar i bebodda lägenheter. Vid nästa uppföljningsmöte flyttade läraren examensdelen om nya värmesystem till andra året och ordnade i stället två veckor i skolans verkstad.

    Den ena lärlingen tog sin examen efter 26 månader och blev kvar i företaget. Den andra slutade efter ett år för ett bättre betalt jobb, utan examen. Företagets slutsats: kom överens om lönetrappan för hela lärlingstiden redan när avtalet skrivs.
    .title = Prövat inom tekniska yrken i Finland

apprenticeship-prep-vet-provider =
    1. Besök arbetsplatsen och lista det som examen kräver men som det här arbetet inte kan erbjuda.
    2. Förklara regler, finansiering och ansvarsfördelning för { -employer(form: "def") } och den sökande, även vem som skriver under vad.
    3. Gör tillsammans med dem upp en individuell utbildningsplan: vilken del som lärs var och när, studiedagar och bedömningar.

apprenticeship-prep-employer =
    1. Rekrytera efter motivation snarare än erfarenhet, och skriv in lön, arbetstid och provanställning i avtalet.
    2. Kontrollera försäkringarna och, för den som är under 18 år, reglerna om minderårigas arbetsuppgifter och arbetstid.
    3. Utse en { -work-mentor } och ge hen tid och utbildning.

apprenticeship-prep-student =
    1. Läs avtalet: lön, arbetstid, semester, provanställning och studiedagar.
    2. Gå igenom utbildningsplanen och ta reda på vilka delar ni lär er på arbetsplatsen och vilka i skolan.

apprenticeship-do-vet-provider =
    1. Undervisa i teorin med exempel från lärlingens eget arbete.
    2. Träffa lärlingen och handledaren varannan eller var tredje månad, och ändra planen när arbetet förändras.
    3. Förbered lärlingen inför slutbedömningen eller examensprovet, vem som än håller i det.
    4. Fråga i slutet företaget och lärlingen vad som bör göras annorlunda nästa gång, och skriv ner det: det övertygar andra företag bättre än någon broschyr.

apprenticeship-do-employer =
    1. Ge arbetsuppgifter enligt planen, inte bara det som är brådskande.
    2. Ge lärlingen ledigt för studiedagarna, även under de mest hektiska veckorna.
    3. Säg till läraren i god tid om arbetet eller avtalet förändras.

apprenticeship-do-student =
    1. För en loggbok över vad ni lär er och ta med den till uppföljningsmötena.
    2. Säg till i tid om arbetsuppgifterna och planen inte längre stämmer överens.

apprenticeship-tips =
    Studiedagarna är det första som stryks när företaget har mycket att göra, och en lärling som missar dem hamnar efter. Lägg in dem i arbetsschemat, inte bara i planen.

    Kom i början överens om vad som händer om anställningen upphör i förtid: vem som informerar vem, och hur lärlingen kan slutföra utbildningen på annat håll.
    .title = Se upp

apprenticeship-check-vet-provider-check-tasks = Kontrollera att arbetsplatsen har de uppgifter examen kräver.
apprenticeship-check-vet-provider-explain-rules = Förklara regler, finansiering och vem som skriver under vad.
apprenticeship-check-vet-provider-training-plan = Skriv utbildningsplanen med arbetsgivaren och lärlingen.
apprenticeship-check-vet-provider-progress-meetings = Håll ett uppföljningsmöte varannan eller var tredje månad.
apprenticeship-check-vet-provider-early-end = Kom överens om vad som gäller om avtalet upphör i förtid.
apprenticeship-check-vet-provider-organise-assessment = Förbered lärlingen inför slutbedömningen.

apprenticeship-check-employer-agree-contract = Skriv under avtalet: lön, arbetstid, provanställning.
apprenticeship-check-employer-check-insurance = Kontrollera försäkringar och reglerna för minderåriga.
apprenticeship-check-employer-name-mentor = Utse en handledare och ge hen tid.
apprenticeship-check-employer-plan-tasks = Anpassa arbetsuppgifterna efter utbildningsplanen.
apprenticeship-check-employer-release-study = Ge lärlingen ledigt för varje studiedag.
apprenticeship-check-employer-report-problems = Säg till läraren i tid när arbetet förändras.

apprenticeship-check-student-understand-terms = Läs avtalet: lön, arbetstid, semester, studiedagar.
apprenticeship-check-student-agree-mentor = Kom överens med handledaren om när ni följer upp.
apprenticeship-check-student-keep-log = För en loggbok och ta med den till mötena.
apprenticeship-check-student-speak-up = Säg till i tid om uppgifterna inte stämmer med planen.
apprenticeship-check-student-prepare-meetings = Förbered er inför uppföljningsmöten och bedömningar.
