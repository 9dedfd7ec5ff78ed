## Methode: De werkveldcommissie

advisory-board-title = De werkveldcommissie
    .summary = Een vaste groep werkgevers adviseert een opleiding over onderwijs, stages en ontwikkelingen in het vak.

advisory-board-intro =
    Een werkveldcommissie brengt verschillende { -employers } uit een sector samen met docenten en managers van de school, en vaak ook met een student. De commissie komt een paar keer per jaar bij elkaar om te bespreken wat gediplomeerden nodig hebben, hoe de stages lopen en wat er in het vak verandert.

    Een commissie maakt van veel losse contacten één gezamenlijk overleg: { -vet-provider(form: "def") } hoort regelmatig wat er in de sector speelt, en werkgevers krijgen invloed en leren elkaar kennen. Ze blijft alleen bestaan zolang de leden zien dat hun adviezen ergens toe leiden.

advisory-board-local-name =
    Mbo-scholen in Nederland noemen zo’n commissie meestal een werkveldcommissie of beroepenveldcommissie. Op landelijk niveau overleggen onderwijs en bedrijfsleven in de sectorkamers van SBB. In Vlaanderen overleggen onderwijs- en werkpartners over duaal leren in het Vlaams Partnerschap Duaal Leren en in de sectorale partnerschappen.
    .title = In Nederland en Vlaanderen

advisory-board-example =
    Een opleiding horeca en toerisme van een middelbare school in Östersund richtte een commissie op met twee hotels, een skigebied, een restaurant en een evenementenbureau. De commissie kwam vier keer per jaar bij elkaar, twee keer op school en twee keer bij een van de leden.

    In de eerste bijeenkomst zeiden de werkgevers dat stages begin november, als hotels en skigebied bijna leeg zijn, de leerlingen een slecht beeld van het vak gaven. De school stelde februari voor, maar de werkgevers weigerden: in de drukste weken zou niemand tijd hebben om een leerling te begeleiden. De commissie koos voor kortere stages van drie weken vanaf eind november, als het seizoen begint en de seizoenskrachten worden ingewerkt. De leerlingen doen mee aan die inwerktraining en werken de openingsweekenden mee.

    De leerlingen waardeerden deze stages duidelijk hoger. De commissie zelf verwaterde bijna in het tweede jaar, toen de school in de bijeenkomsten vooral verslag uitbracht; ze ging terug naar drie bijeenkomsten per jaar, elk met één vraag om over te beslissen.
    .title = Uitgeprobeerd in de horeca, Zweden

advisory-board-prep-vet-provider =
    1. Beschrijf de opdracht van de commissie op één pagina: waarover ze adviseert, waarover ze niet beslist, en hoelang leden zitting hebben.
    2. Nodig een gemengde groep { -employers } uit: groot en klein, uit verschillende delen van de sector.
    3. Leg de data van het jaar vast, elk met één vraag waarover de commissie beslist.

advisory-board-prep-employer =
    1. Stuur iemand die namens het bedrijf kan spreken en de data kan vrijhouden.
    2. Vraag vóór elke bijeenkomst collega’s naar de vraag die op tafel ligt, bijvoorbeeld wat nieuwe medewerkers uit de opleiding missen.

advisory-board-prep-student =
    1. Kies een studentvertegenwoordiger en een plaatsvervanger.
    2. Verzamel de meningen van andere studenten over de vraag van de bijeenkomst.

advisory-board-do-vet-provider =
    1. Stuur de agenda en de cijfers een week van tevoren rond: studentenaantallen, stages, feedback en hoeveel gediplomeerden werk vinden.
    2. Zit de bijeenkomst voor met het oog op besluiten: sluit elk punt af met wie wat doet, en wanneer.
    3. Vertel in de volgende bijeenkomst wat er met elk advies is gebeurd, ook wat u besloten hebt niet te doen, en waarom.

advisory-board-do-employer =
    1. Vertel de commissie wat er in uw vak verandert, met voorbeelden.
    2. Bied concrete hulp aan: stageplaatsen, gastlessen of apparatuur.

advisory-board-do-student =
    1. Spreek namens de studenten, niet alleen voor jezelf.
    2. Koppel binnen een week terug naar de andere studenten.

advisory-board-follow-up =
    Zet eens per jaar op een rij wat de commissie heeft geadviseerd en wat er daardoor is veranderd, en vraag de leden of de commissie hun tijd waard is. Vernieuw om de paar jaar een deel van de leden, zodat er nieuwe bedrijven en ideeën bij komen.

advisory-board-tips =
    - Korte bijeenkomsten met elk één besluit zorgen dat drukke werkgevers blijven komen.
    - Kom af en toe op een werkplek bij elkaar: docenten zien het vak, en werkgevers zien elkaars werk.
    - Het advies van werkgevers kan botsen met het leren van studenten, bijvoorbeeld de wens om extra handen in het drukke seizoen. Toets adviezen aan de leerdoelen voordat u ze uitvoert.
    .title = Tips en valkuilen

advisory-board-check-vet-provider-define-purpose = Beschrijf de opdracht van de commissie op één pagina.
advisory-board-check-vet-provider-invite-members = Nodig grote en kleine werkgevers uit de sector uit.
advisory-board-check-vet-provider-plan-calendar = Leg de data van het jaar vast, elk met één vraag.
advisory-board-check-vet-provider-share-data = Stuur agenda en cijfers een week van tevoren rond.
advisory-board-check-vet-provider-write-minutes = Sluit elk punt af met wie wat doet, en wanneer.
advisory-board-check-vet-provider-report-results = Vertel wat er met elk advies is gebeurd.

advisory-board-check-employer-choose-representative = Stuur iemand die namens het bedrijf kan spreken.
advisory-board-check-employer-collect-views = Leg de vraag van de bijeenkomst eerst aan collega’s voor.
advisory-board-check-employer-share-trends = Neem een voorbeeld mee van een verandering in uw vak.
advisory-board-check-employer-offer-help = Bied een stageplaats, gastles of apparatuur aan.
advisory-board-check-employer-host-meeting = Ontvang de commissie één keer in uw bedrijf.

advisory-board-check-student-choose-rep = Kies een vertegenwoordiger en een plaatsvervanger.
advisory-board-check-student-collect-views = Verzamel de meningen van studenten over de vraag.
advisory-board-check-student-read-agenda = Lees de agenda en de cijfers vooraf.
advisory-board-check-student-speak = Spreek namens de studenten, niet alleen voor jezelf.
advisory-board-check-student-report-back = Koppel binnen een week terug naar andere studenten.
