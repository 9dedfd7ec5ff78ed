## Methode: Praxisphasen im Betrieb

placement-title = Praxisphasen im Betrieb
    .summary = Lernende verbringen eine geplante Zeit im Betrieb und lernen an echten Aufgaben mit vereinbarten Zielen.

placement-intro =
    Eine Praxisphase im Betrieb ist die häufigste Form der Zusammenarbeit in der beruflichen Bildung. Gut vorbereitet ist sie weit mehr als eine zusätzliche Arbeitskraft für die Hochsaison: Die Lernenden lernen echte Aufgaben in einer geplanten Reihenfolge, begleitet von { -work-mentor(article: "indef", case: "dat") }, die die Lernziele kennt, und von einer Lehrkraft, die den Kontakt hält.

    Das wichtigste Werkzeug ist eine dreiseitige Lernvereinbarung zwischen { -student(article: "def", case: "dat") }, der Schule und dem Betrieb, in Deutschland oft Praktikumsvereinbarung genannt. Sie übersetzt einen allgemeinen Abschluss in Aufgaben, die es genau in diesem Betrieb gibt, und sie legt fest, wer vor, während und nach der Praxisphase was tut.

placement-example =
    Eine berufliche Schule für Landwirtschaft und Lebensmittel in Friesland schickte ihre Lernenden jedes Frühjahr auf Milchviehbetriebe rund um Leeuwarden. Die Lernenden beklagten jedoch, dass sie zehn Wochen lang kaum etwas anderes zu tun bekamen als Melken. Die Schule und sechs Landwirtinnen und Landwirte trafen sich deshalb auf einem der Höfe, um sich den Abschluss gemeinsam anzusehen.

    Für jeden Hof hielten sie fest, welche Lernziele dort erreicht werden konnten: Tiergesundheit, Fütterung, Maschinen, Dokumentation und Melken. Das Ergebnis war eine Lernvereinbarung mit einem Aufgabenplan für jede Woche. Die Lehrkräfte besuchten alle Lernenden zweimal, einmal in der zweiten und einmal in der siebten Woche, und legten ihre Besuche so, dass sie die Lernenden bei der Arbeit erleben konnten.

    Die Lernenden bewerteten die neuen Praxisphasen deutlich besser, und die Höfe fanden die Lernenden nützlicher, weil diese wussten, was sie als Nächstes lernen sollten. Ein Landwirt bot der Person, die auf seinem Hof gelernt hatte, nach dem Abschluss eine Stelle an.
    .title = Erprobt in der Landwirtschaft, Niederlande

placement-prep-vet-provider =
    1. Termine und Zahl der Lernenden frühzeitig mit dem { -employer(case: "dat") } vereinbaren.
    2. Die Lernvereinbarung entwerfen: Ziele, Aufgaben, Arbeitszeiten, Ansprechpersonen und Bewertung.
    3. Versicherung, Arbeitsschutz und gesetzliche Altersgrenzen (in Deutschland etwa das Jugendarbeitsschutzgesetz) prüfen.
    4. Die Lernenden vorbereiten, auch darauf, wie man sich im Betrieb verhält und wen man anruft, wenn etwas schiefläuft.

placement-prep-employer =
    1. { -work-mentor(article: "indef", case: "start-acc") } benennen und ihr Zeit für die Lernenden geben.
    2. Die Lernvereinbarung durchgehen und markieren, welche Aufgaben der Betrieb wann bieten kann.
    3. Arbeitskleidung, Zugänge, einen Spind und eine Sicherheitsunterweisung vorbereiten.

placement-prep-student =
    1. Die Lernvereinbarung lesen und unterschreiben und bei Unklarheiten nachfragen.
    2. Sich vor dem Start beim Betrieb melden und vorstellen.
    3. Anfahrt, Arbeitszeiten und passende Kleidung klären.

placement-do-vet-provider =
    1. Den Betrieb früh in der Praxisphase besuchen oder anrufen und noch einmal vor dem Ende.
    2. Den Lernenden helfen, die Aufgaben mit den Lernzielen zu verknüpfen, zum Beispiel mit einem Lerntagebuch.
    3. Schnell handeln, wenn Lernende oder Betreuungspersonen ein Problem melden.

placement-do-employer =
    1. Mit einer Einarbeitung beginnen: Menschen, Regeln, Sicherheit und die ersten Aufgaben.
    2. Aufgaben in der vereinbarten Reihenfolge übertragen und sie mit wachsendem Können anspruchsvoller machen.
    3. Jeden Tag kurz Rückmeldung geben und jede Woche ausführlicher Bilanz ziehen.

placement-do-student =
    1. Pünktlich sein, die Regeln befolgen und nachfragen, wenn etwas unklar ist.
    2. Ein Lerntagebuch führen und es mit Betreuungsperson und Lehrkraft teilen.
    3. Der Lehrkraft früh Bescheid geben, wenn die Aufgaben nicht zur Vereinbarung passen.

placement-follow-up =
    Schließen Sie die Praxisphase mit einem Dreiergespräch ab, in dem Lernende, Betreuungsperson und Lehrkraft auf die Lernziele zurückblicken und die Bewertung vereinbaren. Bitten Sie die Lernenden und die Betreuungspersonen um Rückmeldung zur Praxisphase selbst, nicht nur zu den Lernenden.

    Halten Sie fest, welche Aufgaben funktioniert haben, was gefehlt hat und ob der Zeitraum für den Betrieb günstig war, und aktualisieren Sie den Aufgabenplan, bevor die nächsten Lernenden kommen.

placement-tips =
    - Eine kurze Lernvereinbarung, die alle gelesen haben, ist besser als eine lange, die niemand liest.
    - Besuchen Sie die Lernenden, wenn sie tatsächlich arbeiten, nicht nur, wenn die Leitung Zeit hat.
    - Vereinbaren Sie vorher, was passiert, wenn die Praxisphase nicht gut läuft.
    - Lassen Sie nicht zu, dass Lernende zu billigen Arbeitskräften für Aufgaben ohne Lernwert werden.
    .title = Tipps und Stolpersteine

placement-check-vet-provider-agree-dates = Termine und Anzahl frühzeitig vereinbaren.
placement-check-vet-provider-draft-agreement = Die dreiseitige Lernvereinbarung entwerfen.
placement-check-vet-provider-check-insurance = Versicherung und Arbeitsschutz prüfen.
placement-check-vet-provider-visit = Die Lernenden mindestens zweimal im Betrieb besuchen.
placement-check-vet-provider-end-meeting = Zum Abschluss ein Dreiergespräch führen.
placement-check-vet-provider-update-plan = Den Aufgabenplan für die nächsten Lernenden aktualisieren.

placement-check-employer-name-mentor = Eine Betreuungsperson benennen und ihr Zeit geben.
placement-check-employer-mark-tasks = Die Aufgaben markieren, die der Betrieb bieten kann.
placement-check-employer-induction = Einarbeitung und Sicherheitsunterweisung vorbereiten.
placement-check-employer-daily-feedback = Jeden Tag kurz Rückmeldung geben.
placement-check-employer-weekly-review = Jede Woche den Fortschritt mit den Lernenden besprechen.

placement-check-student-sign-agreement = Die Lernvereinbarung lesen und unterschreiben.
placement-check-student-introduce = Sich vor dem Start im Betrieb vorstellen.
placement-check-student-check-travel = Anfahrt, Arbeitszeiten und Kleidung klären.
placement-check-student-keep-log = Ein Lerntagebuch führen.
placement-check-student-report-problems = Probleme früh der Lehrkraft melden.
