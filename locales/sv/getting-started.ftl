## Kapitel 2: Så kommer ni i gång

getting-started-title = Så kommer ni i gång
    .summary = Lägg en gemensam grund för samarbetet och hitta de metoder som passar ert partnerskap.

getting-started-intro =
    Samarbete mellan en skola och en arbetsplats faller sällan på bristande vilja. Det faller på att alla har mycket att göra, på att varje sida utgår från att den andra vet vad den vill, eller på att en engagerad eldsjäl slutar. Det här kapitlet handlar om grundarbetet som gör att samarbetet håller, och avslutas med en självskattning som visar vilka metoder som passar er.

getting-started-common-goal =
    Träffas innan ni väljer metod och tala igenom varför ni vill samarbeta. { -vet-provider(form: "def-start") } kanske vill ha fler APL-platser, en mer aktuell undervisning eller en rättvisare bedömning. { -employer(form: "def-start") } kanske vill ha kunnig ny personal eller få påverka utbildningen. Båda är rimliga mål. Skriv ner de mål ni har gemensamt och de som bara hör till den ena sidan, så att ingenting förblir dolt.

    Se sedan över orden ni använder. Skolan talar om examen, ämnen, lärandemål och betygskriterier. Arbetsplatsen talar om arbetsuppgifter, arbetspass, kunder och kvalitetskrav. Samma ord kan betyda olika saker: för en lärare är en bedömning ett formellt betyg, medan den för en arbetsledare kan vara det årliga medarbetarsamtalet med chefen. Kom överens om de viktigaste begreppen och skriv ner dem; ordlistan i inledningen är en bra början.

    Bra frågor för ett första möte:

    - Vad vill var och en av oss uppnå under det kommande året?
    - Vad kan var och en av oss erbjuda, och vad behöver vi från den andra?
    - Hur ser vi att samarbetet fungerar?
    .title = Hitta ett gemensamt mål och ett gemensamt språk

getting-started-strategy =
    Ett samarbete som hänger på en enda lärare och en enda arbetsledare är sårbart. Skriv in det i båda verksamheternas strategier och handlingsplaner, så att det håller över tid. För { -vet-provider(form: "def") } betyder det strategin, den årliga verksamhetsplanen och lärarnas tjänsteplanering, med tid avsatt för kontakter med arbetslivet. För { -employer(form: "def") } betyder det kompetensutvecklingsplanen, budgeten och arbetsbeskrivningarna för de medarbetare som är handledare.

    Ledningen på båda sidor behöver känna till samarbetet och öppet ställa sig bakom det. Ge den därför regelbundet korta rapporter med konkreta resultat. När arbetet väl finns med i planerna klarar det både personalbyten och högsäsonger.
    .title = Skriv in samarbetet i era planer

getting-started-start-small =
    Ni behöver inte dra i gång allt på en gång. Välj en metod som passar er situation, pröva den med en elevgrupp eller en avdelning och titta på resultaten tillsammans. En enda god erfarenhet bygger mer förtroende än ett långt avtal som ingen följer.

    Berätta om det som fungerar för kollegor och andra arbetsplatser, och bjud in dem att vara med. Se misstag som en del av lärandet: prata öppet om det som går fel, ta reda på varför och kom överens om vad ni ska ändra. Partnerskap som kan diskutera problem utan att leta syndabockar växer snabbare än de som sopar problemen under mattan.
    .title = Börja i liten skala och lär er under tiden

getting-started-ground-rules =
    Reda ut några praktiska och juridiska frågor innan { -student(form: "def") } kommer. Svaren beror på land, elevens ålder och formen av lärande på arbetsplatsen, så ta reda på vad som gäller för er och skriv in svaren i APL-planen eller i er gemensamma plan.

    - **Försäkring och ansvar.** Vem försäkrar eleven mot olycksfall i arbetet och på vägen dit? Vem betalar om eleven skadar utrustning eller en kunds egendom? Gå igenom både skolans och arbetsgivarens försäkringar; utgå inte från att den ena täcker allt.
    - **Minderåriga.** Elever under 18 år får bara arbeta ett begränsat antal timmar, nattarbete är begränsat, och vissa farliga arbetsuppgifter och maskiner är förbjudna. { -employer(form: "def-start") } bedömer riskerna för minderåriga innan de börjar och informerar eleven om dem.
    - **Dataskydd och samtycke.** Kom överens om vilka uppgifter om eleven som skolan och arbetsplatsen delar med varandra, och vem som får ta del av dem. Foton, filmer och inspelningar kräver samtycke från dem som syns eller hörs; verkliga kund- eller patientfall som används i undervisningen avidentifieras.
    - **Kostnader och ersättning.** Kom överens om vem som betalar för vad: handledarnas tid, resor och måltider, arbetskläder, verktyg och material, och eventuell lön eller ersättning. I de flesta partnerländer är lärlingar anställda och får lön; för elever på APL varierar regler och praxis.
    .title = Reda ut de praktiska och juridiska frågorna

getting-started-rules-note =
    Fråga huvudmannen vilken försäkring som gäller för eleven under APL, både vid olycksfall och om eleven orsakar en skada. För elever under 18 år gäller Arbetsmiljöverkets regler om minderårigas arbetsmiljö, och Integritetsskyddsmyndigheten (IMY) ger vägledning om dataskydd. Elever på APL får ingen lön, och det får inte heller de flesta gymnasielärlingar; bara den som har en gymnasial lärlingsanställning får lön. Huvudmannen kan få statsbidrag för lärlingsutbildning från Skolverket.
    .title = I Sverige

getting-started-where-now =
    { $methods ->
        [one] Metoden i handboken passar
       *[other] De { $methods } metoderna i handboken passar
    } partnerskap i olika skeden. Gå igenom frågeformuläret nedan tillsammans med er partner: det visar vilket skede som beskriver ert partnerskap bäst och vilka metoder som är lämpliga att börja med.

    De rekommenderade metoderna är förslag, inte regler. Ett nytt partnerskap kan pröva en krävande metod om det har folk till det, och ett erfaret partnerskap har fortfarande nytta av de enkla metoderna.
    .title = Var står ert partnerskap i dag?

getting-started-self-evaluation =
    Besvara varje fråga tillsammans med er partner: **ja** ger 2 poäng, **delvis** 1 och **nej** 0. Räkna ihop poängen för varje nivå för sig och skriv in summan på nivåns poängrad.

    En nivå är uppnådd när poängen når gränsen efter ≥ på poängraden, ungefär två tredjedelar av maxpoängen. Gå igenom nivåerna nerifrån och upp: ert partnerskap befinner sig på den första nivå som det ännu inte har uppnått, och de metoder som rekommenderas för den nivån är en bra början. Ett exempel: 8 poäng på nivån ”nystartade” och 5 på nivån ”under utveckling” betyder att ni befinner er på nivån ”under utveckling”. Har ni uppnått alla tre nivåerna är ert partnerskap erfaret.
    .title = Självskattning
getting-started-self-evaluation-answer-yes = Ja
getting-started-self-evaluation-answer-partly = Delvis
getting-started-self-evaluation-answer-no = Nej
getting-started-self-evaluation-contact-person = Har båda organisationerna utsett en kontaktperson för samarbetet?
getting-started-self-evaluation-shared-goals = Har vi pratat tillsammans om vad var och en av oss vill uppnå?
getting-started-self-evaluation-workplace-knows-goals = Känner arbetsplatsen till utbildningens lärandemål?
getting-started-self-evaluation-school-knows-work = Känner skolan till arbetsplatsens aktuella kompetensbehov?
getting-started-self-evaluation-first-activity = Har vi genomfört minst en aktivitet tillsammans, till exempel ett studiebesök eller en APL-period?
getting-started-self-evaluation-every-year = Samarbetar vi varje år?
getting-started-self-evaluation-written-agreement = Har vi ett skriftligt avtal som anger vem som gör vad?
getting-started-self-evaluation-mentors-know-goals = Känner handledarna till lärandemålen för de elever som de handleder?
getting-started-self-evaluation-fixed-meetings = Träffas kontaktpersonerna vid överenskomna tider under året?
getting-started-self-evaluation-feedback = Ger vi varandra återkoppling efter varje APL-period?
getting-started-self-evaluation-strategy = Finns vårt samarbete inskrivet i båda organisationernas strategier?
getting-started-self-evaluation-workplace-teaches = Undervisar medarbetare från arbetsplatsen på skolan?
getting-started-self-evaluation-joint-assessment = Bedömer lärare och handledare eleverna tillsammans?
getting-started-self-evaluation-curriculum = Deltar arbetsplatsen i planeringen av utbildningens innehåll?
getting-started-self-evaluation-evaluation = Utvärderar vi samarbetet tillsammans minst en gång om året?

getting-started-next-steps =
    Skriv en gemensam plan på en enda sida när ni har valt metod: vad ni ska göra, vem som ansvarar på varje sida, när det sker och hur ni ska veta om det fungerade. Använd checklistorna i metodkapitlet för att fördela uppgifterna, och gör självskattningen igen efter ett år.
    .title = Gör en plan
