## Methode: Samen beoordelen en praktijkexamens

joint-assessment-title = Samen beoordelen en praktijkexamens
    .summary = Docenten en praktijkopleiders beoordelen studenten samen, met gedeelde criteria en echte werktaken.

joint-assessment-intro =
    Bij een praktijkexamen laat een student met echt werk zien dat hij of zij de leerdoelen van een onderdeel heeft bereikt. Als een docent en een { -work-mentor } samen beoordelen, is de uitkomst eerlijker en zegt die meer: de praktijkopleider weet wat het werk vraagt, en de docent kent de kwalificatie en de criteria.

    Samen beoordelen vraagt voorbereiding. Beide beoordelaars moeten de criteria op dezelfde manier begrijpen, vooraf afspreken wat goed genoeg is, en weten hoe ze feedback geven waar de student iets mee kan.

joint-assessment-example =
    Een beroepsschool in Bremen en drie metaalbedrijven merkten dat docenten en bedrijfsopleiders het werk van leerlingen vaak verschillend beoordeelden. Samen organiseerden ze gezamenlijke praktijkexamens voor leerlingen metaaltechniek in hun tweede leerjaar.

    Eerst kwamen docenten en bedrijfsopleiders een middag bij elkaar. Ze beoordeelden ieder afzonderlijk dezelfde drie voorbeeldwerkstukken, vergeleken daarna hun cijfers en bespraken elk verschil. Op basis van dat gesprek schreven ze een gezamenlijk beoordelingsformulier met een duidelijke beschrijving van elk cijfer. Daarna maakte elke leerling in het bedrijf een gelaste beugel volgens een technische tekening, controleerde de kwaliteit en lichtte zijn of haar keuzes toe. Een docent en een bedrijfsopleider beoordeelden samen en gaven ter plekke feedback.

    Meningsverschillen over cijfers verdwenen bijna helemaal, en leerlingen zeiden dat de feedback bruikbaarder was omdat die van beide kanten kwam. De bedrijven gebruiken het beoordelingsformulier nu ook voor hun eigen interne opleidingen.
    .title = Uitgeprobeerd in de techniek, Duitsland

joint-assessment-prep-vet-provider =
    1. Kies het onderdeel en de leerdoelen die de student moet laten zien.
    2. Stel samen met { -employer(form: "def") } de beoordelingscriteria op, met voorbeelden van elk niveau.
    3. Houd een korte kalibreersessie waarin de beoordelaars hetzelfde voorbeeldwerk beoordelen.
    4. Spreek de datum af, de opdracht en de rol van elke beoordelaar.

joint-assessment-prep-employer =
    1. Kies een praktijkopleider die beoordeelt, en geef hem of haar tijd om zich voor te bereiden.
    2. Plan een echte werktaak waarin alle leerdoelen aan bod komen.
    3. Zorg dat materialen, gereedschap en een veilige werkplek klaarstaan.

joint-assessment-prep-student =
    1. Lees de criteria en vraag wat elk criterium in de praktijk betekent.
    2. Oefen de taken en beoordeel jezelf aan de hand van de criteria.
    3. Bereid je voor om je keuzes en je manier van werken uit te leggen.

joint-assessment-do-vet-provider =
    1. Observeer het praktijkexamen en maak aantekeningen per criterium.
    2. Bespreek de beoordeling met de praktijkopleider voordat u feedback geeft.
    3. Leg de uitslag en de onderbouwing vast.

joint-assessment-do-employer =
    1. Leg de student de opdracht en de voorwaarden uit.
    2. Observeer en beoordeel het werk samen met de docent.
    3. Geef concrete feedback vanuit het perspectief van het bedrijf.

joint-assessment-do-student =
    1. Plan je werk voordat je begint, en werk veilig.
    2. Leg uit wat je doet en waarom, als daarom gevraagd wordt.
    3. Luister naar de feedback en schrijf op wat je kunt verbeteren.

joint-assessment-follow-up =
    Na de praktijkexamens evalueren de beoordelaars samen: waren de criteria duidelijk, beoordeelden ze op dezelfde manier, en liet de opdracht zien wat die moest laten zien? Pas de criteria en de opdracht aan voor de volgende ronde.

    Geef studenten een schriftelijke samenvatting van hun feedback en vraag of ze de beoordeling eerlijk vonden. Deel de verbeterde criteria met alle praktijkopleiders die beoordelen.

joint-assessment-tips =
    - Kalibreer met voorbeeldwerk voor elke nieuwe groep beoordelaars.
    - Criteria in eenvoudige taal helpen studenten én praktijkopleiders.
    - Laat de mening van de docent of van de praktijkopleider niet overheersen. Praat door tot u het eens bent.
    - Houd de opdracht echt, maar zorg dat alle te beoordelen doelen erin terugkomen.
    .title = Tips en valkuilen

joint-assessment-check-vet-provider-choose-unit = Kies het onderdeel en de doelen van het examen.
joint-assessment-check-vet-provider-prepare-criteria = Stel gedeelde criteria met voorbeelden op.
joint-assessment-check-vet-provider-calibrate = Houd een kalibreersessie met voorbeeldwerk.
joint-assessment-check-vet-provider-agree-roles = Spreek datum, opdracht en rollen af.
joint-assessment-check-vet-provider-record-result = Leg de uitslag en de onderbouwing vast.
joint-assessment-check-vet-provider-review-criteria = Evalueer de criteria na elke ronde.

joint-assessment-check-employer-choose-assessor = Kies een praktijkopleider als beoordelaar.
joint-assessment-check-employer-plan-task = Plan een echte taak die alle doelen dekt.
joint-assessment-check-employer-prepare-area = Zet gereedschap, materialen en een veilige werkplek klaar.
joint-assessment-check-employer-assess-together = Beoordeel samen met de docent.
joint-assessment-check-employer-give-feedback = Geef concrete feedback.

joint-assessment-check-student-read-criteria = Lees de criteria en stel er vragen over.
joint-assessment-check-student-practise = Oefen en beoordeel jezelf.
joint-assessment-check-student-plan-work = Plan je werk voordat je begint.
joint-assessment-check-student-explain = Wees klaar om je keuzes uit te leggen.
joint-assessment-check-student-note-feedback = Schrijf op wat je kunt verbeteren.
