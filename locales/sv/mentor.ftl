## Metod: Stolt att vara handledare

mentor-title = Stolt att vara handledare
    .summary = Välj ut, utbilda och stötta en { -work-mentor } som vägleder varje elev på arbetsplatsen.

mentor-intro =
    En { -work-mentor }, i vissa länder kallad lärmästare, planerar elevens arbetsuppgifter på arbetsplatsen, visar hur arbetet går till, ger återkoppling och deltar i bedömningen. I den här metoden väljer { -vet-provider(form: "def") } och { -employer(form: "def") } ut handledarna tillsammans, utbildar dem i en kort kurs som kan ges på plats eller på distans, och kommer överens om vem som handleder vilken elev. Bra handledning uppstår inte av en slump: handledare behöver tid i arbetsschemat, en tydlig roll och den trygghet som utbildning ger.

mentor-example =
    En yrkesskola i Jyväskylä och fyra äldreboenden märkte att de undersköterskor som handledde elever kände sig osäkra på bedömningen. Tillsammans byggde de upp en webbkurs: fyra träffar på nittio minuter under sex veckor, ledda av en lärare och en erfaren handledare, med en liten uppgift att pröva mellan träffarna.

    Den första omgången gick dåligt för nattpersonalen. Träffarna låg tidigt på eftermiddagen, och undersköterskor som kom från nattpass missade dem eller deltog halvsovande. Parterna flyttade träffarna till den timme då dag- och kvällspassen överlappar, och spelade in dem för dem som inte kunde delta. Inspelningarna skapade ett nytt problem: de bästa diskussionerna handlade om verkliga boende. Från den andra träffen berättades fallen utan namn eller detaljer som kunde identifiera någon, alla närvarande gick med på inspelningen, och bara kursdeltagarna kunde se den.

    Tjugotvå av de trettio undersköterskor som började gick hela kursen. De flesta som hoppade av arbetade natt, och boendena har ännu inte hittat en form som passar dem.
    .title = Prövat inom vård och omsorg i Finland

mentor-prep-vet-provider =
    1. Kom överens med { -employer(form: "def") } om vilka medarbetare som ska handleda vilka elever, och vilka veckor. Lägg elevernas perioder utanför arbetsplatsens mest hektiska säsonger: när det är som mest att göra har ingen tid att handleda en elev.
    2. Planera kursen tillsammans med en erfaren { -work-mentor }: lärandemålen, elevens första vecka, återkoppling, bedömning och säkerhet.
    3. Skriv en sammanfattning av utbildningen på en sida, på arbetsplatsens språk och inte med styrdokumentens begrepp.

mentor-prep-employer =
    1. Be om frivilliga i stället för att dela ut rollen: tålamod och ett stabilt schema betyder mer än lång anställningstid.
    2. Lägg in kursträffarna och regelbunden tid för handledning av varje elev i arbetsschemat.
    3. Berätta för arbetslaget vem som handleder vem, så att kollegorna kan täcka upp och eleven vet vem mer hen kan fråga.

mentor-prep-student =
    1. Ta före första dagen reda på handledarens namn och hur ni når hen.
    2. Markera de två eller tre lärandemål som ni helst vill arbeta med.
    3. Förbered några meningar om vad ni redan kan och vad ni ännu inte har prövat.

mentor-do-vet-provider =
    1. Led varje träff tillsammans med en handledare från arbetsplatsen som medledare, och bygg den på deltagarnas egna, avidentifierade fall.
    2. Ge en liten uppgift mellan träffarna, till exempel att planera en elevs första dag, och börja nästa träff med hur det gick.
    3. Ring varje ny handledare under elevens första vecka, och svara på frågor inom en arbetsdag.

mentor-do-employer =
    1. Låt handledarna delta på arbetstid och ordna ersättare för dem.
    2. Schemalägg handledare och elev på samma arbetspass, åtminstone de första veckorna.
    3. Bjud in handledaren till bedömningssamtalet och ge hen tid att förbereda sig.

mentor-do-student =
    1. Kom överens med handledaren om en fast tid för återkoppling, till exempel tio minuter i slutet av varje pass.
    2. Säg ärligt vad som fortfarande är svårt; handledaren kan bara anpassa uppgifterna om hen vet det.
    3. Ta med loggboken till ett samtal med handledaren varje vecka.

mentor-recordings =
    Träffar som bygger på verkliga vård- eller kundfall kan lämna ut människor som aldrig har gått med på det. Berätta fallen utan namn eller detaljer som kan identifiera någon. Spela bara in en träff när alla närvarande har gått med på det, tala om vem som får se inspelningen och hur länge den sparas, och förvara den där bara deltagarna kommer åt den.
    .title = Verkliga fall och inspelningar

mentor-follow-up =
    En kort enkät till handledarna före och efter kursen visar om de känner sig tryggare i planering, återkoppling och bedömning; fråga också eleverna om handledningen har förändrats. Håll en förteckning över utbildade handledare, erbjud en kort repetitionsträff en gång om året och uppmärksamma handledarnas arbete: ett intyg eller ett tack på ett personalmöte kostar lite.

mentor-tips =
    Para ihop en ny handledare med en erfaren inför den första eleven. Handledning utan tid i schemat är det första som faller bort en stressig dag, så skydda den tiden före allt annat.
    .title = Tips och fallgropar

mentor-check-vet-provider-agree-numbers = Kom överens med arbetsgivaren om vem som handleder vem, och när.
mentor-check-vet-provider-plan-course = Planera kursen med en erfaren handledare som medledare.
mentor-check-vet-provider-share-summary = Skicka handledarna en sammanfattning av lärandemålen på en sida.
mentor-check-vet-provider-set-up-online = Testa länken och inspelningen före första träffen.
mentor-check-vet-provider-consent = Få allas samtycke innan en träff spelas in.
mentor-check-vet-provider-keep-in-touch = Ring varje ny handledare under elevens första vecka.
mentor-check-vet-provider-collect-feedback = Gör en enkät till handledarna före och efter kursen.

mentor-check-employer-choose-mentors = Be om frivilliga handledare; dela inte ut rollen.
mentor-check-employer-avoid-peak = Lägg elevernas perioder utanför högsäsongen.
mentor-check-employer-book-time = Lägg in kursträffar och handledningstid i schemat.
mentor-check-employer-inform-team = Berätta för arbetslaget vem som handleder vilken elev.
mentor-check-employer-plan-shifts = Schemalägg handledare och elev på samma pass i början.
mentor-check-employer-join-assessment = Bjud in handledaren till bedömningssamtalet.
mentor-check-employer-recognise-mentors = Tacka handledarna öppet, t.ex. på ett personalmöte.

mentor-check-student-know-mentor = Ta reda på handledarens namn och telefonnummer.
mentor-check-student-read-goals = Markera de lärandemål ni helst vill arbeta med.
mentor-check-student-agree-feedback = Kom överens med handledaren om en fast tid för återkoppling.
mentor-check-student-keep-log = Ta med loggboken till ett samtal varje vecka.
mentor-check-student-give-feedback = Berätta för handledaren vad som hjälper er att lära.
