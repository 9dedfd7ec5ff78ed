## Metod: Arbetsgivare med i utbildningsplaneringen

curriculum-title = Arbetsgivare med i utbildningsplaneringen
    .summary = Arbetsgivare hjälper till att planera vad och hur eleverna lär sig, så att utbildningen motsvarar arbetslivets behov.

curriculum-intro =
    De nationella styrdokumenten lämnar utrymme för lokala beslut: vilka valbara kurser som ska erbjudas, i vilken ordning de läses, vilka exempel och uppgifter som används och hur mycket som ska läras på arbetsplatsen. När { -employers } deltar i de besluten följer utbildningen arbetslivets verkliga behov närmare.

    Den här metoden samlar lärare och personer från arbetsplatserna för att tillsammans planera ett kursmoment, ett program eller en lokal utbildningsplan. Det kräver tid och förtroende, så metoden passar parter som redan känner varandra. Belöningen är en utbildning som båda sidor känner som sin egen.

curriculum-example =
    En yrkesskola för vårdyrken i Kassel och fyra vårdgivare var oroliga för att nyutbildad personal var svag i digital vårddokumentation och i samtal med anhöriga. Skolan bjöd in vårdchefer och erfarna sjuksköterskor att tillsammans med lärarna planera det lokala innehållet i två lärområden.

    Under en termin träffades gruppen tre gånger. På det första mötet beskrev vårdgivarna vardagssituationer där ny personal hade svårt att klara sig. På det andra sorterade lärare och sjuksköterskor in situationerna under lärområdena och skrev nya fallbaserade uppgifter. På det tredje kom de överens om vilka uppgifter eleverna skulle utföra under sina perioder på arbetsplatsen och hur de skulle bedömas.

    Det nya innehållet användes året därpå. Vårdcheferna rapporterade att eleverna kom bättre förberedda, och skolan håller nu ett planeringsmöte med arbetsgivarna varje vår.
    .title = Prövat inom vård och omsorg i Tyskland

curriculum-prep-vet-provider =
    1. Bestäm vilken del av utbildningen som är öppen för lokal planering.
    2. Bjud in { -employers } och förklara ramarna, reglerna och tidsplanen.
    3. Samla in underlag som hjälper diskussionen, till exempel synpunkter från tidigare elever och från APL.

curriculum-prep-employer =
    1. Välj personer som känner både det dagliga arbetet och vart yrket är på väg.
    2. Samla exempel på kunskaper som ny personal saknar eller snart kommer att behöva.
    3. Avsätt tid för planeringsmötena.

curriculum-prep-student =
    1. Ge synpunkter på de nuvarande kursmomenten och på era perioder på arbetsplatsen.
    2. Anmäl er som elevrepresentanter till ett planeringsmöte.
    3. Fundera på vad ni skulle behöva lära er för att känna er säkra när ni börjar arbeta.

curriculum-do-vet-provider =
    1. Led mötena och håll ramarna i sikte.
    2. Omsätt idéerna i lärandemål, uppgifter och bedömning.
    3. Skicka utkasten till alla för synpunkter.

curriculum-do-employer =
    1. Beskriv verkliga situationer från arbetet och vilka kunskaper de kräver.
    2. Kommentera utkasten med enkla ord.
    3. Erbjud uppgifter, material eller APL-perioder som stöder det nya innehållet.

curriculum-do-student =
    1. Berätta för gruppen hur eleverna upplever utbildningen.
    2. Säg vad ni tycker om de nya uppgifterna och om de känns meningsfulla.
    3. Berätta om planerna för andra elever.

curriculum-follow-up =
    Träffas igen när det nya innehållet har genomförts en gång och titta på resultaten: elevernas synpunkter, bedömningsresultaten och arbetsgivarnas erfarenheter av eleverna på arbetsplatsen. Justera det som inte fungerade.

    Gör det till en vana, till exempel med ett årligt planeringsmöte, så att utbildningen håller jämna steg med arbetslivet.

curriculum-tips =
    - Förklara de nationella reglerna tidigt, så att ingen planerar något som inte går att genomföra.
    - Utgå från konkreta arbetssituationer, inte från listor över ämnen.
    - Be inte om synpunkter för att sedan strunta i dem; visa vad som ändrades.
    - Låt eleverna komma till tals.
    .title = Tips och fallgropar

curriculum-check-vet-provider-define-scope = Bestäm vad som är öppet för lokal planering.
curriculum-check-vet-provider-invite-employers = Bjud in arbetsgivare och förklara ramarna.
curriculum-check-vet-provider-collect-data = Samla in synpunkter från tidigare elever och från APL.
curriculum-check-vet-provider-lead-meetings = Led mötena.
curriculum-check-vet-provider-draft-content = Omsätt idéerna i mål, uppgifter och bedömning.
curriculum-check-vet-provider-show-changes = Visa alla vad som ändrades.

curriculum-check-employer-choose-people = Välj personer som känner arbetet och dess framtid.
curriculum-check-employer-collect-examples = Samla exempel på kunskaper som saknas.
curriculum-check-employer-set-time = Avsätt tid för mötena.
curriculum-check-employer-comment-drafts = Kommentera utkasten.
curriculum-check-employer-offer-tasks = Erbjud uppgifter eller material för det nya innehållet.

curriculum-check-student-give-feedback = Ge synpunkter på den nuvarande utbildningen.
curriculum-check-student-volunteer = Anmäl er som elevrepresentanter.
curriculum-check-student-comment = Kommentera de nya uppgifterna.
curriculum-check-student-share-plans = Berätta om planerna för andra elever.
curriculum-check-student-think-needs = Fundera på vad ni behöver lära er.
