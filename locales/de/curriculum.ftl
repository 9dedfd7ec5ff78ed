## Methode: Betriebe planen den Lehrplan mit

curriculum-title = Betriebe planen den Lehrplan mit
    .summary = Betriebe planen mit, was und wie Lernende lernen, damit die Ausbildung den Anforderungen der Arbeitswelt entspricht.

curriculum-intro =
    Nationale Vorgaben wie Ausbildungsordnungen und Rahmenlehrpläne lassen Spielraum für Entscheidungen vor Ort: welche Wahlqualifikationen angeboten werden, in welcher Reihenfolge, mit welchen Beispielen und Aufgaben gearbeitet wird und wie viel im Betrieb gelernt wird. Wenn { -employers } an diesen Entscheidungen mitwirken, folgt die Ausbildung enger dem tatsächlichen Bedarf der Arbeitswelt.

    Bei dieser Methode planen Lehrkräfte und Menschen aus den Betrieben gemeinsam ein Modul, einen Bildungsgang oder einen schulinternen Lehrplan. Das braucht Zeit und Vertrauen und eignet sich deshalb für Partner, die sich schon kennen. Der Lohn ist eine Ausbildung, die beide Seiten als ihre eigene betrachten.

curriculum-example =
    Eine Pflegeschule in Kassel und vier Pflegeeinrichtungen machten sich Sorgen, weil frisch ausgebildete Fachkräfte Schwächen bei der digitalen Pflegedokumentation und bei Gesprächen mit Angehörigen zeigten. Die Schule lud Pflegedienstleitungen und erfahrene Pflegefachkräfte ein, gemeinsam mit den Lehrkräften die schulinterne Ausgestaltung zweier Lernfelder zu planen.

    Im Laufe eines Halbjahres traf sich die Gruppe dreimal. Beim ersten Treffen beschrieben die Einrichtungen Alltagssituationen, in denen neue Beschäftigte Schwierigkeiten hatten. Beim zweiten ordneten Lehrkräfte und Pflegefachkräfte diese Situationen den Lernfeldern zu und entwickelten neue fallbasierte Lernsituationen. Beim dritten vereinbarten sie, welche Aufgaben die Lernenden während ihrer Praxiseinsätze übernehmen und wie diese bewertet werden.

    Die neuen Inhalte wurden im folgenden Jahr umgesetzt. Die Pflegedienstleitungen berichteten, dass die Lernenden besser vorbereitet in die Einrichtungen kamen, und die Schule hält inzwischen jedes Frühjahr ein Planungstreffen mit den Betrieben ab.
    .title = Erprobt im Sozial- und Gesundheitswesen, Deutschland

curriculum-prep-vet-provider =
    1. Festlegen, welcher Teil des Lehrplans vor Ort gestaltet werden kann.
    2. { -employers } einladen und Rahmen, Regeln und Zeitplan erklären.
    3. Daten sammeln, die die Diskussion unterstützen, etwa Rückmeldungen von Absolventinnen und Absolventen und aus den Praxisphasen.

curriculum-prep-employer =
    1. Personen auswählen, die sowohl den Arbeitsalltag kennen als auch wissen, wohin sich der Beruf entwickelt.
    2. Beispiele für Fähigkeiten sammeln, die neuen Beschäftigten fehlen oder die bald gebraucht werden.
    3. Zeit für die Planungstreffen einplanen.

curriculum-prep-student =
    1. Rückmeldung zu den aktuellen Modulen und den eigenen Praxisphasen geben.
    2. Sich freiwillig melden, um die Lernenden bei einem Planungstreffen zu vertreten.
    3. Überlegen, was man lernen müsste, um sicher in den Beruf zu starten.

curriculum-do-vet-provider =
    1. Die Treffen leiten und den Rahmen im Blick behalten.
    2. Die Ideen in Lernziele, Aufgaben und Bewertung übersetzen.
    3. Entwürfe allen zur Stellungnahme schicken.

curriculum-do-employer =
    1. Echte Situationen aus der Arbeit beschreiben und die Fähigkeiten, die sie verlangen.
    2. Die Entwürfe in klaren Worten kommentieren.
    3. Aufgaben, Materialien oder Praxisphasen anbieten, die die neuen Inhalte unterstützen.

curriculum-do-student =
    1. Der Gruppe erzählen, wie Lernende die Ausbildung erleben.
    2. Rückmeldung geben, ob die neuen Aufgaben sinnvoll erscheinen.
    3. Die Pläne mit anderen Lernenden teilen.

curriculum-follow-up =
    Wenn die neuen Inhalte einmal gelaufen sind, treffen Sie sich erneut und sehen Sie sich die Ergebnisse an: Rückmeldungen der Lernenden, Prüfungsergebnisse und die Erfahrungen der { -employers(case: "gen") } mit den Lernenden im Einsatz. Ändern Sie, was nicht funktioniert hat.

    Machen Sie daraus eine feste Gewohnheit, zum Beispiel ein jährliches Planungstreffen, damit der Lehrplan mit der Arbeitswelt Schritt hält.

curriculum-tips =
    - Erklären Sie die nationalen Vorgaben früh, damit niemand etwas plant, das nicht umsetzbar ist.
    - Nehmen Sie konkrete Arbeitssituationen als Ausgangspunkt, nicht Listen von Fächern.
    - Bitten Sie nicht um Beiträge, um sie dann zu ignorieren; zeigen Sie, was sich geändert hat.
    - Beziehen Sie die Stimmen der Lernenden ein.
    .title = Tipps und Stolpersteine

curriculum-check-vet-provider-define-scope = Festlegen, was vor Ort gestaltet werden kann.
curriculum-check-vet-provider-invite-employers = Betriebe einladen und den Rahmen erklären.
curriculum-check-vet-provider-collect-data = Rückmeldungen aus Abschlussjahrgängen und Praxisphasen sammeln.
curriculum-check-vet-provider-lead-meetings = Die Treffen leiten.
curriculum-check-vet-provider-draft-content = Ideen in Ziele, Aufgaben und Bewertung übersetzen.
curriculum-check-vet-provider-show-changes = Allen zeigen, was sich geändert hat.

curriculum-check-employer-choose-people = Personen wählen, die die Arbeit und ihre Zukunft kennen.
curriculum-check-employer-collect-examples = Beispiele für fehlende Fähigkeiten sammeln.
curriculum-check-employer-set-time = Zeit für die Treffen einplanen.
curriculum-check-employer-comment-drafts = Die Entwürfe kommentieren.
curriculum-check-employer-offer-tasks = Aufgaben oder Material für die neuen Inhalte anbieten.

curriculum-check-student-give-feedback = Rückmeldung zur aktuellen Ausbildung geben.
curriculum-check-student-volunteer = Sich als Vertretung der Lernenden melden.
curriculum-check-student-comment = Die neuen Aufgaben kommentieren.
curriculum-check-student-share-plans = Die Pläne mit anderen Lernenden teilen.
curriculum-check-student-think-needs = Überlegen, was man noch lernen muss.
