## Methode: Lehrkräfte zurück im Betrieb

teacher-placement-title = Lehrkräfte zurück im Betrieb
    .summary = Lehrkräfte arbeiten eine Zeit lang in einem Unternehmen und bringen aktuelle Praxis zurück in die Schule.

teacher-placement-intro =
    Die Arbeitswelt verändert sich schnell, und Lehrkräfte, die ihren Beruf vor Jahren verlassen haben, verlieren leicht den Anschluss an neue Werkzeuge, Materialien und Arbeitsweisen. Bei einem Betriebspraktikum für Lehrkräfte arbeitet eine Lehrkraft einige Tage oder Wochen in einem Unternehmen mit, statt nur vom Rand aus zuzuschauen.

    Die Lehrkraft kommt mit aktuellem Können, frischen Beispielen und neuen Kontakten zurück. Der { -employer } bekommt eine zusätzliche fachkundige Arbeitskraft, einen Einblick in die Schule und eine gute Gelegenheit, mitzubestimmen, was die Lernenden lernen. Viele Partnerschaften stellen fest, dass Betriebspraktika von Lehrkräften direkt zu besseren Praxisphasen für Lernende führen.

teacher-placement-example =
    Zwei Gartenbaulehrkräfte einer niederländischen beruflichen Schule verbrachten zwei Wochen bei Gewächshausbetrieben in der Region Westland, die eine bei einem Tomatenanbauer, die andere bei einem Topfpflanzenbetrieb. Sie arbeiteten Seite an Seite mit den Beschäftigten mit, vom Pflanzen über die Kulturpflege bis zum Verpacken für den Export.

    Die Lehrkräfte waren überrascht, wie weit sich Klimasteuerung, LED-Beleuchtung und biologischer Pflanzenschutz seit ihrer eigenen Ausbildung entwickelt hatten. Mit Erlaubnis der Betriebe sammelten sie Fotos, Daten aus den Klimacomputern und echte Arbeitsanweisungen. Zurück in der Schule überarbeiteten sie zwei Module auf der Grundlage dieser Materialien.

    Die Betriebe schätzten die Fragen der Lehrkräfte, denn dadurch mussten sie ihre eigenen Abläufe erklären und überdenken. Beide Unternehmen haben seitdem Lernende für Praxisphasen aufgenommen, und die Schule plant inzwischen für jede Gartenbaulehrkraft alle drei Jahre ein Betriebspraktikum ein.
    .title = Erprobt im Gartenbau, Niederlande

teacher-placement-prep-vet-provider =
    1. Betriebspraktika für Lehrkräfte in den Fortbildungsplan und das Budget aufnehmen.
    2. Der Lehrkraft helfen, Ziele festzulegen: welche Fähigkeiten und Materialien sie mitbringen soll.
    3. Die Vertretung für den Unterricht der Lehrkraft organisieren.

teacher-placement-prep-employer =
    1. Termine, Arbeitszeiten und Aufgaben mit der Lehrkraft vereinbaren.
    2. Eine Ansprechperson benennen, die die Lehrkraft begleitet.
    3. Sicherheitsunterweisung, Versicherung und Vertraulichkeit klären.

teacher-placement-prep-student =
    1. Der Lehrkraft sagen, was man über die Arbeitswelt in der Branche wissen möchte.
    2. Fragen vorbereiten, die die Lehrkraft im Unternehmen stellen kann.
    3. Die Neuigkeiten der Lehrkraft verfolgen, falls sie während des Praktikums welche teilt.

teacher-placement-do-vet-provider =
    1. Als Lehrkraft im Praktikum wie ein Mitglied des Teams mitarbeiten und echte Aufgaben übernehmen.
    2. Neue Methoden, Werkzeuge und Beispiele für den Unterricht in einem Tagebuch festhalten.
    3. Mit Erlaubnis Materialien sammeln, die sich in der Schule verwenden lassen.

teacher-placement-do-employer =
    1. Der Lehrkraft echte Aufgaben geben, nicht nur eine Führung.
    2. Neue Geräte und Verfahren zeigen und erklären, warum man sie einsetzt.
    3. Besprechen, was Lernende schon können sollten, bevor sie in den Betrieb kommen.

teacher-placement-do-student =
    1. Während der Abwesenheit der Lehrkraft mit dem Lernen weitermachen.
    2. Die eigenen Fragen als kleine Aufgabe bearbeiten, falls die Lehrkraft eine stellt.
    3. Bereit sein, über das zu sprechen, was die Lehrkraft mitbringt.

teacher-placement-follow-up =
    Nach dem Praktikum teilt die Lehrkraft ihre Erkenntnisse mit dem Kollegium und überarbeitet mindestens eine Unterrichtseinheit oder ein Modul. Schicken Sie dem Unternehmen einen kurzen Bericht darüber, was sich in der Schule verändert hat, und bedanken Sie sich bei den Beschäftigten, die geholfen haben.

    Vereinbaren Sie mit dem Unternehmen einen nächsten Schritt, etwa Praxisphasen für Lernende oder eine Gaststunde. Werten Sie das Praktikum anhand der Ziele aus, die zu Beginn festgelegt wurden.

teacher-placement-tips =
    - Zwei Wochen echte Arbeit bringen mehr als ein Monat voller Besuche.
    - Vereinbaren Sie Regeln zur Vertraulichkeit, bevor die Lehrkraft Materialien sammelt.
    - Das Praktikum darf nicht mit der Rückkehr der Lehrkraft enden. Planen Sie, wie das Wissen weitergegeben wird.
    - Ein Praktikum alle paar Jahre hält Lehrkräfte auf dem aktuellen Stand.
    .title = Tipps und Stolpersteine

teacher-placement-check-vet-provider-plan-budget = Lehrkräftepraktika in Planung und Budget aufnehmen.
teacher-placement-check-vet-provider-set-goals = Ziele für das Praktikum festlegen.
teacher-placement-check-vet-provider-arrange-cover = Vertretung für den Unterricht organisieren.
teacher-placement-check-vet-provider-keep-log = Neue Methoden und Beispiele festhalten.
teacher-placement-check-vet-provider-update-module = Mindestens eine Einheit oder ein Modul überarbeiten.
teacher-placement-check-vet-provider-share-colleagues = Erkenntnisse mit dem Kollegium teilen.

teacher-placement-check-employer-agree-dates = Termine, Arbeitszeiten und Aufgaben vereinbaren.
teacher-placement-check-employer-name-contact = Eine Ansprechperson für die Lehrkraft benennen.
teacher-placement-check-employer-check-safety = Sicherheitsunterweisung und Vertraulichkeit klären.
teacher-placement-check-employer-real-tasks = Der Lehrkraft echte Aufgaben geben.
teacher-placement-check-employer-discuss-needs = Der Lehrkraft sagen, was Lernende lernen sollten.

teacher-placement-check-student-share-wishes = Der Lehrkraft sagen, was man wissen möchte.
teacher-placement-check-student-prepare-questions = Fragen an das Unternehmen vorbereiten.
teacher-placement-check-student-keep-studying = Mit dem Lernen am Ball bleiben.
teacher-placement-check-student-discuss = Über das sprechen, was die Lehrkraft mitbringt.
teacher-placement-check-student-ask-placement = Nach Praktikumsplätzen im Unternehmen fragen.
