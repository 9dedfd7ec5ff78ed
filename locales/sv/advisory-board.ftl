## Metod: Programråd med arbetsgivare

advisory-board-title = Programråd med arbetsgivare
    .summary = En fast grupp av arbetsgivare ger ett utbildningsprogram råd om utbildning, APL och utvecklingen i branschen.

advisory-board-intro =
    Ett programråd samlar representanter för flera { -employers } inom en bransch, lärare och skolledare från skolan och ofta även elever. Rådet träffas några gånger om året för att diskutera utbildningen: vad de som tar examen behöver kunna, hur APL fungerar, vilka förändringar som är på väg i branschen och hur parterna kan hjälpa varandra.

    Ett programråd gör många enskilda kontakter till ett gemensamt forum. { -vet-provider(form: "def-start") } får regelbundet höra branschens röst, och arbetsgivarna får inflytande och lär känna varandra. Det fungerar bäst när rådet har en tydlig uppgift och ser att dess råd leder till handling.

advisory-board-example =
    Hotell- och turismprogrammet på en gymnasieskola i Östersund startade ett programråd med två hotell, en skidanläggning, en restaurang och ett eventföretag. Rådet träffades fyra gånger om året, två gånger på skolan och två gånger på någon av medlemmarnas arbetsplatser.

    Redan på första mötet påpekade rådet att APL i november, årets lugnaste månad, gav eleverna en dålig bild av branschen. Skolan flyttade APL till senvintern, när skidsäsongen är som intensivast, och arbetsgivarna lovade extra stöd från handledare under den hektiska perioden. Rådet tog också fram en gemensam lista över gästföreläsare och en gemensam rekryteringsdag varje vår.

    Efter två år var eleverna betydligt nöjdare med sina APL-perioder, och rådets medlemmar anställer nu en stor del av dem som tar examen från programmet.
    .title = Prövat inom hotell och restaurang i Sverige

advisory-board-prep-vet-provider =
    1. Beskriv rådets syfte, uppgifter och gränser i ett kort dokument.
    2. Bjud in en blandning av { -employers }: stora och små, och från olika delar av branschen.
    3. Gör en årsplan för mötena med tydliga teman.

advisory-board-prep-employer =
    1. Välj en representant som kan tala för företaget och delta regelbundet.
    2. Samla in kollegornas synpunkter på utbildning och rekrytering före mötena.
    3. Erbjud er att vara värd för ett möte på er arbetsplats.

advisory-board-prep-student =
    1. Välj en elevrepresentant till rådet.
    2. Samla in andra elevers synpunkter före varje möte.
    3. Läs dagordningen och förbered det ni vill ta upp.

advisory-board-do-vet-provider =
    1. Skicka ut en dagordning i förväg och led mötena effektivt.
    2. Dela med er av underlag: elevantal, APL-platser, synpunkter och hur många som får jobb efter examen.
    3. Skriv korta minnesanteckningar med beslut och vem som gör vad.

advisory-board-do-employer =
    1. Berätta för rådet om förändringar i branschen och vilka kompetenser ni behöver.
    2. Ge ärliga råd och erbjud konkret hjälp, till exempel APL-platser eller gästlektioner.
    3. Berätta om rådets arbete för kollegorna på företaget.

advisory-board-do-student =
    1. Berätta för rådet hur eleverna upplever utbildningen och APL.
    2. Ställ frågor om yrkesval och om branschen.
    3. Återrapportera till de andra eleverna.

advisory-board-follow-up =
    Gör i slutet av varje år en lista över vilka råd programrådet har gett och vad som har förändrats som följd. Dela listan med medlemmarna och med skolledningen, och fråga medlemmarna om rådet är värt deras tid.

    Byt ut en del av medlemmarna då och då, så att nya företag och nya synsätt kommer in.

advisory-board-tips =
    - Korta, fokuserade möten med en tydlig dagordning får upptagna arbetsgivare att fortsätta komma.
    - Visa vad som hände med varje råd, även när svaret blev nej.
    - Träffas ibland på arbetsplatserna; det ger lärarna en inblick i branschen.
    - Låt inte rådet bli ett forum bara för information. Be om råd och se till att de leder till något.
    .title = Tips och fallgropar

advisory-board-check-vet-provider-define-purpose = Beskriv rådets syfte och uppgifter.
advisory-board-check-vet-provider-invite-members = Bjud in en blandad grupp av arbetsgivare.
advisory-board-check-vet-provider-plan-calendar = Gör en årsplan för mötena.
advisory-board-check-vet-provider-share-data = Dela underlag om elever och APL.
advisory-board-check-vet-provider-write-minutes = Skriv korta minnesanteckningar med åtgärder.
advisory-board-check-vet-provider-report-results = Berätta vad som ändrades tack vare råden.

advisory-board-check-employer-choose-representative = Välj en representant som kan delta regelbundet.
advisory-board-check-employer-collect-views = Samla in kollegornas synpunkter före mötena.
advisory-board-check-employer-share-trends = Berätta om förändringar och kompetensbehov i branschen.
advisory-board-check-employer-offer-help = Erbjud konkret hjälp.
advisory-board-check-employer-host-meeting = Var värd för ett möte på er arbetsplats.

advisory-board-check-student-choose-rep = Välj en elevrepresentant.
advisory-board-check-student-collect-views = Samla in andra elevers synpunkter.
advisory-board-check-student-read-agenda = Läs dagordningen och förbered er.
advisory-board-check-student-speak = Berätta hur eleverna upplever utbildningen.
advisory-board-check-student-report-back = Återrapportera till de andra eleverna.
