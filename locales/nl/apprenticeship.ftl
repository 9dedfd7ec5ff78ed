## Methode: Leren en werken (BBL en duaal leren)

apprenticeship-title = Leren en werken: BBL en duaal leren
    .summary = De student werkt voor een bedrijf en leert vooral op de werkplek, met ondersteuning van de { -vet-provider }.

apprenticeship-intro =
    Bij leren en werken werkt de student voor een bedrijf. Hij of zij tekent een overeenkomst met { -employer(form: "def") }, krijgt een loon of vergoeding en leert het grootste deel van het vak op de werkplek. { -vet-provider(form: "def-cap") } plant de opleiding, geeft de theorie en regelt de beoordeling. In Nederland heet dit de beroepsbegeleidende leerweg (BBL), in Vlaanderen duaal leren. De regels verschillen per land, maar het idee is overal hetzelfde: de werkplek is de belangrijkste leerplek.

    Leren en werken past bij volwassenen die van loopbaan veranderen, bij jongeren die willen verdienen terwijl ze leren, en bij bedrijven die medewerkers willen opleiden naar hun eigen behoeften. Het vraagt langdurige inzet van alle drie de partijen, dus goed plannen is onmisbaar.

apprenticeship-example =
    Een installatiebedrijf voor sanitair en verwarming in Oulu kon geen geschoolde monteurs vinden. Samen met de beroepsschool in de regio nam het twee volwassenen aan, een voormalig magazijnmedewerker en een oud-militair, met een leerwerkovereenkomst voor een kwalificatie in de installatietechniek.

    Een docent, de uitvoerder van het bedrijf en elke leerling-werknemer stelden samen een persoonlijk opleidingsplan op. Daarin werd elk onderdeel van de kwalificatie gekoppeld aan de installaties waar het bedrijf de komende twee jaar aan zou werken, aangevuld met lesdagen en online theorie voor wat op de projecten niet aan bod kwam. Een ervaren monteur was praktijkopleider, en met z’n vieren kwamen ze elke twee maanden bij elkaar om de voortgang te bespreken.

    Beide leerling-werknemers haalden hun diploma in iets meer dan twee jaar en bleven bij het bedrijf. Een van hen begeleidt nu de volgende leerling-werknemer van het bedrijf.
    .title = Uitgeprobeerd in de techniek, Finland

apprenticeship-prep-vet-provider =
    1. Controleer of het bedrijf de taken kan bieden die de kwalificatie vraagt.
    2. Leg { -employer(form: "def") } en de kandidaat de regels, de financiering en de verantwoordelijkheden uit.
    3. Stel samen een persoonlijk opleidingsplan op, met lesdagen en beoordelingsmomenten.

apprenticeship-prep-employer =
    1. Bepaal wie u aanneemt en spreek de overeenkomst, het loon en de werktijden af.
    2. Wijs een { -work-mentor } aan, geef hem of haar tijd en laat hem of haar een training volgen.
    3. Plan welke werkzaamheden en projecten welke delen van het opleidingsplan dekken.

apprenticeship-prep-student =
    1. Zoek uit wat leren en werken inhoudt, ook wat betreft lesdagen en beoordeling.
    2. Lees de overeenkomst en het opleidingsplan, en vraag naar alles wat niet duidelijk is.
    3. Spreek met je praktijkopleider af hoe jullie gaan samenwerken.

apprenticeship-do-vet-provider =
    1. Geef de theorie en koppel die aan het werk van de student.
    2. Houd regelmatig voortgangsgesprekken met de student en de praktijkopleider.
    3. Organiseer de beoordeling, het liefst op de werkplek.

apprenticeship-do-employer =
    1. Geef de student taken volgens het plan, niet alleen wat dringend is.
    2. Geef de student vrij voor de lesdagen.
    3. Houd de praktijkopleider betrokken en meld problemen op tijd.

apprenticeship-do-student =
    1. Zet je actief in op het werk en op school, en houd een leerlogboek bij.
    2. Zeg het tegen je praktijkopleider en je docent als het plan niet past bij je taken.
    3. Bereid je voor op voortgangsgesprekken en beoordelingen.

apprenticeship-follow-up =
    Bespreek het opleidingsplan bij elk voortgangsgesprek en pas het aan als het werk verandert. Kijk aan het einde met alle drie de partijen terug: heeft het traject zijn doelen bereikt, en wat zou u bij de volgende student anders doen?

    Leg de ervaringen van het bedrijf vast, want die zijn het beste argument om andere bedrijven over te halen het ook te proberen. Vier het behalen van het diploma samen.

apprenticeship-tips =
    - Begin met een zorgvuldige werving; motivatie is belangrijker dan eerdere ervaring.
    - Een realistisch opleidingsplan voorkomt dat de student maandenlang vastzit aan één taak.
    - Laat lesdagen niet verdwijnen als het druk is in het bedrijf.
    - Spreek af wat er gebeurt als de overeenkomst voortijdig eindigt.
    .title = Tips en valkuilen

apprenticeship-check-vet-provider-check-tasks = Controleer of het bedrijf de vereiste taken biedt.
apprenticeship-check-vet-provider-explain-rules = Leg de regels, financiering en verantwoordelijkheden uit.
apprenticeship-check-vet-provider-training-plan = Stel samen het persoonlijke opleidingsplan op.
apprenticeship-check-vet-provider-link-theory = Koppel de theorie aan het werk van de student.
apprenticeship-check-vet-provider-progress-meetings = Houd regelmatig voortgangsgesprekken.
apprenticeship-check-vet-provider-organise-assessment = Organiseer de beoordeling op de werkplek.

apprenticeship-check-employer-agree-contract = Spreek overeenkomst, loon en werktijden af.
apprenticeship-check-employer-name-mentor = Wijs een praktijkopleider aan en laat die een training volgen.
apprenticeship-check-employer-plan-tasks = Plan taken die het opleidingsplan dekken.
apprenticeship-check-employer-release-study = Geef de student vrij voor lesdagen.
apprenticeship-check-employer-report-problems = Meld problemen op tijd.

apprenticeship-check-student-understand-terms = Zorg dat je de overeenkomsten en het opleidingsplan begrijpt.
apprenticeship-check-student-agree-mentor = Spreek met je praktijkopleider af hoe jullie werken.
apprenticeship-check-student-keep-log = Houd een leerlogboek bij.
apprenticeship-check-student-speak-up = Zeg het als je taken niet passen bij het plan.
apprenticeship-check-student-prepare-meetings = Bereid je voor op voortgangsgesprekken.
