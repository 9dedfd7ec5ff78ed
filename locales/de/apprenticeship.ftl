## Methode: Ausbildungsverträge

apprenticeship-title = Ausbildungsverträge
    .summary = Lernende schließen einen Ausbildungsvertrag mit einem Betrieb und lernen vor allem bei der Arbeit, unterstützt von { -vet-provider(article: "def", case: "dat") }.

apprenticeship-intro =
    In einem Ausbildungsverhältnis gehören die Lernenden zur Belegschaft. Sie schließen einen Ausbildungsvertrag mit dem { -employer(case: "dat") }, erhalten eine Vergütung und lernen den größten Teil ihres Berufs bei der Arbeit, während { -vet-provider(article: "def") } die Ausbildung mitplant und die Theorie vermittelt. Wer prüft, ist von Land zu Land verschieden: In der dualen Ausbildung in Deutschland nehmen Prüfungsausschüsse der zuständigen Kammer, etwa der IHK oder der Handwerkskammer, die Zwischen- und Abschlussprüfungen ab; in Finnland organisiert die Schule die praktischen Kompetenznachweise gemeinsam mit dem Betrieb. Der Grundgedanke ist aber überall gleich: Der Betrieb ist der wichtigste Lernort.

    Ausbildungsverhältnisse eignen sich für Erwachsene, die sich beruflich neu orientieren, für junge Menschen, die beim Lernen Geld verdienen wollen, und für Unternehmen, die Fachkräfte nach ihrem eigenen Bedarf ausbilden möchten. Sie verlangen von allen drei Beteiligten über lange Zeit Engagement, deshalb ist gute Planung unverzichtbar.

apprenticeship-example =
    Ein Sanitär- und Heizungsbetrieb in Oulu fand keine ausgebildeten Fachkräfte für die Installation. Gemeinsam mit der örtlichen beruflichen Schule stellte er zwei Erwachsene, einen ehemaligen Lagerarbeiter und einen ehemaligen Soldaten, mit Ausbildungsverträgen ein, die zu einem Abschluss in der Gebäudetechnik führten.

    Eine Lehrkraft, die Bauleitung des Betriebs und jeder der beiden Auszubildenden stellten einen individuellen Ausbildungsplan auf. Er ordnete jedem Teil des Abschlusses die Installationen zu, an denen der Betrieb in den nächsten zwei Jahren arbeiten würde, und ergänzte Schultage und Online-Theorie für alles, was auf den Baustellen nicht vorkam. Ein erfahrener Installateur übernahm die Betreuung im Betrieb, und die vier trafen sich alle zwei Monate, um die Fortschritte zu besprechen.

    Beide Auszubildenden schlossen ihre Ausbildung in gut zwei Jahren ab und blieben im Betrieb. Einer von ihnen betreut inzwischen selbst die nächste Auszubildende oder den nächsten Auszubildenden des Betriebs.
    .title = Erprobt in den technischen Berufen, Finnland

apprenticeship-prep-vet-provider =
    1. Prüfen, ob der Betrieb die Aufgaben bieten kann, die der Abschluss verlangt.
    2. Dem { -employer(case: "dat") } und den Bewerberinnen und Bewerbern Regeln, Förderung und Zuständigkeiten erklären.
    3. Gemeinsam einen individuellen Ausbildungsplan mit Schultagen und Prüfungsterminen aufstellen.

apprenticeship-prep-employer =
    1. Entscheiden, wen man einstellt, und Vertrag, Vergütung und Arbeitszeiten vereinbaren.
    2. { -work-mentor(article: "indef", case: "start-acc") } benennen und ihr Zeit und Schulung geben; in der dualen Ausbildung in Deutschland muss der Betrieb außerdem eine nach AEVO geeignete Ausbilderin oder einen geeigneten Ausbilder haben.
    3. Planen, welche Arbeitsaufgaben und Einsatzorte welche Teile des Plans abdecken.

apprenticeship-prep-student =
    1. Sich informieren, was die Ausbildung mit sich bringt, auch zu Schultagen und Prüfungen.
    2. Vertrag und Ausbildungsplan lesen und bei Unklarheiten nachfragen.
    3. Mit { -work-mentor(article: "def", case: "dat") } vereinbaren, wie man zusammenarbeitet.

apprenticeship-do-vet-provider =
    1. Die Theorie vermitteln und mit der Arbeit der Auszubildenden verknüpfen.
    2. Regelmäßig Fortschrittsgespräche mit den Auszubildenden und ihren Betreuungspersonen führen.
    3. Die Auszubildenden auf die Prüfungen vorbereiten und eigene Leistungsfeststellungen der Schule möglichst im Betrieb durchführen; die Abschlussprüfung nimmt in Deutschland die Kammer ab.

apprenticeship-do-employer =
    1. Den Auszubildenden Aufgaben nach Plan geben, nicht nur das, was gerade dringend ist.
    2. Die Auszubildenden für die Schultage freistellen.
    3. Die Betreuungsperson einbinden und Probleme früh melden.

apprenticeship-do-student =
    1. Aktiv bei Arbeit und Lernen mitmachen und ein Lerntagebuch führen.
    2. Betreuungsperson und Lehrkraft Bescheid geben, wenn der Plan nicht zu den Aufgaben passt.
    3. Sich auf Fortschrittsgespräche und Prüfungen vorbereiten.

apprenticeship-follow-up =
    Überprüfen Sie den Ausbildungsplan bei jedem Fortschrittsgespräch und passen Sie ihn an, wenn sich die Arbeit ändert. Blicken Sie am Ende mit allen drei Beteiligten zurück: Hat die Ausbildung ihre Ziele erreicht, und was würden Sie bei den nächsten Auszubildenden anders machen?

    Halten Sie die Erfahrungen des Betriebs fest, denn sie sind das beste Argument, um andere Unternehmen für die Ausbildung zu gewinnen. Feiern Sie den Abschluss gemeinsam.

apprenticeship-tips =
    - Beginnen Sie mit einer sorgfältigen Auswahl; Motivation zählt mehr als Vorerfahrung.
    - Ein realistischer Ausbildungsplan verhindert, dass Auszubildende monatelang an einer einzigen Aufgabe festhängen.
    - Lassen Sie die Schultage nicht ausfallen, wenn im Betrieb viel los ist.
    - Planen Sie, was geschieht, wenn der Vertrag vorzeitig endet.
    .title = Tipps und Stolpersteine

apprenticeship-check-vet-provider-check-tasks = Prüfen, ob der Betrieb die nötigen Aufgaben bietet.
apprenticeship-check-vet-provider-explain-rules = Regeln, Förderung und Zuständigkeiten erklären.
apprenticeship-check-vet-provider-training-plan = Den individuellen Ausbildungsplan gemeinsam aufstellen.
apprenticeship-check-vet-provider-link-theory = Theorie mit der Arbeit der Auszubildenden verknüpfen.
apprenticeship-check-vet-provider-progress-meetings = Regelmäßig Fortschrittsgespräche führen.
apprenticeship-check-vet-provider-organise-assessment = Die Auszubildenden auf die Prüfungen vorbereiten.

apprenticeship-check-employer-agree-contract = Vertrag, Vergütung und Arbeitszeiten vereinbaren.
apprenticeship-check-employer-name-mentor = Eine Betreuungsperson benennen und schulen.
apprenticeship-check-employer-plan-tasks = Aufgaben planen, die den Ausbildungsplan abdecken.
apprenticeship-check-employer-release-study = Die Auszubildenden für Schultage freistellen.
apprenticeship-check-employer-report-problems = Probleme früh melden.

apprenticeship-check-student-understand-terms = Vertrag und Ausbildungsplan verstehen.
apprenticeship-check-student-agree-mentor = Mit der Betreuungsperson die Zusammenarbeit vereinbaren.
apprenticeship-check-student-keep-log = Ein Lerntagebuch führen.
apprenticeship-check-student-speak-up = Sich melden, wenn die Aufgaben nicht zum Plan passen.
apprenticeship-check-student-prepare-meetings = Sich auf Fortschrittsgespräche vorbereiten.
