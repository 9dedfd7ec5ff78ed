## Kapitel 2: Så kommer ni i gång

getting-started-title = Så kommer ni i gång
    .summary = Lägg en gemensam grund för samarbetet och hitta de metoder som passar ert partnerskap.

getting-started-intro =
    Samarbete mellan en skola och en arbetsplats faller sällan på bristande vilja. Det faller för att alla har mycket att göra, för att var och en tror att den andra vet vad man vill, eller för att en engagerad eldsjäl slutar. Det här kapitlet handlar om grundarbetet som gör att samarbetet håller, och avslutas med en självvärdering som visar vilka metoder som passar er.

getting-started-common-goal =
    Innan ni väljer metod, sätt er ner tillsammans och prata om varför ni vill samarbeta. Utbildningsanordnaren kanske vill ha fler APL-platser, en mer aktuell undervisning eller en rättvisare bedömning. Arbetsgivaren kanske vill ha kunnig ny personal eller få påverka utbildningen. Båda är rimliga mål. Skriv ner de mål ni har gemensamt och de som bara hör till den ena sidan, så att ingenting förblir dolt.

    Se sedan över orden ni använder. Skolan talar om examen, kurser, kunskapskrav och bedömningskriterier. Arbetsplatsen talar om arbetsuppgifter, arbetspass, kunder och kvalitetskrav. Samma ord kan betyda olika saker: för en lärare är en bedömning ett formellt betyg, medan den för en arbetsledare kan vara det årliga medarbetarsamtalet med chefen. Kom överens om de viktigaste begreppen och skriv ner dem; ordlistan i inledningen är en bra början.

    Bra frågor för ett första möte:

    - Vad vill var och en av oss uppnå under det kommande året?
    - Vad kan var och en av oss erbjuda, och vad behöver vi från den andra?
    - Hur ser vi att samarbetet fungerar?
    .title = Hitta ett gemensamt mål och ett gemensamt språk

getting-started-strategy =
    Ett samarbete som hänger på en enda lärare och en enda arbetsledare är sårbart. För att det ska hålla, skriv in det i båda verksamheternas strategier och handlingsplaner. För { -vet-provider(form: "def") } betyder det strategin, den årliga verksamhetsplanen och lärarnas tjänsteplanering, med tid avsatt för kontakter med arbetslivet. För { -employer(form: "def") } betyder det kompetensutvecklingsplanen, budgeten och arbetsbeskrivningarna för de medarbetare som är handledare.

    Ledningen på båda sidor behöver känna till samarbetet och öppet ställa sig bakom det, så rapportera regelbundet till den med korta, konkreta resultat. När arbetet väl finns med i planerna klarar det både personalbyten och högsäsonger.
    .title = Skriv in samarbetet i era planer

getting-started-start-small =
    Ni behöver inte dra i gång allt på en gång. Välj en metod som passar er situation, pröva den med en elevgrupp eller en avdelning och titta på resultaten tillsammans. En enda god erfarenhet bygger mer förtroende än ett långt avtal som ingen följer.

    Berätta om det som fungerar för kollegor och andra arbetsplatser, och bjud in dem att vara med. Se misstag som en del av lärandet: när något går fel, prata öppet om det, ta reda på varför och kom överens om vad ni ska ändra. Partnerskap som kan diskutera problem utan att leta syndabockar växer snabbare än de som sopar problemen under mattan.
    .title = Börja i liten skala och lär er under tiden

getting-started-self-evaluation =
    { $methods ->
        [one] Metoden i handboken passar
       *[other] De { $methods } metoderna i handboken passar
    } partnerskap i olika skeden. Besvara frågorna nedan tillsammans med er partner. Om ni svarar ja på de flesta frågorna på en nivå är det den nivån som beskriver er bäst, och där är det lämpligt att börja.

    Metoderna under varje nivå är förslag, inte regler. Ett nytt partnerskap kan pröva en krävande metod om det har folk till det, och ett erfaret partnerskap har fortfarande nytta av de enkla metoderna.
    .title = Var står ert partnerskap i dag?

getting-started-beginner =
    Står ert partnerskap i början?

    - Har vi få kontakter, eller hänger de på en eller två personer?
    - Saknar vi fortfarande ett skriftligt avtal eller en gemensam plan?
    - Vet arbetsplatsen lite om utbildningen och dess lärandemål?
    - Vet skolan lite om arbetsplatsens vardag och aktuella behov?

    I det här skedet, välj metoder som hjälper er att lära känna varandra utan att ni behöver satsa särskilt mycket:
    .title = Nystartade: vi lär känna varandra

getting-started-developing =
    Håller ert partnerskap på att utvecklas?

    - Samarbetar vi varje år, till exempel kring APL, men mest på samma sätt?
    - Finns det namngivna kontaktpersoner på båda sidor?
    - Känner handledarna till lärandemålen, även om inte alla har gått en handledarutbildning?
    - Skulle vi vilja att arbetsplatsen fick en större roll i undervisning och bedömning?

    I det här skedet, välj metoder som fördjupar det arbete ni redan gör tillsammans:
    .title = Under utveckling: vi samarbetar regelbundet

getting-started-experienced =
    Är ert partnerskap erfaret?

    - Finns vårt samarbete inskrivet i båda verksamheternas strategier och planer?
    - Undervisar, bedömer eller planerar medarbetare från arbetsplatsen utbildningen tillsammans med skolan?
    - Utvärderar vi vårt samarbete och ändrar det utifrån resultaten?
    - Är vi redo för långsiktiga åtaganden eller för partner i andra länder?

    I det här skedet, välj metoder där ni delar ansvaret för hela utbildningen:
    .title = Erfarna: parter i utbildningen

getting-started-next-steps =
    När ni har valt en metod, skriv en gemensam plan på en enda sida: vad ni ska göra, vem som ansvarar på varje sida, när det sker och hur ni ska veta om det fungerade. Använd checklistorna i metodkapitlet för att fördela uppgifterna, och gör självvärderingen igen efter ett år.
    .title = Gör en plan
