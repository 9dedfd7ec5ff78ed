## Methode: Betriebserkundungen und Hospitationen

job-shadowing-title = Betriebserkundungen und Hospitationen
    .summary = Lernende erkunden Betriebe und begleiten eine Fachkraft einen oder zwei Tage lang bei der Arbeit.

job-shadowing-intro =
    Bei einer Betriebserkundung besucht eine Gruppe von Lernenden einen Betrieb für einige Stunden. Die Hospitation (Job-Shadowing) geht einen Schritt weiter: Einzelne Lernende begleiten eine Fachkraft durch ihren Arbeitstag, schauen zu, fragen nach und helfen mit, wo das gefahrlos möglich ist.

    Beides ist ein leichter Einstieg. Die Lernenden bekommen ein realistisches Bild vom Beruf und können ihren Schwerpunkt oder ihren Praktikumsplatz sicherer wählen. Der { -employer } lernt mit wenig Aufwand mögliche künftige Beschäftigte kennen, und { -vet-provider(article: "def") } erfährt, was im Betrieb heute tatsächlich passiert.

job-shadowing-example =
    Eine berufliche Schule in Selfoss wollte, dass Lernende im ersten Jahr der Bauberufe die verschiedenen Tätigkeiten auf einer Baustelle verstehen, bevor sie sich zwischen Zimmererhandwerk, Sanitärinstallation und Elektroinstallation entscheiden. Ein Bauunternehmen aus der Region erklärte sich bereit, ein Programm in zwei Schritten zu erproben.

    Zuerst besuchten Gruppen von sechs Lernenden ein Haus im Bau. Die Bauleitung führte sie herum und erklärte, wie die Gewerke voneinander abhängen. Einen Monat später begleiteten alle Lernenden zwei Tage lang eine Fachkraft ihrer Wahl aus dem Zimmererhandwerk, der Sanitär- oder der Elektroinstallation. Die Lernenden bereiteten in der Schule Fragen vor, trugen die vollständige Schutzausrüstung und führten ein kurzes Tagebuch. Zurück in der Schule hielten alle einen fünfminütigen Vortrag über die Tätigkeit, die sie begleitet hatten.

    Die Lehrkräfte stellten fest, dass die Lernenden ihren Schwerpunkt sicherer wählten und im zweiten Jahr weniger von ihnen den Bildungsgang wechselten. Das Bauunternehmen erhielt aus der Gruppe drei Bewerbungen für Sommerjobs.
    .title = Erprobt in den technischen Berufen, Island

job-shadowing-prep-vet-provider =
    1. Mit dem { -employer(case: "dat") } Termin und Gruppengröße vereinbaren und klären, was die Lernenden sehen und tun dürfen.
    2. Fahrt, Versicherung und gegebenenfalls Schutzausrüstung organisieren.
    3. Den Lernenden helfen, Fragen und einen Beobachtungsauftrag vorzubereiten.

job-shadowing-prep-employer =
    1. Eine Person für die Führung und Fachkräfte auswählen, die sich begleiten lassen.
    2. Einen Rundgang oder einen Arbeitstag planen, der typische Aufgaben gefahrlos zeigt.
    3. Eine kurze Sicherheitsunterweisung vorbereiten und die Belegschaft über den Besuch informieren.

job-shadowing-prep-student =
    1. Sich über den Betrieb und die Tätigkeit informieren, die man begleiten wird.
    2. Mindestens drei Fragen vorbereiten.
    3. Klären, was man anzieht, wann man da sein muss und wie man hinkommt.

job-shadowing-do-vet-provider =
    1. Die Gruppe bei der Betriebserkundung begleiten.
    2. An den Hospitationstagen telefonisch erreichbar sein.
    3. Die Lernenden an ihren Beobachtungsauftrag erinnern.

job-shadowing-do-employer =
    1. Mit der Sicherheitsunterweisung und einer kurzen Begrüßung beginnen.
    2. Bei der Arbeit erklären, was man tut und warum.
    3. Die Lernenden nach Möglichkeit einfache, ungefährliche Aufgaben ausprobieren lassen.

job-shadowing-do-student =
    1. Die Sicherheitsregeln befolgen und bei der begleitenden Person bleiben.
    2. Zuschauen, die eigenen Fragen stellen und kurze Notizen machen.
    3. Sich vor dem Gehen bei den Menschen bedanken, die man kennengelernt hat.

job-shadowing-follow-up =
    Lassen Sie die Lernenden zurück in der Schule erzählen, was sie gesehen haben, zum Beispiel in Kurzvorträgen oder auf einem Plakat, und verknüpfen Sie das mit dem Unterricht und ihrer Berufswahl. Schicken Sie dem Betrieb ein Dankeschön und eine Zusammenfassung der Eindrücke der Lernenden.

    Fragen Sie die Person, die geführt hat, und die begleiteten Fachkräfte, was gut funktioniert hat und was sie ändern würden. Ein gelungener Besuch ist ein natürlicher nächster Schritt hin zu Gaststunden oder Praktika im selben Betrieb.

job-shadowing-tips =
    - Ein klarer Beobachtungsauftrag hilft den Lernenden, bei der Sache zu bleiben.
    - Kleine Gruppen sehen mehr und stören weniger.
    - Prüfen Sie Sicherheitsvorschriften und Altersgrenzen rechtzeitig.
    - Hospitationstage sollen die normale Arbeit zeigen, keine Vorführung für Besucherinnen und Besucher.
    .title = Tipps und Stolpersteine

job-shadowing-check-vet-provider-agree-visit = Termin, Gruppengröße und erlaubte Tätigkeiten vereinbaren.
job-shadowing-check-vet-provider-arrange-transport = Fahrt, Versicherung und Schutzausrüstung organisieren.
job-shadowing-check-vet-provider-observation-task = Den Lernenden einen Beobachtungsauftrag geben.
job-shadowing-check-vet-provider-debrief = In der Schule eine Nachbesprechung durchführen.
job-shadowing-check-vet-provider-thank = Dem Betrieb Dank und Zusammenfassung schicken.

job-shadowing-check-employer-choose-guide = Eine Person für die Führung und Fachkräfte zum Begleiten wählen.
job-shadowing-check-employer-plan-route = Einen sicheren Rundgang oder Arbeitstag planen.
job-shadowing-check-employer-safety-briefing = Eine kurze Sicherheitsunterweisung vorbereiten.
job-shadowing-check-employer-inform-staff = Die Belegschaft über den Besuch informieren.
job-shadowing-check-employer-explain-work = Die Arbeit erklären, während man sie macht.

job-shadowing-check-student-research = Sich über Betrieb und Tätigkeit informieren.
job-shadowing-check-student-prepare-questions = Mindestens drei Fragen vorbereiten.
job-shadowing-check-student-check-clothing = Kleidung, Uhrzeit und Anfahrt klären.
job-shadowing-check-student-take-notes = Im Laufe des Tages Notizen machen.
job-shadowing-check-student-share = In der Schule erzählen, was man gesehen hat.
