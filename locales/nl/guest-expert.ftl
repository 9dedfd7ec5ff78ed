## Methode: Gastdocenten uit de praktijk

guest-expert-title = Gastdocenten uit de praktijk
    .summary = Mensen uit het werkveld geven les op school en brengen de actuele praktijk de klas in.

guest-expert-intro =
    Een gastdocent is iemand van een bedrijf of publieke organisatie die een of meer lessen op school verzorgt: een presentatie, een workshop of een korte reeks lessen. Studenten horen van iemand die het werk elke dag doet hoe het vak er nu uitziet, welke vaardigheden ertoe doen en waar een loopbaan in de sector naartoe kan leiden.

    Het vraagt weinig van { -employer(form: "def") }, vaak een halve dag, en het is een van de makkelijkste manieren waarop een nieuw partnerschap kan beginnen. Voor { -vet-provider(form: "def") } is een geslaagd bezoek vaak de eerste stap naar stages of gezamenlijke projecten met hetzelfde bedrijf.

guest-expert-example =
    Bij een economieopleiding van een middelbare school in Gävle zagen de leerlingen boekhouden als droge theorie. De docent nodigde drie professionals uit de regio uit, een accountant, een bankadviseur en de eigenaar van een kleine sportwinkel, om in de loop van een semester elk twee lessen te geven.

    Het eerste bezoek liep slecht. De bankadviseur had alleen gehoord: ‘vertel over je werk’, en hij gaf de presentatie waarmee zijn bank studentenrekeningen verkoopt; na twintig minuten luisterde de halve klas niet meer. Voor de andere bezoeken stuurde de docent elke gast een week van tevoren een informatieblad van één pagina: het onderwerp, wat de groep al wist, de vragen van de leerlingen en één opdracht die de leerlingen zelf zouden doen. De accountant nam echte bonnen en facturen mee, zonder namen, die de leerlingen moesten verwerken, en liet daarna zien hoe hetzelfde werk gaat in het boekhoudpakket van haar kantoor.

    De bankadviseur kwam in het voorjaar terug met zo’n informatieblad, en de leerlingen vonden zijn tweede les de beste van het semester. Het accountantskantoor bood het jaar daarop twee leerlingen een stageplaats.
    .title = Uitgeprobeerd in economie en handel, Zweden

guest-expert-prep-vet-provider =
    1. Bepaal welke leerdoelen het bezoek moet ondersteunen, en wat u niet wilt (een bedrijfspresentatie is zelden nuttig).
    2. Nodig de gastdocent uit. Spreek de datum en de duur af, en of de school een vergoeding of reiskosten betaalt.
    3. Stuur een week van tevoren een kort informatieblad: het onderwerp, de leeftijd en het niveau van de groep en wat ze al weten, de vragen van de studenten en de apparatuur in het lokaal.
    4. Neemt de gastdocent gereedschap, machines of stoffen mee, controleer die dan aan de hand van de veiligheidsregels van de school.

guest-expert-prep-employer =
    1. Kies iemand die het werk doet en het graag uitlegt; enthousiasme is belangrijker dan senioriteit.
    2. Geef hem of haar tijd om zich voor te bereiden, niet alleen de uren van het bezoek.
    3. Kies echte materialen, gereedschappen of documenten om mee te nemen, en haal klantnamen en andere persoonsgegevens weg uit alles wat studenten te zien krijgen.

guest-expert-prep-student =
    1. Zoek uit wat het bedrijf van de gastdocent doet.
    2. Stuur de docent minstens één vraag voor de gastdocent.

guest-expert-do-vet-provider =
    1. Stel de gastdocent voor en vertel waarom hij of zij er is en waar de groep mee bezig is.
    2. Blijf de hele les in het lokaal: u blijft verantwoordelijk voor de groep, en u kunt wat de gastdocent vertelt koppelen aan de opleiding.
    3. Houd aan het eind tien minuten over voor vragen.

guest-expert-do-employer =
    1. Vertel echte verhalen uit het werk, ook over wat er misging en hoe u dat hebt opgelost.
    2. Geef studenten iets te doen, met hun handen of hun hoofd, en niet alleen iets om naar te luisteren.
    3. Vertel studenten waar uw bedrijf op let als het mensen aanneemt.

guest-expert-do-student =
    1. Schrijf twee dingen op die je nog niet wist.
    2. Stel je vraag, en een vervolgvraag als het antwoord vaag was.
    3. Bedank de gastdocent, en vraag naar stages of vakantiewerk als je interesse hebt.

guest-expert-follow-up =
    Vraag de studenten in de volgende les wat ze hebben onthouden, en gebruik dat. Stuur de gastdocent een bedankje met een paar reacties van studenten, en vraag wat een tweede bezoek makkelijker zou maken. Is het goed bevallen, vraag dan naar een nieuw bezoek, een bedrijfsbezoek of stageplaatsen.

guest-expert-tips =
    - Een duidelijk onderwerp en een tijdslimiet zijn belangrijker dan een bekende naam.
    - Houd schoolbreed een gedeelde lijst van gastdocenten bij, zodat de contacten van een docent niet verloren gaan als hij of zij vertrekt, en zodat niet vijf docenten in één maand hetzelfde bedrijf benaderen.
    .title = Tips en valkuilen

guest-expert-check-vet-provider-pick-goals = Kies de leerdoelen die het bezoek ondersteunt.
guest-expert-check-vet-provider-invite = Spreek onderwerp, datum, duur en een eventuele vergoeding af.
guest-expert-check-vet-provider-brief-expert = Stuur een week van tevoren een informatieblad van één pagina.
guest-expert-check-vet-provider-send-questions = Zet de vragen van de studenten op het informatieblad.
guest-expert-check-vet-provider-check-safety = Toets gereedschap of stoffen aan de schoolregels.
guest-expert-check-vet-provider-stay = Blijf de hele les in het lokaal.
guest-expert-check-vet-provider-thank = Stuur een bedankje met reacties van studenten.

guest-expert-check-employer-choose-person = Kies iemand die het werk graag uitlegt.
guest-expert-check-employer-give-time = Geef hem of haar tijd om zich voor te bereiden.
guest-expert-check-employer-bring-materials = Kies echte materialen of gereedschappen om mee te nemen.
guest-expert-check-employer-agree-limits = Haal klantnamen en gegevens uit de voorbeelden.
guest-expert-check-employer-active-task = Bedenk één opdracht die de studenten zelf doen.
guest-expert-check-employer-hiring = Vertel studenten waar u op let bij het aannemen.

guest-expert-check-student-research = Zoek uit wat het bedrijf van de gastdocent doet.
guest-expert-check-student-send-question = Stuur de docent vooraf één vraag.
guest-expert-check-student-take-notes = Schrijf twee dingen op die je nog niet wist.
guest-expert-check-student-ask = Stel je vraag, en een vervolgvraag.
guest-expert-check-student-thank = Bedank de gastdocent; vraag naar stages.
