## Metod: Gästexperter i skolan

guest-expert-title = Gästexperter i skolan
    .summary = Personer från arbetslivet undervisar i skolan och tar med sig dagens arbetssätt in i klassrummet.

guest-expert-intro =
    En gästexpert är någon från ett företag eller en offentlig verksamhet som håller en eller flera lektioner i skolan. Det kan vara en enstaka föreläsning, en workshop eller en kort serie lektioner. Experten visar hur yrket ser ut i dag, vilka kunskaper som behövs och hur en karriär i branschen kan se ut.

    Det är ett enkelt sätt att börja, eftersom det kräver lite av { -employer(form: "def") }. Eleverna får höra någon som gör jobbet varje dag, och { -vet-provider(form: "def") } får en kontakt som kan växa till APL-platser eller gemensamma projekt.

guest-expert-example =
    Handels- och administrationsprogrammet på en gymnasieskola i Gävle märkte att eleverna såg bokföring som torr teori. Läraren bjöd in tre yrkesverksamma från orten: en redovisningskonsult, en bankrådgivare och ägaren till en liten sportaffär. Var och en höll två lektioner under en termin.

    Redovisningskonsulten tog med sig riktiga men avidentifierade kvitton och fakturor som eleverna fick bokföra, och visade sedan hur samma arbete görs i det program som hennes byrå använder. Butiksägaren förklarade hur han sätter priser och varför likviditeten höll honom vaken om nätterna det första året. Före varje besök skickade eleverna in sina frågor, så att gästerna kunde förbereda sig.

    Elevernas resultat i bokföringskursen blev bättre, och flera sa att lektionerna förändrade hur de såg på ämnet. Redovisningsbyrån har sedan dess tagit emot två elever för APL, och de tre gästerna kommer nu tillbaka varje år.
    .title = Prövat inom handel och administration i Sverige

guest-expert-prep-vet-provider =
    1. Bestäm vilka lärandemål en gästexpert kan bidra till.
    2. Bjud in experten och kom överens om datum, längd och vad ni hoppas att eleverna ska lära sig.
    3. Berätta för experten om gruppen: ålder, nivå och vad eleverna redan kan.
    4. Samla in elevernas frågor och skicka dem i förväg.

guest-expert-prep-employer =
    1. Välj en person som kan arbetet väl och gärna delar med sig av det.
    2. Ge personen tid att förbereda sig och låt hen om möjligt ta med riktigt material eller riktiga verktyg.
    3. Kom överens med skolan om vad som får visas, till exempel kunduppgifter eller priser.

guest-expert-prep-student =
    1. Ta reda på vad expertens företag gör och vad hen arbetar med.
    2. Förbered minst en fråga var och skicka den till läraren.
    3. Fundera på hur ämnet hänger ihop med det ni lär er.

guest-expert-do-vet-provider =
    1. Välkomna experten och presentera hen för gruppen.
    2. Stanna kvar i rummet och hjälp till att koppla lektionen till kursen.
    3. Lämna tid för frågor och diskussion.

guest-expert-do-employer =
    1. Berätta verkliga historier från jobbet, även om problem och hur ni löste dem.
    2. Ge eleverna något att göra, inte bara något att lyssna på.
    3. Berätta vad er arbetsplats letar efter hos nyanställda.

guest-expert-do-student =
    1. Lyssna aktivt och anteckna.
    2. Ställ era frågor och delta i uppgifterna.
    3. Tacka experten, och fråga om APL-platser eller jobb om ni är intresserade.

guest-expert-follow-up =
    Fråga eleverna efter lektionen vad de lärde sig och använd deras svar under de följande lektionerna. Skicka ett tack till experten med några kommentarer från eleverna, och fråga hur besöket kändes och vad som skulle göra det enklare nästa gång.

    Har besöket fungerat kan ni komma överens om ett nytt, eller fråga om arbetsplatsen vill ta emot elever för ett studiebesök eller en APL-period.

guest-expert-tips =
    - Ge experten ett tydligt ämne och en tidsram; en allmän presentation av företaget tappar snabbt eleverna.
    - Förberedda frågor betyder mycket.
    - Lämna inte rummet. Det är läraren som kopplar besöket till lärandet.
    - Bygg upp en gemensam lista över experter för hela skolan, så att kontakterna delas.
    .title = Tips och fallgropar

guest-expert-check-vet-provider-pick-goals = Välj de lärandemål som experten ska bidra till.
guest-expert-check-vet-provider-invite = Bjud in experten och kom överens om detaljerna.
guest-expert-check-vet-provider-brief-expert = Berätta för experten om gruppen.
guest-expert-check-vet-provider-send-questions = Skicka elevernas frågor i förväg.
guest-expert-check-vet-provider-thank = Skicka ett tack med kommentarer från eleverna.

guest-expert-check-employer-choose-person = Välj en person som gärna delar med sig av arbetet.
guest-expert-check-employer-give-time = Ge personen tid att förbereda sig.
guest-expert-check-employer-bring-materials = Ta med riktigt material eller riktiga verktyg.
guest-expert-check-employer-agree-limits = Kom överens om vad som får och inte får visas.
guest-expert-check-employer-active-task = Planera en uppgift som eleverna ska göra.

guest-expert-check-student-research = Ta reda på mer om expertens arbetsplats.
guest-expert-check-student-send-question = Skicka minst en fråga i förväg.
guest-expert-check-student-take-notes = Anteckna under lektionen.
guest-expert-check-student-ask = Ställ era frågor.
guest-expert-check-student-thank = Tacka experten.
