## Methode: Het klaslokaal op de werkvloer

classroom-title = Het klaslokaal op de werkvloer
    .summary = Verplaats een deel van het onderwijs naar de werkplek, of laat vakspecialisten uit het bedrijf lesgeven.

classroom-intro =
    Bij deze methode verlaat een deel van het onderwijs het schoolgebouw. Een groep studenten volgt een module, of een deel ervan, op een werkplek, of een vakspecialist uit het bedrijf komt lesgeven op school. Studenten werken met echte apparatuur en volgens de actuele praktijk, en ze zien meteen waarom de theorie ertoe doet.

    De docent blijft verantwoordelijk voor de leerdoelen en de beoordeling; de vakspecialist brengt het echte werk en de verhalen uit het vak in. { -employer(form: "def-cap") } leert toekomstige medewerkers kennen, en { -vet-provider(form: "def") } houdt het onderwijs dicht bij de beroepspraktijk zonder dure apparatuur te hoeven kopen.

classroom-example =
    Een beroepsschool in Akureyri wilde dat de leerlingen van haar horecaopleiding meer leerden over lokale vis en zeevruchten dan in de schoolkeuken mogelijk was. Een hotelrestaurant in de stad bood aan om in het rustige seizoen een module van twee weken te verzorgen.

    ’s Ochtends leerde de chef-kok de leerlingen lokale vis fileren, bewaren en bereiden, aan dezelfde werkbanken als zijn eigen personeel. De docent behandelde hygiëne en voedselveiligheid in de vergaderzaal van het hotel, met wat de leerlingen net hadden gedaan als voorbeeld. ’s Middags bereidden en serveerden de leerlingen een eenvoudige lunch voor hotelgasten, onder het toeziend oog van de chef.

    Volgens de leerlingen was dit de module die ze het best onthielden, en het hotel nam er twee van hen aan voor de zomer. De chef geeft nu ook elke periode een broodworkshop op school, en de module is sindsdien elk najaar gegeven.
    .title = Uitgeprobeerd in de horeca, Akureyri, IJsland

classroom-prep-vet-provider =
    1. Kies een module waarvan de leerdoelen bij de werkplek passen.
    2. Spreek het rooster af met { -employer(form: "def") }, inclusief wie wat geeft.
    3. Regel verzekering, veiligheidsregels, vervoer en maaltijden.
    4. Licht de vakspecialist in over de leerdoelen, de groep en een paar eenvoudige didactische werkvormen.

classroom-prep-employer =
    1. Kies een vakspecialist die het werk goed kent en het leuk vindt om uitleg te geven.
    2. Zoek een ruimte en tijden waarop klanten of productie er niet te veel last van hebben.
    3. Bedenk echte taken die studenten veilig kunnen uitvoeren, en zet gereedschap en materialen klaar.

classroom-prep-student =
    1. Lees de leerdoelen van de module.
    2. Zoek uit welke kleding, beschermingsmiddelen en reis je nodig hebt.
    3. Zoek uit wat het bedrijf doet en bereid vragen voor aan de vakspecialist.

classroom-do-vet-provider =
    1. Wees aanwezig, in elk geval bij de start, en koppel het praktijkwerk aan de theorie.
    2. Volg de voortgang van elke student ten opzichte van de leerdoelen.
    3. Overleg elke dag kort met de vakspecialist om het plan bij te stellen.

classroom-do-employer =
    1. Begin met een veiligheidsinstructie en een rondleiding door het bedrijf.
    2. Doe het werk voor en laat studenten daarna oefenen met echte taken.
    3. Leg uit hoe het werk in de praktijk gaat, ook welke fouten er gemaakt worden en hoe u daarmee omgaat.

classroom-do-student =
    1. Houd je aan de regels van het bedrijf en gedraag je zoals een collega dat zou doen.
    2. Probeer de taken zelf uit en vraag het als je twijfelt.
    3. Schrijf elke dag op wat je leert en koppel dat aan de theorie.

classroom-follow-up =
    Na de module bespreken de docent en de vakspecialist samen de resultaten en de feedback van de studenten. Hebben de studenten de leerdoelen gehaald? Was de tijd die het bedrijf erin stak de moeite waard? Welke onderdelen werkten daar beter dan op school?

    Bedank de vakspecialist op een manier die hij of zij waardeert, bijvoorbeeld met een brief aan de leidinggevende. Zijn beide kanten tevreden, zet de module dan meteen in het rooster van volgend jaar, zodat het een vast onderdeel wordt en geen eenmalige actie.

classroom-tips =
    - Begin met één module en één werkplek, en bouw het van daaruit uit.
    - Houd groepen zo klein dat iedereen het werk zelf kan doen.
    - Spreek een plan B af voor dagen waarop het in het bedrijf ineens druk is.
    - Laat het beoordelen niet alleen aan de vakspecialist over, tenzij u dat zo hebt afgesproken.
    .title = Tips en valkuilen

classroom-check-vet-provider-choose-module = Kies een module die bij de werkplek past.
classroom-check-vet-provider-agree-timetable = Spreek het rooster af en wie wat geeft.
classroom-check-vet-provider-check-insurance = Regel verzekering, veiligheid en vervoer.
classroom-check-vet-provider-brief-specialist = Licht de vakspecialist in over de doelen en de groep.
classroom-check-vet-provider-link-theory = Koppel het praktijkwerk aan de theorie.
classroom-check-vet-provider-review-module = Evalueer de module met de vakspecialist.

classroom-check-employer-choose-specialist = Kies een vakspecialist die graag uitleg geeft.
classroom-check-employer-find-space = Zoek een ruimte en geschikte tijden.
classroom-check-employer-prepare-tasks = Zet echte taken, gereedschap en materialen klaar.
classroom-check-employer-safety-induction = Geef op de eerste dag een veiligheidsinstructie.
classroom-check-employer-give-feedback = Laat de docent weten hoe elke student het deed.

classroom-check-student-read-goals = Lees de leerdoelen van de module.
classroom-check-student-check-gear = Regel je kleding, beschermingsmiddelen en reis.
classroom-check-student-prepare-questions = Bereid vragen voor aan de vakspecialist.
classroom-check-student-follow-rules = Houd je aan de regels van het bedrijf.
classroom-check-student-note-learning = Schrijf elke dag op wat je leert.
