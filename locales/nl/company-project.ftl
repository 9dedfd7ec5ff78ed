## Methode: Echte opdrachten van bedrijven

company-project-title = Echte opdrachten van bedrijven
    .summary = Studenten voeren als project een echte opdracht uit voor een bedrijf, dat optreedt als hun opdrachtgever.

company-project-intro =
    Bij een bedrijfsproject geeft een { -employer } een team studenten een echte opdracht: een marketingplan, een product, een reparatie, een menukaart, een tuinontwerp of een analyse van een werkproces. De studenten werken eraan, meestal op school, en presenteren het resultaat aan het bedrijf zoals ze dat bij een klant zouden doen. Naast hun vakvaardigheden oefenen ze met plannen, samenwerken, deadlines en met een opdrachtgever die het resultaat beoordeelt.

    Het bedrijf krijgt frisse ideeën en een eerste kennismaking met mogelijke toekomstige medewerkers; de docent krijgt een authentieke opdracht die niemand hoefde te verzinnen. Het werkt alleen als de opdracht past bij zowel de leerdoelen als de beschikbare tijd, en als beide kanten vóór de start schriftelijk afspreken wat de studenten opleveren en wat er daarna mee gebeurt.

company-project-example =
    Studenten commercie van een beroepsschool in Tampere namen een opdracht aan van een familiebakkerij die jongere klanten wilde bereiken. De eigenaar ontving de klas in de bakkerij en vroeg om ideeën voor sociale media en acties in de winkel. Teams van vier werkten er zes weken aan, stuurden de eigenaar elke week een kort verslag en presenteerden hun plannen in het café van de bakkerij.

    Twee dingen gingen mis. In de opdrachtomschrijving stond ‘een klein budget’ zonder bedrag, en drie van de vijf teams bedachten campagnes die de bakkerij niet kon betalen. En één team filmde klanten in het café voor een video zonder het hun te vragen; de eigenaar moest vragen de opnames te wissen. De docent zet nu in elke opdrachtomschrijving een budget in euro’s, en de school heeft een regel toegevoegd aan haar projectsjabloon: geen foto’s of video’s van klanten of personeel zonder hun schriftelijke toestemming.

    De bakkerij gebruikte delen van de plannen van twee teams, nadat ze dat met de studenten had afgesproken. De open vraag van de docent is de beoordeling: één team deed het meeste werk in de laatste week en gaf toch de beste presentatie, en het cijfer voor het proces liet niet zien hoe het team daar was gekomen.
    .title = Uitgeprobeerd in economie en handel, Finland

company-project-brief =
    Schrijf de opdrachtomschrijving samen met het bedrijf, op één of twee pagina’s:

    - **Achtergrond**: het bedrijf, en het probleem of de kans achter de opdracht.
    - **De opdracht**: wat de studenten opleveren, in welke vorm, en wat niet bij de opdracht hoort.
    - **Budget en kosten**: hoeveel het mag kosten om het resultaat in de praktijk te brengen, en wie tijdens het project materialen, reizen en drukwerk betaalt.
    - **Tijd**: de start, de momenten waarop het bedrijf reageert, en de eindpresentatie.
    - **Contact**: de contactpersoon van het bedrijf en hoe snel die antwoordt.
    - **Informatie**: wat het bedrijf aanlevert, wat vertrouwelijk is en wat studenten aan anderen mogen laten zien.
    - **Eigendom**: wie het resultaat mag gebruiken, en of studenten het in hun portfolio mogen opnemen.
    - **Beoordeling**: wat de docent beoordeelt, en hoe zwaar de feedback van het bedrijf meetelt.
    .title = Wat er in een opdrachtomschrijving staat

company-project-ownership =
    Studenten zijn meestal niet in dienst van het bedrijf, dus het bedrijf kan er niet van uitgaan dat het eigenaar is van wat ze maken, en de regels verschillen per land. Leg vóór de start schriftelijk vast wie het resultaat mag gebruiken en hoe, en welke informatie de studenten geheim moeten houden. Beloof studenten niet dat het bedrijf hun resultaten zal gebruiken. Is het bedrijf wel van plan een resultaat in zijn bedrijf te gebruiken, zet dat dan in de opdrachtomschrijving en spreek af of daar iets voor wordt betaald.
    .title = Eigendom en geheimhouding

company-project-ownership-law =
    In Nederland (Auteurswet) en in België (Wetboek van economisch recht) heeft de student als maker het auteursrecht op wat hij of zij maakt, tenzij hij of zij dat schriftelijk overdraagt; een bedrijf wordt dus niet vanzelf eigenaar. Leg een overdracht of een gebruiksrecht daarom vast in een overeenkomst die de student ondertekent. In Nederland kan dat anders liggen voor een BBL-student die het werk in dienst van zijn of haar werkgever maakt.
    .title = In Nederland en Vlaanderen

company-project-prep-vet-provider =
    1. Zoek een bedrijf met een opdracht die past bij de leerdoelen en die in de beschikbare tijd haalbaar is.
    2. Schrijf de opdrachtomschrijving samen met { -employer(form: "def") } (zie het overzicht [Wat er in een opdrachtomschrijving staat](#company-project/brief)) en laat beide kanten haar ondertekenen.
    3. Leg de data vast: de start, de momenten waarop het bedrijf reageert en de eindpresentatie.

company-project-prep-employer =
    1. Kies een echte opdracht die u anders zelf zou uitvoeren of zou inkopen, maar niets waar uw bedrijf volgende maand van afhangt.
    2. Wijs een contactpersoon aan die studenten binnen een paar werkdagen antwoord kan geven.
    3. Verzamel de informatie en materialen die de studenten nodig hebben, en geef aan wat vertrouwelijk is.

company-project-prep-student =
    1. Lees de opdrachtomschrijving en maak een lijst met vragen voor de opdrachtgever.
    2. Spreek in je team rollen en werkafspraken af, en maak een planning met mijlpalen.

company-project-do-vet-provider =
    1. Spreek elk team elke week om de voortgang naast de planning te leggen, en grijp vroeg in als één teamlid al het werk doet.
    2. Zorg dat de opdrachtgever de afgesproken updates krijgt.
    3. Beoordeel zowel het proces als het resultaat, en gebruik de feedback van de opdrachtgever zoals in de opdrachtomschrijving is afgesproken.

company-project-do-employer =
    1. Geef de opdracht zelf aan de studenten, het liefst in uw bedrijf.
    2. Reageer op de afgesproken momenten op ideeën, en zeg duidelijk wanneer een idee voor u niet werkt, en waarom.
    3. Kom naar de eindpresentatie en geef eerlijke feedback.

company-project-do-student =
    1. Stuur de opdrachtgever op de afgesproken dag je update, ook als er weinig te melden is.
    2. Vraag het voordat je mensen fotografeert of filmt, of iets deelt wat je van het bedrijf hebt gekregen.
    3. Presenteer je resultaat zoals je dat bij een betalende klant zou doen.

company-project-follow-up =
    Na de presentatie kijken de docent en het bedrijf samen terug: voldeed het resultaat aan de opdracht, en was de inspanning voor beide kanten redelijk? Vertel de studenten welke onderdelen het bedrijf eventueel wil gebruiken, en bedank het bedrijf waar de klas bij is.

company-project-tips =
    - Houd de opdracht klein. Een kleine opdracht die af is, leert meer dan de helft van een grote.
    - Een opdrachtgever die nooit reageert, maakt een project kapot; de contactmomenten in de opdrachtomschrijving zijn geen formaliteit.
    .title = Tips en valkuilen

company-project-check-vet-provider-find-task = Zoek een opdracht die past bij de doelen en de tijd.
company-project-check-vet-provider-write-brief = Schrijf de opdrachtomschrijving met het bedrijf.
company-project-check-vet-provider-agree-ownership = Laat de opdrachtomschrijving ondertekenen, met afspraken over eigendom.
company-project-check-vet-provider-agree-costs = Spreek af wie materialen en reiskosten betaalt.
company-project-check-vet-provider-book-dates = Leg de data vast: start, reacties, presentatie.
company-project-check-vet-provider-coach-teams = Spreek elk team elke week.
company-project-check-vet-provider-assess = Beoordeel proces en resultaat; vraag de opdrachtgever.

company-project-check-employer-choose-task = Kies een echte opdracht met een haalbare omvang.
company-project-check-employer-name-contact = Wijs een contactpersoon aan die binnen dagen antwoordt.
company-project-check-employer-confidential = Geef aan welke informatie vertrouwelijk is.
company-project-check-employer-launch = Geef de opdracht zelf aan de studenten.
company-project-check-employer-comment = Reageer op ideeën op de afgesproken momenten.
company-project-check-employer-attend-pitch = Kom naar de eindpresentatie.
company-project-check-employer-tell-use = Vertel studenten welke resultaten u gebruikt.

company-project-check-student-read-brief = Lees de opdrachtomschrijving en noteer je vragen.
company-project-check-student-agree-roles = Spreek in je team rollen en regels af.
company-project-check-student-plan = Maak een planning met mijlpalen.
company-project-check-student-update-client = Stuur de opdrachtgever updates op de afgesproken dagen.
company-project-check-student-ask-consent = Vraag toestemming voordat je mensen filmt of gegevens deelt.
company-project-check-student-present = Presenteer zoals voor een betalende klant.
