## Methode: Gemeinsame Bewertung und praktische Kompetenznachweise

joint-assessment-title = Gemeinsame Bewertung und praktische Kompetenznachweise
    .summary = Lehrkräfte und betriebliche Betreuungspersonen bewerten Lernende gemeinsam, mit gemeinsamen Kriterien und echten Arbeitsaufgaben.

joint-assessment-intro =
    Bei einem praktischen Kompetenznachweis zeigen Lernende durch echte Arbeit, dass sie die Ziele eines Ausbildungsabschnitts erreicht haben. Wenn eine Lehrkraft und { -work-mentor(article: "indef") } den Nachweis gemeinsam bewerten, sieht jede Seite, was der anderen entgehen würde: Die Betreuungsperson weiß, was die Arbeit verlangt, die Lehrkraft kennt den Abschluss und seine Kriterien.

    Wer die abschließende Bewertung vornimmt, ist von Land zu Land verschieden. In Finnland organisiert { -vet-provider(article: "def") } die Kompetenznachweise im Betrieb, und eine Lehrkraft und eine Vertretung des Betriebs bewerten sie; in der dualen Ausbildung in Deutschland nehmen die Kammern die Abschlussprüfungen ab. Auch wo die Abschlussprüfung nicht in Ihrer Hand liegt, bereitet eine gemeinsame Bewertung während der Ausbildung die Lernenden darauf vor.

joint-assessment-who-examines =
    In der dualen Ausbildung nehmen die zuständigen Stellen, meist die Industrie- und Handelskammer oder die Handwerkskammer, die Zwischen- und Abschlussprüfungen ab, im Handwerk die Gesellenprüfung. Es prüfen Prüfungsausschüsse, in denen Beauftragte der Arbeitgeber und der Arbeitnehmer sowie mindestens eine Lehrkraft einer berufsbildenden Schule sitzen. Eine gemeinsame Bewertung durch Lehrkraft und Betreuungsperson zählt nicht für die Kammerprüfung; sie gehört zu den Beurteilungen im Betrieb und den Leistungsnachweisen der Berufsschule während der Ausbildung. In schulischen Ausbildungen, etwa an Berufsfachschulen, findet die Abschlussprüfung dagegen meist als staatliche Prüfung an der Schule statt.
    .title = In Deutschland

joint-assessment-example =
    Eine Berufsschule in Bremen und drei Metallbetriebe stellten fest, dass Lehrkräfte und betriebliche Ausbilderinnen und Ausbilder die Arbeit derselben Auszubildenden oft unterschiedlich beurteilten. Sie vereinbarten, Auszubildende der Metalltechnik im zweiten Ausbildungsjahr gemeinsam zu bewerten.

    Beim ersten Treffen benoteten Lehrkräfte und Ausbildungspersonal drei Musterwerkstücke getrennt, und ihre Noten lagen bis zu zwei Stufen auseinander: Das Ausbildungspersonal beurteilte das fertige Teil, die Lehrkräfte die Planung. Ihr erster gemeinsamer Bewertungsbogen hatte dreißig Kriterien, viel zu viele für den Einsatz an der Werkbank. Sie kürzten ihn auf acht, jedes mit einer kurzen Beschreibung dessen, was „ausreichend“ ist.

    Danach bewerteten jeweils eine Lehrkraft und eine Ausbilderin oder ein Ausbilder alle Auszubildenden, während diese im Betrieb eine geschweißte Halterung fertigten. Bei zwei von neunzehn Auszubildenden wichen ihre Noten um mehr als eine Stufe voneinander ab. Die Abschlussprüfung der Kammer hat eigene Kriterien; offen ist deshalb, wie gut die acht Kriterien auf sie vorbereiten.
    .title = Erprobt in den technischen Berufen, Deutschland

joint-assessment-prep-vet-provider =
    1. Den Ausbildungsabschnitt und die nachzuweisenden Ziele auswählen und prüfen, was die Regeln im eigenen Land dazu sagen, wer bewerten darf.
    2. Die Kriterien mit dem { -employer(case: "dat") } entwerfen, jedes mit einer kurzen Beschreibung dessen, was „ausreichend“ ist.
    3. Die Bewertenden zusammenbringen, dieselbe Musterarbeit getrennt benoten lassen und die Ergebnisse vergleichen.

joint-assessment-prep-employer =
    1. { -work-mentor(article: "indef", case: "start-acc") } auswählen, die die Arbeit der oder des Lernenden kennt, und ihr Zeit für das Abstimmungstreffen geben.
    2. Eine echte Aufgabe planen, die die zu bewertenden Ziele abdeckt, und der Lehrkraft sagen, welche Ziele sie nicht abdecken kann.
    3. Dafür sorgen, dass Werkzeug, Material und ein sicherer Arbeitsplatz an dem Tag frei sind.

joint-assessment-prep-student =
    1. Die Kriterien mit der Lehrkraft durchgehen und fragen, was jedes davon im eigenen Betrieb bedeutet.
    2. Ein eigenes Arbeitsstück anhand der Kriterien bewerten.

joint-assessment-do-vet-provider =
    1. Den Kompetenznachweis beobachten und zu jedem Kriterium Belege notieren.
    2. Die Bewertung mit { -work-mentor(article: "def", case: "dat") } abstimmen, bevor eine der beiden Seiten Rückmeldung gibt.
    3. Ergebnis und Begründung festhalten, damit die Lernenden nachvollziehen können, wie es zustande kam.

joint-assessment-do-employer =
    1. Den Lernenden Aufgabe, Zeitrahmen und Sicherheitsbedingungen erklären.
    2. Der Lehrkraft sagen, was man bei einem Besuch nicht sieht, etwa wie die oder der Lernende sonst arbeitet.
    3. Rückmeldung aus Sicht des Betriebs geben, mit Beispielen.

joint-assessment-do-student =
    1. Die Arbeit vor dem Start planen und den Bewertenden den Plan erklären.
    2. Auf Nachfrage die eigenen Entscheidungen begründen.

joint-assessment-follow-up =
    Nach jeder Runde treffen sich die Bewertenden kurz: Wo gingen ihre Noten auseinander, und warum? Passen Sie Kriterien oder Aufgabe an, fragen Sie die Lernenden, ob sie die Bewertung als fair erlebt haben, und schicken Sie die überarbeiteten Kriterien an alle Betreuungspersonen, die bewerten.

joint-assessment-tips =
    - Stimmen Sie sich jedes Mal neu ab, wenn neue Bewertende hinzukommen; ein Musterstück genügt.
    - Einer Betreuungsperson, die zugleich Vorgesetzte der oder des Lernenden ist, fällt eine schlechte Note womöglich schwer: Lassen Sie die Lehrkraft das Gespräch über einen nicht bestandenen Nachweis führen.
    - Bewahren Sie die schriftliche Begründung auf: Lernende können verlangen, dass die Bewertung überprüft wird.
    .title = Tipps und Stolpersteine

joint-assessment-check-vet-provider-choose-unit = Den Abschnitt wählen und prüfen, wer ihn bewerten darf.
joint-assessment-check-vet-provider-prepare-criteria = Kriterien entwerfen, jedes mit einer Grenze für „ausreichend“.
joint-assessment-check-vet-provider-calibrate = Alle Bewertenden dieselbe Musterarbeit benoten lassen.
joint-assessment-check-vet-provider-agree-roles = Termin, Aufgabe und Zuständigkeiten beim Bewerten vereinbaren.
joint-assessment-check-vet-provider-agree-first = Das Ergebnis vor der Rückmeldung mit der Betreuungsperson abstimmen.
joint-assessment-check-vet-provider-record-result = Ergebnis und Begründung festhalten.
joint-assessment-check-vet-provider-review-criteria = Die Kriterien nach jeder Runde überarbeiten.

joint-assessment-check-employer-choose-assessor = Die Betreuungsperson benennen, die bewertet.
joint-assessment-check-employer-book-calibration = Zeit für das Abstimmungstreffen einplanen.
joint-assessment-check-employer-plan-task = Eine echte Aufgabe planen; der Lehrkraft sagen, was sie nicht abdeckt.
joint-assessment-check-employer-prepare-area = Werkzeug, Material und einen sicheren Arbeitsplatz freihalten.
joint-assessment-check-employer-assess-together = Gemeinsam mit der Lehrkraft bewerten.
joint-assessment-check-employer-give-feedback = Rückmeldung mit Beispielen aus der Arbeit geben.

joint-assessment-check-student-read-criteria = Die Kriterien mit der Lehrkraft durchgehen.
joint-assessment-check-student-practise = Ein eigenes Arbeitsstück bewerten.
joint-assessment-check-student-plan-work = Die Arbeit planen und den Bewertenden erklären.
joint-assessment-check-student-explain = Auf Nachfrage die eigenen Entscheidungen begründen.
joint-assessment-check-student-note-feedback = Aufschreiben, was man als Nächstes verbessert.
