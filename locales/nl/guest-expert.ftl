## Methode: Gastdocenten uit de praktijk

guest-expert-title = Gastdocenten uit de praktijk
    .summary = Mensen uit het werkveld geven les op school en brengen de actuele praktijk de klas in.

guest-expert-intro =
    Een gastdocent is iemand van een bedrijf of publieke organisatie die een of meer lessen op school verzorgt. Dat kan één presentatie zijn, een workshop of een korte reeks lessen. De gastdocent laat zien hoe het vak vandaag de dag werkt, welke vaardigheden ertoe doen en hoe een loopbaan in de sector eruit kan zien.

    Het is een makkelijke manier om te beginnen, want het vraagt weinig van { -employer(form: "def") }. Studenten horen het verhaal van iemand die het werk elke dag doet, en { -vet-provider(form: "def") } krijgt er een contact bij dat kan uitgroeien tot stageplaatsen of gezamenlijke projecten.

guest-expert-example =
    Bij een economieopleiding van een middelbare school in Gävle zagen leerlingen boekhouden als droge theorie. De docent nodigde drie professionals uit de regio uit: een accountant, een bankadviseur en de eigenaar van een kleine sportwinkel. Elk van hen gaf in één periode twee lessen.

    De accountant nam echte, maar geanonimiseerde bonnen en facturen mee, die de leerlingen in de boekhouding verwerkten. Daarna liet ze zien hoe hetzelfde werk gaat in het pakket dat haar kantoor gebruikt. De winkeleigenaar legde uit hoe hij zijn prijzen bepaalt en waarom de liquiditeit hem in zijn eerste jaar uit zijn slaap hield. Voor elk bezoek stuurden de leerlingen hun vragen in, zodat de gasten zich konden voorbereiden.

    De resultaten van de leerlingen voor de module boekhouden gingen omhoog, en een aantal van hen zei dat de lessen hun kijk op het vak hadden veranderd. Het accountantskantoor heeft sindsdien twee stagiairs gehad, en de drie gasten komen nu elk jaar terug.
    .title = Uitgeprobeerd in economie en handel, Zweden

guest-expert-prep-vet-provider =
    1. Bepaal bij welke leerdoelen een gastdocent kan helpen.
    2. Nodig de gastdocent uit en spreek de datum af, de duur en wat u hoopt dat de studenten leren.
    3. Vertel de gastdocent over de groep: leeftijd, niveau en voorkennis.
    4. Verzamel de vragen van de studenten en stuur ze van tevoren op.

guest-expert-prep-employer =
    1. Kies iemand die het werk goed kent en het graag wil delen.
    2. Geef hem of haar tijd om zich voor te bereiden en laat, als het kan, echte materialen of gereedschappen meenemen.
    3. Spreek met de school af wat er getoond mag worden, bijvoorbeeld klantgegevens of prijzen.

guest-expert-prep-student =
    1. Zoek informatie op over het bedrijf en het werk van de gastdocent.
    2. Bereid allemaal minstens één vraag voor en stuur die naar de docent.
    3. Bedenk hoe het onderwerp aansluit bij wat je aan het leren bent.

guest-expert-do-vet-provider =
    1. Heet de gastdocent welkom en stel hem of haar voor aan de groep.
    2. Blijf in het lokaal en help de les te koppelen aan de opleiding.
    3. Houd tijd over voor vragen en discussie.

guest-expert-do-employer =
    1. Vertel echte verhalen uit het werk, ook over problemen en hoe u die hebt opgelost.
    2. Geef studenten iets te doen, niet alleen iets om naar te luisteren.
    3. Vertel studenten waar uw bedrijf op let bij nieuwe medewerkers.

guest-expert-do-student =
    1. Luister actief en maak aantekeningen.
    2. Stel je vragen en doe mee met de opdrachten.
    3. Bedank de gastdocent, en vraag naar stages of banen als je interesse hebt.

guest-expert-follow-up =
    Vraag de studenten na de les wat ze geleerd hebben en gebruik hun antwoorden in de volgende lessen. Stuur de gastdocent een bedankje met een paar reacties van studenten, en vraag hoe het bezoek is bevallen en wat het de volgende keer makkelijker zou maken.

    Is het goed bevallen, spreek dan een nieuw bezoek af, of vraag of het bedrijf studenten wil ontvangen voor een bedrijfsbezoek of een stage.

guest-expert-tips =
    - Geef de gastdocent een duidelijk onderwerp en een tijdslimiet; bij een algemeen verhaal over het bedrijf haken studenten snel af.
    - Vragen die de studenten vooraf hebben voorbereid, maken de les veel beter.
    - Verlaat het lokaal niet. De docent koppelt het bezoek aan het leren.
    - Leg schoolbreed een lijst van gastdocenten aan, zodat contacten gedeeld worden.
    .title = Tips en valkuilen

guest-expert-check-vet-provider-pick-goals = Kies de leerdoelen waarbij de gastdocent helpt.
guest-expert-check-vet-provider-invite = Nodig de gastdocent uit en spreek de details af.
guest-expert-check-vet-provider-brief-expert = Vertel de gastdocent over de groep.
guest-expert-check-vet-provider-send-questions = Stuur de vragen van de studenten van tevoren op.
guest-expert-check-vet-provider-thank = Stuur een bedankje met reacties van studenten.

guest-expert-check-employer-choose-person = Kies iemand die graag over het werk vertelt.
guest-expert-check-employer-give-time = Geef hem of haar tijd om zich voor te bereiden.
guest-expert-check-employer-bring-materials = Neem echte materialen of gereedschappen mee.
guest-expert-check-employer-agree-limits = Spreek af wat wel en niet getoond mag worden.
guest-expert-check-employer-active-task = Bedenk een opdracht voor de studenten.

guest-expert-check-student-research = Zoek informatie op over het bedrijf van de gastdocent.
guest-expert-check-student-send-question = Stuur van tevoren minstens één vraag in.
guest-expert-check-student-take-notes = Maak aantekeningen tijdens de les.
guest-expert-check-student-ask = Stel je vragen.
guest-expert-check-student-thank = Bedank de gastdocent.
