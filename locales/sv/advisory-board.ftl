## Metod: Programråd med arbetsgivare

advisory-board-title = Programråd med arbetsgivare
    .summary = En fast grupp av arbetsgivare ger ett program råd om utbildning, APL och utvecklingen i branschen.

advisory-board-intro =
    Ett programråd samlar flera { -employers } inom en bransch, lärare och skolledare från skolan och ofta en elev. Rådet träffas några gånger om året och diskuterar vad de som tar examen behöver kunna, hur APL fungerar och vad som förändras i yrket.

    Ett programråd gör många enskilda kontakter till ett gemensamt forum: { -vet-provider(form: "def") } får regelbundet höra branschens röst, och arbetsgivarna får inflytande och lär känna varandra. Rådet lever bara så länge medlemmarna ser att deras råd leder någonstans.

advisory-board-local-name =
    Enligt gymnasieförordningen ska huvudmannen ha ett eller flera programråd för samverkan med arbetslivet inom sina yrkesprogram. Skolverket har dessutom ett nationellt programråd för varje yrkesprogram, med företrädare för branschen.
    .title = I Sverige

advisory-board-example =
    Hotell- och turismprogrammet på en gymnasieskola i Östersund startade ett programråd med två hotell, en skidanläggning, en restaurang och ett eventföretag. Rådet träffades fyra gånger om året, två gånger på skolan och två gånger på någon av medlemmarnas arbetsplatser.

    På det första mötet sa arbetsgivarna att APL i början av november, när hotellen och skidanläggningen står nästan tomma, gav eleverna en dålig bild av branschen. Skolan föreslog februari i stället, men arbetsgivarna sa nej: under högsäsongens toppveckor skulle ingen ha tid att handleda en elev. Rådet enades om kortare APL-perioder på tre veckor från slutet av november, när säsongen öppnar och säsongspersonalen utbildas. Eleverna går med i den utbildningen och arbetar under premiärhelgerna.

    Eleverna var klart nöjdare med de nya APL-perioderna. Själva rådet höll på att somna in under det andra året, när mötena blev till rapporter från skolan. Det gick ner till tre möten om året, vart och ett med en fråga att besluta om.
    .title = Prövat inom hotell och turism i Sverige

advisory-board-prep-vet-provider =
    1. Skriv ett uppdrag på en sida: vad rådet ger råd om, vad det inte beslutar om och hur länge medlemmarna sitter.
    2. Bjud in en blandning av { -employers }: stora och små, från olika delar av branschen.
    3. Bestäm årets mötesdatum, vart och ett med en fråga som rådet ska ta ställning till.

advisory-board-prep-employer =
    1. Skicka någon som kan föra företagets talan och kan komma på de bestämda datumen.
    2. Fråga kollegorna om mötets fråga före varje möte, till exempel vad nyanställda från programmet saknar.

advisory-board-prep-student =
    1. Välj en elevrepresentant och en ersättare.
    2. Samla in andra elevers synpunkter på mötets fråga.

advisory-board-do-vet-provider =
    1. Skicka dagordningen och siffrorna en vecka i förväg: elevantal, APL-platser, synpunkter och hur många som fått arbete efter examen.
    2. Led mötet mot beslut: avsluta varje punkt med vem som gör vad och när.
    3. Redovisa på nästa möte vad som hände med varje råd, även vad ni beslutade att inte göra och varför.

advisory-board-do-employer =
    1. Berätta för rådet vad som förändras i er bransch, med exempel.
    2. Erbjud konkret hjälp: APL-platser, gästlektioner eller utrustning.

advisory-board-do-student =
    1. Tala för eleverna, inte bara för er själva.
    2. Återrapportera till de andra eleverna inom en vecka.

advisory-board-follow-up =
    Gör en gång om året en lista över vilka råd programrådet har gett och vad som har förändrats som följd, och fråga medlemmarna om rådet är värt deras tid. Byt ut en del av medlemmarna med några års mellanrum, så att nya företag och nya synsätt kommer in.

advisory-board-tips =
    - Korta möten med ett beslut vardera får upptagna arbetsgivare att fortsätta komma.
    - Träffas ibland på arbetsplatserna: lärarna ser branschen, och arbetsgivarna ser varandras verksamheter.
    - Arbetsgivarnas råd kan krocka med elevernas lärande, till exempel när de önskar extra arbetskraft under högsäsongen. Pröva råden mot lärandemålen innan ni följer dem.
    .title = Tips och fallgropar

advisory-board-check-vet-provider-define-purpose = Skriv rådets uppdrag på en sida.
advisory-board-check-vet-provider-invite-members = Bjud in stora och små arbetsgivare i branschen.
advisory-board-check-vet-provider-plan-calendar = Bestäm årets datum, vart och ett med en fråga.
advisory-board-check-vet-provider-share-data = Skicka dagordning och siffror en vecka före mötet.
advisory-board-check-vet-provider-write-minutes = Avsluta varje punkt med vem som gör vad och när.
advisory-board-check-vet-provider-report-results = Redovisa vad som hände med varje råd.

advisory-board-check-employer-choose-representative = Skicka någon som kan föra företagets talan.
advisory-board-check-employer-collect-views = Fråga kollegorna om mötets fråga i förväg.
advisory-board-check-employer-share-trends = Ta med ett exempel på en förändring i branschen.
advisory-board-check-employer-offer-help = Erbjud en APL-plats, en gästlektion eller utrustning.
advisory-board-check-employer-host-meeting = Var värd för ett möte på er arbetsplats.

advisory-board-check-student-choose-rep = Välj en representant och en ersättare.
advisory-board-check-student-collect-views = Samla in elevernas synpunkter på mötets fråga.
advisory-board-check-student-read-agenda = Läs dagordningen och siffrorna i förväg.
advisory-board-check-student-speak = Tala för eleverna, inte bara för er själva.
advisory-board-check-student-report-back = Återrapportera till de andra eleverna inom en vecka.
