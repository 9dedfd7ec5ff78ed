## Methode: Werkgevers ontwerpen het onderwijs mee

curriculum-title = Werkgevers ontwerpen het onderwijs mee
    .summary = Werkgevers helpen bepalen wat en hoe studenten leren, zodat de opleiding aansluit bij wat het werkveld nodig heeft.

curriculum-intro =
    Officiële kwalificaties en kaderleerplannen laten ruimte voor eigen keuzes: welke keuzeonderdelen worden aangeboden, in welke volgorde, met welke voorbeelden en opdrachten, en hoeveel er op de werkplek wordt geleerd. Hoe groot die ruimte is, verschilt per land. Als { -employers } helpen haar te benutten, sluit de opleiding beter aan bij wat er in de praktijk echt nodig is.

    Bij deze methode plannen docenten en mensen uit bedrijven samen een module, een opleiding of een eigen invulling van het programma. Dat vraagt tijd en vertrouwen, dus het past bij partners die elkaar al kennen.

curriculum-local-room =
    In Nederland legt het kwalificatiedossier landelijk vast wat een mbo-student aan het eind moet kunnen; onderwijs en bedrijfsleven stellen de dossiers samen op via SBB. De school bepaalt zelf hoe ze de opleiding inricht en welke keuzedelen uit het landelijke aanbod ze aanbiedt. In Vlaanderen legt de overheid de minimumdoelen vast, vaak gebaseerd op beroepskwalificaties; de onderwijskoepels en scholen werken die uit in leerplannen.
    .title = In Nederland en Vlaanderen

curriculum-example =
    Een beroepsschool voor zorgberoepen in Kassel en vier zorgaanbieders maakten zich zorgen omdat pas gediplomeerde medewerkers zwak waren in digitale zorgdossiers en in gesprekken met familie. De school nodigde zorgmanagers en ervaren verpleegkundigen uit om samen met de docenten de eigen invulling van twee leervelden te plannen.

    De eerste bijeenkomst leverde een verlanglijst op waarmee een heel jaar gevuld had kunnen worden: de zorgmanagers wisten niet dat het kaderleerplan de meeste inhoud en de uren vastlegt. In de tweede bijeenkomst lieten de docenten zien waar het kader ruimte liet, en de groep koos de twee onderwerpen en schreef er opdrachten op basis van casussen bij. In de derde spraken ze af welke opdrachten de leerlingen tijdens hun praktijkperiodes zouden uitvoeren.

    De gesprekken met familie werkten: praktijkopleiders zagen leerlingen die rustiger bleven in moeilijke gesprekken. Het deel over zorgdossiers werkte niet, omdat de oefensoftware van de school verschilde van de systemen die de vier zorgaanbieders gebruiken, en de groep heeft daar nog geen oplossing voor gevonden.
    .title = Uitgeprobeerd in zorg en welzijn, Duitsland

curriculum-prep-vet-provider =
    1. Zoek precies uit welk deel van het programma open is voor eigen keuzes, en hoeveel uren het omvat.
    2. Nodig { -employers } uit met een samenvatting van één pagina over die grenzen en de data van de bijeenkomsten.
    3. Neem gegevens mee naar de eerste bijeenkomst: feedback van oud-studenten, opmerkingen van praktijkopleiders uit stages, beoordelingsresultaten.

curriculum-prep-employer =
    1. Stuur mensen die het dagelijkse werk kennen en weten waar het vak naartoe gaat, en stuur elke keer dezelfde mensen.
    2. Verzamel twee of drie echte situaties waarin nieuwe medewerkers vastliepen.

curriculum-prep-student =
    1. Vertel je docent welke delen van de opleiding je op het werk hebben geholpen en welke niet.
    2. Meld je aan om in een van de bijeenkomsten namens de studenten te spreken.

curriculum-do-vet-provider =
    1. Begin bij de werksituaties, en deel ze daarna in bij onderdelen of leervelden.
    2. Schrijf de nieuwe doelen, opdrachten en beoordeling uit, en stuur het concept rond voor commentaar, met een deadline.
    3. Vertel iedereen welke voorstellen zijn overgenomen, welke niet, en waarom.

curriculum-do-employer =
    1. Beschrijf elke situatie concreet: wie erbij betrokken was, wat er misging, wat een vakkundige medewerker gedaan zou hebben.
    2. Ga na of de opdrachten in het concept bij het echte werk passen.
    3. Bied opdrachten, materiaal of stageplaatsen aan die de nieuwe inhoud ondersteunen.

curriculum-do-student =
    1. Zeg of de nieuwe opdrachten logisch zijn voor iemand die ze moet leren.
    2. Vertel andere studenten wat er verandert en waarom.

curriculum-follow-up =
    Als de nieuwe inhoud één keer is gegeven, kom dan opnieuw bij elkaar met de feedback van studenten, de beoordelingsresultaten en wat praktijkopleiders van studenten op het werk zien. Verander wat niet werkte, en leg in dezelfde bijeenkomst de datum van de volgende evaluatie vast.

curriculum-tips =
    Leg de officiële regels uit in de eerste bijeenkomst, voordat iemand iets plant wat niet kan. En vraag niet om advies dat u niet gaat gebruiken: werkgevers die niets zien veranderen, komen niet meer.
    .title = Tips en valkuilen

curriculum-check-vet-provider-define-scope = Zoek uit welk deel van het programma open is voor eigen keuzes.
curriculum-check-vet-provider-invite-employers = Stuur werkgevers een samenvatting van de grenzen op één pagina.
curriculum-check-vet-provider-collect-data = Neem feedback van oud-studenten en uit stages mee naar de eerste bijeenkomst.
curriculum-check-vet-provider-lead-meetings = Begin elke bijeenkomst bij echte werksituaties.
curriculum-check-vet-provider-draft-content = Stuur het concept rond met een deadline voor commentaar.
curriculum-check-vet-provider-show-changes = Vertel iedereen welke voorstellen zijn overgenomen, en waarom.

curriculum-check-employer-choose-people = Stuur naar elke bijeenkomst dezelfde mensen.
curriculum-check-employer-collect-examples = Neem situaties mee waarin nieuwe medewerkers vastliepen.
curriculum-check-employer-set-time = Zet nu alle data van de bijeenkomsten in de agenda.
curriculum-check-employer-comment-drafts = Ga na of de opdrachten in het concept bij het echte werk passen.
curriculum-check-employer-offer-tasks = Bied opdrachten of materiaal aan voor de nieuwe inhoud.

curriculum-check-student-give-feedback = Vertel je docent wat je op het werk heeft geholpen.
curriculum-check-student-volunteer = Meld je aan om in een bijeenkomst namens studenten te spreken.
curriculum-check-student-comment = Zeg of de nieuwe opdrachten voor jou logisch zijn.
curriculum-check-student-think-needs = Schrijf op wat je nog nodig hebt om met vertrouwen aan het werk te gaan.
curriculum-check-student-share-plans = Vertel andere studenten wat er verandert.
