## Methode: Echte Aufträge aus Betrieben

company-project-title = Echte Aufträge aus Betrieben
    .summary = Lernende bearbeiten im Auftrag eines Unternehmens eine echte Aufgabe als Projekt.

company-project-intro =
    Bei einem Auftragsprojekt vergibt { -employer(article: "indef") } einen echten Auftrag an ein Team von Lernenden: einen Marketingplan, ein Produkt, eine Reparatur, eine Speisekarte, die Planung eines Gartens oder die Analyse eines Arbeitsablaufs. Die Lernenden arbeiten daran, meist in der Schule, und stellen ihr Ergebnis dem Unternehmen so vor, wie sie es vor zahlender Kundschaft tun würden. Neben ihrem fachlichen Können üben sie Planung, Teamarbeit, den Umgang mit Terminen und mit einem Gegenüber, das ihr Ergebnis beurteilt.

    Das Unternehmen bekommt frische Ideen und einen Blick auf mögliche künftige Beschäftigte, die Lehrkraft eine authentische Aufgabe, die sich niemand ausdenken musste. Das funktioniert nur, wenn die Aufgabe sowohl zu den Lernzielen als auch zur verfügbaren Zeit passt und wenn beide Seiten vor Beginn schriftlich vereinbaren, was die Lernenden liefern und was danach mit dem Ergebnis geschieht.

company-project-example =
    Lernende im kaufmännischen Bereich an einer beruflichen Schule in Tampere übernahmen einen Auftrag von einer Familienbäckerei, die jüngere Kundschaft gewinnen wollte. Die Inhaberin traf die Klasse in der Bäckerei und bat um Ideen für Aktionen in den sozialen Medien und im Laden. Teams aus je vier Lernenden arbeiteten sechs Wochen lang, schickten der Inhaberin jede Woche einen Zwischenstand und präsentierten ihre Pläne im Café der Bäckerei.

    Zwei Dinge gingen schief. In der Auftragsbeschreibung stand „kleines Budget“ ohne Betrag, und drei der fünf Teams schlugen Kampagnen vor, die sich die Bäckerei nicht leisten konnte. Außerdem filmte ein Team für ein Video Gäste im Café, ohne sie zu fragen; die Inhaberin musste darum bitten, den Film zu löschen. Die Lehrkraft schreibt jetzt in jede Auftragsbeschreibung ein Budget in Euro, und die Schule hat ihre Projektvorlage um eine Regel ergänzt: keine Fotos und Filme von Kundschaft oder Beschäftigten ohne deren schriftliche Einwilligung.

    Die Bäckerei übernahm Teile der Pläne zweier Teams, nachdem sie mit den Lernenden vereinbart hatte, dass sie das durfte. Offen ist für die Lehrkraft die Bewertung: Ein Team erledigte den größten Teil seiner Arbeit in der letzten Woche und hielt trotzdem die beste Präsentation, und die Note für den Arbeitsprozess zeigte nicht, wie es dazu kam.
    .title = Erprobt im kaufmännischen Bereich, Finnland

company-project-brief =
    Schreiben Sie die Auftragsbeschreibung gemeinsam mit dem Unternehmen, auf ein oder zwei Seiten:

    - **Hintergrund**: das Unternehmen und das Problem oder die Chance hinter der Aufgabe.
    - **Die Aufgabe**: was die Lernenden liefern sollen, in welcher Form, und was nicht zur Aufgabe gehört.
    - **Budget und Kosten**: wie viel die Umsetzung des Ergebnisses kosten darf und wer während des Projekts Material, Fahrten und Druck bezahlt.
    - **Zeit**: der Start, die Zeitpunkte, zu denen das Unternehmen Rückmeldung gibt, und die Abschlusspräsentation.
    - **Kontakt**: die Ansprechperson im Unternehmen und wie schnell sie antwortet.
    - **Informationen**: was das Unternehmen zur Verfügung stellt, was vertraulich ist und was die Lernenden anderen zeigen dürfen.
    - **Nutzungsrechte**: wer das Ergebnis nutzen darf und ob die Lernenden es in ihr Portfolio oder ihre Bewerbungsunterlagen aufnehmen dürfen.
    - **Bewertung**: was die Lehrkraft benotet und welches Gewicht die Rückmeldung des Unternehmens hat.
    .title = Was in eine Auftragsbeschreibung gehört

company-project-ownership =
    Die Lernenden sind in der Regel nicht beim Unternehmen beschäftigt. Das Unternehmen kann deshalb nicht davon ausgehen, dass ihm gehört, was sie schaffen, und die Regeln sind von Land zu Land verschieden. Vereinbaren Sie vor Beginn schriftlich, wer das Ergebnis nutzen darf und wie, und welche Informationen die Lernenden vertraulich behandeln müssen. Versprechen Sie den Lernenden nicht, dass das Unternehmen ihre Ergebnisse verwenden wird. Will das Unternehmen ein Ergebnis tatsächlich geschäftlich nutzen, schreiben Sie das in die Auftragsbeschreibung und vereinbaren Sie, ob dafür etwas bezahlt wird.
    .title = Nutzungsrechte und Vertraulichkeit

company-project-ownership-law =
    Nach dem Urheberrechtsgesetz (UrhG) sind die Lernenden Urheberinnen und Urheber ihrer Ergebnisse, soweit diese als Werke geschützt sind, etwa Texte, Entwürfe, Fotos, Filme oder Software; bloße Ideen sind nicht geschützt. Das Urheberrecht selbst lässt sich nicht übertragen; das Unternehmen kann aber Nutzungsrechte erhalten, wenn die Lernenden sie ihm einräumen, bei Minderjährigen mit Zustimmung der Erziehungsberechtigten. Ohne eine ausdrückliche schriftliche Vereinbarung sollte sich ein Unternehmen nicht darauf verlassen, die Ergebnisse nutzen zu dürfen.
    .title = In Deutschland

company-project-prep-vet-provider =
    1. Ein Unternehmen mit einer Aufgabe finden, die zu den Lernzielen passt und in der verfügbaren Zeit zu schaffen ist.
    2. Die Auftragsbeschreibung mit dem { -employer(case: "dat") } schreiben (siehe [Was in eine Auftragsbeschreibung gehört](#company-project/brief)) und von beiden Seiten unterschreiben lassen.
    3. Die Termine festlegen: Auftaktgespräch, Rückmeldetermine des Unternehmens und Abschlusspräsentation.

company-project-prep-employer =
    1. Eine echte Aufgabe wählen, die man sonst selbst erledigen oder extern einkaufen würde, aber nichts, wovon das Geschäft im nächsten Monat abhängt.
    2. Eine Ansprechperson benennen, die den Lernenden innerhalb von ein, zwei Arbeitstagen antworten kann.
    3. Die Informationen und Materialien zusammenstellen, die die Lernenden brauchen, und kennzeichnen, was vertraulich ist.

company-project-prep-student =
    1. Die Auftragsbeschreibung lesen und Fragen an das Unternehmen notieren.
    2. Im Team Rollen und Arbeitsregeln vereinbaren und einen Plan mit Meilensteinen aufstellen.

company-project-do-vet-provider =
    1. Sich jede Woche mit jedem Team treffen, um den Fortschritt am Plan zu prüfen, und früh eingreifen, wenn ein Mitglied die ganze Arbeit macht.
    2. Dafür sorgen, dass das Unternehmen den vereinbarten Zwischenstand erhält.
    3. Arbeitsprozess und Ergebnis bewerten und dabei die Rückmeldung des Unternehmens so nutzen, wie es in der Auftragsbeschreibung vereinbart ist.

company-project-do-employer =
    1. Den Auftrag persönlich übergeben, am besten im eigenen Betrieb.
    2. Ideen zu den vereinbarten Zeitpunkten kommentieren und deutlich sagen, wenn eine Idee für das Unternehmen nicht funktioniert, und warum.
    3. Zur Abschlusspräsentation kommen und ehrlich Rückmeldung geben.

company-project-do-student =
    1. Dem Unternehmen am vereinbarten Tag den Zwischenstand schicken, auch wenn es wenig zu berichten gibt.
    2. Fragen, bevor man Menschen fotografiert oder filmt oder etwas weitergibt, was das Unternehmen zur Verfügung gestellt hat.
    3. Das Ergebnis so präsentieren wie vor einer zahlenden Kundin oder einem zahlenden Kunden.

company-project-follow-up =
    Nach der Präsentation blicken Lehrkraft und Unternehmen gemeinsam zurück: Hat das Ergebnis den Auftrag erfüllt, und war der Aufwand für beide Seiten angemessen? Sagen Sie den Lernenden, welche Teile das Unternehmen nutzen will, falls überhaupt, und danken Sie dem Unternehmen vor der Klasse.

company-project-tips =
    - Halten Sie den Umfang klein. Eine kleine Aufgabe, die fertig wird, lehrt mehr als die Hälfte einer großen.
    - Ein Unternehmen, das nie antwortet, lässt ein Projekt scheitern; die Kontaktzeiten in der Auftragsbeschreibung sind keine Formsache.
    .title = Tipps und Stolpersteine

company-project-check-vet-provider-find-task = Eine Aufgabe finden, die zu Zielen und Zeit passt.
company-project-check-vet-provider-write-brief = Die Auftragsbeschreibung mit dem Unternehmen schreiben.
company-project-check-vet-provider-agree-ownership = Die Auftragsbeschreibung samt Nutzungsrechten unterschreiben lassen.
company-project-check-vet-provider-agree-costs = Vereinbaren, wer Material und Fahrten bezahlt.
company-project-check-vet-provider-book-dates = Termine für Auftakt, Rückmeldungen und Präsentation festlegen.
company-project-check-vet-provider-coach-teams = Sich jede Woche mit jedem Team treffen.
company-project-check-vet-provider-assess = Prozess und Ergebnis benoten, das Unternehmen einbeziehen.

company-project-check-employer-choose-task = Eine echte Aufgabe mit realistischem Umfang wählen.
company-project-check-employer-name-contact = Eine Ansprechperson benennen, die innerhalb weniger Tage antwortet.
company-project-check-employer-confidential = Kennzeichnen, welche Informationen vertraulich sind.
company-project-check-employer-launch = Den Auftrag persönlich übergeben.
company-project-check-employer-comment = Ideen zu den vereinbarten Zeitpunkten kommentieren.
company-project-check-employer-attend-pitch = An der Abschlusspräsentation teilnehmen.
company-project-check-employer-tell-use = Den Lernenden sagen, welche Ergebnisse man nutzt.

company-project-check-student-read-brief = Die Auftragsbeschreibung lesen und Fragen notieren.
company-project-check-student-agree-roles = Im Team Rollen und Regeln vereinbaren.
company-project-check-student-plan = Einen Projektplan mit Meilensteinen erstellen.
company-project-check-student-update-client = Dem Unternehmen an den vereinbarten Tagen den Stand schicken.
company-project-check-student-ask-consent = Fragen, bevor man Menschen filmt oder Daten weitergibt.
company-project-check-student-present = Präsentieren wie vor zahlender Kundschaft.
