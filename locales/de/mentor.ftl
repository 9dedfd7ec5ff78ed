## Methode: Stolz, Ausbilderin oder Ausbilder zu sein

mentor-title = Stolz, Ausbilderin oder Ausbilder zu sein
    .summary = Für alle Lernenden { -work-mentor(article: "indef", case: "acc") } im Betrieb auswählen, schulen und begleiten.

mentor-intro =
    Die betriebliche Ausbilderin oder der betriebliche Ausbilder, in manchen Ländern Lehrmeisterin oder Lehrmeister genannt, plant die Aufgaben der Lernenden, zeigt, wie die Arbeit gemacht wird, gibt Rückmeldung und wirkt an der Bewertung mit. Gute Anleitung entsteht nicht zufällig: Ausbilderinnen und Ausbilder brauchen Zeit, eine klare Rolle und eine gewisse Schulung.

    Bei dieser Methode schulen die { -vet-provider } und der { -employer } die Ausbilderinnen und Ausbilder gemeinsam und vereinbaren, wer welche Lernenden betreut. Die Schulung kann in Präsenz, online oder gemischt stattfinden, sodass auch stark eingebundene Beschäftigte von ihrem eigenen Arbeitsplatz aus teilnehmen können. Sichere Ausbilderinnen und Ausbilder bedeuten besseres Lernen und Beschäftigte, die stolz darauf sind, ihr Können weiterzugeben.

mentor-example =
    Eine berufsbildende Schule in Jyväskylä und vier Altenpflegeheime stellten fest, dass sich die Pflegekräfte, die Lernende anleiteten, bei der Bewertung unsicher fühlten. Gemeinsam entwickelten sie einen Onlinekurs: vier Sitzungen zu je 90 Minuten über sechs Wochen, mit einer kleinen Aufgabe zum Ausprobieren zwischen den Sitzungen. Die Heimleitungen wählten die Teilnehmenden aus und trugen die Sitzungen in den Dienstplan ein.

    Die Sitzungen behandelten die Lernziele des Abschlusses, die erste Woche der Lernenden, hilfreiches Feedback und praktische Kompetenznachweise. Jede Sitzung leiteten eine Lehrkraft und eine erfahrene Ausbilderin aus einem der Heime gemeinsam, sodass die Beispiele immer aus der Praxis kamen.

    In einer kleinen Feier erhielten 22 Pflegekräfte ein Zertifikat. Die Lernenden des folgenden Halbjahres berichteten, dass ihre Ausbilderinnen und Ausbilder mehr erklärten und früher Rückmeldung gaben. Zwei der Heime schicken inzwischen alle neuen Ausbilderinnen und Ausbilder in den Kurs.
    .title = Erprobt im Sozial- und Gesundheitswesen, Finnland

mentor-prep-vet-provider =
    1. Mit dem { -employer(case: "dat") } klären, wie viele Ausbilderinnen und Ausbilder wann gebraucht werden.
    2. Mit { -work-mentor(article: "indef", case: "dat") } mit Erfahrung einen kurzen Kurs planen: Lernziele, erste Woche, Feedback, Bewertung und Arbeitssicherheit.
    3. Das Format wählen (Präsenz, online oder gemischt) und den Onlineraum einrichten.
    4. Eine einseitige Übersicht über den Abschluss für die Ausbilderinnen und Ausbilder erstellen.

mentor-prep-employer =
    1. Beschäftigte auswählen, die gern anleiten möchten und die nötige Geduld mitbringen.
    2. Zeit für den Kurs und für die Betreuung im Dienstplan einplanen.
    3. Dem ganzen Team mitteilen, wer ausbildet und was dazugehört.

mentor-prep-student =
    1. Herausfinden, wer die eigene Ausbilderin oder der eigene Ausbilder sein wird und wie sie oder er erreichbar ist.
    2. Die eigenen Lernziele lesen und überlegen, was man am liebsten lernen möchte.
    3. Eine kurze Vorstellung der eigenen Person vorbereiten: Fähigkeiten, Erfahrungen und Fragen.

mentor-do-vet-provider =
    1. Die Sitzungen gemeinsam mit einer Ausbilderin oder einem Ausbilder aus dem Betrieb als Co-Trainerin oder Co-Trainer durchführen.
    2. Den Ausbilderinnen und Ausbildern zwischen den Sitzungen kleine Aufgaben geben, die sie mit ihren Lernenden ausprobieren.
    3. Während der Lernphase mit allen Ausbilderinnen und Ausbildern in Kontakt bleiben und Fragen schnell beantworten.

mentor-do-employer =
    1. Den Ausbilderinnen und Ausbildern die Teilnahme am Kurs während der Arbeitszeit ermöglichen.
    2. Die Schichten so planen, dass Ausbildungspersonal und Lernende zumindest am Anfang zusammenarbeiten.
    3. Die Ausbilderinnen und Ausbilder regelmäßig fragen, wie es läuft, und sie an der Bewertung beteiligen.

mentor-do-student =
    1. Mit der Ausbilderin oder dem Ausbilder vereinbaren, wann es Rückmeldung gibt.
    2. Mit { -work-mentor(article: "def", case: "dat") } besprechen, was man schon kann und was noch schwerfällt.
    3. Ein kurzes Lerntagebuch führen und es jede Woche mit { -work-mentor(article: "def", case: "dat") } durchgehen.

mentor-follow-up =
    Fragen Sie die Ausbilderinnen und Ausbilder nach dem Kurs, wie sicher sie sich jetzt beim Planen, beim Feedback und bei der Bewertung fühlen, und fragen Sie die Lernenden, ob sich ihre Betreuung verändert hat. Eine kurze Umfrage vor dem Kurs liefert Ihnen einen Vergleichswert.

    Würdigen Sie die Arbeit der Ausbilderinnen und Ausbilder: Ein Zertifikat, eine Erwähnung im Newsletter für die Beschäftigten oder ein Dankeschön-Kaffee kostet wenig und bedeutet viel. Führen Sie eine Liste der geschulten Personen und bieten Sie einmal im Jahr eine kurze Auffrischung an.

mentor-tips =
    - Halten Sie die Sitzungen kurz und praxisnah; am meisten lernen Ausbilderinnen und Ausbilder an echten Fällen.
    - Zeichnen Sie Onlinesitzungen auf, damit Beschäftigte im Schichtdienst sie nachholen können.
    - Betreuung ohne fest eingeplante Zeit fällt an einem vollen Tag als Erstes weg.
    - Stellen Sie neuen Ausbilderinnen und Ausbildern bei den ersten Lernenden eine erfahrene Kollegin oder einen erfahrenen Kollegen zur Seite.
    .title = Tipps und Stolpersteine

mentor-check-vet-provider-agree-numbers = Klären, wie viele Ausbilderinnen und Ausbilder wann nötig sind.
mentor-check-vet-provider-plan-course = Den Kurs mit erfahrenem Ausbildungspersonal planen.
mentor-check-vet-provider-set-up-online = Den Onlineraum vor der ersten Sitzung testen.
mentor-check-vet-provider-share-summary = Dem Ausbildungspersonal eine Übersicht der Lernziele geben.
mentor-check-vet-provider-keep-in-touch = Während der Lernphase Kontakt zum Ausbildungspersonal halten.
mentor-check-vet-provider-collect-feedback = Rückmeldungen von Ausbildungspersonal und Lernenden einholen.

mentor-check-employer-choose-mentors = Ausbilderinnen und Ausbilder wählen, die diese Rolle wollen.
mentor-check-employer-book-time = Zeit für die Betreuung im Dienstplan einplanen.
mentor-check-employer-inform-team = Dem Team mitteilen, wer ausbildet.
mentor-check-employer-plan-shifts = Gemeinsame Schichten für Ausbildungspersonal und Lernende planen.
mentor-check-employer-join-assessment = Das Ausbildungspersonal an der Bewertung beteiligen.
mentor-check-employer-recognise-mentors = Den Ausbilderinnen und Ausbildern öffentlich danken.

mentor-check-student-know-mentor = Herausfinden, wer im Betrieb für die Anleitung zuständig ist.
mentor-check-student-read-goals = Vor dem Start die eigenen Lernziele lesen.
mentor-check-student-agree-feedback = Vereinbaren, wann es Rückmeldung gibt.
mentor-check-student-keep-log = Ein Lerntagebuch führen und wöchentlich besprechen.
mentor-check-student-give-feedback = Sagen, was beim Lernen hilft.
