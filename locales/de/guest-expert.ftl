## Methode: Fachleute aus der Praxis im Unterricht

guest-expert-title = Fachleute aus der Praxis im Unterricht
    .summary = Menschen aus der Arbeitswelt unterrichten an der Schule und bringen aktuelle Praxis ins Klassenzimmer.

guest-expert-intro =
    Eine Fachperson aus der Praxis kommt aus einem Unternehmen oder einer öffentlichen Einrichtung und gestaltet eine oder mehrere Unterrichtsstunden an der Schule. Das kann ein einzelner Vortrag sein, ein Workshop oder eine kurze Reihe. Die Fachperson zeigt, wie der Beruf heute funktioniert, auf welche Fähigkeiten es ankommt und wie ein Berufsweg in der Branche aussehen kann.

    Die Methode ist ein leichter Einstieg, weil sie vom { -employer(case: "dat") } wenig verlangt. Die Lernenden hören von einer Person, die die Arbeit jeden Tag macht, und { -vet-provider(article: "def") } gewinnt einen Kontakt, aus dem Praktikumsplätze oder gemeinsame Projekte werden können.

guest-expert-example =
    In einem kaufmännischen Bildungsgang an einer Schule der Sekundarstufe II in Gävle hielten die Lernenden Buchführung für trockene Theorie. Die Lehrkraft lud drei Fachleute aus der Region ein: eine Buchhalterin, einen Bankberater und den Inhaber eines kleinen Sportgeschäfts. Alle drei gestalteten im Laufe eines Halbjahres je zwei Unterrichtsstunden.

    Die Buchhalterin brachte echte, aber anonymisierte Belege und Rechnungen mit, die die Lernenden verbuchen sollten, und zeigte dann, wie dieselbe Arbeit in der Software ihres Büros erledigt wird. Der Geschäftsinhaber erklärte, wie er seine Preise festlegt und warum ihm die Liquidität im ersten Jahr schlaflose Nächte bereitet hatte. Vor jedem Besuch schickten die Lernenden ihre Fragen ein, damit sich die Gäste vorbereiten konnten.

    Die Ergebnisse im Modul Buchführung verbesserten sich, und mehrere Lernende sagten, die Stunden hätten ihren Blick auf das Fach verändert. Das Buchhaltungsbüro hat seitdem zwei Lernende als Praktikantinnen und Praktikanten aufgenommen, und die drei Gäste kommen inzwischen jedes Jahr wieder.
    .title = Erprobt im kaufmännischen Bereich, Schweden

guest-expert-prep-vet-provider =
    1. Festlegen, bei welchen Lernzielen eine Fachperson aus der Praxis helfen kann.
    2. Die Fachperson einladen und Termin, Dauer und das gewünschte Lernergebnis vereinbaren.
    3. Der Fachperson die Gruppe beschreiben: Alter, Niveau und Vorwissen.
    4. Die Fragen der Lernenden sammeln und vorab schicken.

guest-expert-prep-employer =
    1. Eine Person auswählen, die die Arbeit gut kennt und bereit ist, davon zu erzählen.
    2. Ihr Zeit zur Vorbereitung geben und ihr nach Möglichkeit erlauben, echtes Material oder Werkzeug mitzubringen.
    3. Mit der Schule absprechen, was gezeigt werden darf, zum Beispiel Kundendaten oder Preise.

guest-expert-prep-student =
    1. Sich über das Unternehmen und die Tätigkeit der Fachperson informieren.
    2. Mindestens eine eigene Frage vorbereiten und an die Lehrkraft schicken.
    3. Überlegen, wie das Thema mit dem eigenen Lernstoff zusammenhängt.

guest-expert-do-vet-provider =
    1. Die Fachperson begrüßen und der Gruppe vorstellen.
    2. Im Raum bleiben und helfen, die Stunde mit dem Unterricht zu verknüpfen.
    3. Zeit für Fragen und Diskussion lassen.

guest-expert-do-employer =
    1. Echte Geschichten aus der Arbeit erzählen, auch von Problemen und wie sie gelöst wurden.
    2. Den Lernenden etwas zu tun geben, nicht nur etwas zum Zuhören.
    3. Erzählen, worauf der eigene Betrieb bei neuen Beschäftigten achtet.

guest-expert-do-student =
    1. Aktiv zuhören und mitschreiben.
    2. Die eigenen Fragen stellen und bei den Aufgaben mitmachen.
    3. Sich bei der Fachperson bedanken und bei Interesse nach Praktikumsplätzen oder Stellen fragen.

guest-expert-follow-up =
    Fragen Sie die Lernenden nach der Stunde, was sie gelernt haben, und greifen Sie ihre Antworten in den folgenden Stunden auf. Schicken Sie der Fachperson ein Dankeschön mit einigen Stimmen der Lernenden und fragen Sie, wie sie den Besuch erlebt hat und was ihn beim nächsten Mal leichter machen würde.

    Wenn es gut gelaufen ist, vereinbaren Sie einen weiteren Besuch oder fragen Sie, ob der Betrieb Lernende zu einer Betriebserkundung oder für ein Praktikum aufnehmen möchte.

guest-expert-tips =
    - Geben Sie der Fachperson ein klares Thema und einen Zeitrahmen; bei einem allgemeinen Vortrag über das Unternehmen schalten die Lernenden schnell ab.
    - Mit vorbereiteten Fragen wird die Stunde viel ergiebiger.
    - Verlassen Sie den Raum nicht. Die Lehrkraft verknüpft den Besuch mit dem Lernen.
    - Legen Sie schulweit eine Liste mit Fachleuten an, damit alle von den Kontakten profitieren.
    .title = Tipps und Stolpersteine

guest-expert-check-vet-provider-pick-goals = Lernziele wählen, die die Fachperson unterstützt.
guest-expert-check-vet-provider-invite = Die Fachperson einladen und Einzelheiten vereinbaren.
guest-expert-check-vet-provider-brief-expert = Der Fachperson die Gruppe beschreiben.
guest-expert-check-vet-provider-send-questions = Die Fragen der Lernenden vorab schicken.
guest-expert-check-vet-provider-thank = Ein Dankeschön mit Stimmen der Lernenden schicken.

guest-expert-check-employer-choose-person = Eine Person wählen, die gern von der Arbeit erzählt.
guest-expert-check-employer-give-time = Ihr Zeit zur Vorbereitung geben.
guest-expert-check-employer-bring-materials = Echtes Material oder Werkzeug mitbringen.
guest-expert-check-employer-agree-limits = Absprechen, was gezeigt werden darf und was nicht.
guest-expert-check-employer-active-task = Eine Aufgabe für die Lernenden planen.

guest-expert-check-student-research = Sich über den Betrieb der Fachperson informieren.
guest-expert-check-student-send-question = Mindestens eine Frage vorab schicken.
guest-expert-check-student-take-notes = Während der Stunde mitschreiben.
guest-expert-check-student-ask = Die eigenen Fragen stellen.
guest-expert-check-student-thank = Sich bei der Fachperson bedanken.
