## Methode: Leren op de werkplek in het buitenland

mobility-title = Leren op de werkplek in het buitenland
    .summary = Studenten leren in een bedrijf in het buitenland, waarbij partners in beide landen het werk delen.

mobility-intro =
    Een buitenlandstage geeft studenten vakvaardigheden, taalvaardigheid en zelfvertrouwen die ze thuis moeilijk opdoen. Ze zien andere manieren van werken en leren zich alleen te redden. Erasmus+ financiert zulke stages voor studenten en medewerkers in het beroepsonderwijs in heel Europa.

    Er zijn partners in beide landen voor nodig: de uitzendende { -vet-provider }, vaak een ontvangende school of bemiddelende organisatie, en een gastbedrijf met een { -work-mentor }. De praktijkopleider hoeft de taal van de student niet te spreken, maar de twee hebben wel een werktaal nodig die ze allebei beheersen, en die spreken ze vóór vertrek af.

mobility-example =
    Studenten tuinbouw van een beroepsschool in Seinäjoki werkten vier weken bij glastuinbouwbedrijven rond Venlo, in het zuidoosten van Nederland. De Nederlandse partnerschool zocht de gastbedrijven, regelde huisvesting en was het aanspreekpunt ter plaatse.

    Elke student ondertekende een Learning Agreement en had vóór vertrek een online gesprek met het gastbedrijf. Bij één bedrijf was dat gesprek met de hr-manager, en op de eerste dag merkte de student dat zijn praktijkopleider Nederlands en wat Duits sprak, maar nauwelijks Engels. Een week lang deed hij na wat anderen deden en begreep hij weinig. Toen regelde de partnerschool dat een tweetalige collega elke ochtend de taken van de dag uitlegde, en de praktijkopleider liet de rest zien met foto’s en gebaren. In de derde week draaide de student zelfstandig een verpaklijn.

    De regel van de school voor de volgende groep: het online gesprek is met de praktijkopleider, en de twee spreken vóór vertrek een werktaal af.
    .title = Uitgeprobeerd in de tuinbouw, Finland en Nederland

mobility-agreement =
    Binnen Erasmus+ ondertekenen de uitzendende school, de gastorganisatie en de student vóór vertrek een Learning Agreement. Naast de doelen, taken en tijden die in elke stageovereenkomst staan (zie [het hoofdstuk over stages](#placement)), staat erin:

    - de leerresultaten, en wie ze hoe beoordeelt;
    - hoe de periode thuis wordt erkend in de opleiding van de student;
    - de praktijkopleider bij het gastbedrijf en de contactpersoon op de uitzendende school;
    - de werktaal.

    Controleer de verzekering voordat iemand tekent. Erasmus+ verwacht van de uitzendende organisatie dat ze ervoor zorgt dat elke deelnemer verzekerd is. De Europese ziekteverzekeringskaart (EHIC) dekt noodzakelijke zorg in de publieke gezondheidszorg in de EU en de EER, maar niet alles: studenten hebben ook een ongevallen- en aansprakelijkheidsverzekering nodig, op het werk en in hun vrije tijd, en dekking voor een onverwachte terugreis. Leg schriftelijk vast wie wat regelt.
    .title = Learning Agreement en verzekering

mobility-insurance =
    In Nederland staat de Europese ziekteverzekeringskaart vaak op de achterkant van de zorgpas; in Vlaanderen vraagt de student haar aan bij het ziekenfonds. Vraag de school of haar collectieve ongevallen- en aansprakelijkheidsverzekering ook stages in het buitenland dekt, of dat de student een reisverzekering moet afsluiten. Met vragen kunt u terecht bij het nationale Erasmus+-agentschap: Nuffic in Nederland, Epos in Vlaanderen.
    .title = In Nederland en Vlaanderen

mobility-prep-vet-provider =
    1. Zoek betrouwbare partners in het buitenland en vraag subsidie aan, vaak een jaar van tevoren.
    2. Selecteer studenten en bereid ze voor: taal, cultuur, geld, veiligheid en wat ze doen in een noodgeval.
    3. Stel de Learning Agreement op met het gastbedrijf, en controleer de verzekering van elke student.

mobility-prep-employer =
    1. Spreek met de partnerschool af welke taken en leerdoelen u in dat seizoen kunt bieden.
    2. Wijs de praktijkopleider aan, en laat hem of haar de student online spreken om een werktaal af te spreken.
    3. Bereid een introductie voor die een nieuwkomer kan volgen: veiligheidsregels met afbeeldingen, namen en telefoonnummers.

mobility-prep-student =
    1. Regel met de coördinator je identiteitsbewijs, je Europese ziekteverzekeringskaart en je reis, en zoek uit wat je verzekering dekt.
    2. Leer in de werktaal de woorden voor je gereedschap en voor veiligheid.

mobility-do-vet-provider =
    1. Bel de student in de eerste dagen en daarna op afgesproken momenten; bel het gastbedrijf minstens één keer.
    2. Zorg dat er altijd iemand bereikbaar is, met een noodplan.
    3. Help de praktijkopleider aan het eind bij de beoordeling aan de hand van de Learning Agreement.

mobility-do-employer =
    1. Begin met veiligheid, en geef daarna echte taken volgens de Learning Agreement.
    2. Ga vroeg na of de student de instructies begrijpt, en laat het zien als woorden tekortschieten.
    3. Beoordeel de student aan de hand van de afgesproken leerresultaten en onderteken de documenten voor de erkenning.

mobility-do-student =
    1. Houd een leerlogboek bij, in woorden of met foto’s.
    2. Laat het je docent op tijd weten als taken, huisvesting of taal niet werken.

mobility-follow-up =
    Erken na terugkomst de periode zoals afgesproken, en geef de student een document zoals Europass Mobiliteit waarin de opgedane vaardigheden staan. Laat studenten er anderen over vertellen, geef het gastbedrijf feedback, en besluit met de partners of u doorgaat of de uitwisseling ook de andere kant op laat gaan.

mobility-tips =
    - Begin op tijd: subsidie, partners en voorbereiding kosten maanden.
    - Heimwee komt in de eerste weken veel voor; bellen op afgesproken momenten helpt meer dan de belofte dat u altijd bereikbaar bent.
    .title = Tips en valkuilen

mobility-check-vet-provider-find-partners = Zoek een partner in het buitenland en vraag op tijd subsidie aan.
mobility-check-vet-provider-prepare-students = Houd een voorbereidingsdag: cultuur, geld, veiligheid.
mobility-check-vet-provider-learning-agreement = Laat de Learning Agreement door alle drie ondertekenen.
mobility-check-vet-provider-check-insurance = Controleer per student zorg-, ongevallen- en aansprakelijkheidsdekking.
mobility-check-vet-provider-emergency-plan = Geef studenten een noodnummer dat dag en nacht bereikbaar is.
mobility-check-vet-provider-keep-contact = Bel de student in de eerste week.
mobility-check-vet-provider-recognise = Erken de periode in de opleiding.

mobility-check-employer-agree-tasks = Spreek af welke taken en doelen u kunt bieden.
mobility-check-employer-name-mentor = Wijs de praktijkopleider aan en spreek een werktaal af.
mobility-check-employer-meet-online = Laat de praktijkopleider de student eerst online spreken.
mobility-check-employer-induction = Geef een veiligheidsinstructie die de student begrijpt.
mobility-check-employer-assess = Beoordeel de student aan de hand van de afgesproken resultaten.
mobility-check-employer-sign-documents = Onderteken de documenten voor de erkenning.

mobility-check-student-prepare-documents = Neem je identiteitsbewijs en ziekteverzekeringskaart mee.
mobility-check-student-check-insurance = Zoek uit wat je verzekering dekt.
mobility-check-student-learn-language = Leer de woorden voor gereedschap en veiligheid.
mobility-check-student-keep-log = Houd een leerlogboek bij.
mobility-check-student-stay-in-touch = Laat het je docent op tijd weten als er iets misgaat.
mobility-check-student-share = Vertel andere studenten over je stage.
