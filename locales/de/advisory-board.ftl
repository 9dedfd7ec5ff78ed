## Methode: Beiräte aus der Praxis

advisory-board-title = Beiräte aus der Praxis
    .summary = Eine feste Gruppe von Betrieben berät einen Bildungsgang zu Ausbildung, Praktika und Entwicklungen in der Branche.

advisory-board-intro =
    Ein Beirat bringt Vertreterinnen und Vertreter mehrerer { -employers(case: "gen") } einer Branche, Lehrkräfte und Leitungspersonen der Schule und oft auch Lernende zusammen. Er trifft sich einige Male im Jahr, um über den Bildungsgang zu sprechen: was Absolventinnen und Absolventen brauchen, wie die Praktika laufen, welche Veränderungen auf den Beruf zukommen und wie sich die Partner gegenseitig unterstützen können.

    Ein Beirat macht aus vielen Einzelkontakten ein gemeinsames Forum. { -vet-provider(article: "def", case: "start") } hört regelmäßig die Stimme der Branche, und die Betriebe gewinnen Einfluss und lernen einander kennen. Am besten funktioniert ein Beirat, wenn er eine klare Aufgabe hat und sieht, dass aus seinen Ratschlägen Taten werden.

advisory-board-example =
    Ein Bildungsgang für Hotellerie und Tourismus an einer Schule der Sekundarstufe II in Östersund gründete einen Beirat mit zwei Hotels, einem Skigebiet, einem Restaurant und einer Eventagentur. Der Beirat traf sich viermal im Jahr, zweimal in der Schule und zweimal im Betrieb eines Mitglieds.

    Bei seiner ersten Sitzung wies der Beirat darauf hin, dass Praktika im November, dem ruhigsten Monat, den Lernenden ein schlechtes Bild von der Branche vermittelten. Die Schule verlegte die Praktika in den Spätwinter, wenn die Skisaison ihren Höhepunkt erreicht, und die Betriebe sagten zu, in dieser arbeitsreichen Zeit zusätzliche Betreuungspersonen einzusetzen. Außerdem richtete der Beirat eine gemeinsame Liste von Gastreferentinnen und Gastreferenten und jedes Frühjahr einen gemeinsamen Karrieretag ein.

    Nach zwei Jahren bewerteten die Lernenden ihre Praktika deutlich besser, und die Mitglieder des Beirats stellen inzwischen einen großen Teil der Absolventinnen und Absolventen des Bildungsgangs ein.
    .title = Erprobt in Hotellerie und Gastronomie, Schweden

advisory-board-prep-vet-provider =
    1. Zweck, Aufgaben und Grenzen des Beirats in einem kurzen Dokument festlegen.
    2. Eine gemischte Gruppe von { -employers(case: "dat") } einladen: große und kleine, aus verschiedenen Teilen der Branche.
    3. Einen Jahreskalender mit Sitzungen und klaren Themen planen.

advisory-board-prep-employer =
    1. Eine Vertreterin oder einen Vertreter wählen, die oder der für das Unternehmen sprechen und regelmäßig teilnehmen kann.
    2. Vor den Sitzungen die Meinungen von Kolleginnen und Kollegen zu Ausbildung und Personalgewinnung einholen.
    3. Anbieten, eine Sitzung im eigenen Betrieb auszurichten.

advisory-board-prep-student =
    1. Eine Vertreterin oder einen Vertreter der Lernenden für den Beirat wählen.
    2. Vor jeder Sitzung die Meinungen anderer Lernender sammeln.
    3. Die Tagesordnung lesen und die eigenen Punkte vorbereiten.

advisory-board-do-vet-provider =
    1. Die Tagesordnung vorab verschicken und die Sitzungen zügig leiten.
    2. Daten teilen: Zahl der Lernenden, Praktika, Rückmeldungen und Verbleib der Absolventinnen und Absolventen.
    3. Ein kurzes Protokoll mit Beschlüssen und Zuständigkeiten schreiben.

advisory-board-do-employer =
    1. Dem Beirat über Veränderungen im Beruf und den eigenen Fachkräftebedarf berichten.
    2. Ehrlich beraten und konkrete Hilfe anbieten, etwa Praktikumsplätze oder Gaststunden.
    3. Die Arbeit des Beirats im eigenen Unternehmen bekannt machen.

advisory-board-do-student =
    1. Dem Beirat berichten, wie Lernende die Ausbildung und die Praktika erleben.
    2. Fragen zu Berufswegen und zur Branche stellen.
    3. Den anderen Lernenden berichten.

advisory-board-follow-up =
    Listen Sie am Ende jedes Jahres auf, was der Beirat empfohlen hat und was sich dadurch verändert hat. Teilen Sie das mit den Mitgliedern und der Schulleitung, und fragen Sie die Mitglieder, ob sich der Beirat für sie lohnt.

    Erneuern Sie die Mitgliedschaft von Zeit zu Zeit, damit neue Unternehmen und frische Sichtweisen hinzukommen.

advisory-board-tips =
    - Kurze, fokussierte Sitzungen mit klarer Tagesordnung sorgen dafür, dass vielbeschäftigte Betriebe weiterhin kommen.
    - Zeigen Sie, was aus jedem Ratschlag geworden ist, auch wenn die Antwort Nein war.
    - Treffen Sie sich ab und zu in Betrieben; so bekommen Lehrkräfte einen Einblick in die Branche.
    - Lassen Sie den Beirat nicht zu einer reinen Informationsveranstaltung werden. Bitten Sie um Rat und handeln Sie danach.
    .title = Tipps und Stolpersteine

advisory-board-check-vet-provider-define-purpose = Zweck und Aufgaben des Beirats festlegen.
advisory-board-check-vet-provider-invite-members = Eine vielfältige Gruppe von Betrieben einladen.
advisory-board-check-vet-provider-plan-calendar = Einen Jahreskalender der Sitzungen planen.
advisory-board-check-vet-provider-share-data = Daten zu Lernenden und Praktika teilen.
advisory-board-check-vet-provider-write-minutes = Kurzes Protokoll mit Maßnahmen schreiben.
advisory-board-check-vet-provider-report-results = Berichten, was sich durch die Ratschläge geändert hat.

advisory-board-check-employer-choose-representative = Eine Vertretung wählen, die regelmäßig teilnehmen kann.
advisory-board-check-employer-collect-views = Vor Sitzungen Meinungen im Kollegium einholen.
advisory-board-check-employer-share-trends = Veränderungen und Fachkräftebedarf im Beruf schildern.
advisory-board-check-employer-offer-help = Konkrete Hilfe anbieten.
advisory-board-check-employer-host-meeting = Eine Sitzung im eigenen Betrieb ausrichten.

advisory-board-check-student-choose-rep = Eine Vertretung der Lernenden wählen.
advisory-board-check-student-collect-views = Die Meinungen anderer Lernender sammeln.
advisory-board-check-student-read-agenda = Die Tagesordnung lesen und sich vorbereiten.
advisory-board-check-student-speak = Von den Erfahrungen der Lernenden berichten.
advisory-board-check-student-report-back = Den anderen Lernenden berichten.
