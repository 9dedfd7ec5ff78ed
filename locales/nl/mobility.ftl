## Methode: Leren op de werkplek in het buitenland

mobility-title = Leren op de werkplek in het buitenland
    .summary = Studenten leren in een bedrijf in het buitenland, waarbij partners in beide landen het werk delen.

mobility-intro =
    Een buitenlandstage geeft studenten vakvaardigheden, taalvaardigheid en zelfvertrouwen die ze thuis moeilijk opdoen. Ze zien andere manieren van werken, leren zich alleen te redden en komen vaak terug met nieuwe ambities. Erasmus+ financiert zulke stages voor studenten en medewerkers in het beroepsonderwijs in heel Europa.

    Een goede buitenlandstage vraagt partners in beide landen: de uitzendende { -vet-provider }, een ontvangende school of bemiddelende organisatie, en een gastbedrijf met een { -work-mentor }. Een Learning Agreement, de overeenkomst die Erasmus+ voor elke stage vraagt, legt vast wat de student gaat leren en hoe dat thuis wordt erkend.

mobility-example =
    Studenten tuinbouw van een beroepsschool in Seinäjoki werkten vier weken bij glastuinbouwbedrijven rond Venlo, in het zuidoosten van Nederland. De Nederlandse partnerschool zocht de gastbedrijven, regelde huisvesting en was het aanspreekpunt ter plaatse.

    Voor vertrek had elke student een online gesprek met zijn of haar Nederlandse praktijkopleider en ondertekende een Learning Agreement met taken in gewasverzorging, klimaatbeheersing en verpakken. De studenten volgden een korte cursus Engels voor de tuinbouw, en de internationaal coördinator van de school organiseerde een voorbereidingsdag over praktische zaken, cultuur en veiligheid.

    Aan het eind beoordeelden de praktijkopleiders de studenten aan de hand van de afgesproken doelen, en de school erkende de periode als onderdeel van de kwalificatie. De schaal van de Nederlandse productie maakte op de studenten veel indruk. Het jaar daarop stuurde de Nederlandse school haar eigen studenten naar Finland.
    .title = Uitgeprobeerd in de tuinbouw, Finland en Nederland

mobility-prep-vet-provider =
    1. Zoek betrouwbare partners in het buitenland en vraag op tijd subsidie aan.
    2. Selecteer studenten en bereid ze voor: taal, cultuur, praktische zaken en veiligheid.
    3. Stel de Learning Agreement op met het gastbedrijf en spreek af hoe de periode wordt erkend.

mobility-prep-employer =
    1. Spreek met de partnerschool af welke taken en leerdoelen u kunt bieden.
    2. Wijs een praktijkopleider aan die een taal spreekt die de student begrijpt.
    3. Spreek de student vóór aankomst online en bereid de introductie voor.

mobility-prep-student =
    1. Meld je aan en zoek uit wat de stage inhoudt.
    2. Regel samen met de coördinator je documenten, verzekering en reis.
    3. Leer een paar basiswoorden van de taal en verdiep je in het gastland.

mobility-do-vet-provider =
    1. Houd regelmatig contact met de student en het gastbedrijf.
    2. Zorg voor een noodplan en iemand die altijd bereikbaar is.
    3. Ondersteun de praktijkopleider aan het eind bij de beoordeling.

mobility-do-employer =
    1. Geef een introductie over taal, veiligheid en de cultuur in het bedrijf.
    2. Geef echte taken volgens de Learning Agreement.
    3. Beoordeel de student aan de hand van de afgesproken doelen.

mobility-do-student =
    1. Doe volledig mee met het werk en vraag het als je iets niet begrijpt.
    2. Houd een leerlogboek bij, in woorden of met foto’s.
    3. Houd contact met je docent en meld problemen op tijd.

mobility-follow-up =
    Erken na terugkomst de periode zoals afgesproken, en geef de student een document zoals Europass Mobiliteit waarin de opgedane vaardigheden staan. Laat studenten hun ervaringen delen met andere studenten, en geef het gastbedrijf feedback.

    Evalueer de samenwerking met de buitenlandse partners en besluit of u doorgaat, of de uitwisseling ook de andere kant op laat gaan.

mobility-tips =
    - Begin op tijd: subsidie, partners en voorbereiding kosten maanden.
    - Een duidelijke Learning Agreement voorkomt teleurstellingen.
    - Onderschat heimwee niet; regelmatig contact helpt.
    - Uitwisseling in twee richtingen versterkt het partnerschap.
    .title = Tips en valkuilen

mobility-check-vet-provider-find-partners = Zoek betrouwbare partners en vraag subsidie aan.
mobility-check-vet-provider-prepare-students = Bereid studenten voor op taal, cultuur en veiligheid.
mobility-check-vet-provider-learning-agreement = Stel de Learning Agreement op.
mobility-check-vet-provider-emergency-plan = Zorg voor een noodplan.
mobility-check-vet-provider-keep-contact = Houd regelmatig contact.
mobility-check-vet-provider-recognise = Erken de periode na terugkomst.

mobility-check-employer-agree-tasks = Spreek af welke taken en doelen u kunt bieden.
mobility-check-employer-name-mentor = Wijs een praktijkopleider aan die een taal spreekt die de student begrijpt.
mobility-check-employer-meet-online = Spreek de student vóór aankomst online.
mobility-check-employer-induction = Geef een introductie over veiligheid en cultuur.
mobility-check-employer-assess = Beoordeel de student aan de hand van de doelen.

mobility-check-student-prepare-documents = Regel documenten, verzekering en reis.
mobility-check-student-learn-language = Leer een paar basiswoorden van de taal.
mobility-check-student-keep-log = Houd een leerlogboek bij.
mobility-check-student-stay-in-touch = Houd contact met je docent.
mobility-check-student-share = Deel je ervaring na terugkomst.
