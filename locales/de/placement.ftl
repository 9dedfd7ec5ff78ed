## Methode: Praxisphasen im Betrieb

placement-title = Praxisphasen im Betrieb
    .summary = Lernende verbringen eine geplante Zeit im Betrieb und lernen an echten Aufgaben mit vereinbarten Zielen.

placement-intro =
    Eine Praxisphase im Betrieb ist die häufigste Form der Zusammenarbeit in der beruflichen Bildung. Gut vorbereitet ist sie weit mehr als eine zusätzliche Arbeitskraft: Die Lernenden lernen echte Aufgaben in einer geplanten Reihenfolge, begleitet von { -work-mentor(article: "indef", case: "dat") }, die die Lernziele kennt, und von einer Lehrkraft, die den Kontakt hält.

    Planen Sie die Termine um die Hochsaison des Betriebs herum. In der Spitzenzeit hat niemand Zeit, Lernende anzuleiten, und in den ruhigsten Wochen gibt es wenig zu lernen. Fragen Sie { -employer(article: "def", case: "acc") }, in welchen Wochen es beides gibt: echte Arbeit und eine Betreuungsperson mit Zeit.

    Das wichtigste Werkzeug ist eine Lernvereinbarung zwischen { -student(article: "def", case: "dat") }, der Schule und dem Betrieb. Sie übersetzt einen allgemeinen Abschluss in Aufgaben, die es genau in diesem Betrieb gibt, und sie legt fest, wer vor, während und nach der Praxisphase was tut.

placement-example =
    Eine berufliche Schule für Landwirtschaft und Lebensmittel in Friesland schickte ihre Lernenden jedes Frühjahr auf Milchviehbetriebe rund um Leeuwarden, doch die Lernenden beklagten, dass sie zehn Wochen lang kaum etwas anderes zu tun bekamen als Melken. Die Schule und sechs Landwirtinnen und Landwirte trafen sich deshalb auf einem der Höfe und hielten fest, welche Lernziele jeder Hof bieten konnte: Tiergesundheit, Fütterung, Maschinen, Dokumentation und Melken.

    Ihre erste Lösung, ein Aufgabenplan für jede einzelne Woche, überstand das Frühjahr nicht: Über die Arbeit entschieden das Abkalben und das Wetter, nicht der Plan. Im zweiten Jahr listeten sie die Aufgaben stattdessen nach Monaten auf und überließen die Wahl der Woche der Betreuungsperson. Die Lehrkräfte besuchten alle Lernenden zweimal, in der zweiten und in der siebten Woche, und kamen zum Melken oder Füttern, damit sie die Lernenden bei der Arbeit erlebten und nicht im Hofbüro.

    17 der 19 Lernenden erreichten alle Ziele ihrer Vereinbarung. Die beiden anderen waren auf einem Hof mit wenig Maschinenarbeit; die Schule sorgt inzwischen dafür, dass Lernende von diesem Hof einige Tage auf einem Nachbarhof verbringen.
    .title = Erprobt in der Landwirtschaft, Niederlande

placement-agreement =
    Halten Sie die Lernvereinbarung so kurz, dass alle sie lesen. Sie nennt:

    - die Beteiligten und Ansprechpersonen: { -student(article: "def", case: "acc") }, die Schule und den Betrieb, mit den Telefonnummern der Lehrkraft und der Betreuungsperson;
    - die Termine und Arbeitszeiten, auch Abend-, Wochenend- oder Nachtarbeit;
    - die Lernziele, bezogen auf die Lernfelder oder Module des Abschlusses;
    - die Aufgaben in diesem Betrieb, die zu diesen Zielen führen;
    - die Betreuung: wer die Lernenden anleitet und wer vertritt, wenn die Betreuungsperson nicht da ist;
    - die Bewertung: was bewertet wird, wie, wann und von wem;
    - die Versicherung: wer Unfälle und Schäden abdeckt;
    - was bei Problemen geschieht, bis hin zum vorzeitigen Ende der Praxisphase;
    - die Unterschriften aller drei Beteiligten.
    .title = Was in eine Lernvereinbarung gehört

placement-agreement-note =
    In schulischen Bildungsgängen heißt die Lernvereinbarung meist Praktikumsvertrag oder Praktikumsvereinbarung; Vorgaben dazu machen, je nach Bildungsgang, die Ausbildungs- und Prüfungsordnungen oder Erlasse des jeweiligen Bundeslandes. Unterschrieben wird sie in der Regel vom Betrieb und von den Lernenden, bei Minderjährigen auch von den Erziehungsberechtigten, oft zusätzlich von der Schule. In der dualen Ausbildung tritt an ihre Stelle der Berufsausbildungsvertrag nach dem Berufsbildungsgesetz mit dem betrieblichen Ausbildungsplan; die zuständige Kammer trägt den Vertrag in das Verzeichnis der Berufsausbildungsverhältnisse ein.
    .title = In Deutschland

placement-prep-vet-provider =
    1. Termine und Zahl der Lernenden Monate im Voraus mit dem { -employer(case: "dat") } vereinbaren und dabei die Spitzenwochen des Betriebs meiden.
    2. Die Lernvereinbarung entwerfen und sie mit der Betreuungsperson im Betrieb durchgehen.
    3. Die Versicherung und die Sicherheitsregeln für die Aufgaben prüfen, bei Lernenden unter 18 auch die Grenzen für Arbeitszeiten und Tätigkeiten.
    4. Den Lernenden sagen, was sie an einem schlechten Tag tun sollen: wen sie im Betrieb und wen in der Schule anrufen.

placement-prep-employer =
    1. { -work-mentor(article: "indef", case: "start-acc") } und eine Vertretung benennen und der Betreuungsperson Zeit für die Lernenden geben.
    2. In der Vereinbarung markieren, welche Aufgaben der Betrieb bieten kann und in welchem Monat.
    3. Arbeitskleidung, Zugänge, einen Spind und eine Sicherheitsunterweisung vorbereiten.

placement-prep-student =
    1. Die Lernvereinbarung lesen, bei Unklarheiten nachfragen und sie unterschreiben.
    2. Vor dem Start beim Betrieb anrufen oder vorbeigehen und sich vorstellen.
    3. Den Weg, die Arbeitszeiten und die passende Kleidung klären.

placement-do-vet-provider =
    1. Die Lernenden mindestens zweimal bei der Arbeit besuchen, früh in der Praxisphase und vor dem Ende, und zwischendurch anrufen.
    2. Den Lernenden helfen, die Aufgaben mit den Lernzielen zu verknüpfen, zum Beispiel mit einem Lerntagebuch.
    3. Innerhalb weniger Tage handeln, wenn Lernende oder Betreuungsperson ein Problem melden.

placement-do-employer =
    1. Mit einer Einarbeitung beginnen: Menschen, Regeln, Sicherheit und die ersten Aufgaben.
    2. Den Lernenden schwierigere Aufgaben geben, sobald sie die leichteren beherrschen.
    3. Jeden Tag kurz Rückmeldung geben und jede Woche mit den Lernenden den Fortschritt besprechen.

placement-do-student =
    1. Ein Lerntagebuch führen und es mit Betreuungsperson und Lehrkraft teilen.
    2. Der Lehrkraft früh Bescheid geben, wenn die Aufgaben nicht zur Vereinbarung passen.

placement-follow-up =
    Schließen Sie die Praxisphase mit einem Dreiergespräch ab, in dem Lernende, Betreuungsperson und Lehrkraft auf die Lernziele zurückblicken und die Bewertung vereinbaren. Bitten Sie die Lernenden und die Betreuungsperson um Rückmeldung zur Praxisphase selbst, nicht nur zu den Lernenden, und aktualisieren Sie den Aufgabenplan, bevor die nächsten Lernenden kommen.

placement-tips =
    Besuchen Sie die Lernenden, wenn sie tatsächlich arbeiten, nicht nur, wenn die Leitung Zeit hat. Achten Sie darauf, ob Lernende zu billigen Arbeitskräften geworden sind: Wenn dieselbe Aufgabe ohne Lernwert die Tage füllt, sprechen Sie sofort mit der Betreuungsperson.
    .title = Tipps und Stolpersteine

placement-check-vet-provider-agree-dates = Termine außerhalb der Spitzenwochen des Betriebs vereinbaren.
placement-check-vet-provider-draft-agreement = Die Lernvereinbarung mit der Betreuungsperson entwerfen.
placement-check-vet-provider-check-insurance = Versicherung, Sicherheitsregeln und Grenzen für unter 18-Jährige prüfen.
placement-check-vet-provider-visit = Die Lernenden mindestens zweimal bei der Arbeit besuchen: früh und gegen Ende.
placement-check-vet-provider-call = Zwischen den Besuchen Lernende und Betreuungsperson anrufen.
placement-check-vet-provider-end-meeting = Zum Abschluss ein Dreiergespräch führen.
placement-check-vet-provider-update-plan = Den Aufgabenplan für die nächsten Lernenden aktualisieren.

placement-check-employer-name-mentor = Eine Betreuungsperson und eine Vertretung benennen.
placement-check-employer-mark-tasks = Die möglichen Aufgaben Monat für Monat markieren.
placement-check-employer-induction = Kleidung, Zugänge und Sicherheitsunterweisung vorbereiten.
placement-check-employer-daily-feedback = Den Lernenden jeden Tag kurz Rückmeldung geben.
placement-check-employer-weekly-review = Jede Woche mit den Lernenden den Fortschritt besprechen.
placement-check-employer-sign = Die Lernvereinbarung unterschreiben.

placement-check-student-sign-agreement = Die Lernvereinbarung lesen und unterschreiben.
placement-check-student-introduce = Sich vor dem Start im Betrieb vorstellen.
placement-check-student-check-travel = Weg, Arbeitszeiten und Arbeitskleidung klären.
placement-check-student-keep-log = Jeden Tag ins Lerntagebuch schreiben.
placement-check-student-report-problems = Der Lehrkraft früh sagen, wenn Aufgaben und Vereinbarung nicht zusammenpassen.
