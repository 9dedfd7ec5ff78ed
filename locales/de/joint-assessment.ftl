## Methode: Gemeinsame Bewertung und praktische Kompetenznachweise

joint-assessment-title = Gemeinsame Bewertung und praktische Kompetenznachweise
    .summary = Lehrkräfte und betriebliche Betreuungspersonen bewerten Lernende gemeinsam, mit gemeinsamen Kriterien und echten Arbeitsaufgaben.

joint-assessment-intro =
    Bei einem praktischen Kompetenznachweis, etwa einer Arbeitsprobe, zeigen Lernende durch echte Arbeit, dass sie die Lernziele eines Ausbildungsabschnitts erreicht haben. Wenn eine Lehrkraft und { -work-mentor(article: "indef") } gemeinsam bewerten, wird das Ergebnis gerechter und aussagekräftiger: Die Betreuungsperson weiß, was die Arbeit verlangt, und die Lehrkraft kennt den Abschluss und seine Kriterien.

    Gemeinsames Bewerten braucht Vorbereitung. Beide Bewertenden müssen die Kriterien gleich verstehen, im Voraus vereinbaren, was als ausreichend gilt, und wissen, wie sie Rückmeldung geben, mit der die Lernenden etwas anfangen können.

joint-assessment-example =
    Eine Berufsschule in Bremen und drei Metallbetriebe stellten fest, dass Lehrkräfte und betriebliche Ausbilderinnen und Ausbilder die Arbeiten der Auszubildenden oft unterschiedlich beurteilten. Gemeinsam planten sie praktische Kompetenznachweise für Auszubildende der Metalltechnik im zweiten Ausbildungsjahr.

    Zuerst trafen sich Lehrkräfte und Ausbildungspersonal für einen Nachmittag und bewerteten dieselben drei Musterwerkstücke jeweils allein. Dann verglichen sie ihre Noten und besprachen jeden Unterschied. Aus dieser Diskussion entstand ein gemeinsamer Bewertungsbogen mit klaren Beschreibungen für jede Note. Anschließend fertigten alle Auszubildenden im Betrieb eine geschweißte Halterung nach technischer Zeichnung, prüften ihre Qualität und begründeten ihre Entscheidungen. Jeweils eine Lehrkraft und eine Ausbilderin oder ein Ausbilder bewerteten gemeinsam und gaben direkt vor Ort Rückmeldung.

    Meinungsverschiedenheiten über Noten verschwanden fast vollständig, und die Auszubildenden fanden die Rückmeldung hilfreicher, weil sie von beiden Seiten kam. Die Betriebe nutzen den Bewertungsbogen inzwischen auch in ihrer eigenen innerbetrieblichen Ausbildung.
    .title = Erprobt in den technischen Berufen, Deutschland

joint-assessment-prep-vet-provider =
    1. Den Ausbildungsabschnitt und die Lernziele auswählen, die nachgewiesen werden sollen.
    2. Die Bewertungskriterien mit dem { -employer(case: "dat") } erarbeiten, mit Beispielen für jede Stufe.
    3. Ein kurzes Abstimmungstreffen durchführen, bei dem alle Bewertenden dieselbe Musterarbeit bewerten.
    4. Termin, Aufgabe und die Rollen der Bewertenden vereinbaren.

joint-assessment-prep-employer =
    1. { -work-mentor(article: "indef", case: "start-acc") } für die Bewertung auswählen und ihr Zeit zur Vorbereitung geben.
    2. Eine echte Arbeitsaufgabe planen, die die Lernziele abdeckt.
    3. Dafür sorgen, dass Material, Werkzeug und ein sicherer Arbeitsplatz bereitstehen.

joint-assessment-prep-student =
    1. Die Kriterien lesen und fragen, was sie jeweils in der Praxis bedeuten.
    2. Die Aufgaben üben und sich selbst anhand der Kriterien einschätzen.
    3. Sich darauf vorbereiten, die eigenen Entscheidungen und die eigene Arbeitsweise zu erklären.

joint-assessment-do-vet-provider =
    1. Den Kompetenznachweis beobachten und Notizen entlang der Kriterien machen.
    2. Die Bewertung mit { -work-mentor(article: "def", case: "dat") } besprechen, bevor Rückmeldung gegeben wird.
    3. Das Ergebnis und seine Begründung dokumentieren.

joint-assessment-do-employer =
    1. Den Lernenden die Aufgabe und die Bedingungen erklären.
    2. Die Arbeit gemeinsam mit der Lehrkraft beobachten und bewerten.
    3. Konkrete Rückmeldung aus Sicht des Betriebs geben.

joint-assessment-do-student =
    1. Die Arbeit vor dem Start planen und sicher arbeiten.
    2. Auf Nachfrage erklären, was man tut und warum.
    3. Die Rückmeldung anhören und notieren, was man verbessern kann.

joint-assessment-follow-up =
    Nach den Kompetenznachweisen werten die Bewertenden gemeinsam aus: Waren die Kriterien klar, haben alle gleich bewertet, und hat die Aufgabe gezeigt, was sie zeigen sollte? Passen Sie Kriterien und Aufgabe für die nächste Runde an.

    Geben Sie den Lernenden eine schriftliche Zusammenfassung ihrer Rückmeldung und fragen Sie sie, ob sie die Bewertung als fair erlebt haben. Teilen Sie die überarbeiteten Kriterien mit allen Betreuungspersonen, die bewerten.

joint-assessment-tips =
    - Stimmen Sie sich mit Musterarbeiten ab, bevor eine neue Gruppe von Bewertenden beginnt.
    - Kriterien in einfacher Sprache helfen Lernenden und Betreuungspersonen gleichermaßen.
    - Lassen Sie weder die Sicht der Lehrkraft noch die des Betriebs dominieren. Diskutieren Sie, bis Sie sich einig sind.
    - Halten Sie die Aufgabe realistisch, aber achten Sie darauf, dass sie alle zu bewertenden Ziele abdeckt.
    .title = Tipps und Stolpersteine

joint-assessment-check-vet-provider-choose-unit = Abschnitt und nachzuweisende Ziele auswählen.
joint-assessment-check-vet-provider-prepare-criteria = Gemeinsame Kriterien mit Beispielen erarbeiten.
joint-assessment-check-vet-provider-calibrate = Ein Abstimmungstreffen mit Musterarbeiten durchführen.
joint-assessment-check-vet-provider-agree-roles = Termin, Aufgabe und Rollen vereinbaren.
joint-assessment-check-vet-provider-record-result = Ergebnis und Begründung dokumentieren.
joint-assessment-check-vet-provider-review-criteria = Die Kriterien nach jeder Runde überprüfen.

joint-assessment-check-employer-choose-assessor = Eine Betreuungsperson für die Bewertung wählen.
joint-assessment-check-employer-plan-task = Eine echte Aufgabe planen, die die Ziele abdeckt.
joint-assessment-check-employer-prepare-area = Werkzeug, Material und sicheren Arbeitsplatz vorbereiten.
joint-assessment-check-employer-assess-together = Gemeinsam mit der Lehrkraft bewerten.
joint-assessment-check-employer-give-feedback = Konkrete Rückmeldung geben.

joint-assessment-check-student-read-criteria = Die Kriterien lesen und Fragen dazu stellen.
joint-assessment-check-student-practise = Üben und sich selbst einschätzen.
joint-assessment-check-student-plan-work = Die Arbeit vor dem Start planen.
joint-assessment-check-student-explain = Bereit sein, die eigenen Entscheidungen zu erklären.
joint-assessment-check-student-note-feedback = Notieren, was man verbessern kann.
