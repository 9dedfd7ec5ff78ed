## Methode: Lehrkräfte zurück im Betrieb

teacher-placement-title = Lehrkräfte zurück im Betrieb
    .summary = Lehrkräfte arbeiten eine Zeit lang in einem Unternehmen und bringen aktuelle Praxis zurück in die Schule.

teacher-placement-intro =
    Werkzeuge, Materialien und Arbeitsweisen ändern sich schneller als Lehrpläne, und eine Lehrkraft, die ihren Beruf vor zehn Jahren verlassen hat, stellt womöglich fest, dass er sich ohne sie weiterentwickelt hat. Bei einem Betriebspraktikum für Lehrkräfte arbeitet die Lehrkraft einige Tage oder Wochen in einem Unternehmen mit, als Teil der Belegschaft und nicht als Gast.

    Die Lehrkraft kommt mit aktuellem Können, echten Beispielen und neuen Kontakten zurück. { -employer(article: "def", case: "start") } bekommt eine fachkundige zusätzliche Arbeitskraft, einen Einblick in die Schule und einen direkten Weg, darauf Einfluss zu nehmen, was die Lernenden lernen. Die Hauptkosten trägt meist die Schule: Das Gehalt der Lehrkraft läuft weiter, und jemand muss die ausfallenden Stunden übernehmen.

teacher-placement-example =
    Zwei Gartenbaulehrkräfte einer niederländischen beruflichen Schule verbrachten zwei Wochen bei Gewächshausbetrieben in der Region Westland, die eine bei einem Tomatenanbauer, die andere bei einem Topfpflanzenbetrieb.

    Die erste Woche beim Tomatenanbauer bestand vor allem aus Verpacken: Der Betrieb hatte nicht gewusst, was er einer Lehrkraft zu tun geben sollte. Im Topfpflanzenbetrieb durfte die Lehrkraft keine Daten aus dem Klimacomputer kopieren, weil der Betrieb sie als Betriebsgeheimnis betrachtete. Nach einem Telefongespräch zwischen der Schule und beiden Betrieben folgte die zweite Woche einer Aufgabenliste (Kulturpflege, Klimacomputer, biologischer Pflanzenschutz), und der Topfpflanzenbetrieb stellte die Daten der letzten Saison ohne Firmennamen zur Verfügung.

    Zurück in der Schule überarbeiteten die Lehrkräfte zwei Module auf der Grundlage dessen, was sie mitgebracht hatten. Die Schule hatte für jede Gartenbaulehrkraft alle drei Jahre ein Betriebspraktikum geplant, doch zwei Wochen Vertretung zu bezahlen, war dafür zu teuer; sie finanziert jetzt zwei Praktika im Jahr und erprobt kürzere.
    .title = Erprobt im Gartenbau, Niederlande

teacher-placement-prep-vet-provider =
    1. Betriebspraktika für Lehrkräfte in den Fortbildungsplan und das Budget aufnehmen, einschließlich der Kosten für die Vertretung ausfallender Stunden.
    2. Mit der Lehrkraft aufschreiben, was das Praktikum bringen soll: welche Fähigkeiten, welche Materialien, welche Kontakte.
    3. Mit dem Unternehmen eine Aufgabenliste Woche für Woche vereinbaren, damit die Lehrkraft nicht einfach dort einspringt, wo an diesem Tag Personal fehlt.
    4. Für jede Stunde, die ausfällt, eine Vertretung organisieren und Aufgaben für die Lernenden hinterlassen.

teacher-placement-prep-employer =
    1. Termine, Arbeitszeiten und Aufgaben vereinbaren und eine Person aus der Belegschaft benennen, mit der die Lehrkraft zusammenarbeitet.
    2. Der Lehrkraft dieselbe Sicherheitsunterweisung geben wie neuen Beschäftigten und mit der Schule klären, wessen Versicherung die Lehrkraft abdeckt, denn sie ist nicht im Betrieb angestellt.
    3. Zu Beginn sagen, was vertraulich ist und was die Lehrkraft fotografieren, kopieren oder im Unterricht verwenden darf.

teacher-placement-prep-student =
    1. Der Lehrkraft sagen, über welche Bereiche des Berufs man gern mehr erfahren möchte.
    2. Zwei Fragen aufschreiben, die die Lehrkraft im Unternehmen stellen soll.

teacher-placement-do-vet-provider =
    1. Als Lehrkraft im Praktikum echte Arbeit leisten und fragen, warum die Dinge so gemacht werden, wie sie gemacht werden.
    2. Täglich kurz festhalten, welche neuen Werkzeuge, Methoden, Fehler und Beispiele sich für den Unterricht eignen.
    3. Fragen, bevor man Fotos, Daten oder Unterlagen mitnimmt, und notieren, was man mitnehmen durfte.

teacher-placement-do-employer =
    1. Der Lehrkraft echte Aufgaben geben, nicht nur eine Führung, und erklären, warum man die eigenen Geräte und Verfahren einsetzt.
    2. Der Lehrkraft sagen, was neuen Beschäftigten nach der Schule am häufigsten fehlt.

teacher-placement-do-student =
    1. Die Aufgaben für die ausfallenden Stunden erledigen.
    2. Nach der Rückkehr der Lehrkraft nach den Antworten auf die eigenen Fragen fragen.

teacher-placement-follow-up =
    Innerhalb eines Halbjahres überarbeitet die Lehrkraft mindestens eine Unterrichtseinheit oder ein Modul und stellt dem Kollegium vor, was sie gelernt hat. Schicken Sie dem Unternehmen eine kurze Nachricht darüber, was sich in der Schule verändert hat, und prüfen Sie das Praktikum anhand der Ziele, die zu Beginn aufgeschrieben wurden. Der nächste Schritt mit dem Unternehmen sind oft Praxisphasen für Lernende oder eine Gaststunde.

teacher-placement-tips =
    Zwei Wochen echte Arbeit bringen mehr als ein Monat voller Besuche. Wenn zwei Wochen nicht möglich sind, funktionieren auch mehrere einzelne Tage über ein Halbjahr verteilt, vorausgesetzt, die Lehrkraft erledigt jedes Mal echte Aufgaben.
    .title = Tipps und Stolpersteine

teacher-placement-check-vet-provider-plan-budget = Das Praktikum einschließlich Vertretung einplanen und finanzieren.
teacher-placement-check-vet-provider-set-goals = Aufschreiben, welche Fähigkeiten und Materialien mitkommen sollen.
teacher-placement-check-vet-provider-agree-tasks = Mit dem Unternehmen eine Aufgabenliste Woche für Woche vereinbaren.
teacher-placement-check-vet-provider-arrange-cover = Vertretung für jede ausfallende Stunde organisieren.
teacher-placement-check-vet-provider-keep-log = Täglich kurze Notizen machen.
teacher-placement-check-vet-provider-ask-permission = Fragen, bevor man Fotos, Daten oder Unterlagen mitnimmt.
teacher-placement-check-vet-provider-update-module = Innerhalb eines Halbjahres mindestens eine Einheit überarbeiten.
teacher-placement-check-vet-provider-share-colleagues = Dem Kollegium vorstellen, was man gelernt hat.

teacher-placement-check-employer-agree-dates = Termine und Aufgaben vereinbaren, eine feste Kollegin oder einen festen Kollegen benennen.
teacher-placement-check-employer-check-safety = Der Lehrkraft die Sicherheitsunterweisung für Beschäftigte geben.
teacher-placement-check-employer-check-insurance = Mit der Schule klären, welche Versicherung gilt.
teacher-placement-check-employer-confidentiality = Am ersten Tag sagen, was vertraulich ist.
teacher-placement-check-employer-real-tasks = Echte Aufgaben geben, nicht nur eine Führung.
teacher-placement-check-employer-discuss-needs = Der Lehrkraft sagen, was neuen Beschäftigten oft fehlt.

teacher-placement-check-student-share-wishes = Der Lehrkraft sagen, was man wissen möchte.
teacher-placement-check-student-prepare-questions = Zwei Fragen an das Unternehmen aufschreiben.
teacher-placement-check-student-keep-studying = Die Aufgaben für die ausfallenden Stunden erledigen.
teacher-placement-check-student-discuss = Nach der Rückkehr der Lehrkraft die Antworten erfragen.
teacher-placement-check-student-ask-placement = Fragen, ob das Unternehmen Lernende aufnimmt.
