## Methode: Ausbildungsverträge

apprenticeship-title = Ausbildungsverträge
    .summary = Lernende sind bei einem Betrieb beschäftigt und lernen vor allem bei der Arbeit, unterstützt von { -vet-provider(article: "def", case: "dat") }.

apprenticeship-intro =
    In einem Ausbildungsverhältnis gehören die Lernenden zur Belegschaft. Auszubildende und { -employer(article: "def") } schließen einen Arbeits- oder Ausbildungsvertrag (in manchen Ländern unterschreibt auch { -vet-provider(article: "def") }), und Vergütung, Arbeitszeit, Urlaub und Versicherung ergeben sich daraus wie bei anderen Beschäftigten. Den größten Teil des Berufs lernen sie bei der Arbeit; { -vet-provider(article: "def") } plant die Ausbildung mit dem Betrieb und vermittelt, was die Arbeit nicht abdeckt. In manchen schulischen Modellen bleiben die Auszubildenden Schülerinnen und Schüler: Dann ist zu klären, wer sie bei der Arbeit versichert. Auch wer am Ende prüft, ist verschieden: in Finnland { -vet-provider(article: "def") } zusammen mit dem Betrieb, in Deutschland die Kammern, in den geschützten Handwerksberufen Islands ein Prüfungsausschuss je Beruf, der die Gesellenprüfung stellt.

    Ausbildungsverhältnisse eignen sich für Erwachsene, die sich beruflich neu orientieren, für junge Menschen, die beim Lernen Geld verdienen wollen, und für Unternehmen, die Fachkräfte auf ihre eigene Weise ausbilden möchten. Sie dauern oft zwei oder drei Jahre; deshalb kommt es auf einen Plan an, an den sich alle drei Beteiligten halten.

apprenticeship-contract-note =
    Den Berufsausbildungsvertrag nach dem Berufsbildungsgesetz (BBiG) schließen der Ausbildungsbetrieb und die Auszubildenden, bei Minderjährigen unterschreiben auch die Erziehungsberechtigten; die Berufsschule ist nicht Vertragspartei. Die zuständige Kammer trägt den Vertrag in das Verzeichnis der Berufsausbildungsverhältnisse ein. Die Vergütung muss angemessen sein und mit jedem Ausbildungsjahr steigen; oft legt sie ein Tarifvertrag fest, sonst gilt mindestens die gesetzliche Mindestausbildungsvergütung. Die Abschluss- oder Gesellenprüfung nimmt ein Prüfungsausschuss der Kammer ab, im Handwerk oft ein Gesellenprüfungsausschuss der Innung.
    .title = In Deutschland

apprenticeship-example =
    Ein Sanitär- und Heizungsbetrieb in Oulu fand keine ausgebildeten Fachkräfte für die Installation. Gemeinsam mit der örtlichen beruflichen Schule stellte er zwei Erwachsene, einen ehemaligen Lagerarbeiter und einen ehemaligen Soldaten, als Auszubildende für den Abschluss in der Gebäudetechnik ein.

    Eine Lehrkraft, die Bauleitung und jeder der beiden Auszubildenden ordneten jedem Teil des Abschlusses die Installationen zu, die der Betrieb in den nächsten zwei Jahren erwartete. Der Plan überstand den ersten Winter nicht: Ein großer Neubauauftrag wurde verschoben, und fünf Monate lang arbeiteten beide Auszubildenden nur an Sanierungen in bewohnten Wohnungen. Beim nächsten Fortschrittsgespräch verlegte die Lehrkraft den Teil über neue Heizungsanlagen ins zweite Jahr und organisierte stattdessen zwei Wochen in der Werkstatt der Schule.

    Ein Auszubildender schloss nach 26 Monaten ab und blieb im Betrieb. Der andere ging nach einem Jahr ohne Abschluss zu einer besser bezahlten Stelle. Das Fazit des Betriebs: die Vergütungsstufen für die ganze Ausbildung schon bei Vertragsabschluss vereinbaren.
    .title = Erprobt in den technischen Berufen, Finnland

apprenticeship-prep-vet-provider =
    1. Den Betrieb besuchen und auflisten, was der Abschluss verlangt, diese Arbeit aber nicht bieten kann.
    2. Dem { -employer(case: "dat") } und den Bewerberinnen und Bewerbern Regeln, Förderung und Zuständigkeiten erklären, auch wer was unterschreibt.
    3. Mit beiden einen individuellen Ausbildungsplan aufstellen: welcher Teil wo und wann gelernt wird, Schultage und Prüfungen.

apprenticeship-prep-employer =
    1. Nach Motivation statt nach Erfahrung auswählen und Vergütung, Arbeitszeit und Probezeit im Vertrag vereinbaren.
    2. Die Versicherung prüfen und bei allen unter 18 die Regeln des Jugendarbeitsschutzes für Tätigkeiten und Arbeitszeiten beachten.
    3. { -work-mentor(article: "indef", case: "start-acc") } benennen und ihr Zeit und Schulung geben.

apprenticeship-prep-student =
    1. Den Vertrag lesen: Vergütung, Arbeitszeit, Urlaub, Probezeit und Schultage.
    2. Den Ausbildungsplan durchgehen und klären, welche Teile man im Betrieb und welche in der Schule lernt.

apprenticeship-do-vet-provider =
    1. Die Theorie mit Beispielen aus der eigenen Arbeit der Auszubildenden vermitteln.
    2. Sich alle zwei bis drei Monate mit Auszubildenden und Betreuungsperson treffen und den Plan ändern, wenn sich die Arbeit ändert.
    3. Die Auszubildenden auf die Abschlussbewertung oder -prüfung vorbereiten, wer auch immer sie abnimmt.
    4. Am Ende Betrieb und Auszubildende fragen, was man beim nächsten Mal anders machen sollte, und es aufschreiben: Das überzeugt andere Unternehmen besser als jede Broschüre.

apprenticeship-do-employer =
    1. Aufgaben nach Plan vergeben, nicht nur das, was gerade dringend ist.
    2. Die Auszubildenden für die Schultage freistellen, auch in arbeitsreichen Wochen.
    3. Der Lehrkraft früh Bescheid geben, wenn sich die Arbeit oder der Vertrag ändert.

apprenticeship-do-student =
    1. Ein Lerntagebuch führen und es zu den Fortschrittsgesprächen mitbringen.
    2. Früh Bescheid geben, wenn die eigenen Aufgaben und der Plan nicht mehr zusammenpassen.

apprenticeship-tips =
    Schultage fallen als Erstes weg, wenn im Betrieb viel los ist, und wer sie verpasst, gerät in Rückstand: Tragen Sie sie in den Dienstplan ein, nicht nur in den Ausbildungsplan.

    Vereinbaren Sie zu Beginn, was geschieht, wenn der Vertrag vorzeitig endet: wer wen informiert und wie die oder der Auszubildende den Abschluss anderswo erreichen kann.
    .title = Achtung

apprenticeship-check-vet-provider-check-tasks = Prüfen, ob der Betrieb die Aufgaben bietet, die der Abschluss verlangt.
apprenticeship-check-vet-provider-explain-rules = Regeln, Förderung und Unterschriften erklären.
apprenticeship-check-vet-provider-training-plan = Den Ausbildungsplan mit Betrieb und Auszubildenden schreiben.
apprenticeship-check-vet-provider-progress-meetings = Alle zwei bis drei Monate ein Fortschrittsgespräch führen.
apprenticeship-check-vet-provider-early-end = Vereinbaren, was bei vorzeitigem Vertragsende geschieht.
apprenticeship-check-vet-provider-organise-assessment = Die Auszubildenden auf die Abschlussprüfung vorbereiten.

apprenticeship-check-employer-agree-contract = Den Vertrag schließen: Vergütung, Arbeitszeit, Probezeit.
apprenticeship-check-employer-check-insurance = Versicherung und Jugendarbeitsschutz prüfen.
apprenticeship-check-employer-name-mentor = Eine Betreuungsperson benennen und ihr Zeit geben.
apprenticeship-check-employer-plan-tasks = Die Arbeitsaufgaben auf den Ausbildungsplan abstimmen.
apprenticeship-check-employer-release-study = Die Auszubildenden für jeden Schultag freistellen.
apprenticeship-check-employer-report-problems = Der Lehrkraft früh sagen, wenn sich die Arbeit ändert.

apprenticeship-check-student-understand-terms = Den Vertrag lesen: Vergütung, Arbeitszeit, Urlaub, Schultage.
apprenticeship-check-student-agree-mentor = Mit der Betreuungsperson Termine für Fortschrittsgespräche vereinbaren.
apprenticeship-check-student-keep-log = Ein Lerntagebuch führen und zu Gesprächen mitbringen.
apprenticeship-check-student-speak-up = Früh Bescheid geben, wenn Aufgaben und Plan nicht passen.
apprenticeship-check-student-prepare-meetings = Sich auf Fortschrittsgespräche und Prüfungen vorbereiten.
