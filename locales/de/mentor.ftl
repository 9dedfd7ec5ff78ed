## Methode: Stolz, Lernende im Betrieb zu betreuen

mentor-title = Stolz, Lernende im Betrieb zu betreuen
    .summary = { -work-mentor(number: "pl", case: "start-acc") } im Betrieb auswählen, schulen und unterstützen, damit alle Lernenden gut angeleitet werden.

mentor-intro =
    { -work-mentor(article: "def", case: "start") } im Betrieb, in manchen Ländern Lehrmeisterin oder Lehrmeister genannt, plant die Aufgaben der Lernenden, zeigt, wie die Arbeit gemacht wird, gibt Rückmeldung und wirkt an der Bewertung mit. Gute Anleitung entsteht nicht zufällig: Betreuungspersonen brauchen Zeit, eine klare Rolle und eine Schulung.

    Bei dieser Methode schulen { -vet-provider(article: "def") } und { -employer(article: "def") } die Betreuungspersonen gemeinsam und vereinbaren, wer welche Lernenden betreut. Die Schulung kann in Präsenz, online oder gemischt stattfinden, sodass auch stark beanspruchte Beschäftigte von ihrem eigenen Arbeitsplatz aus teilnehmen können. Betreuungspersonen, die sich ihrer Rolle sicher sind, sorgen für besseres Lernen, und sie sind stolz darauf, ihr Können weiterzugeben.

mentor-example =
    Eine berufliche Schule in Jyväskylä und vier Altenpflegeheime stellten fest, dass sich die Pflegekräfte, die Lernende anleiteten, bei der Bewertung unsicher fühlten. Gemeinsam entwickelten sie einen Onlinekurs: vier Sitzungen zu je 90 Minuten über sechs Wochen, mit einer kleinen Aufgabe zum Ausprobieren zwischen den Sitzungen. Die Heimleitungen wählten die Teilnehmenden aus und trugen die Sitzungen in den Dienstplan ein.

    Die Sitzungen behandelten die Lernziele des Abschlusses, die erste Woche der Lernenden, hilfreiches Feedback und praktische Kompetenznachweise. Jede Sitzung leiteten eine Lehrkraft und eine erfahrene Betreuungsperson aus einem der Heime gemeinsam, sodass die Beispiele immer aus der Praxis kamen.

    In einer kleinen Feier erhielten 22 Pflegekräfte ein Zertifikat. Die Lernenden des folgenden Halbjahres berichteten, dass ihre Betreuungspersonen mehr erklärten und früher Rückmeldung gaben. Zwei der Heime schicken inzwischen alle neuen Betreuungspersonen in den Kurs.
    .title = Erprobt im Sozial- und Gesundheitswesen, Finnland

mentor-prep-vet-provider =
    1. Mit dem { -employer(case: "dat") } klären, wie viele Betreuungspersonen wann gebraucht werden.
    2. Gemeinsam mit einer erfahrenen Betreuungsperson einen kurzen Kurs planen: Lernziele, erste Woche, Feedback, Bewertung und Arbeitssicherheit.
    3. Das Format wählen (Präsenz, online oder gemischt) und den Onlineraum einrichten.
    4. Eine einseitige Übersicht über den Abschluss für die Betreuungspersonen erstellen.

mentor-prep-employer =
    1. Beschäftigte auswählen, die gern Lernende betreuen möchten und die nötige Geduld mitbringen.
    2. Zeit für den Kurs und für die Betreuung im Dienstplan einplanen.
    3. Dem ganzen Team mitteilen, wer Lernende betreut und was dazugehört.

mentor-prep-student =
    1. Herausfinden, wer die eigene Betreuungsperson sein wird und wie sie erreichbar ist.
    2. Die eigenen Lernziele lesen und überlegen, was man am liebsten lernen möchte.
    3. Eine kurze Vorstellung der eigenen Person vorbereiten: Fähigkeiten, Erfahrungen und Fragen.

mentor-do-vet-provider =
    1. Die Sitzungen gemeinsam mit einer Betreuungsperson aus dem Betrieb als Co-Trainerin oder Co-Trainer durchführen.
    2. Den Betreuungspersonen zwischen den Sitzungen kleine Aufgaben geben, die sie mit ihren Lernenden ausprobieren.
    3. Während der Praxisphase mit allen Betreuungspersonen in Kontakt bleiben und Fragen schnell beantworten.

mentor-do-employer =
    1. Den Betreuungspersonen die Teilnahme am Kurs während der Arbeitszeit ermöglichen.
    2. Die Schichten so planen, dass Betreuungsperson und Lernende zumindest am Anfang zusammenarbeiten.
    3. Die Betreuungspersonen regelmäßig fragen, wie es läuft, und sie an der Bewertung beteiligen.

mentor-do-student =
    1. Mit { -work-mentor(article: "def", case: "dat") } vereinbaren, wann es Rückmeldung gibt.
    2. Mit { -work-mentor(article: "def", case: "dat") } besprechen, was man schon kann und was noch schwerfällt.
    3. Ein kurzes Lerntagebuch führen und es jede Woche mit { -work-mentor(article: "def", case: "dat") } durchgehen.

mentor-follow-up =
    Fragen Sie die Betreuungspersonen nach dem Kurs, wie sicher sie sich jetzt beim Planen, beim Feedback und bei der Bewertung fühlen, und fragen Sie die Lernenden, ob sich ihre Betreuung verändert hat. Eine kurze Umfrage vor dem Kurs liefert Ihnen einen Vergleichswert.

    Würdigen Sie die Arbeit der Betreuungspersonen: Ein Zertifikat, eine Erwähnung im Newsletter für die Beschäftigten oder ein Kaffee als Dankeschön kostet wenig und bedeutet viel. Führen Sie eine Liste der geschulten Personen und bieten Sie einmal im Jahr eine kurze Auffrischung an.

mentor-tips =
    - Halten Sie die Sitzungen kurz und praxisnah; am meisten lernen Betreuungspersonen an echten Fällen.
    - Zeichnen Sie Onlinesitzungen auf, damit Beschäftigte im Schichtdienst sie nachholen können.
    - Betreuung ohne fest eingeplante Zeit fällt an einem vollen Tag als Erstes weg.
    - Stellen Sie neuen Betreuungspersonen bei den ersten Lernenden eine erfahrene Kollegin oder einen erfahrenen Kollegen zur Seite.
    .title = Tipps und Stolpersteine

mentor-check-vet-provider-agree-numbers = Klären, wie viele Betreuungspersonen wann nötig sind.
mentor-check-vet-provider-plan-course = Den Kurs mit erfahrenen Betreuungspersonen planen.
mentor-check-vet-provider-set-up-online = Den Onlineraum vor der ersten Sitzung testen.
mentor-check-vet-provider-share-summary = Den Betreuungspersonen eine Übersicht der Lernziele geben.
mentor-check-vet-provider-keep-in-touch = Während der Praxisphase Kontakt zu den Betreuungspersonen halten.
mentor-check-vet-provider-collect-feedback = Rückmeldungen von Betreuungspersonen und Lernenden einholen.

mentor-check-employer-choose-mentors = Betreuungspersonen wählen, die diese Rolle wollen.
mentor-check-employer-book-time = Zeit für die Betreuung im Dienstplan einplanen.
mentor-check-employer-inform-team = Dem Team mitteilen, wer Lernende betreut.
mentor-check-employer-plan-shifts = Gemeinsame Schichten für Betreuungsperson und Lernende planen.
mentor-check-employer-join-assessment = Die Betreuungspersonen an der Bewertung beteiligen.
mentor-check-employer-recognise-mentors = Den Betreuungspersonen öffentlich danken.

mentor-check-student-know-mentor = Herausfinden, wer im Betrieb für die Anleitung zuständig ist.
mentor-check-student-read-goals = Vor dem Start die eigenen Lernziele lesen.
mentor-check-student-agree-feedback = Vereinbaren, wann es Rückmeldung gibt.
mentor-check-student-keep-log = Ein Lerntagebuch führen und wöchentlich besprechen.
mentor-check-student-give-feedback = Sagen, was beim Lernen hilft.
