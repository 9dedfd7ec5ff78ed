## Methode: Klassenzimmer im Betrieb

classroom-title = Klassenzimmer im Betrieb
    .summary = Einen Teil des Unterrichts in den Betrieb verlegen oder von Fachleuten aus dem Betrieb halten lassen.

classroom-intro =
    Bei dieser Methode wird ein Modul oder ein Teil davon dort unterrichtet, wo die Arbeit stattfindet. Entweder geht die Gruppe für einige Tage in einen Betrieb, oder eine Fachkraft aus dem Betrieb unterrichtet in der Schule. Die Lernenden lernen an aktueller Ausstattung von jemandem, der sie jeden Tag benutzt, und { -vet-provider(article: "def") } muss keine Maschinen kaufen, die sie ohnehin nie auf dem neuesten Stand halten könnte. Die Lehrkraft bleibt für die Lernziele und die Noten verantwortlich; die Fachkraft bringt die Arbeit selbst mit.

classroom-example =
    Eine berufliche Schule in Akureyri wollte, dass ihre Lernenden in der Koch- und Restaurantfachausbildung mehr über heimischen Fisch lernen, als es die Schulküche erlaubte. Ein Hotelrestaurant in der Stadt erklärte sich bereit, in seiner ruhigen Saison ein zweiwöchiges Modul auszurichten: Vormittags unterrichtete der Küchenchef Filetieren, Lagern und Zubereiten, die Lehrkraft behandelte die Lebensmittelhygiene im Besprechungsraum des Hotels, und nachmittags servierten die Lernenden den Gästen ein einfaches Mittagessen.

    Am dritten Tag buchte eine Tagung kurzfristig ein Mittagessen für achtzig Personen, und die Lernenden verbrachten den Vormittag mit Zuschauen. Schule und Hotel vereinbarten daraufhin einen Plan B: An vollen Vormittagen übernimmt die Lehrkraft die Gruppe für die Hygienetheorie, und die Einheit mit dem Küchenchef rückt auf den Nachmittag. Außerdem stellten sie fest, dass der Küchenchef die Lernenden nach Tempo bewertete und die Lehrkraft nach Hygiene; ab der zweiten Woche füllten beide gemeinsam einen Beobachtungsbogen pro Person aus.

    Das Hotel stellte zwei Lernende für den Sommer ein. Offen sind noch die Kosten: Das Hotel gab den Fisch für die Erprobung zum Einkaufspreis ab und wird das nicht wieder tun, deshalb muss die Schule dieses Geld auftreiben, bevor das Modul ein zweites Mal stattfinden kann.
    .title = Erprobt in Hotellerie und Gastronomie, Akureyri, Island

classroom-prep-vet-provider =
    1. Ein Modul (oder einen Teil davon) auswählen, das der Betrieb besser vermitteln kann als die Schule.
    2. Mit dem { -employer(case: "dat") } vereinbaren, wer an welchem Tag welches Thema unterrichtet und was geschieht, wenn im Betrieb plötzlich viel los ist.
    3. Vereinbaren, wer die Lernenden benotet und auf welcher Grundlage, zum Beispiel mit einem gemeinsamen Beobachtungsbogen.
    4. Versicherung, Fahrten, Verpflegung und die Frage klären, wer das Material bezahlt; die allgemeinen Fragen behandelt das Kapitel [Der Einstieg](#getting-started).
    5. Der Fachkraft die Lernziele und einige Informationen über die Gruppe geben.

classroom-prep-employer =
    1. Eine Fachkraft auswählen, die die Arbeit gern erklärt, und ihr für diese Tage einen Teil ihrer üblichen Aufgaben abnehmen.
    2. Einen Raum und Zeiten finden, in denen die Lernenden Kundschaft und Produktion nicht stören, wenn es darauf ankommt.
    3. Aufgaben planen, die die Lernenden selbst und gefahrlos erledigen können, und für jeden Tag Werkzeug und Material vorbereiten.

classroom-prep-student =
    1. Die Lernziele des Moduls lesen und fragen, wie es benotet wird.
    2. Klären, welche Kleidung, Schutzausrüstung und Anreise nötig sind.
    3. Herausfinden, was das Unternehmen macht, und zwei Fragen an die Fachkraft vorbereiten.

classroom-do-vet-provider =
    1. Am ersten Tag dabei sein und jede praktische Einheit mit der Theorie verknüpfen, zu der sie gehört.
    2. Sich jeden Tag zehn Minuten mit der Fachkraft treffen, um den Plan für den nächsten Tag anzupassen.
    3. Den Beobachtungsbogen gemeinsam mit der Fachkraft ausfüllen, solange die Eindrücke frisch sind.

classroom-do-employer =
    1. Mit einer Sicherheitsunterweisung und einem Rundgang durch die Bereiche beginnen, die die Lernenden nutzen.
    2. Die Arbeit zuerst vorführen und dann alle Lernenden selbst arbeiten lassen; die Fachkraft korrigiert direkt vor Ort.
    3. Den Lernenden erzählen, was bei der echten Arbeit schiefgeht und wie die eigenen Beschäftigten damit umgehen.

classroom-do-student =
    1. Die Regeln des Betriebs so befolgen, wie es die Beschäftigten tun.
    2. Die Aufgaben selbst erledigen und nachfragen, statt zu raten, wenn man unsicher ist.
    3. Jeden Tag notieren, was man getan hat und zu welchem Teil der Theorie es gehört.

classroom-follow-up =
    Gehen Sie bald nach dem Modul die Ergebnisse mit der Fachkraft durch: Haben die Lernenden die Lernziele erreicht, hat sich die Zeit für den Betrieb gelohnt, und was hat dort besser funktioniert als in der Schule? Danken Sie der Fachkraft auf eine Weise, die ihr etwas bedeutet, zum Beispiel mit einem Brief an ihre Vorgesetzten.

classroom-tips =
    Beginnen Sie mit einem Modul und einem Betrieb. Halten Sie die Gruppe so klein, dass alle die Arbeit mit eigenen Händen machen können; wo das nicht geht, teilen Sie die Gruppe und führen Sie das Modul zweimal durch, statt die Hälfte zuschauen zu lassen.
    .title = Tipps und Stolpersteine

classroom-check-vet-provider-choose-module = Ein Modul wählen, das der Betrieb besser vermittelt als die Schule.
classroom-check-vet-provider-agree-timetable = Vereinbaren, wer an welchem Tag welches Thema unterrichtet.
classroom-check-vet-provider-backup-plan = Einen Plan für Tage vereinbaren, an denen im Betrieb viel los ist.
classroom-check-vet-provider-agree-grading = Vereinbaren, wer benotet und auf welcher Grundlage.
classroom-check-vet-provider-check-insurance = Versicherung, Fahrten, Verpflegung und Kosten klären.
classroom-check-vet-provider-brief-specialist = Der Fachkraft die Lernziele schicken.
classroom-check-vet-provider-review-module = Ergebnisse und Kosten mit der Fachkraft auswerten.

classroom-check-employer-choose-specialist = Eine Fachkraft wählen und ihr Zeit freimachen.
classroom-check-employer-find-space = Einen Raum und Zeiten abseits der Kundschaft reservieren.
classroom-check-employer-prepare-tasks = Aufgaben, Werkzeug und Material für jeden Tag vorbereiten.
classroom-check-employer-agree-costs = Mit der Schule vereinbaren, wer das Material bezahlt.
classroom-check-employer-safety-induction = Am ersten Tag eine Sicherheitsunterweisung geben.
classroom-check-employer-give-feedback = Den Beobachtungsbogen mit der Lehrkraft ausfüllen.

classroom-check-student-read-goals = Die Lernziele lesen und fragen, wie benotet wird.
classroom-check-student-check-gear = Kleidung, Schutzausrüstung und Anreise klären.
classroom-check-student-prepare-questions = Zwei Fragen an die Fachkraft vorbereiten.
classroom-check-student-follow-rules = Die Regeln des Betriebs befolgen wie die Beschäftigten.
classroom-check-student-note-learning = Jeden Tag notieren, was man getan und gelernt hat.
