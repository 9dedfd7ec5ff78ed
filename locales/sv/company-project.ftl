## Metod: Verkliga uppdrag från företag

company-project-title = Verkliga uppdrag från företag
    .summary = Eleverna löser en verklig uppgift åt ett företag som ett projekt, med företaget som beställare.

company-project-intro =
    I ett företagsprojekt ger en { -employer } en elevgrupp ett verkligt uppdrag: en marknadsföringsplan, en produkt, en reparation, en meny, en trädgårdsplanering eller en analys av en arbetsprocess. Eleverna arbetar med uppdraget, oftast i skolan, och presenterar resultatet för företaget som de skulle göra för en kund. Vid sidan av yrkeskunskaperna övar de planering, samarbete, att hålla tidsgränser och att möta en kund som kommer att bedöma resultatet.

    Företaget får nya idéer och en chans att lära känna möjliga framtida medarbetare; läraren får ett autentiskt uppdrag som ingen har behövt hitta på. Det fungerar bara om uppgiften passar både lärandemålen och den tid som finns, och om båda sidor skriftligen kommer överens, innan arbetet börjar, om vad eleverna ska leverera och vad som händer med resultatet efteråt.

company-project-example =
    Elever på handelsutbildningen vid en yrkesskola i Tammerfors (Tampere) tog på sig ett uppdrag från ett familjeägt bageri som ville nå yngre kunder. Ägaren träffade klassen i bageriet och bad om idéer till kampanjer i sociala medier och i butiken. Grupper om fyra arbetade i sex veckor, skickade en lägesrapport till ägaren varje vecka och presenterade sina planer i bageriets kafé.

    Två saker gick fel. I uppdragsbeskrivningen stod det ”en liten budget” utan belopp, och tre av de fem grupperna föreslog kampanjer som bageriet inte hade råd med. Dessutom filmade en grupp kunder i kaféet till en video utan att fråga dem, och ägaren fick be om att filmen skulle raderas. Läraren skriver nu alltid in en budget i euro i uppdragsbeskrivningen, och skolan har lagt till en regel i sin projektmall: inga foton eller filmer av kunder eller personal utan deras skriftliga samtycke.

    Bageriet använde delar av två gruppers planer, efter att ha kommit överens med eleverna om att det fick göra det. Lärarens öppna fråga gäller bedömningen: en grupp gjorde det mesta av arbetet den sista veckan och höll ändå den bästa presentationen, och betyget för arbetsprocessen visade inte hur gruppen hade kommit dit.
    .title = Prövat inom handel och administration i Finland

company-project-brief =
    Skriv uppdragsbeskrivningen tillsammans med företaget, på en eller två sidor:

    - **Bakgrund**: företaget, och problemet eller möjligheten bakom uppgiften.
    - **Uppgiften**: vad eleverna ska leverera, i vilken form, och vad som inte ingår.
    - **Budget och kostnader**: hur mycket resultatet får kosta att genomföra, och vem som betalar material, resor och tryck under projektet.
    - **Tider**: start, de tillfällen då företaget kommenterar, och slutpresentationen.
    - **Kontakt**: företagets kontaktperson och hur snabbt hen svarar.
    - **Information**: vad företaget bidrar med, vad som är konfidentiellt och vad eleverna får visa för andra.
    - **Äganderätt**: vem som får använda resultatet, och om eleverna får visa det i sina portfolior.
    - **Bedömning**: vad läraren betygsätter, och vilken vikt företagets återkoppling har.
    .title = Det här innehåller en uppdragsbeskrivning

company-project-ownership =
    Eleverna är i regel inte anställda av företaget, så företaget kan inte utgå från att det äger det som de skapar, och reglerna skiljer sig mellan länderna. Kom skriftligen överens innan arbetet börjar om vem som får använda resultatet och hur, och vilken information eleverna måste hålla konfidentiell. Lova inte eleverna att företaget kommer att använda deras resultat. Om företaget faktiskt tänker använda ett resultat i sin verksamhet ska det stå i uppdragsbeskrivningen, och ni ska komma överens om huruvida något betalas för det.
    .title = Äganderätt och sekretess

company-project-ownership-law =
    Enligt upphovsrättslagen har den som skapar ett verk, till exempel en text, en bild, en film eller en design, upphovsrätten till det. Eleverna behåller alltså upphovsrätten till det de skapar om de inte avtalar något annat, och företaget bör därför skriftligen komma överens med dem om hur resultatet får användas. För elever under 18 år behövs i regel också vårdnadshavarens medgivande.
    .title = I Sverige

company-project-prep-vet-provider =
    1. Hitta ett företag med en uppgift som stämmer med lärandemålen och går att genomföra på den tid som finns.
    2. Skriv uppdragsbeskrivningen tillsammans med { -employer(form: "def") } (se [Det här innehåller en uppdragsbeskrivning](#company-project/brief)), och låt båda sidor skriva under den.
    3. Boka datumen: start, företagets kommentarstillfällen och slutpresentationen.

company-project-prep-employer =
    1. Välj en verklig uppgift som ni annars skulle lösa själva eller köpa utifrån, men inget som verksamheten är beroende av nästa månad.
    2. Utse en kontaktperson som kan svara eleverna inom ett par arbetsdagar.
    3. Samla ihop den information och det material som eleverna behöver, och markera vad som är konfidentiellt.

company-project-prep-student =
    1. Läs uppdragsbeskrivningen och skriv ner era frågor till beställaren.
    2. Kom överens om roller och arbetsregler i gruppen, och gör en plan med delmål.

company-project-do-vet-provider =
    1. Träffa varje grupp varje vecka och stäm av arbetet mot planen, och gå in tidigt när en gruppmedlem gör allt arbete.
    2. Se till att beställaren får de lägesrapporter ni har kommit överens om.
    3. Bedöm både arbetsprocessen och resultatet, och använd beställarens återkoppling så som uppdragsbeskrivningen anger.

company-project-do-employer =
    1. Presentera uppdraget personligen, helst på er arbetsplats.
    2. Kommentera idéerna vid de överenskomna tillfällena, och säg tydligt när en idé inte fungerar för er och varför.
    3. Kom till slutpresentationen och ge ärlig återkoppling.

company-project-do-student =
    1. Skicka lägesrapporten till beställaren på den överenskomna dagen, även när det finns lite att rapportera.
    2. Fråga innan ni fotograferar eller filmar människor, eller delar något som ni har fått av företaget.
    3. Presentera resultatet som ni skulle göra för en betalande kund.

company-project-follow-up =
    Efter presentationen ser läraren och företaget tillbaka tillsammans: motsvarade resultatet uppdragsbeskrivningen, och var arbetsinsatsen rimlig för båda sidor? Berätta för eleverna vilka delar företaget eventuellt tänker använda, och tacka företaget inför klassen.

company-project-tips =
    - Håll uppgiften liten. En liten uppgift som blir färdig lär ut mer än halva en stor.
    - En beställare som aldrig svarar förstör ett projekt; kontakttiderna i uppdragsbeskrivningen är ingen formalitet.
    .title = Tips och fallgropar

company-project-check-vet-provider-find-task = Hitta en uppgift som passar målen och tiden.
company-project-check-vet-provider-write-brief = Skriv uppdragsbeskrivningen med företaget.
company-project-check-vet-provider-agree-ownership = Få beskrivningen underskriven, även delen om äganderätt.
company-project-check-vet-provider-agree-costs = Kom överens om vem som betalar material och resor.
company-project-check-vet-provider-book-dates = Boka datum för start, kommentarer och presentation.
company-project-check-vet-provider-coach-teams = Träffa varje grupp varje vecka.
company-project-check-vet-provider-assess = Bedöm process och resultat; fråga beställaren.

company-project-check-employer-choose-task = Välj en verklig uppgift med realistisk omfattning.
company-project-check-employer-name-contact = Utse en kontaktperson som svarar inom några dagar.
company-project-check-employer-confidential = Markera vilken information som är konfidentiell.
company-project-check-employer-launch = Presentera uppdraget personligen.
company-project-check-employer-comment = Kommentera idéerna vid de överenskomna tillfällena.
company-project-check-employer-attend-pitch = Kom till slutpresentationen.
company-project-check-employer-tell-use = Berätta för eleverna vilka resultat ni tänker använda.

company-project-check-student-read-brief = Läs uppdragsbeskrivningen och skriv ner era frågor.
company-project-check-student-agree-roles = Kom överens om roller och regler i gruppen.
company-project-check-student-plan = Gör en projektplan med delmål.
company-project-check-student-update-client = Skicka lägesrapporter till beställaren på de överenskomna dagarna.
company-project-check-student-ask-consent = Fråga innan ni filmar människor eller delar uppgifter.
company-project-check-student-present = Presentera som för en betalande kund.
