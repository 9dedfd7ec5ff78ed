## Metod: Arbetsplatsförlagt lärande (APL)

placement-title = Arbetsplatsförlagt lärande (APL)
    .summary = Eleverna tillbringar en planerad period på en arbetsplats och lär sig genom verkliga uppgifter med överenskomna mål.

placement-intro =
    En period av lärande på en arbetsplats är den vanligaste formen av samarbete inom yrkesutbildningen. Görs den väl är den mycket mer än extra händer under högsäsongen: eleven lär sig verkliga arbetsuppgifter i en planerad ordning, med en { -work-mentor } som känner till lärandemålen och en lärare som håller kontakten.

    Det viktigaste verktyget är en APL-plan som tre parter kommer överens om: { -student(form: "def") }, skolan och arbetsplatsen. Det omsätter en allmänt hållen utbildning i arbetsuppgifter som faktiskt finns på just den här arbetsplatsen, och det klargör vem som gör vad före, under och efter perioden.

placement-example =
    En yrkesskola för lantbruk och livsmedel i Friesland skickade varje vår elever till mjölkgårdar runt Leeuwarden, men eleverna klagade över att de under tio veckor knappt gjorde något annat än mjölkade. Skolan och sex lantbrukare träffades på en av gårdarna för att gå igenom utbildningen tillsammans.

    För varje gård kartlade de vilka lärandemål som gick att nå där: djurhälsa, utfodring, maskiner, journalföring och mjölkning. Resultatet blev en APL-plan för varje gård, med arbetsuppgifter vecka för vecka. Lärarna besökte varje elev två gånger, en gång i vecka två och en gång i vecka sju, och lade besöken så att de kunde se eleven i arbete.

    Eleverna var betydligt nöjdare med de nya APL-perioderna, och lantbrukarna tyckte att eleverna var till större nytta eftersom de visste vad de skulle lära sig härnäst. En lantbrukare erbjöd sin elev jobb efter examen.
    .title = Prövat inom lantbruk i Nederländerna

placement-prep-vet-provider =
    1. Kom överens med { -employer(form: "def") } om datum och antal elever i god tid.
    2. Gör ett utkast till APL-planen: mål, arbetsuppgifter, arbetstider, kontaktpersoner och bedömning.
    3. Kontrollera försäkringar, arbetsmiljöregler och eventuella åldersgränser i lagstiftningen.
    4. Förbered eleven, bland annat på hur man uppträder på en arbetsplats och vem man ringer om något går fel.

placement-prep-employer =
    1. Utse en { -work-mentor } och ge hen tid för eleven.
    2. Gå igenom APL-planen och markera vilka arbetsuppgifter arbetsplatsen kan erbjuda, och när.
    3. Ordna arbetskläder, passerkort eller nycklar, ett klädskåp och en säkerhetsintroduktion.

placement-prep-student =
    1. Läs och skriv under APL-planen, och fråga om allt som är oklart.
    2. Kontakta arbetsplatsen innan ni börjar och presentera er.
    3. Ta reda på hur ni tar er dit, vilka arbetstider ni har och vad ni ska ha på er.

placement-do-vet-provider =
    1. Besök eller ring arbetsplatsen tidigt under perioden, och en gång till före slutet.
    2. Hjälp eleven att koppla arbetsuppgifterna till lärandemålen, till exempel med hjälp av en loggbok.
    3. Agera snabbt om eleven eller handledaren rapporterar ett problem.

placement-do-employer =
    1. Börja med en introduktion: människor, regler, säkerhet och de första arbetsuppgifterna.
    2. Ge arbetsuppgifterna i den ordning ni har kommit överens om, och gör dem svårare i takt med att eleven lär sig.
    3. Ge kort återkoppling varje dag och ett längre avstämningssamtal varje vecka.

placement-do-student =
    1. Kom i tid, följ reglerna och fråga när ni är osäkra.
    2. För en loggbok över vad ni lär er och dela den med handledaren och läraren.
    3. Säg till läraren i tid om arbetsuppgifterna inte stämmer med APL-planen.

placement-follow-up =
    Avsluta perioden med ett trepartssamtal där eleven, handledaren och läraren ser tillbaka på lärandemålen och kommer överens om bedömningen. Be eleven och handledaren om synpunkter på själva APL-perioden, inte bara på eleven.

    Anteckna vilka arbetsuppgifter som fungerade, vad som saknades och om tidpunkten passade arbetsplatsen, och uppdatera arbetsplanen innan nästa elev kommer.

placement-tips =
    - En kort APL-plan som alla har läst är bättre än en lång som ingen läser.
    - Besök eleven när hen faktiskt arbetar, inte bara när chefen har tid.
    - Kom i förväg överens om vad som händer om APL-perioden inte fungerar.
    - Låt inte eleven bli billig arbetskraft för uppgifter som inte ger något lärande.
    .title = Tips och fallgropar

placement-check-vet-provider-agree-dates = Kom överens om datum och antal i god tid.
placement-check-vet-provider-draft-agreement = Gör ett utkast till APL-planen för alla tre parter.
placement-check-vet-provider-check-insurance = Kontrollera försäkringar och säkerhetsregler.
placement-check-vet-provider-visit = Besök eleven i arbete minst två gånger.
placement-check-vet-provider-end-meeting = Håll ett trepartssamtal i slutet av perioden.
placement-check-vet-provider-update-plan = Uppdatera arbetsplanen inför nästa elev.

placement-check-employer-name-mentor = Utse en handledare och ge hen tid.
placement-check-employer-mark-tasks = Markera vilka arbetsuppgifter arbetsplatsen kan erbjuda.
placement-check-employer-induction = Förbered introduktionen och säkerhetsgenomgången.
placement-check-employer-daily-feedback = Ge kort återkoppling varje dag.
placement-check-employer-weekly-review = Stäm av utvecklingen med eleven varje vecka.

placement-check-student-sign-agreement = Läs och skriv under APL-planen.
placement-check-student-introduce = Presentera er för arbetsplatsen innan ni börjar.
placement-check-student-check-travel = Kontrollera resor, arbetstider och kläder.
placement-check-student-keep-log = För en loggbok över vad ni lär er.
placement-check-student-report-problems = Berätta tidigt för läraren om eventuella problem.
