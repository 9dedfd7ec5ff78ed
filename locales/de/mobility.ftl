## Methode: Lernen im Betrieb im Ausland

mobility-title = Lernen im Betrieb im Ausland
    .summary = Lernende lernen in einem Betrieb im Ausland; Partner in beiden Ländern teilen sich die Arbeit.

mobility-intro =
    Eine Praxisphase im Ausland vermittelt Fachkönnen, Sprachkenntnisse und Selbstvertrauen, die man zu Hause nur schwer erwirbt. Die Lernenden lernen andere Arbeitsweisen kennen und lernen, allein zurechtzukommen. Erasmus+ fördert solche Auslandsaufenthalte für Lernende und Personal der beruflichen Bildung in ganz Europa.

    Dafür braucht es Partner in beiden Ländern: die entsendende berufliche Schule, oft eine aufnehmende Schule oder Vermittlungsorganisation und einen aufnehmenden { -employer } mit { -work-mentor(article: "indef", case: "dat") }. Die Betreuungsperson muss nicht die Sprache der Lernenden sprechen, aber beide brauchen eine Arbeitssprache, die sie beherrschen und die vor der Abreise vereinbart ist.

mobility-example =
    Lernende aus dem Gartenbau einer beruflichen Schule in Seinäjoki verbrachten vier Wochen in Gewächshausbetrieben rund um Venlo im Südosten der Niederlande. Die niederländische Partnerschule fand die aufnehmenden Betriebe, organisierte die Unterkünfte und war vor Ort die Ansprechstelle.

    Alle Lernenden unterschrieben eine Lernvereinbarung und hatten vor der Abreise ein Onlinetreffen mit dem aufnehmenden Betrieb. In einem Betrieb fand dieses Treffen mit der Personalleitung statt, und am ersten Tag stellte der Lernende fest, dass seine Betreuungsperson Niederländisch und etwas Deutsch sprach, aber kaum Englisch. Eine Woche lang machte er nach, was andere taten, und verstand wenig. Dann sorgte die Partnerschule dafür, dass ihm eine zweisprachige Kollegin jeden Morgen die Aufgaben des Tages erklärte, und die Betreuungsperson zeigte den Rest mit Fotos und Gesten. In der dritten Woche bediente der Lernende eine Verpackungslinie selbstständig.

    Die Regel der Schule für die nächste Gruppe: Das Onlinetreffen findet mit der Betreuungsperson statt, und beide vereinbaren vor der Abreise eine Arbeitssprache.
    .title = Erprobt im Gartenbau, Finnland und Niederlande

mobility-agreement =
    Bei Erasmus+ unterschreiben die entsendende Schule, die aufnehmende Einrichtung und die oder der Lernende vor der Abreise eine Lernvereinbarung (Learning Agreement). Neben den Zielen, Aufgaben und Zeiten, die jede Lernvereinbarung enthält (siehe [das Kapitel über Praxisphasen](#placement)), nennt sie:

    - die Lernergebnisse und wer sie wie bewertet;
    - wie der Aufenthalt zu Hause auf den Abschluss angerechnet wird;
    - die Betreuungsperson im aufnehmenden Betrieb und die Ansprechperson an der entsendenden Schule;
    - die Arbeitssprache.

    Prüfen Sie die Versicherung, bevor jemand unterschreibt. Erasmus+ erwartet von der entsendenden Einrichtung, dass alle Teilnehmenden versichert sind. Die Europäische Krankenversicherungskarte deckt die notwendige öffentliche Gesundheitsversorgung in der EU und im EWR ab, aber nicht alles: Die Lernenden brauchen außerdem eine Unfall- und Haftpflichtversicherung, bei der Arbeit und in der Freizeit, und einen Schutz für eine ungeplante Heimreise. Vereinbaren Sie schriftlich, wer was abschließt.
    .title = Lernvereinbarung und Versicherung

mobility-insurance =
    Auszubildende bleiben während eines Auslandsaufenthalts als Teil der Ausbildung in ihrem Ausbildungsverhältnis; in der Regel bleiben sie in der deutschen Kranken- und Unfallversicherung. Der Betrieb klärt das vorab mit Krankenkasse und Berufsgenossenschaft und beantragt für Aufenthalte in der EU die A1-Bescheinigung. Für Lernende in schulischen Bildungsgängen klärt die Schule mit der Unfallkasse, ob der Aufenthalt als Schulveranstaltung versichert ist. Viele entsendende Einrichtungen schließen zusätzlich eine Gruppenversicherung für Auslandskranken-, Unfall- und Haftpflichtschutz ab; Auskunft gibt die Nationale Agentur Bildung für Europa beim BIBB.
    .title = In Deutschland

mobility-prep-vet-provider =
    1. Verlässliche Partner im Ausland finden und Fördermittel beantragen, oft ein Jahr im Voraus.
    2. Lernende auswählen und vorbereiten: Sprache, Kultur, Geld, Sicherheit und was im Notfall zu tun ist.
    3. Die Lernvereinbarung mit der aufnehmenden Einrichtung aufstellen und die Versicherung aller Lernenden prüfen.

mobility-prep-employer =
    1. Mit der Partnerschule vereinbaren, welche Aufgaben und Lernziele man in dieser Jahreszeit bieten kann.
    2. Die Betreuungsperson benennen und sie die Lernenden online treffen lassen, um eine Arbeitssprache zu vereinbaren.
    3. Eine Einarbeitung vorbereiten, der auch Neue folgen können: Sicherheitsregeln mit Bildern, Namen und Telefonnummern.

mobility-prep-student =
    1. Ausweis, Europäische Krankenversicherungskarte und Reise mit der Koordination vorbereiten und herausfinden, was die eigene Versicherung abdeckt.
    2. Die Wörter für die eigenen Werkzeuge und für Sicherheit in der Arbeitssprache lernen.

mobility-do-vet-provider =
    1. Die Lernenden in den ersten Tagen und danach zu vereinbarten Zeiten anrufen; den aufnehmenden Betrieb mindestens einmal anrufen.
    2. Rund um die Uhr eine erreichbare Person und einen Notfallplan haben.
    3. Die Betreuungsperson am Ende bei der Bewertung anhand der Lernvereinbarung unterstützen.

mobility-do-employer =
    1. Mit der Sicherheit beginnen und dann echte Aufgaben gemäß der Lernvereinbarung übertragen.
    2. Früh prüfen, ob die Lernenden die Anweisungen verstehen, und zeigen statt erklären, wenn die Worte fehlen.
    3. Die Lernenden anhand der vereinbarten Lernergebnisse bewerten und die Unterlagen für die Anerkennung unterschreiben.

mobility-do-student =
    1. Ein Lerntagebuch führen, in Worten oder Bildern.
    2. Der Lehrkraft früh Bescheid geben, wenn Aufgaben, Unterkunft oder Sprache nicht funktionieren.

mobility-follow-up =
    Rechnen Sie den Aufenthalt nach der Rückkehr wie vereinbart an und geben Sie den Lernenden ein Dokument wie den Europass Mobilität, das die erworbenen Kompetenzen beschreibt. Lassen Sie die Lernenden anderen davon erzählen, geben Sie dem aufnehmenden Betrieb Rückmeldung und entscheiden Sie mit den Partnern, ob Sie weitermachen oder den Austausch auch in die andere Richtung organisieren.

mobility-tips =
    - Fangen Sie früh an: Fördermittel, Partner und Vorbereitung brauchen Monate.
    - Heimweh ist in den ersten Wochen häufig; Anrufe zu vereinbarten Zeiten helfen mehr als das Versprechen, erreichbar zu sein.
    .title = Tipps und Stolpersteine

mobility-check-vet-provider-find-partners = Einen Partner im Ausland finden und rechtzeitig Fördermittel beantragen.
mobility-check-vet-provider-prepare-students = Einen Vorbereitungstag durchführen: Kultur, Geld, Sicherheit.
mobility-check-vet-provider-learning-agreement = Die Lernvereinbarung von allen drei Seiten unterschreiben lassen.
mobility-check-vet-provider-check-insurance = Kranken-, Unfall- und Haftpflichtschutz aller Lernenden prüfen.
mobility-check-vet-provider-emergency-plan = Den Lernenden eine Notfallnummer geben, die rund um die Uhr erreichbar ist.
mobility-check-vet-provider-keep-contact = Die Lernenden in der ersten Woche anrufen.
mobility-check-vet-provider-recognise = Den Aufenthalt auf den Abschluss anrechnen.

mobility-check-employer-agree-tasks = Vereinbaren, welche Aufgaben und Ziele man bieten kann.
mobility-check-employer-name-mentor = Die Betreuungsperson benennen und eine Arbeitssprache vereinbaren.
mobility-check-employer-meet-online = Die Betreuungsperson die Lernenden vorher online treffen lassen.
mobility-check-employer-induction = Eine Sicherheitsunterweisung geben, die die Lernenden verstehen.
mobility-check-employer-assess = Die Lernenden anhand der vereinbarten Lernergebnisse bewerten.
mobility-check-employer-sign-documents = Die Unterlagen für die Anerkennung unterschreiben.

mobility-check-student-prepare-documents = Ausweis und Krankenversicherungskarte einpacken.
mobility-check-student-check-insurance = Herausfinden, was die eigene Versicherung abdeckt.
mobility-check-student-learn-language = Die Wörter für Werkzeuge und Sicherheit lernen.
mobility-check-student-keep-log = Ein Lerntagebuch führen.
mobility-check-student-stay-in-touch = Der Lehrkraft früh sagen, wenn etwas schiefgeht.
mobility-check-student-share = Anderen Lernenden von der Praxisphase erzählen.
