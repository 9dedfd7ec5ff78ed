## Methode: Beiräte aus der Praxis

advisory-board-title = Beiräte aus der Praxis
    .summary = Eine feste Gruppe von Betrieben berät einen Bildungsgang zu Ausbildung, Praxisphasen und Entwicklungen in der Branche.

advisory-board-intro =
    Ein Beirat bringt mehrere { -employers } einer Branche, Lehrkräfte und Leitungspersonen der Schule und oft auch eine Vertretung der Lernenden zusammen. Er trifft sich einige Male im Jahr, um zu besprechen, was Absolventinnen und Absolventen brauchen, wie die Praxisphasen laufen und was sich im Beruf verändert.

    Ein Beirat macht aus vielen Einzelkontakten ein gemeinsames Forum: { -vet-provider(article: "def") } hört regelmäßig die Stimme der Branche, und die Betriebe gewinnen Einfluss und lernen einander kennen. Er hält aber nur so lange, wie die Mitglieder sehen, dass ihre Ratschläge etwas bewirken.

advisory-board-local-name =
    An beruflichen Schulen ist ein solcher Beirat meist kein vorgeschriebenes Gremium mit festem Namen (einige Länder beteiligen aber Vertretungen der Betriebe an Schulgremien); verbreitet sind freiwillige Runden, etwa Arbeitskreise von Schule und Ausbildungsbetrieben einer Region. Auf der Ebene der Kammern berät der Berufsbildungsausschuss, in dem Arbeitgeber, Arbeitnehmer und Lehrkräfte berufsbildender Schulen vertreten sind, über Fragen der Berufsbildung.
    .title = In Deutschland

advisory-board-example =
    Ein Bildungsgang für Hotellerie und Tourismus an einer Schule der Sekundarstufe II in Östersund gründete einen Beirat mit zwei Hotels, einem Skigebiet, einem Restaurant und einer Eventagentur. Er traf sich viermal im Jahr, zweimal in der Schule und zweimal im Betrieb eines Mitglieds.

    Beim ersten Treffen sagten die Betriebe, dass Praxisphasen Anfang November, wenn Hotels und Skigebiet fast leer stehen, den Lernenden ein schlechtes Bild von der Branche vermittelten. Die Schule schlug stattdessen den Februar vor, doch die Betriebe lehnten ab: In den Spitzenwochen hätte niemand Zeit, Lernende zu betreuen. Der Beirat einigte sich auf kürzere, dreiwöchige Praxisphasen ab Ende November, wenn die Saison beginnt und das Saisonpersonal eingearbeitet wird. Die Lernenden nehmen an dieser Einarbeitung teil und arbeiten an den Eröffnungswochenenden mit.

    Die Lernenden bewerteten diese Praxisphasen deutlich besser. Der Beirat selbst schlief im zweiten Jahr fast ein, als die Treffen zu Berichten der Schule wurden; er trifft sich jetzt dreimal im Jahr, jedes Mal mit einer Frage, die entschieden werden soll.
    .title = Erprobt in Hotellerie und Gastronomie, Schweden

advisory-board-prep-vet-provider =
    1. Den Auftrag auf einer Seite festhalten: worüber der Beirat berät, was er nicht entscheidet und wie lange die Mitglieder dabei sind.
    2. Eine gemischte Gruppe von { -employers(case: "dat") } einladen: große und kleine, aus verschiedenen Teilen der Branche.
    3. Die Termine des Jahres festlegen, jeden mit einer Frage, die der Beirat entscheiden soll.

advisory-board-prep-employer =
    1. Eine Person schicken, die für das Unternehmen sprechen kann und die Termine einhält.
    2. Vor jedem Treffen die Meinung von Kolleginnen und Kollegen zur Frage des Treffens einholen, zum Beispiel dazu, was neuen Beschäftigten aus dem Bildungsgang fehlt.

advisory-board-prep-student =
    1. Eine Vertretung der Lernenden und eine Stellvertretung wählen.
    2. Die Meinungen anderer Lernender zur Frage des Treffens sammeln.

advisory-board-do-vet-provider =
    1. Tagesordnung und Zahlen eine Woche vorher verschicken: Zahl der Lernenden, Praxisphasen, Rückmeldungen und Verbleib der Absolventinnen und Absolventen.
    2. Die Sitzung auf Entscheidungen hin leiten: Jeden Punkt damit abschließen, wer was bis wann tut.
    3. Beim nächsten Treffen über jeden Ratschlag berichten, auch darüber, was man nicht umsetzt, und warum.

advisory-board-do-employer =
    1. Dem Beirat mit Beispielen berichten, was sich im eigenen Beruf verändert.
    2. Konkrete Hilfe anbieten: Praxisphasen, Gaststunden oder Ausstattung.

advisory-board-do-student =
    1. Für die Lernenden sprechen, nicht nur für sich selbst.
    2. Den anderen Lernenden innerhalb einer Woche berichten.

advisory-board-follow-up =
    Listen Sie einmal im Jahr auf, was der Beirat empfohlen hat und was sich dadurch verändert hat, und fragen Sie die Mitglieder, ob sich der Beirat für sie lohnt. Erneuern Sie alle paar Jahre einen Teil der Mitglieder, damit neue Unternehmen und Sichtweisen hinzukommen.

advisory-board-tips =
    - Kurze Treffen mit jeweils einer Entscheidung sorgen dafür, dass vielbeschäftigte Betriebe weiterhin kommen.
    - Treffen Sie sich ab und zu in Betrieben: Lehrkräfte sehen die Branche, und die Betriebe sehen die Arbeit der anderen.
    - Ratschläge der Betriebe können den Lerninteressen der Lernenden widersprechen, zum Beispiel der Wunsch nach zusätzlichen Arbeitskräften in der Hochsaison. Prüfen Sie Ratschläge anhand der Lernziele, bevor Sie danach handeln.
    .title = Tipps und Stolpersteine

advisory-board-check-vet-provider-define-purpose = Den Auftrag des Beirats auf einer Seite festhalten.
advisory-board-check-vet-provider-invite-members = Große und kleine Betriebe der Branche einladen.
advisory-board-check-vet-provider-plan-calendar = Die Termine des Jahres festlegen, jeden mit einer Frage.
advisory-board-check-vet-provider-share-data = Tagesordnung und Zahlen eine Woche vorher verschicken.
advisory-board-check-vet-provider-write-minutes = Jeden Punkt mit „wer macht was bis wann“ abschließen.
advisory-board-check-vet-provider-report-results = Berichten, was aus jedem Ratschlag geworden ist.

advisory-board-check-employer-choose-representative = Eine Person schicken, die für das Unternehmen sprechen kann.
advisory-board-check-employer-collect-views = Vorher Kolleginnen und Kollegen zur Frage des Treffens befragen.
advisory-board-check-employer-share-trends = Ein Beispiel für Veränderungen im eigenen Beruf mitbringen.
advisory-board-check-employer-offer-help = Praxisphasen, Gaststunden oder Ausstattung anbieten.
advisory-board-check-employer-host-meeting = Ein Treffen im eigenen Betrieb ausrichten.

advisory-board-check-student-choose-rep = Eine Vertretung und eine Stellvertretung wählen.
advisory-board-check-student-collect-views = Die Meinungen der Lernenden zur Frage des Treffens sammeln.
advisory-board-check-student-read-agenda = Tagesordnung und Zahlen vorher lesen.
advisory-board-check-student-speak = Für die Lernenden sprechen, nicht nur für sich selbst.
advisory-board-check-student-report-back = Den anderen Lernenden innerhalb einer Woche berichten.
