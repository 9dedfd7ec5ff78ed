## Metod: Stolt att vara handledare

mentor-title = Stolt att vara handledare
    .summary = Välj ut, utbilda och stötta en { -work-mentor } som vägleder varje elev på arbetsplatsen.

mentor-intro =
    En { -work-mentor }, i vissa länder kallad lärmästare, planerar elevens arbetsuppgifter på arbetsplatsen, visar hur arbetet går till, ger återkoppling och deltar i bedömningen. Bra handledning uppstår inte av en slump: handledare behöver tid, en tydlig roll och viss utbildning.

    I den här metoden utbildar { -vet-provider(form: "def") } och { -employer(form: "def") } handledarna tillsammans och kommer överens om vem som handleder vilken elev. Utbildningen kan ges på plats, på distans eller som en blandning, så att upptagna medarbetare kan delta från sin egen arbetsplats. Trygga handledare ger bättre lärande och medarbetare som är stolta över att föra sitt kunnande vidare.

mentor-example =
    En yrkesskola i Jyväskylä och fyra äldreboenden märkte att de undersköterskor som handledde elever kände sig osäkra på bedömningen. Tillsammans byggde de upp en webbkurs: fyra träffar på nittio minuter under sex veckor, med en liten uppgift att pröva mellan träffarna. Cheferna på äldreboendena valde ut deltagarna och lade in träffarna i arbetsschemat.

    Träffarna handlade om utbildningens lärandemål, elevens första vecka, användbar återkoppling och yrkesprov. En lärare och en erfaren handledare från ett av boendena ledde varje träff tillsammans, vilket gjorde att exemplen hölls verklighetsnära.

    Tjugotvå undersköterskor fick intyg vid en liten ceremoni. Eleverna terminen därpå sa att deras handledare förklarade mer och gav återkoppling tidigare, och två av boendena skickar nu alla nya handledare på kursen.
    .title = Prövat inom vård och omsorg i Finland

mentor-prep-vet-provider =
    1. Kom överens med { -employer(form: "def") } om hur många handledare som behövs, och när.
    2. Planera en kort kurs tillsammans med en erfaren { -work-mentor }: lärandemål, den första veckan, återkoppling, bedömning och säkerhet.
    3. Välj form (på plats, på distans eller en blandning) och gör i ordning den digitala lärplattformen.
    4. Ta fram en sammanfattning av utbildningen på en sida för handledarna.

mentor-prep-employer =
    1. Välj medarbetare som vill handleda och har tålamod för det.
    2. Avsätt tid för kursen och för handledningen i arbetsschemat.
    3. Berätta för hela arbetslaget vilka som är handledare och vad de gör.

mentor-prep-student =
    1. Ta reda på vem som blir { -work-mentor } och hur ni når hen.
    2. Läs lärandemålen och fundera på vad ni helst vill lära er.
    3. Förbered en kort presentation av er själva: kunskaper, erfarenheter och frågor.

mentor-do-vet-provider =
    1. Led träffarna tillsammans med en handledare från arbetsplatsen som medledare.
    2. Ge handledarna små uppgifter att pröva med sina elever mellan träffarna.
    3. Håll kontakten med varje handledare under elevens period och svara snabbt på frågor.

mentor-do-employer =
    1. Låt handledarna gå kursen på arbetstid.
    2. Planera arbetspassen så att handledare och elev arbetar tillsammans, åtminstone i början.
    3. Fråga handledarna regelbundet hur det går, och låt dem delta i bedömningen.

mentor-do-student =
    1. Kom överens med handledaren om när ni ska få återkoppling.
    2. Berätta för handledaren vad ni redan kan och vad som fortfarande är svårt.
    3. För en kort loggbok över vad ni lär er och gå igenom den med handledaren varje vecka.

mentor-follow-up =
    Fråga handledarna efter kursen hur säkra de nu känner sig när det gäller planering, återkoppling och bedömning, och fråga eleverna om handledningen har förändrats. En kort enkät före kursen ger er en utgångspunkt att jämföra med.

    Uppmärksamma handledarnas arbete: ett intyg, ett omnämnande i personaltidningen eller en tackfika kostar lite men betyder mycket. För en lista över utbildade handledare och erbjud en kort repetitionsträff en gång om året.

mentor-tips =
    - Håll träffarna korta och praktiska; handledare lär sig mest av verkliga fall.
    - Spela in webbträffarna så att de som arbetar skift kan ta igen dem.
    - Handledning utan avsatt tid är det första som faller bort en stressig dag.
    - Para ihop en ny handledare med en erfaren inför den första eleven.
    .title = Tips och fallgropar

mentor-check-vet-provider-agree-numbers = Kom överens om hur många handledare som behövs, och när.
mentor-check-vet-provider-plan-course = Planera kursen tillsammans med en erfaren handledare.
mentor-check-vet-provider-set-up-online = Testa den digitala plattformen före första träffen.
mentor-check-vet-provider-share-summary = Ge handledarna en sammanfattning av lärandemålen.
mentor-check-vet-provider-keep-in-touch = Kontakta varje handledare under elevens period.
mentor-check-vet-provider-collect-feedback = Samla in synpunkter från handledare och elever.

mentor-check-employer-choose-mentors = Välj handledare som vill ha uppdraget.
mentor-check-employer-book-time = Avsätt tid för handledning i arbetsschemat.
mentor-check-employer-inform-team = Berätta för arbetslaget vilka som är handledare.
mentor-check-employer-plan-shifts = Planera gemensamma arbetspass för handledare och elev.
mentor-check-employer-join-assessment = Låt handledaren delta i bedömningen.
mentor-check-employer-recognise-mentors = Tacka handledarna öppet.

mentor-check-student-know-mentor = Ta reda på vem som blir handledare.
mentor-check-student-read-goals = Läs lärandemålen innan ni börjar.
mentor-check-student-agree-feedback = Kom överens om när ni får återkoppling.
mentor-check-student-keep-log = För en loggbok och gå igenom den varje vecka.
mentor-check-student-give-feedback = Berätta för handledaren vad som hjälper er att lära.
