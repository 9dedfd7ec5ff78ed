## Methode: Docenten terug op de werkvloer

teacher-placement-title = Docenten terug op de werkvloer
    .summary = Docenten werken een tijd in een bedrijf en nemen de actuele praktijk mee terug naar school.

teacher-placement-intro =
    Gereedschappen, materialen en werkwijzen veranderen sneller dan leerplannen, en een docent die tien jaar geleden uit het vak is gestapt, kan merken dat het vak zonder hem of haar verder is gegaan. Bij een docentstage werkt de docent een paar dagen of weken in een bedrijf als medewerker, niet als bezoeker.

    De docent komt terug met actuele vaardigheden, echte voorbeelden en contacten. { -employer(form: "def-cap") } krijgt er een vakkundig paar handen bij, een kijkje in de keuken van de school en een directe manier om invloed te hebben op wat studenten leren. De grootste kosten liggen meestal bij de school: het salaris van de docent loopt door, en iemand moet de lessen geven die anders uitvallen.

teacher-placement-example =
    Twee docenten tuinbouw van een Nederlandse mbo-school liepen twee weken stage bij glastuinbouwbedrijven in het Westland, de een bij een tomatenteler en de ander bij een potplantenkwekerij.

    De eerste week bij de tomatenteler bestond vooral uit inpakken: de teler wist niet wat hij een docent moest laten doen. Bij de potplantenkwekerij mocht de docent geen gegevens uit de klimaatcomputer kopiëren, omdat de kweker die als bedrijfsgeheim zag. Na een telefoongesprek tussen de school en beide telers volgde de tweede week een takenlijst (gewasverzorging, de klimaatcomputer, biologische bestrijding), en de potplantenkweker deelde de gegevens van het vorige seizoen, zonder bedrijfsnaam.

    Terug op school herschreven de docenten twee modules rond wat ze hadden meegenomen. De school had voor elke docent tuinbouw eens in de drie jaar een docentstage gepland, maar twee weken vervanging betalen bleek daarvoor te duur; ze financiert nu twee stages per jaar en probeert kortere uit.
    .title = Uitgeprobeerd in de tuinbouw, Nederland

teacher-placement-prep-vet-provider =
    1. Neem docentstages op in het professionaliseringsplan en de begroting, met de kosten van vervanging voor de lessen die uitvallen.
    2. Schrijf samen met de docent op wat de stage moet opleveren: welke vaardigheden, welke materialen, welke contacten.
    3. Spreek met het bedrijf een takenlijst per week af, zodat de docent niet terechtkomt waar die dag toevallig mensen tekortkomen.
    4. Regel vervanging voor elke les die de docent mist, en zet werk klaar voor de studenten.

teacher-placement-prep-employer =
    1. Spreek de data, werktijden en taken af, en wijs één medewerker aan met wie de docent samenwerkt.
    2. Geef de docent dezelfde veiligheidsinstructie als nieuwe medewerkers, en spreek met de school af wiens verzekering de docent dekt, want hij of zij is niet bij u in dienst.
    3. Zeg bij de start wat vertrouwelijk is en wat de docent mag fotograferen, kopiëren of in de lessen gebruiken.

teacher-placement-prep-student =
    1. Vertel je docent over welke delen van het vak je meer wilt horen.
    2. Schrijf twee vragen op die de docent in het bedrijf kan stellen.

teacher-placement-do-vet-provider =
    1. Doe als docent-stagiair echt werk, en vraag waarom dingen gaan zoals ze gaan.
    2. Houd elke dag kort bij welke nieuwe gereedschappen en methoden u ziet, welke fouten er worden gemaakt en welke voorbeelden u in de les kunt gebruiken.
    3. Vraag het voordat u foto’s, gegevens of documenten meeneemt, en noteer wat u mocht meenemen.

teacher-placement-do-employer =
    1. Geef de docent echte taken, niet alleen een rondleiding, en leg uit waarom u de apparatuur en werkwijzen gebruikt die u gebruikt.
    2. Vertel de docent wat uw nieuwe medewerkers het vaakst missen als ze van school komen.

teacher-placement-do-student =
    1. Maak de opdrachten voor de lessen die de docent mist.
    2. Vraag de docent na terugkomst naar de antwoorden op je vragen.

teacher-placement-follow-up =
    Binnen een schoolperiode herschrijft de docent minstens één les of module en vertelt hij of zij collega’s wat hij of zij heeft geleerd. Stuur het bedrijf een kort bericht over wat er op school is veranderd, en toets de stage aan de doelen die aan het begin zijn opgeschreven. De volgende stap met het bedrijf is vaak een stage voor studenten of een gastles.

teacher-placement-tips =
    Twee weken echt meewerken leert meer dan een maand bedrijfsbezoeken. Gaan twee weken niet, dan werken losse dagen verspreid over een periode ook, zolang de docent elke keer echte taken doet.
    .title = Tips en valkuilen

teacher-placement-check-vet-provider-plan-budget = Begroot de stage, met de kosten van vervanging.
teacher-placement-check-vet-provider-set-goals = Schrijf op welke vaardigheden en materialen u mee terug wilt nemen.
teacher-placement-check-vet-provider-agree-tasks = Spreek met het bedrijf een takenlijst per week af.
teacher-placement-check-vet-provider-arrange-cover = Regel vervanging voor elke les die u mist.
teacher-placement-check-vet-provider-keep-log = Houd elke dag een kort logboek bij.
teacher-placement-check-vet-provider-ask-permission = Vraag het voordat u foto’s, gegevens of documenten meeneemt.
teacher-placement-check-vet-provider-update-module = Herschrijf binnen een periode minstens één les.
teacher-placement-check-vet-provider-share-colleagues = Vertel collega’s wat u hebt geleerd.

teacher-placement-check-employer-agree-dates = Spreek data en taken af; wijs een collega voor de docent aan.
teacher-placement-check-employer-check-safety = Geef de docent de veiligheidsinstructie voor personeel.
teacher-placement-check-employer-check-insurance = Spreek met de school af welke verzekering geldt.
teacher-placement-check-employer-confidentiality = Zeg op de eerste dag wat vertrouwelijk is.
teacher-placement-check-employer-real-tasks = Geef echte taken, niet alleen een rondleiding.
teacher-placement-check-employer-discuss-needs = Vertel de docent wat nieuwe medewerkers vaak missen.

teacher-placement-check-student-share-wishes = Vertel je docent wat je wilt weten.
teacher-placement-check-student-prepare-questions = Schrijf twee vragen op voor het bedrijf.
teacher-placement-check-student-keep-studying = Maak de opdrachten voor de gemiste lessen.
teacher-placement-check-student-discuss = Vraag naar de antwoorden als de docent terug is.
teacher-placement-check-student-ask-placement = Vraag of het bedrijf stageplaatsen voor studenten heeft.
