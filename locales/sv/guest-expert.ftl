## Metod: Gästexperter i skolan

guest-expert-title = Gästexperter i skolan
    .summary = Personer från arbetslivet undervisar i skolan och tar med sig dagens arbetssätt in i klassrummet.

guest-expert-intro =
    En gästexpert är någon från ett företag eller en offentlig verksamhet som håller en eller flera lektioner i skolan: en föreläsning, en workshop eller en kort serie lektioner. Eleverna får höra av någon som gör jobbet varje dag hur arbetet ser ut i dag, vilka kunskaper som behövs och vart en karriär i branschen kan leda.

    Metoden kräver lite av { -employer(form: "def") }, ofta en halv dag, och är ett av de enklaste sätten för ett nytt partnerskap att komma i gång. För { -vet-provider(form: "def") } är ett lyckat besök ofta det första steget mot APL-platser eller gemensamma projekt med samma arbetsplats.

guest-expert-example =
    Handels- och administrationsprogrammet på en gymnasieskola i Gävle märkte att eleverna såg bokföring som torr teori. Läraren bjöd in tre yrkesverksamma från orten, en redovisningskonsult, en bankrådgivare och ägaren till en liten sportaffär, att hålla två lektioner var under en termin.

    Det första besöket gick dåligt. Bankrådgivaren hade bara fått veta att han skulle ”berätta om sitt arbete” och visade den presentation som banken använder för att sälja studentkonton; efter tjugo minuter hade halva klassen slutat lyssna. Inför de andra besöken skickade läraren en vecka i förväg en beskrivning på en sida till varje gäst: ämnet, vad gruppen redan kunde, elevernas egna frågor och en uppgift för eleverna. Redovisningskonsulten tog med sig riktiga kvitton och fakturor, med namnen borttagna, som eleverna fick bokföra, och visade sedan samma arbete i det program som hennes byrå använder.

    Bankrådgivaren kom tillbaka på våren med samma slags beskrivning, och eleverna gav hans andra lektion bäst omdöme under terminen. Redovisningsbyrån tog emot två elever för APL året därpå.
    .title = Prövat inom handel och administration i Sverige

guest-expert-prep-vet-provider =
    1. Bestäm vilka lärandemål besöket ska stödja, och vad ni inte vill ha (en företagspresentation är sällan till nytta).
    2. Bjud in experten. Kom överens om datum och längd, och om skolan betalar arvode eller resekostnader.
    3. Skicka en kort beskrivning en vecka i förväg: ämnet, gruppens ålder och nivå och vad eleverna redan kan, elevernas frågor och vilken utrustning som finns i rummet.
    4. Kontrollera mot skolans säkerhetsregler alla verktyg, maskiner och kemikalier som experten tar med.

guest-expert-prep-employer =
    1. Välj någon som gör arbetet och tycker om att förklara det; engagemang betyder mer än hög befattning.
    2. Ge personen tid att förbereda sig, inte bara tid för själva besöket.
    3. Välj ut riktigt material, riktiga verktyg eller dokument att ta med, och ta bort kundnamn och andra personuppgifter från allt som eleverna ska se.

guest-expert-prep-student =
    1. Ta reda på vad expertens arbetsplats gör.
    2. Skicka minst en fråga till experten via läraren.

guest-expert-do-vet-provider =
    1. Presentera experten och berätta varför hen är där och vad gruppen har arbetat med.
    2. Stanna kvar i rummet hela lektionen: ni har fortfarande ansvaret för gruppen, och ni kan koppla det experten säger till kursen.
    3. Spara tio minuter för frågor i slutet.

guest-expert-do-employer =
    1. Berätta verkliga historier från jobbet, bland annat om sådant som gick fel och hur ni hanterade det.
    2. Ge eleverna något att göra med händerna eller huvudet, inte bara något att lyssna på.
    3. Berätta vad er arbetsplats letar efter när den anställer.

guest-expert-do-student =
    1. Anteckna två saker som ni inte visste förut.
    2. Ställ er fråga, och en följdfråga om svaret var vagt.
    3. Tacka experten, och fråga om APL-platser eller sommarjobb om ni är intresserade.

guest-expert-follow-up =
    Fråga eleverna på nästa lektion vad de tog med sig, och använd det. Skicka ett tack till experten med några kommentarer från eleverna, och fråga vad som skulle göra ett andra besök enklare. Fungerade det kan ni fråga om ett nytt besök, ett studiebesök eller APL-platser.

guest-expert-tips =
    - Ett tydligt ämne och en tidsgräns betyder mer än ett känt namn.
    - Håll en gemensam lista över experter för hela skolan, så att en lärares kontakter inte försvinner när läraren slutar, och så att inte fem lärare frågar samma företag samma månad.
    .title = Tips och fallgropar

guest-expert-check-vet-provider-pick-goals = Välj de lärandemål som besöket ska stödja.
guest-expert-check-vet-provider-invite = Kom överens om ämne, datum, längd och eventuellt arvode.
guest-expert-check-vet-provider-brief-expert = Skicka en beskrivning på en sida en vecka i förväg.
guest-expert-check-vet-provider-send-questions = Lägg till elevernas frågor i beskrivningen.
guest-expert-check-vet-provider-check-safety = Kontrollera verktyg och kemikalier mot skolans regler.
guest-expert-check-vet-provider-stay = Stanna kvar i rummet hela lektionen.
guest-expert-check-vet-provider-thank = Skicka ett tack med kommentarer från eleverna.

guest-expert-check-employer-choose-person = Välj någon som tycker om att förklara arbetet.
guest-expert-check-employer-give-time = Ge personen tid att förbereda sig.
guest-expert-check-employer-bring-materials = Välj ut riktigt material eller verktyg att ta med.
guest-expert-check-employer-agree-limits = Ta bort kundnamn och personuppgifter ur exemplen.
guest-expert-check-employer-active-task = Planera en uppgift som eleverna gör själva.
guest-expert-check-employer-hiring = Berätta vad ni letar efter när ni anställer.

guest-expert-check-student-research = Ta reda på vad expertens arbetsplats gör.
guest-expert-check-student-send-question = Skicka en fråga till läraren i förväg.
guest-expert-check-student-take-notes = Anteckna två saker som ni inte visste.
guest-expert-check-student-ask = Ställ er fråga, och en följdfråga.
guest-expert-check-student-thank = Tacka experten; fråga om APL-platser.
