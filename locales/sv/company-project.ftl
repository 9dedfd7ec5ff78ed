## Metod: Verkliga uppdrag från företag

company-project-title = Verkliga uppdrag från företag
    .summary = Eleverna löser en verklig uppgift åt ett företag som ett projekt, med företaget som beställare.

company-project-intro =
    I ett företagsprojekt ger en { -employer } eleverna ett verkligt uppdrag: en marknadsföringsplan, en produkt, en reparation, en meny, en trädgårdsplanering eller en analys av en arbetsprocess. Eleverna arbetar i grupper, ofta i skolan, och presenterar resultatet för företaget precis som för en kund.

    Eleverna övar planering, samarbete, kundkontakt och att hålla tidsplaner samtidigt som de tränar sina yrkeskunskaper, och de vet att en riktig kund kommer att bedöma deras arbete. Företaget får nya idéer och en inblick i möjliga framtida medarbetare, och läraren får ett autentiskt uppdrag som passar lärandemålen.

company-project-example =
    Elever på handelsutbildningen vid en yrkesskola i Tammerfors (Tampere) tog på sig ett uppdrag från ett familjeägt bageri som ville nå yngre kunder. Ägaren träffade klassen i bageriet, berättade dess historia och gav uppdraget: idéer till kampanjer i sociala medier och i butiken, med en liten budget.

    Grupper om fyra elever arbetade i sex veckor. Varje vecka skickade en gruppmedlem en kort lägesrapport till ägaren, och halvvägs besökte ägaren skolan för att kommentera de första idéerna. Den sista veckan presenterade grupperna sina planer i bageriets kafé, inför ägaren och två medarbetare.

    Bageriet genomförde en av gruppernas kampanjer samma höst och fick fler unga kunder på helgerna. Eleverna fick ett skriftligt omdöme från ägaren, och skolan har nu en kö av lokala företag som erbjuder projekt.
    .title = Prövat inom handel och administration i Finland

company-project-prep-vet-provider =
    1. Hitta ett företag med en uppgift som stämmer med lärandemålen och har en rimlig omfattning.
    2. Skriv en uppdragsbeskrivning tillsammans med { -employer(form: "def") }: mål, resultat, tidsgräns, budget och kontaktperson.
    3. Kom överens om hur arbetet ska bedömas och vem som äger resultatet.

company-project-prep-employer =
    1. Välj en verklig uppgift som ni annars skulle lösa själva eller köpa utifrån.
    2. Utse en kontaktperson och kom överens om hur ofta hen är tillgänglig.
    3. Ta fram den information och det material som eleverna behöver.

company-project-prep-student =
    1. Läs uppdragsbeskrivningen noga och skriv ner era frågor till beställaren.
    2. Bilda en grupp och kom överens om roller och arbetsregler.
    3. Gör en projektplan med delmål.

company-project-do-vet-provider =
    1. Coacha grupperna och se till att de håller tidsplanen.
    2. Se till att beställaren får regelbundna lägesrapporter.
    3. Bedöm både arbetsprocessen och resultatet.

company-project-do-employer =
    1. Presentera uppdraget personligen, helst på er arbetsplats.
    2. Svara på frågor och kommentera idéerna vid de överenskomna tillfällena.
    3. Delta i slutpresentationen och ge ärlig återkoppling.

company-project-do-student =
    1. Arbeta enligt planen och håll beställaren informerad.
    2. Be om återkoppling hellre tidigt än sent.
    3. Presentera resultatet professionellt, som ni skulle göra för en betalande kund.

company-project-follow-up =
    Håll en kort utvärdering med företaget och läraren efter presentationen: uppfyllde resultatet uppdragsbeskrivningen, och var arbetsinsatsen rimlig för båda sidor? Eleverna reflekterar över vad de har lärt sig om sitt yrke och om att arbeta åt en kund.

    Berätta för företaget vilka delar av projektet eleverna uppskattade, och låt företaget berätta för eleverna vad det tänker använda. Om företaget genomför något av resultaten är det värt att berätta om det i båda verksamheterna.

company-project-tips =
    - Håll omfattningen realistisk utifrån den tid och de kunskaper som finns.
    - Kom skriftligt överens om äganderätt och sekretess innan arbetet börjar.
    - En beställare som aldrig svarar förstör ett projekt. Kom i förväg överens om tider för kontakt.
    - Lova inte att företaget kommer att använda resultaten.
    .title = Tips och fallgropar

company-project-check-vet-provider-find-task = Hitta en uppgift som stämmer med lärandemålen.
company-project-check-vet-provider-write-brief = Skriv uppdragsbeskrivningen tillsammans med företaget.
company-project-check-vet-provider-agree-ownership = Kom överens om äganderätt och sekretess.
company-project-check-vet-provider-coach-teams = Coacha grupperna och se till att de håller tidsplanen.
company-project-check-vet-provider-assess = Bedöm både arbetsprocessen och resultatet.

company-project-check-employer-choose-task = Välj en verklig uppgift med rimlig omfattning.
company-project-check-employer-name-contact = Utse en kontaktperson och kom överens om tillgänglighet.
company-project-check-employer-launch = Presentera uppdraget personligen.
company-project-check-employer-comment = Kommentera idéerna vid de överenskomna tillfällena.
company-project-check-employer-attend-pitch = Delta i slutpresentationen.

company-project-check-student-read-brief = Läs uppdragsbeskrivningen och skriv ner era frågor.
company-project-check-student-agree-roles = Kom överens om roller och regler i gruppen.
company-project-check-student-plan = Gör en projektplan med delmål.
company-project-check-student-update-client = Håll beställaren informerad.
company-project-check-student-present = Presentera resultatet professionellt.
