## Methode: Echte Aufträge aus Betrieben

company-project-title = Echte Aufträge aus Betrieben
    .summary = Lernende bearbeiten im Auftrag eines Unternehmens eine echte Aufgabe als Projekt.

company-project-intro =
    Bei einem Auftragsprojekt vergibt ein { -employer } einen echten Auftrag an Lernende: einen Marketingplan, ein Produkt, eine Reparatur, eine Speisekarte, die Planung eines Gartens oder die Analyse eines Arbeitsablaufs. Die Lernenden arbeiten in Teams, oft in der Schule, und stellen ihr Ergebnis dem Unternehmen so vor, wie sie es vor zahlender Kundschaft tun würden.

    Neben ihrem fachlichen Können üben die Lernenden Planung, Teamarbeit, Kundenkontakt und den Umgang mit Terminen, und sie wissen, dass ein echtes Unternehmen ihre Arbeit beurteilt. Das Unternehmen bekommt frische Ideen und einen Blick auf mögliche künftige Beschäftigte, und die Lehrkraft bekommt eine authentische Aufgabe, die zu den Lernzielen passt.

company-project-example =
    Lernende im kaufmännischen Bereich an einer beruflichen Schule in Tampere übernahmen einen Auftrag von einer Familienbäckerei, die jüngere Kundschaft gewinnen wollte. Die Inhaberin traf die Klasse in der Bäckerei, erzählte die Geschichte des Familienbetriebs und stellte die Aufgabe: Ideen für Aktionen in den sozialen Medien und im Laden, mit kleinem Budget.

    Teams aus je vier Lernenden arbeiteten sechs Wochen lang. Jede Woche schickte ein Teammitglied der Inhaberin einen kurzen Zwischenstand, und nach der Hälfte der Zeit kam sie in die Schule, um die ersten Ideen zu kommentieren. In der letzten Woche präsentierten die Teams ihre Pläne im Café der Bäckerei, vor der Inhaberin und zwei Beschäftigten.

    Die Bäckerei setzte im Herbst die Kampagne eines Teams um und verzeichnete danach mehr junge Kundschaft an den Wochenenden. Die Lernenden erhielten von der Inhaberin ein Empfehlungsschreiben, und die Schule hat inzwischen eine Warteliste von Betrieben aus der Region, die Projekte anbieten.
    .title = Erprobt im kaufmännischen Bereich, Finnland

company-project-prep-vet-provider =
    1. Ein Unternehmen mit einer Aufgabe finden, die zu den Lernzielen passt und einen realistischen Umfang hat.
    2. Mit dem { -employer(case: "dat") } eine Auftragsbeschreibung verfassen: Ziel, Ergebnis, Termin, Budget und Ansprechperson.
    3. Vereinbaren, wie die Arbeit bewertet wird und wem das Ergebnis gehört.

company-project-prep-employer =
    1. Eine echte Aufgabe wählen, die man sonst selbst erledigen oder extern einkaufen würde.
    2. Eine Ansprechperson benennen und vereinbaren, wie oft sie erreichbar ist.
    3. Die Informationen und Materialien vorbereiten, die die Lernenden brauchen.

company-project-prep-student =
    1. Die Auftragsbeschreibung genau lesen und Fragen an das Unternehmen notieren.
    2. Ein Team bilden und Rollen und Arbeitsregeln vereinbaren.
    3. Einen Projektplan mit Meilensteinen erstellen.

company-project-do-vet-provider =
    1. Die Teams begleiten und darauf achten, dass sie im Zeitplan bleiben.
    2. Dafür sorgen, dass das Unternehmen regelmäßig über den Stand informiert wird.
    3. Sowohl den Arbeitsprozess als auch das Ergebnis bewerten.

company-project-do-employer =
    1. Den Auftrag persönlich übergeben, am besten im eigenen Betrieb.
    2. Fragen beantworten und Ideen zu den vereinbarten Zeitpunkten kommentieren.
    3. An der Abschlusspräsentation teilnehmen und ehrlich Rückmeldung geben.

company-project-do-student =
    1. Nach Plan arbeiten und das Unternehmen auf dem Laufenden halten.
    2. Lieber früh als spät um Rückmeldung bitten.
    3. Das Ergebnis professionell präsentieren, wie vor einer zahlenden Kundin oder einem zahlenden Kunden.

company-project-follow-up =
    Führen Sie nach der Präsentation eine kurze Auswertung mit dem Unternehmen und der Lehrkraft durch: Hat das Ergebnis den Auftrag erfüllt, und war der Aufwand für beide Seiten angemessen? Die Lernenden reflektieren, was sie über ihren Beruf und über die Arbeit im Kundenauftrag gelernt haben.

    Sagen Sie dem Unternehmen, welche Teile des Projekts die Lernenden besonders geschätzt haben, und lassen Sie das Unternehmen den Lernenden sagen, was es umsetzen will. Wenn das Unternehmen ein Ergebnis in die Praxis umsetzt, erzählen Sie die Geschichte in beiden Einrichtungen weiter.

company-project-tips =
    - Halten Sie den Umfang realistisch für die verfügbare Zeit und das vorhandene Können.
    - Regeln Sie Nutzungsrechte und Vertraulichkeit schriftlich, bevor die Arbeit beginnt.
    - Ein Unternehmen, das nie antwortet, lässt ein Projekt scheitern. Vereinbaren Sie die Kontaktzeiten im Voraus.
    - Versprechen Sie nicht, dass das Unternehmen die Ergebnisse verwenden wird.
    .title = Tipps und Stolpersteine

company-project-check-vet-provider-find-task = Eine Aufgabe finden, die zu den Lernzielen passt.
company-project-check-vet-provider-write-brief = Die Auftragsbeschreibung mit dem Unternehmen verfassen.
company-project-check-vet-provider-agree-ownership = Nutzungsrechte und Vertraulichkeit regeln.
company-project-check-vet-provider-coach-teams = Die Teams begleiten und im Zeitplan halten.
company-project-check-vet-provider-assess = Arbeitsprozess und Ergebnis bewerten.

company-project-check-employer-choose-task = Eine echte Aufgabe mit realistischem Umfang wählen.
company-project-check-employer-name-contact = Ansprechperson benennen und Erreichbarkeit vereinbaren.
company-project-check-employer-launch = Den Auftrag persönlich übergeben.
company-project-check-employer-comment = Ideen zu den vereinbarten Zeitpunkten kommentieren.
company-project-check-employer-attend-pitch = An der Abschlusspräsentation teilnehmen.

company-project-check-student-read-brief = Die Auftragsbeschreibung lesen und Fragen notieren.
company-project-check-student-agree-roles = Im Team Rollen und Regeln vereinbaren.
company-project-check-student-plan = Einen Projektplan mit Meilensteinen erstellen.
company-project-check-student-update-client = Das Unternehmen auf dem Laufenden halten.
company-project-check-student-present = Das Ergebnis professionell präsentieren.
