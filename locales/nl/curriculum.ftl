## Methode: Werkgevers ontwerpen het onderwijs mee

curriculum-title = Werkgevers ontwerpen het onderwijs mee
    .summary = Werkgevers helpen bepalen wat en hoe studenten leren, zodat de opleiding aansluit bij wat het werkveld nodig heeft.

curriculum-intro =
    De officiële kwalificaties laten ruimte voor eigen keuzes: welke keuzeonderdelen worden aangeboden en in welke volgorde, welke voorbeelden en opdrachten worden gebruikt en hoeveel er op de werkplek wordt geleerd. Als { -employers } over die keuzes meebeslissen, sluit de opleiding beter aan bij wat er in de praktijk echt nodig is.

    Bij deze methode plannen docenten en mensen uit bedrijven samen een module, een opleiding of een eigen curriculum. Dat vraagt tijd en vertrouwen, dus het past bij partners die elkaar al kennen. De beloning is een opleiding waar beide kanten eigenaar van zijn.

curriculum-example =
    Een beroepsschool voor zorgberoepen in Kassel en vier zorgaanbieders maakten zich zorgen omdat pas gediplomeerde medewerkers zwak waren in digitale zorgdossiers en in gesprekken met familie. De school nodigde zorgmanagers en ervaren verpleegkundigen uit om samen met de docenten de eigen invulling van twee leervelden te plannen.

    In één periode kwam de groep drie keer bij elkaar. In de eerste bijeenkomst beschreven de zorgaanbieders alledaagse situaties waar nieuwe medewerkers moeite mee hadden. In de tweede deelden docenten en verpleegkundigen die situaties in bij de leervelden en schreven ze nieuwe opdrachten op basis van casussen. In de derde spraken ze af welke opdrachten leerlingen tijdens hun praktijkperiodes zouden uitvoeren, en hoe die beoordeeld zouden worden.

    Het jaar daarop werd de nieuwe inhoud gegeven. Zorgmanagers merkten dat leerlingen beter voorbereid binnenkwamen, en de school houdt nu elk voorjaar een planningsoverleg met werkgevers.
    .title = Uitgeprobeerd in zorg en welzijn, Duitsland

curriculum-prep-vet-provider =
    1. Bepaal welk deel van het curriculum ruimte biedt voor eigen invulling.
    2. Nodig { -employers } uit en leg het kader, de regels en de planning uit.
    3. Verzamel gegevens die het gesprek helpen, zoals feedback van oud-studenten en uit stages.

curriculum-prep-employer =
    1. Kies mensen die zowel het dagelijkse werk kennen als weten waar het vak naartoe gaat.
    2. Verzamel voorbeelden van vaardigheden die nieuwe medewerkers missen of binnenkort nodig hebben.
    3. Maak tijd vrij voor de planningsbijeenkomsten.

curriculum-prep-student =
    1. Geef feedback op de huidige modules en op je praktijkperiodes.
    2. Meld je aan om de studenten te vertegenwoordigen in een planningsbijeenkomst.
    3. Bedenk wat je zou moeten leren om met vertrouwen aan het werk te gaan.

curriculum-do-vet-provider =
    1. Leid de bijeenkomsten en houd het kader in het oog.
    2. Vertaal de ideeën naar leerdoelen, opdrachten en beoordeling.
    3. Stuur conceptversies naar iedereen voor commentaar.

curriculum-do-employer =
    1. Beschrijf echte situaties uit het werk en de vaardigheden die ze vragen.
    2. Geef in gewone woorden commentaar op de conceptversies.
    3. Bied opdrachten, materiaal of praktijkperiodes aan die de nieuwe inhoud ondersteunen.

curriculum-do-student =
    1. Vertel de groep hoe studenten de opleiding ervaren.
    2. Geef aan of de nieuwe opdrachten voor jou logisch zijn.
    3. Deel de plannen met andere studenten.

curriculum-follow-up =
    Als de nieuwe inhoud één keer is gegeven, kom dan opnieuw bij elkaar om naar de resultaten te kijken: feedback van studenten, beoordelingsresultaten en de ervaringen van werkgevers met studenten op de werkplek. Pas aan wat niet werkte.

    Maak er een gewoonte van, bijvoorbeeld met een jaarlijks planningsoverleg, zodat het curriculum gelijke tred houdt met het werkveld.

curriculum-tips =
    - Leg de officiële regels vroeg uit, zodat niemand iets plant wat niet kan.
    - Neem concrete werksituaties als vertrekpunt, geen lijsten met vakken.
    - Vraag niet om inbreng om die vervolgens te negeren; laat zien wat er veranderd is.
    - Laat ook studenten aan het woord.
    .title = Tips en valkuilen

curriculum-check-vet-provider-define-scope = Bepaal wat ruimte biedt voor eigen invulling.
curriculum-check-vet-provider-invite-employers = Nodig werkgevers uit en leg het kader uit.
curriculum-check-vet-provider-collect-data = Verzamel feedback van oud-studenten en uit stages.
curriculum-check-vet-provider-lead-meetings = Leid de bijeenkomsten.
curriculum-check-vet-provider-draft-content = Vertaal ideeën naar doelen, opdrachten en beoordeling.
curriculum-check-vet-provider-show-changes = Laat iedereen zien wat er veranderd is.

curriculum-check-employer-choose-people = Kies mensen die het werk en de toekomst ervan kennen.
curriculum-check-employer-collect-examples = Verzamel voorbeelden van ontbrekende vaardigheden.
curriculum-check-employer-set-time = Maak tijd vrij voor de bijeenkomsten.
curriculum-check-employer-comment-drafts = Geef commentaar op de conceptversies.
curriculum-check-employer-offer-tasks = Bied opdrachten of materiaal aan voor de nieuwe inhoud.

curriculum-check-student-give-feedback = Geef feedback op de huidige opleiding.
curriculum-check-student-volunteer = Meld je aan om studenten te vertegenwoordigen.
curriculum-check-student-comment = Geef commentaar op de nieuwe opdrachten.
curriculum-check-student-share-plans = Deel de plannen met andere studenten.
curriculum-check-student-think-needs = Bedenk wat je moet leren.
