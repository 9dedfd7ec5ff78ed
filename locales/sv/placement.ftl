## Metod: Arbetsplatsförlagt lärande (APL)

placement-title = Arbetsplatsförlagt lärande (APL)
    .summary = Eleverna tillbringar en planerad period på en arbetsplats och lär sig genom verkliga uppgifter med överenskomna mål.

placement-intro =
    En period av lärande på en arbetsplats är den vanligaste formen av samarbete inom yrkesutbildningen. Görs den väl är den mycket mer än extra händer: eleven lär sig verkliga arbetsuppgifter i en planerad ordning, med en { -work-mentor } som känner till lärandemålen och en lärare som håller kontakten.

    Lägg perioden med hänsyn till arbetsplatsens säsonger. Under högsäsongen har ingen tid att handleda en elev, och under de lugnaste veckorna finns det lite att lära; fråga { -employer(form: "def") } vilka veckor som erbjuder både verkligt arbete och en handledare med tid.

    Det viktigaste verktyget är en APL-plan som { -student(form: "def") }, skolan och arbetsplatsen kommer överens om. Den omsätter en allmänt hållen utbildning i arbetsuppgifter som faktiskt finns på just den här arbetsplatsen, och den klargör vem som gör vad före, under och efter perioden.

placement-example =
    En yrkesskola för lantbruk och livsmedel i Friesland skickade varje vår elever till mjölkgårdar runt Leeuwarden, men eleverna klagade över att de under tio veckor knappt gjorde något annat än mjölkade. Skolan och sex lantbrukare träffades på en av gårdarna för att kartlägga vilka lärandemål varje gård kunde erbjuda: djurhälsa, utfodring, maskiner, journalföring och mjölkning.

    Deras första lösning, en arbetsplan vecka för vecka, höll inte över våren: det var kalvningarna och vädret som styrde arbetet, inte planen. Det andra året listade de i stället arbetsuppgifterna månad för månad och lät handledaren välja vecka. Lärarna besökte varje elev två gånger, vecka två och vecka sju, och kom under mjölkning eller utfodring, så att de såg eleven i arbete och inte på gårdskontoret.

    Sjutton av de nitton eleverna nådde alla mål i sin APL-plan. De två som inte gjorde det var på en gård med lite maskinarbete, och skolan ordnar nu så att elever från den gården tillbringar några dagar hos en granne.
    .title = Prövat inom lantbruk i Nederländerna

placement-agreement =
    Håll APL-planen så kort att alla läser den. Den anger:

    - parterna och kontaktuppgifterna: { -student(form: "def") }, skolan och arbetsplatsen, med telefonnummer till läraren och { -work-mentor(form: "def") };
    - datum och arbetstider, även eventuellt kvälls-, helg- eller nattarbete;
    - lärandemålen, kopplade till utbildningens delar;
    - de arbetsuppgifter på den här arbetsplatsen som leder mot målen;
    - handledningen: vem som handleder eleven, och vem som ersätter handledaren vid frånvaro;
    - bedömningen: vad som bedöms, hur, när och av vem;
    - försäkringen: vem som täcker olycksfall och skador;
    - vad som händer om problem uppstår, ända fram till att perioden avbryts i förtid;
    - alla tre parters underskrifter.
    .title = Det här innehåller en APL-plan

placement-agreement-note =
    På yrkesprogrammen omfattar APL minst 15 veckor. Enligt gymnasieförordningen ansvarar huvudmannen för att skaffa APL-platser, och eleven ska ha en handledare på arbetsplatsen. Lagen föreskriver ingen mall för APL-planen, så innehållet ovan är ett förslag som skolan och arbetsplatsen anpassar. För elever i gymnasial lärlingsutbildning krävs dessutom ett utbildningskontrakt, se kapitlet om lärlingsutbildning.
    .title = I Sverige

placement-prep-vet-provider =
    1. Kom överens med { -employer(form: "def") } om datum och antal elever flera månader i förväg, och undvik arbetsplatsens mest hektiska veckor.
    2. Gör ett utkast till APL-planen och gå igenom det med handledaren på arbetsplatsen.
    3. Kontrollera försäkringar, säkerhetsreglerna för arbetsuppgifterna och, för elever under 18 år, begränsningarna för arbetstid och arbetsuppgifter.
    4. Berätta för eleven vad hen ska göra en dålig dag: vem hen ska ringa på arbetsplatsen och i skolan.

placement-prep-employer =
    1. Utse en { -work-mentor } och en ersättare, och ge handledaren tid för eleven.
    2. Markera i APL-planen vilka arbetsuppgifter arbetsplatsen kan erbjuda, och vilken månad.
    3. Ordna arbetskläder, passerkort eller nycklar, ett klädskåp och en säkerhetsintroduktion.

placement-prep-student =
    1. Läs APL-planen, fråga om allt som är oklart och skriv under den.
    2. Ring eller besök arbetsplatsen innan ni börjar och presentera er.
    3. Kontrollera resvägen, arbetstiderna och vad ni ska ha på er.

placement-do-vet-provider =
    1. Besök eleven i arbete minst två gånger, tidigt under perioden och före slutet, och ring däremellan.
    2. Hjälp eleven att koppla arbetsuppgifterna till lärandemålen, till exempel med en loggbok.
    3. Agera inom några dagar om eleven eller handledaren rapporterar ett problem.

placement-do-employer =
    1. Börja med en introduktion: människor, regler, säkerhet och de första arbetsuppgifterna.
    2. Låt eleven gå vidare till svårare uppgifter när hen behärskar de enklare.
    3. Ge kort återkoppling varje dag och stäm av utvecklingen med eleven varje vecka.

placement-do-student =
    1. För en loggbok och dela den med handledaren och läraren.
    2. Säg till läraren i tid om arbetsuppgifterna inte stämmer med APL-planen.

placement-follow-up =
    Avsluta perioden med ett trepartssamtal där eleven, handledaren och läraren ser tillbaka på lärandemålen och kommer överens om bedömningen. Be eleven och handledaren om synpunkter på själva APL-perioden, inte bara på eleven, och uppdatera uppgiftsplanen innan nästa elev kommer.

placement-tips =
    Besök eleven när hen faktiskt arbetar, inte bara när chefen har tid. Var uppmärksam på om eleven har blivit billig arbetskraft: fyller samma uppgift utan lärandevärde dagarna ska ni genast prata med handledaren.
    .title = Tips och fallgropar

placement-check-vet-provider-agree-dates = Välj datum utanför arbetsplatsens mest hektiska veckor.
placement-check-vet-provider-draft-agreement = Gör ett utkast till APL-planen med handledaren.
placement-check-vet-provider-check-insurance = Kontrollera försäkring, säkerhetsregler och regler för minderåriga.
placement-check-vet-provider-visit = Besök eleven i arbete minst två gånger: tidigt och mot slutet.
placement-check-vet-provider-call = Ring eleven och handledaren mellan besöken.
placement-check-vet-provider-end-meeting = Håll ett trepartssamtal i slutet av perioden.
placement-check-vet-provider-update-plan = Uppdatera uppgiftsplanen inför nästa elev.

placement-check-employer-name-mentor = Utse en handledare och en ersättare.
placement-check-employer-mark-tasks = Markera vilka uppgifter ni kan erbjuda, månad för månad.
placement-check-employer-induction = Ordna kläder, passerkort och en säkerhetsintroduktion.
placement-check-employer-daily-feedback = Ge eleven kort återkoppling varje dag.
placement-check-employer-weekly-review = Stäm av utvecklingen med eleven varje vecka.
placement-check-employer-sign = Skriv under APL-planen.

placement-check-student-sign-agreement = Läs och skriv under APL-planen.
placement-check-student-introduce = Presentera er för arbetsplatsen innan ni börjar.
placement-check-student-check-travel = Kontrollera resväg, arbetstider och arbetskläder.
placement-check-student-keep-log = Skriv i loggboken varje dag.
placement-check-student-report-problems = Säg till läraren i tid om uppgifterna inte stämmer med planen.
