## Methode: Betriebe planen den Lehrplan mit

curriculum-title = Betriebe planen den Lehrplan mit
    .summary = Betriebe planen mit, was und wie Lernende lernen, damit die Ausbildung den Anforderungen der Arbeitswelt entspricht.

curriculum-intro =
    Nationale Vorgaben wie Ausbildungsordnungen und Rahmenlehrpläne lassen Spielraum für Entscheidungen vor Ort: welche Wahlbausteine angeboten werden, in welcher Reihenfolge, mit welchen Beispielen und Aufgaben gearbeitet wird und wie viel im Betrieb gelernt wird. Wie groß dieser Spielraum ist, ist von Land zu Land verschieden. Wenn { -employers } helfen, ihn zu nutzen, folgt die Ausbildung enger dem tatsächlichen Bedarf der Arbeitswelt.

    Bei dieser Methode planen Lehrkräfte und Menschen aus den Betrieben gemeinsam ein Modul, einen Bildungsgang oder Inhalte vor Ort. Das braucht Zeit und Vertrauen und eignet sich deshalb für Partner, die sich schon kennen.

curriculum-local-room =
    In der dualen Ausbildung legt die bundesweite Ausbildungsordnung fest, was im Betrieb zu lernen ist; für die Berufsschule beschließt die Kultusministerkonferenz einen Rahmenlehrplan mit Lernfeldern, den die Länder übernehmen oder anpassen. Die Schule setzt die Lernfelder in Lernsituationen und einen schulinternen Lehrplan um; darüber entscheiden die zuständigen Gremien der Schule. Betriebe gestalten ihren Teil über den betrieblichen Ausbildungsplan und können die Schule bei der Umsetzung der Lernfelder beraten.
    .title = In Deutschland

curriculum-example =
    Eine Pflegeschule in Kassel und vier Pflegeeinrichtungen sorgten sich, weil frisch ausgebildete Fachkräfte Schwächen bei der digitalen Pflegedokumentation und bei Gesprächen mit Angehörigen zeigten. Die Schule lud Pflegedienstleitungen und erfahrene Pflegefachkräfte ein, gemeinsam mit den Lehrkräften die schulinterne Ausgestaltung zweier curricularer Einheiten zu planen.

    Das erste Treffen brachte eine Wunschliste hervor, die ein ganzes Jahr gefüllt hätte: Die Pflegedienstleitungen hatten nicht gewusst, dass der Rahmenlehrplan den größten Teil der Inhalte und Stunden festlegt. Beim zweiten Treffen zeigten die Lehrkräfte, wo der Rahmen Spielraum ließ, und die Gruppe wählte die beiden Themen aus und schrieb fallbasierte Aufgaben dazu. Beim dritten vereinbarten sie, welche Aufgaben die Lernenden während ihrer Praxiseinsätze übernehmen.

    Die Gespräche mit Angehörigen funktionierten: Die Praxisanleitenden berichteten von Lernenden, die in schwierigen Gesprächen ruhiger blieben. Bei der Dokumentation gelang das nicht, weil sich die Übungssoftware der Schule von den Systemen der vier Einrichtungen unterschied, und die Gruppe hat noch keinen Weg gefunden, das zu umgehen.
    .title = Erprobt im Sozial- und Gesundheitswesen, Deutschland

curriculum-prep-vet-provider =
    1. Genau herausfinden, welcher Teil des Lehrplans für Entscheidungen vor Ort offen ist und wie viele Stunden er umfasst.
    2. { -employers(case: "start-acc") } mit einer einseitigen Übersicht über diese Grenzen und die Termine der Treffen einladen.
    3. Zum ersten Treffen Belege mitbringen: Rückmeldungen von Absolventinnen und Absolventen, Anmerkungen von Betreuungspersonen aus Praxisphasen, Bewertungsergebnisse.

curriculum-prep-employer =
    1. Personen schicken, die den Arbeitsalltag kennen und wissen, wohin sich der Beruf entwickelt, und zwar jedes Mal dieselben.
    2. Zwei oder drei echte Situationen sammeln, in denen neue Beschäftigte Schwierigkeiten hatten.

curriculum-prep-student =
    1. Der Lehrkraft sagen, welche Teile der Ausbildung bei der Arbeit geholfen haben und welche nicht.
    2. Sich freiwillig melden, um bei einem der Treffen für die Lernenden zu sprechen.

curriculum-do-vet-provider =
    1. Von den Arbeitssituationen ausgehen und sie dann Modulen oder Lernfeldern zuordnen.
    2. Die neuen Ziele, Aufgaben und Bewertungen schreiben und den Entwurf mit einer Frist zur Stellungnahme verschicken.
    3. Allen sagen, welche Vorschläge übernommen wurden, welche nicht, und warum.

curriculum-do-employer =
    1. Jede Situation konkret beschreiben: wer beteiligt war, was schiefging, was eine erfahrene Fachkraft getan hätte.
    2. Prüfen, ob die Aufgaben im Entwurf der echten Arbeit entsprechen.
    3. Aufgaben, Materialien oder Praxisphasen anbieten, die die neuen Inhalte unterstützen.

curriculum-do-student =
    1. Sagen, ob die neuen Aufgaben aus Sicht von Lernenden sinnvoll sind.
    2. Anderen Lernenden erzählen, was sich ändert und warum.

curriculum-follow-up =
    Wenn die neuen Inhalte einmal gelaufen sind, treffen Sie sich erneut, mit den Rückmeldungen der Lernenden, den Bewertungsergebnissen und der Sicht der Betreuungspersonen auf die Lernenden bei der Arbeit. Ändern Sie, was nicht funktioniert hat, und legen Sie beim selben Treffen den Termin für die nächste Überprüfung fest.

curriculum-tips =
    Erklären Sie die nationalen Vorgaben beim ersten Treffen, bevor jemand plant, was nicht umsetzbar ist. Und bitten Sie nicht um Rat, den Sie nicht nutzen werden: Betriebe, die sehen, dass sich nichts ändert, kommen nicht wieder.
    .title = Tipps und Stolpersteine

curriculum-check-vet-provider-define-scope = Herausfinden, welcher Teil des Lehrplans vor Ort offen ist.
curriculum-check-vet-provider-invite-employers = Den Betrieben eine einseitige Übersicht über die Grenzen schicken.
curriculum-check-vet-provider-collect-data = Rückmeldungen aus Abschlussjahrgängen und Praxisphasen zum ersten Treffen mitbringen.
curriculum-check-vet-provider-lead-meetings = Jedes Treffen mit echten Arbeitssituationen beginnen.
curriculum-check-vet-provider-draft-content = Den Entwurf mit einer Frist zur Stellungnahme verschicken.
curriculum-check-vet-provider-show-changes = Allen sagen, welche Vorschläge übernommen wurden, und warum.

curriculum-check-employer-choose-people = Zu jedem Treffen dieselben Personen schicken.
curriculum-check-employer-collect-examples = Situationen mitbringen, in denen neue Beschäftigte Schwierigkeiten hatten.
curriculum-check-employer-set-time = Alle Termine der Treffen jetzt in den Kalender eintragen.
curriculum-check-employer-comment-drafts = Prüfen, ob die Aufgaben im Entwurf der echten Arbeit entsprechen.
curriculum-check-employer-offer-tasks = Aufgaben oder Material für die neuen Inhalte anbieten.

curriculum-check-student-give-feedback = Der Lehrkraft sagen, was bei der Arbeit geholfen hat.
curriculum-check-student-volunteer = Sich melden, um bei einem Treffen für die Lernenden zu sprechen.
curriculum-check-student-comment = Sagen, ob die neuen Aufgaben sinnvoll erscheinen.
curriculum-check-student-think-needs = Auflisten, was man noch braucht, um sicher in den Beruf zu starten.
curriculum-check-student-share-plans = Anderen Lernenden erzählen, was sich ändert.
