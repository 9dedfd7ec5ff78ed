## Methode: Stolz, Lernende im Betrieb zu betreuen

mentor-title = Stolz, Lernende im Betrieb zu betreuen
    .summary = { -work-mentor(article: "indef", case: "start-acc") } auswählen, schulen und unterstützen, die die Lernenden im Betrieb anleitet.

mentor-intro =
    { -work-mentor(article: "def", case: "start") } im Betrieb, in manchen Ländern Lehrmeisterin oder Lehrmeister genannt, plant die Aufgaben der Lernenden, zeigt, wie die Arbeit gemacht wird, gibt Rückmeldung und wirkt an der Bewertung mit. Bei dieser Methode wählen { -vet-provider(article: "def") } und { -employer(article: "def") } die Betreuungspersonen gemeinsam aus, schulen sie in einem kurzen Kurs, in Präsenz oder online, und vereinbaren, wer welche Lernenden betreut. Gute Betreuung entsteht nicht zufällig: Betreuungspersonen brauchen Zeit im Dienstplan, eine klare Rolle und die Sicherheit, die eine Schulung gibt.

mentor-example =
    Eine berufliche Schule in Jyväskylä und vier Altenpflegeheime stellten fest, dass sich die Pflegekräfte, die Lernende anleiteten, bei der Bewertung unsicher fühlten. Gemeinsam entwickelten sie einen Onlinekurs: vier Sitzungen zu je 90 Minuten über sechs Wochen, geleitet von einer Lehrkraft und einer erfahrenen Betreuungsperson, mit einer kleinen Aufgabe zum Ausprobieren zwischen den Sitzungen.

    Für die Nachtschicht lief der erste Durchgang schlecht. Die Sitzungen lagen am frühen Nachmittag, und wer aus dem Nachtdienst kam, verpasste sie oder saß halb schlafend davor. Die Partner verlegten die Sitzungen in die Stunde, in der sich Früh- und Spätdienst überschneiden, und zeichneten sie für alle auf, die nicht kommen konnten. Die Aufzeichnung brachte ein neues Problem: Die besten Diskussionen drehten sich um echte Bewohnerinnen und Bewohner. Ab der zweiten Sitzung wurden Fälle ohne Namen und ohne erkennbare Einzelheiten erzählt, alle Anwesenden stimmten der Aufzeichnung zu, und nur die Kursteilnehmenden konnten sie ansehen.

    22 der 30 Pflegekräfte, die begonnen hatten, schlossen den Kurs ab. Die meisten, die abbrachen, arbeiteten nachts, und die Heime haben noch kein Format gefunden, das für sie passt.
    .title = Erprobt im Sozial- und Gesundheitswesen, Finnland

mentor-prep-vet-provider =
    1. Mit dem { -employer(case: "dat") } vereinbaren, welche Beschäftigten welche Lernenden in welchen Wochen betreuen. Die Praxisphasen um die Hochsaison des Betriebs herum planen: In der Spitzenzeit hat niemand Zeit, Lernende anzuleiten.
    2. Den Kurs gemeinsam mit einer erfahrenen Betreuungsperson planen: die Lernziele, die erste Woche der Lernenden, Rückmeldung, Bewertung und Arbeitssicherheit.
    3. Eine einseitige Übersicht über den Abschluss schreiben, in der Sprache des Betriebs und nicht in der Sprache des Lehrplans.

mentor-prep-employer =
    1. Nach Freiwilligen fragen, statt die Rolle zuzuweisen: Geduld und regelmäßige Schichten zählen mehr als das Dienstalter.
    2. Die Kurssitzungen und feste Betreuungszeiten für alle Lernenden in den Dienstplan eintragen.
    3. Dem Team sagen, wer wen betreut, damit Kolleginnen und Kollegen einspringen können und die Lernenden wissen, wen sie sonst fragen können.

mentor-prep-student =
    1. Vor dem ersten Tag herausfinden, wie die eigene Betreuungsperson heißt und wie sie erreichbar ist.
    2. Die zwei oder drei Lernziele markieren, an denen man am liebsten arbeiten möchte.
    3. Ein paar Sätze dazu vorbereiten, was man schon kann und was man noch nicht ausprobiert hat.

mentor-do-vet-provider =
    1. Jede Sitzung gemeinsam mit einer Betreuungsperson aus dem Betrieb als Co-Trainerin oder Co-Trainer leiten und die Sitzung auf anonymisierten Fällen der Teilnehmenden aufbauen.
    2. Zwischen den Sitzungen eine kleine Aufgabe geben, etwa den ersten Tag einer oder eines Lernenden zu planen, und die nächste Sitzung damit beginnen, wie es gelaufen ist.
    3. Jede neue Betreuungsperson in der ersten Woche der Lernenden anrufen und ihre Fragen innerhalb eines Arbeitstages beantworten.

mentor-do-employer =
    1. Den Betreuungspersonen die Teilnahme während der Arbeitszeit ermöglichen und eine Vertretung für sie organisieren.
    2. Betreuungsperson und Lernende zumindest in den ersten Wochen in dieselben Schichten einteilen.
    3. Die Betreuungsperson zum Bewertungsgespräch einladen und ihr Zeit geben, sich darauf vorzubereiten.

mentor-do-student =
    1. Mit { -work-mentor(article: "def", case: "dat") } eine feste Zeit für Rückmeldung vereinbaren, zum Beispiel zehn Minuten am Ende jeder Schicht.
    2. Ehrlich sagen, was noch schwerfällt; { -work-mentor(article: "def") } kann die Aufgaben nur anpassen, wenn sie es weiß.
    3. Das Lerntagebuch zu einem wöchentlichen Gespräch mit { -work-mentor(article: "def", case: "dat") } mitbringen.

mentor-recordings =
    Sitzungen, die auf echten Fällen aus der Pflege oder der Arbeit mit Kundinnen und Kunden aufbauen, können Menschen bloßstellen, die nie zugestimmt haben. Erzählen Sie Fälle ohne Namen und ohne Einzelheiten, an denen jemand zu erkennen ist. Zeichnen Sie eine Sitzung nur auf, wenn alle Anwesenden zugestimmt haben, legen Sie fest, wer die Aufzeichnung ansehen darf und wie lange sie aufbewahrt wird, und speichern Sie sie so, dass nur die Teilnehmenden darauf zugreifen können.
    .title = Echte Fälle und Aufzeichnungen

mentor-follow-up =
    Eine kurze Umfrage unter den Betreuungspersonen vor und nach dem Kurs zeigt, ob sie sich beim Planen, bei der Rückmeldung und bei der Bewertung sicherer fühlen; fragen Sie auch die Lernenden, ob sich ihre Betreuung verändert hat. Führen Sie eine Liste der geschulten Betreuungspersonen, bieten Sie einmal im Jahr eine kurze Auffrischung an und würdigen Sie ihre Arbeit: Ein Zertifikat oder ein Dank in der Teamsitzung kostet wenig.

mentor-tips =
    Stellen Sie neuen Betreuungspersonen bei den ersten Lernenden eine erfahrene Kollegin oder einen erfahrenen Kollegen zur Seite. Betreuung ohne Zeit im Dienstplan fällt an einem vollen Tag als Erstes weg; schützen Sie diese Zeit deshalb vor allem anderen.
    .title = Tipps und Stolpersteine

mentor-check-vet-provider-agree-numbers = Mit dem Betrieb vereinbaren, wer wann wen betreut.
mentor-check-vet-provider-plan-course = Den Kurs mit einer erfahrenen Betreuungsperson als Co-Trainerin oder Co-Trainer planen.
mentor-check-vet-provider-share-summary = Den Betreuungspersonen eine einseitige Übersicht der Lernziele schicken.
mentor-check-vet-provider-set-up-online = Onlinezugang und Aufzeichnung vor der ersten Sitzung testen.
mentor-check-vet-provider-consent = Vor jeder Aufzeichnung die Zustimmung aller einholen.
mentor-check-vet-provider-keep-in-touch = Jede neue Betreuungsperson in der ersten Woche anrufen.
mentor-check-vet-provider-collect-feedback = Die Betreuungspersonen vor und nach dem Kurs befragen.

mentor-check-employer-choose-mentors = Nach Freiwilligen für die Betreuung fragen, die Rolle nicht zuweisen.
mentor-check-employer-avoid-peak = Praxisphasen aus der arbeitsreichsten Zeit heraushalten.
mentor-check-employer-book-time = Kurssitzungen und Betreuungszeit in den Dienstplan eintragen.
mentor-check-employer-inform-team = Dem Team sagen, wer welche Lernenden betreut.
mentor-check-employer-plan-shifts = Betreuungsperson und Lernende anfangs in dieselben Schichten einteilen.
mentor-check-employer-join-assessment = Die Betreuungsperson zum Bewertungsgespräch einladen.
mentor-check-employer-recognise-mentors = Den Betreuungspersonen offen danken, z. B. in der Teamsitzung.

mentor-check-student-know-mentor = Name und Telefonnummer der Betreuungsperson herausfinden.
mentor-check-student-read-goals = Die wichtigsten eigenen Lernziele markieren.
mentor-check-student-agree-feedback = Mit der Betreuungsperson eine feste Zeit für Rückmeldung vereinbaren.
mentor-check-student-keep-log = Das Lerntagebuch zum wöchentlichen Gespräch mitbringen.
mentor-check-student-give-feedback = Der Betreuungsperson sagen, was beim Lernen hilft.
