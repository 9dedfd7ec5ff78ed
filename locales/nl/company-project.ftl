## Methode: Echte opdrachten van bedrijven

company-project-title = Echte opdrachten van bedrijven
    .summary = Studenten voeren als project een echte opdracht uit voor een bedrijf, dat optreedt als hun opdrachtgever.

company-project-intro =
    Bij een bedrijfsproject geeft een bedrijf studenten een echte opdracht: een marketingplan, een product, een reparatie, een menukaart, een tuinontwerp of een analyse van een werkproces. Studenten werken in teams, vaak op school, en presenteren hun resultaat aan het bedrijf zoals ze dat bij een klant zouden doen.

    Naast hun vakvaardigheden oefenen studenten met plannen, samenwerken, klantcontact en deadlines, en ze weten dat een echte opdrachtgever hun werk zal beoordelen. Het bedrijf krijgt frisse ideeën en een eerste kennismaking met mogelijke toekomstige medewerkers, en de docent krijgt een authentieke opdracht die bij de leerdoelen past.

company-project-example =
    Studenten commercie van een beroepsschool in Tampere namen een opdracht aan van een familiebakkerij die jongere klanten wilde bereiken. De eigenaar ontving de klas in de bakkerij, vertelde het verhaal van het bedrijf en gaf de opdracht: ideeën voor sociale media en acties in de winkel, met een klein budget.

    Teams van vier studenten werkten er zes weken aan. Elke week stuurde één teamlid de eigenaar een kort voortgangsbericht, en halverwege kwam de eigenaar naar school om op de eerste ideeën te reageren. In de laatste week presenteerden de teams hun plannen in het café van de bakkerij, voor de eigenaar en twee medewerkers.

    De bakkerij voerde die herfst de campagne van één team uit en zag in het weekend meer jonge klanten. De studenten kregen een schriftelijke referentie van de eigenaar, en de school heeft nu een wachtlijst van lokale bedrijven die projecten aanbieden.
    .title = Uitgeprobeerd in economie en handel, Finland

company-project-prep-vet-provider =
    1. Zoek een bedrijf met een opdracht die past bij de leerdoelen en een haalbare omvang heeft.
    2. Schrijf samen met het bedrijf een opdrachtomschrijving: doel, resultaat, deadline, budget en contactpersoon.
    3. Spreek af hoe het werk beoordeeld wordt en van wie het resultaat is.

company-project-prep-employer =
    1. Kies een echte opdracht die u anders zelf zou uitvoeren of zou inkopen.
    2. Wijs een contactpersoon aan en spreek af hoe vaak die beschikbaar is.
    3. Zet de informatie en materialen klaar die de studenten nodig hebben.

company-project-prep-student =
    1. Lees de opdrachtomschrijving goed en maak een lijst met vragen voor de opdrachtgever.
    2. Vorm een team en spreek rollen en werkafspraken af.
    3. Maak een projectplan met mijlpalen.

company-project-do-vet-provider =
    1. Coach de teams en zorg dat ze op schema blijven.
    2. Zorg dat de opdrachtgever regelmatig op de hoogte wordt gehouden.
    3. Beoordeel zowel het proces als het resultaat.

company-project-do-employer =
    1. Geef de opdracht zelf aan de studenten, het liefst in uw bedrijf.
    2. Beantwoord vragen en reageer op ideeën op de afgesproken momenten.
    3. Woon de eindpresentatie bij en geef eerlijke feedback.

company-project-do-student =
    1. Werk volgens het plan en houd de opdrachtgever op de hoogte.
    2. Vraag liever vroeg dan laat om feedback.
    3. Presenteer je resultaat professioneel, zoals je dat bij een betalende klant zou doen.

company-project-follow-up =
    Houd na de presentatie een korte evaluatie met het bedrijf en de docent: voldeed het resultaat aan de opdracht, en was de inspanning voor beide kanten redelijk? Studenten reflecteren op wat ze geleerd hebben over hun vak en over werken voor een opdrachtgever.

    Vertel het bedrijf welke onderdelen van het project de studenten waardeerden, en laat het bedrijf de studenten vertellen wat het wil gebruiken. Voert het bedrijf een resultaat echt uit, deel dat verhaal dan binnen beide organisaties.

company-project-tips =
    - Houd de omvang haalbaar voor de beschikbare tijd en vaardigheden.
    - Leg eigendom en geheimhouding schriftelijk vast voordat het werk begint.
    - Een opdrachtgever die nooit reageert, maakt een project kapot. Spreek de contactmomenten van tevoren af.
    - Beloof niet dat het bedrijf de resultaten zal gebruiken.
    .title = Tips en valkuilen

company-project-check-vet-provider-find-task = Zoek een opdracht die bij de leerdoelen past.
company-project-check-vet-provider-write-brief = Schrijf de opdrachtomschrijving samen met het bedrijf.
company-project-check-vet-provider-agree-ownership = Spreek eigendom en geheimhouding af.
company-project-check-vet-provider-coach-teams = Coach de teams en houd ze op schema.
company-project-check-vet-provider-assess = Beoordeel zowel het proces als het resultaat.

company-project-check-employer-choose-task = Kies een echte opdracht met een haalbare omvang.
company-project-check-employer-name-contact = Wijs een contactpersoon aan en spreek de beschikbaarheid af.
company-project-check-employer-launch = Geef de opdracht zelf aan de studenten.
company-project-check-employer-comment = Reageer op ideeën op de afgesproken momenten.
company-project-check-employer-attend-pitch = Woon de eindpresentatie bij.

company-project-check-student-read-brief = Lees de opdrachtomschrijving en noteer je vragen.
company-project-check-student-agree-roles = Spreek in je team rollen en regels af.
company-project-check-student-plan = Maak een projectplan met mijlpalen.
company-project-check-student-update-client = Houd de opdrachtgever op de hoogte.
company-project-check-student-present = Presenteer je resultaat professioneel.
