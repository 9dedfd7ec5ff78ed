## Methode: Betriebserkundungen und Hospitationen

job-shadowing-title = Betriebserkundungen und Hospitationen
    .summary = Lernende erkunden Betriebe und begleiten eine Fachkraft einen oder zwei Tage lang bei der Arbeit.

job-shadowing-intro =
    Bei einer Betriebserkundung besucht eine Gruppe von Lernenden einen Betrieb für einige Stunden. Die Hospitation (Job-Shadowing) geht einen Schritt weiter: Einzelne Lernende begleiten eine Fachkraft durch ihren Arbeitstag, schauen zu, fragen nach und helfen mit, wo das gefahrlos möglich ist.

    Beides ist ein leichter Einstieg. Die Lernenden bekommen ein realistisches Bild vom Beruf, bevor sie einen Schwerpunkt oder eine Praxisphase wählen, und { -employer(article: "def") } lernt mit wenig Aufwand mögliche künftige Beschäftigte kennen. Weil die Besuchenden oft unter 18 sind und den Ort nicht kennen, bestimmt die Sicherheit den größten Teil der Planung: was die Lernenden sehen dürfen, wo sie stehen dürfen und was sie anfassen dürfen. Die allgemeinen Regeln für Jugendliche bei der Arbeit stehen im Kapitel [Der Einstieg](#getting-started); dieses Kapitel zeigt, was sie für einen Besuch bedeuten.

job-shadowing-example =
    Eine berufliche Schule in Selfoss wollte, dass Lernende im ersten Jahr der Bauberufe die Tätigkeiten auf einer Baustelle verstehen, bevor sie sich zwischen Zimmererhandwerk, Sanitärinstallation und Elektroinstallation entscheiden. Ein Bauunternehmen aus der Region war zu einem Programm in zwei Schritten bereit: einer Baustellenbesichtigung in Gruppen von sechs Lernenden, geführt von der Bauleitung, und einen Monat später zwei Tagen Hospitation in der Zimmerei, der Sanitärinstallation oder der Elektroinstallation.

    Die Besichtigung funktionierte. Die Hospitation war schwieriger. Die meisten Lernenden waren sechzehn, und nach den eigenen Regeln des Unternehmens durften unter 18-Jährige weder auf Gerüste steigen noch an Anlagen unter Spannung arbeiten; wer die Elektroinstallation gewählt hatte, schaute deshalb zwei Tage lang aus der Ferne zu. Außerdem blieben die meisten Tagebücher fast leer, weil „Schreib auf, was du gesehen hast“ den Lernenden nichts gab, worauf sie achten konnten.

    Für die nächste Gruppe organisierte das Unternehmen die Hospitation bei einem Kundendienst-Elektriker, der in fertigen Häusern Steckdosen und Beleuchtung installierte, und die Schule ersetzte das Tagebuch durch drei Fragen, die alle Lernenden bis zum Ende des Tages beantworten mussten. Die Schule hat beschlossen, die Baustellenbesichtigung für alle Lernenden des ersten Jahres beizubehalten und die Hospitation nur noch denen anzubieten, die danach fragen, denn nicht jedes Gewerk auf der Baustelle kann Sechzehnjährige zwei Tage lang mitnehmen.
    .title = Erprobt in den technischen Berufen, Island

job-shadowing-prep-vet-provider =
    1. Mit dem { -employer(case: "dat") } Termin und Gruppengröße vereinbaren und klären, was die Lernenden sehen und tun dürfen, auch welche Arbeiten für unter 18-Jährige nicht erlaubt sind.
    2. Prüfen, ob alle Lernenden für den Besuch versichert sind, und Fahrt und Schutzausrüstung organisieren.
    3. Allen Lernenden zwei oder drei Beobachtungsfragen geben, zum Beispiel: „Welche Aufgabe hat am längsten gedauert, und warum?“

job-shadowing-prep-employer =
    1. Eine Person für die Führung auswählen und Beschäftigte, die bereit sind, sich einen Tag lang begleiten zu lassen.
    2. Einen Rundgang oder einen Arbeitstag planen, der typische Arbeit zeigt und die Besuchenden aus Gefahrenbereichen heraushält.
    3. Eine kurze Sicherheitsunterweisung vorbereiten und der Belegschaft sagen, wann Besuch kommt.

job-shadowing-prep-student =
    1. Sich über den Betrieb und die Tätigkeit informieren, die man begleiten wird.
    2. Klären, was man anzieht, wann man da sein muss und wie man hinkommt.

job-shadowing-do-vet-provider =
    1. Die Gruppe bei der Betriebserkundung begleiten; an den Hospitationstagen telefonisch erreichbar sein.
    2. Innerhalb einer Woche eine Nachbesprechung durchführen, in der alle Lernenden ihre Beobachtungsfragen vor der Klasse beantworten.

job-shadowing-do-employer =
    1. Mit der Sicherheitsunterweisung beginnen und zeigen, wo die Besuchenden hindürfen und wo nicht.
    2. Bei der Arbeit sagen, was man tut und warum; normale Arbeit lehrt mehr als eine Vorführung für Besuch.
    3. Die Lernenden einfache, ungefährliche Aufgaben erledigen lassen, wo es die eigenen Regeln erlauben.

job-shadowing-do-student =
    1. Bei der begleitenden Person bleiben und die Sicherheitsregeln befolgen.
    2. Die eigenen Beobachtungsfragen stellen und die Antworten aufschreiben.
    3. Sich vor dem Gehen bei den Menschen bedanken, die man kennengelernt hat.

job-shadowing-follow-up =
    Schicken Sie dem Betrieb ein Dankeschön und eine Zusammenfassung dessen, was den Lernenden aufgefallen ist; Betriebe finden das oft interessanter als erwartet. Fragen Sie die Person, die geführt hat, was schwierig war. Ein gelungener Besuch ist ein natürlicher nächster Schritt hin zu Gaststunden oder Praxisphasen im selben Betrieb.

job-shadowing-tips =
    Kleine Gruppen sehen mehr und stören weniger: Sechs Lernende sind auf einer vollen Baustelle oder in einer Küche genug.
    .title = Tipps und Stolpersteine

job-shadowing-check-vet-provider-agree-visit = Termin, Gruppengröße und erlaubte Tätigkeiten vereinbaren.
job-shadowing-check-vet-provider-check-age = Altersgrenzen für die Arbeiten prüfen, die die Lernenden sehen.
job-shadowing-check-vet-provider-arrange-transport = Versicherung prüfen, Fahrt und Schutzausrüstung organisieren.
job-shadowing-check-vet-provider-observation-task = Allen Lernenden Beobachtungsfragen geben.
job-shadowing-check-vet-provider-reachable = An Hospitationstagen telefonisch erreichbar sein.
job-shadowing-check-vet-provider-debrief = Innerhalb einer Woche nachbesprechen.
job-shadowing-check-vet-provider-thank = Dem Betrieb Dank und Zusammenfassung schicken.

job-shadowing-check-employer-choose-guide = Eine Person für die Führung und Fachkräfte für die Hospitation wählen.
job-shadowing-check-employer-plan-route = Einen Rundgang abseits der Gefahrenbereiche planen.
job-shadowing-check-employer-allowed-tasks = Die Aufgaben auflisten, die Besuchende erledigen dürfen.
job-shadowing-check-employer-safety-briefing = Bei der Ankunft die Sicherheitsunterweisung geben.
job-shadowing-check-employer-inform-staff = Der Belegschaft sagen, wann Besuch kommt.
job-shadowing-check-employer-explain-work = Bei der Arbeit sagen, was man tut und warum.

job-shadowing-check-student-research = Sich über Betrieb und Tätigkeit informieren.
job-shadowing-check-student-check-clothing = Kleidung, Beginn und Anfahrt klären.
job-shadowing-check-student-stay-with-guide = Den ganzen Tag bei der begleitenden Person bleiben.
job-shadowing-check-student-take-notes = Die Antworten auf die eigenen Fragen aufschreiben.
job-shadowing-check-student-thank = Sich bei den Menschen bedanken, die man kennengelernt hat.
job-shadowing-check-student-share = Der Klasse erzählen, wie der Beruf wirklich ist.
