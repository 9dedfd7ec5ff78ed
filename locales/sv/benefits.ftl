## Kapitel 15: Nytta och utvärdering

benefits-title = Nytta och utvärdering
    .summary = Vad samarbetet ger, och hur ni kan se tillbaka på det utifrån fyra fokusområden.

benefits-intro =
    Samarbete mellan { -vet-providers } och { -employers } tar tid, och det är rimligt att fråga vad det ger. Partnerna i { -brand } såg nyttan för alla tre grupperna. Eleverna lärde sig med verkliga arbetsuppgifter och modern utrustning, fick större självförtroende och fick lättare sitt första jobb. Arbetsgivarna lärde känna sin framtida personal, formade utbildningen efter sina behov och såg sina egna medarbetare växa som handledare. Skolorna höll sin undervisning aktuell, hittade bättre APL-platser och höjde kvaliteten på sin utbildning.

    För att se den nyttan i ert eget partnerskap behöver ni utvärdera det regelbundet. Vi föreslår fyra fokusområden: engagemang, samarbete, samskapande och firande. Varje avsnitt nedan förklarar ett fokusområde och ger frågor som båda parter kan besvara, till exempel en gång om året vid ett gemensamt möte. Svara först var för sig och jämför sedan: det är skillnaderna som säger mest.

benefits-commitment =
    Engagemang innebär att samarbetet inte lämnas åt några få eldsjälar. Ledningen på båda sidor stöder det öppet, avsätter tid och pengar och frågar efter resultaten. Samarbetet är inskrivet i strategier, handlingsplaner och arbetsbeskrivningar, så att det fortsätter även när personer byter jobb.

    Frågor för utvärdering:

    - Känner ledningen i båda verksamheterna till vårt samarbete, och stöder den det?
    - Ingår samarbetet i våra strategier och årliga planer?
    - Har lärare och handledare tid för det här arbetet i sin arbetsplanering?
    - Skulle samarbetet fortsätta om vår viktigaste kontaktperson slutade?
    - Är det tydligt vem som betalar för vad, och tycker båda sidor att fördelningen är rimlig?
    .title = Engagemang

benefits-cooperation =
    Samarbete handlar om hur parterna fungerar tillsammans i vardagen. Det vilar på öppen och tydlig kommunikation, på att varje sida vet vad den andra kan och inte kan erbjuda, och på ett upplägg där båda sidor vinner. Det kräver också beredskap: arbetsplatsen har en handledare och lämpliga arbetsuppgifter redo när en elev kommer, och skolan svarar snabbt när ett problem uppstår.

    Frågor för utvärdering:

    - Vet vi vem vi ska kontakta, och får vi svar inom rimlig tid?
    - Känner båda parter att de får ut något av samarbetet?
    - Är elever, handledare och lärare väl förberedda inför varje period på arbetsplatsen?
    - Kan vi ta upp problem öppet och lösa dem tillsammans?
    .title = Samarbete

benefits-collaboration =
    Samskapande går djupare än samarbete. Parterna planerar och utvecklar utbildningen tillsammans. Innehållet förhandlas fram och anpassas så att det passar både utbildningens mål och arbetsplatsen, och lärandemål, bedömningskriterier och centrala begrepp betyder samma sak för alla inblandade.

    Frågor för utvärdering:

    - Har arbetsplatsen fått vara med och påverka vad och hur eleverna lär sig?
    - Förstår lärare, handledare och elever lärandemålen på samma sätt?
    - Bedömer vi eleverna tillsammans, utifrån gemensamma kriterier?
    - Har vi ändrat vår undervisning eller våra arbetsrutiner utifrån det vi har lärt oss av varandra?
    .title = Samskapande

benefits-celebration =
    Firandet är lätt att glömma, men det håller motivationen uppe. Uppmärksamma det arbete som handledare, lärare och elever gör, och berätta om era framgångar inom båda verksamheterna och utanför: i nyhetsbrev, i sociala medier, vid examen eller på en lokal näringslivsträff. Ett tackkort till en handledare, ett intyg eller en kort berättelse om en elev som fick jobb visar att insatsen var värd det.

    Frågor för utvärdering:

    - Hur har vi uppmärksammat de personer som fick samarbetet att fungera?
    - Har vi berättat om våra resultat för kollegor, chefer och lokalsamhället?
    - Vilken framgång från i år skulle vi vilja berätta om för andra?
    .title = Firande

benefits-evaluation =
    Håll utvärderingen så enkel att ni faktiskt genomför den: ett kort gemensamt möte en gång om året, med frågorna ovan och några siffror, räcker ofta. Användbara siffror är antalet elever som har lärt sig på arbetsplatsen, antalet utbildade handledare, synpunkter från elever och handledare, andelen som fullföljer utbildningen, hur många elever som fick arbete efteråt och vad samarbetet kostade varje sida i arbetstid och pengar.

    Skriv ner tre saker som gick bra och tre saker att förbättra, och kom överens om vem som gör vad före nästa möte. Gå sedan tillbaka till självskattningen i kapitlet om hur ni kommer i gång. Kanske märker ni att ert partnerskap har nått nästa nivå och är redo för nya metoder.
    .title = Gör utvärdering till en vana
