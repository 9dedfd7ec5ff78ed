## Methode: Klassenzimmer im Betrieb

classroom-title = Klassenzimmer im Betrieb
    .summary = Einen Teil des Unterrichts in den Betrieb verlegen oder von Fachleuten aus dem Betrieb halten lassen.

classroom-intro =
    Bei dieser Methode verlässt ein Teil des Unterrichts das Schulgebäude. Eine Klasse lernt ein Modul oder einen Teil davon in einem Betrieb, oder eine Fachkraft aus dem Betrieb kommt zum Unterrichten in die Schule. Die Lernenden arbeiten mit echter Ausstattung und nach aktueller Praxis, und sie sehen sofort, wozu die Theorie gut ist.

    Die Lehrkraft bleibt für die Lernziele und die Bewertung verantwortlich; die Fachkraft bringt die echte Arbeit und die Geschichten aus dem Beruf mit. Der { -employer } lernt künftige Beschäftigte kennen, und { -vet-provider(article: "def") } hält ihren Unterricht nah an der Arbeitswelt, ohne teure Ausstattung anschaffen zu müssen.

classroom-example =
    Eine berufliche Schule in Akureyri wollte, dass ihre Lernenden in der Koch- und Restaurantfachausbildung mehr über heimischen Fisch und Meeresfrüchte lernen, als es die Schulküche erlaubte. Ein Hotelrestaurant in der Stadt erklärte sich bereit, in seiner ruhigen Saison ein zweiwöchiges Modul auszurichten.

    Vormittags unterrichtete der Küchenchef das Filetieren, Lagern und Zubereiten von heimischem Fisch an den Arbeitsplätzen, an denen sonst sein eigenes Team stand. Die Lehrkraft behandelte Hygiene und Lebensmittelsicherheit im Besprechungsraum des Hotels und nahm dabei das, was die Lernenden gerade getan hatten, als Beispiel. Nachmittags bereiteten die Lernenden unter den Augen des Küchenchefs ein einfaches Mittagessen für Hotelgäste zu und servierten es.

    Die Lernenden nannten es das Modul, an das sie sich am besten erinnerten, und das Hotel stellte zwei von ihnen für den Sommer ein. Der Küchenchef gibt inzwischen außerdem jedes Halbjahr eine Unterrichtseinheit zum Brotbacken an der Schule, und das Modul findet seitdem jeden Herbst statt.
    .title = Erprobt in Hotellerie und Gastronomie, Akureyri, Island

classroom-prep-vet-provider =
    1. Ein Modul auswählen, dessen Lernziele zum Betrieb passen.
    2. Den Zeitplan mit dem { -employer(case: "dat") } abstimmen, einschließlich der Frage, wer was unterrichtet.
    3. Versicherung, Sicherheitsvorschriften, Fahrten und Verpflegung klären.
    4. Die Fachkraft über die Lernziele, die Gruppe und einige einfache Unterrichtsmethoden informieren.

classroom-prep-employer =
    1. Eine Fachkraft auswählen, die die Arbeit gut kennt und sie gern erklärt.
    2. Einen Raum und Zeiten finden, die Kundschaft und Produktion nicht zu sehr stören.
    3. Echte Aufgaben planen, die die Lernenden sicher erledigen können, und Werkzeuge und Material bereitstellen.

classroom-prep-student =
    1. Die Lernziele des Moduls lesen.
    2. Klären, welche Arbeitskleidung, Schutzausrüstung und Anreise nötig sind.
    3. Sich über das Unternehmen informieren und Fragen an die Fachkraft vorbereiten.

classroom-do-vet-provider =
    1. Zumindest zu Beginn anwesend sein und die praktische Arbeit mit der Theorie verknüpfen.
    2. Den Fortschritt aller Lernenden an den Lernzielen verfolgen.
    3. Sich täglich kurz mit der Fachkraft abstimmen, um den Plan anzupassen.

classroom-do-employer =
    1. Mit einer Sicherheitsunterweisung und einem Rundgang durch den Betrieb beginnen.
    2. Die Arbeit vorführen und die Lernenden dann an echten Aufgaben üben lassen.
    3. Erklären, wie die Arbeit im echten Betriebsalltag läuft, auch mit Fehlern und dem Umgang damit.

classroom-do-student =
    1. Die Regeln des Betriebs befolgen und sich wie eine Kollegin oder ein Kollege verhalten.
    2. Die Aufgaben selbst ausprobieren und nachfragen, wenn etwas unklar ist.
    3. Täglich notieren, was man gelernt hat, und es mit der Theorie verknüpfen.

classroom-follow-up =
    Nach dem Modul gehen Lehrkraft und Fachkraft die Ergebnisse und Rückmeldungen der Lernenden gemeinsam durch. Haben die Lernenden die Lernziele erreicht? Hat sich die Zeit gelohnt, die der Betrieb investiert hat? Welche Teile haben dort besser funktioniert als in der Schule?

    Danken Sie der Fachkraft auf eine Weise, die ihr etwas bedeutet, zum Beispiel mit einem Brief an ihre Vorgesetzten. Wenn beide Seiten zufrieden sind, nehmen Sie das Modul gleich in den Stundenplan des nächsten Jahres auf, damit es zur Routine wird und keine einmalige Aktion bleibt.

classroom-tips =
    - Beginnen Sie mit einem Modul und einem Betrieb, und bauen Sie von dort aus weiter aus.
    - Halten Sie die Gruppen so klein, dass alle die Arbeit selbst machen können.
    - Vereinbaren Sie einen Plan B für Tage, an denen im Betrieb plötzlich viel los ist.
    - Überlassen Sie die Notengebung nicht allein der Fachkraft, es sei denn, Sie haben das so vereinbart.
    .title = Tipps und Stolpersteine

classroom-check-vet-provider-choose-module = Ein Modul wählen, das zum Betrieb passt.
classroom-check-vet-provider-agree-timetable = Zeitplan abstimmen und klären, wer was unterrichtet.
classroom-check-vet-provider-check-insurance = Versicherung, Sicherheit und Fahrten klären.
classroom-check-vet-provider-brief-specialist = Die Fachkraft über Ziele und Gruppe informieren.
classroom-check-vet-provider-link-theory = Praktische Arbeit mit der Theorie verknüpfen.
classroom-check-vet-provider-review-module = Das Modul mit der Fachkraft auswerten.

classroom-check-employer-choose-specialist = Eine Fachkraft wählen, die gern erklärt.
classroom-check-employer-find-space = Einen Raum und passende Zeiten finden.
classroom-check-employer-prepare-tasks = Echte Aufgaben, Werkzeuge und Material vorbereiten.
classroom-check-employer-safety-induction = Am ersten Tag eine Sicherheitsunterweisung geben.
classroom-check-employer-give-feedback = Der Lehrkraft zu allen Lernenden Rückmeldung geben.

classroom-check-student-read-goals = Die Lernziele des Moduls lesen.
classroom-check-student-check-gear = Kleidung, Schutzausrüstung und Anreise klären.
classroom-check-student-prepare-questions = Fragen an die Fachkraft vorbereiten.
classroom-check-student-follow-rules = Die Regeln des Betriebs befolgen.
classroom-check-student-note-learning = Täglich aufschreiben, was man gelernt hat.
