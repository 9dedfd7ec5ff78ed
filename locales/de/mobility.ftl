## Methode: Praxisphasen im Ausland

mobility-title = Praxisphasen im Ausland
    .summary = Lernende sammeln Praxiserfahrung in einem Betrieb im Ausland; Partner in beiden Ländern teilen sich die Arbeit.

mobility-intro =
    Ein Auslandspraktikum vermittelt Fachkönnen, Sprachkenntnisse und Selbstvertrauen, die man zu Hause nur schwer erwirbt. Die Lernenden lernen andere Arbeitsweisen kennen, kommen allein zurecht und kehren oft mit neuen Zielen zurück. Erasmus+ fördert solche Auslandsaufenthalte für Lernende und Personal der beruflichen Bildung in ganz Europa.

    Ein gutes Auslandspraktikum braucht Partner in beiden Ländern: die entsendende berufliche Schule, eine aufnehmende Schule oder Vermittlungsorganisation und einen aufnehmenden { -employer } mit { -work-mentor(article: "indef", case: "dat") }. Eine Lernvereinbarung legt fest, was die Lernenden lernen und wie das Gelernte zu Hause anerkannt wird.

mobility-example =
    Lernende aus dem Gartenbaubereich einer beruflichen Schule in Seinäjoki verbrachten vier Wochen in Gewächshausbetrieben rund um Venlo im Südosten der Niederlande. Die niederländische Partnerschule fand die aufnehmenden Betriebe, organisierte die Unterkünfte und war die Ansprechpartnerin vor Ort.

    Vor der Abreise hatten alle Lernenden ein Onlinetreffen mit ihrer Betreuungsperson im niederländischen Betrieb und unterschrieben eine Lernvereinbarung mit Aufgaben in Kulturpflege, Klimasteuerung und Verpackung. Die Lernenden besuchten einen kurzen Englischkurs für den Gartenbau, und die Koordination für Internationales der Schule gestaltete einen Vorbereitungstag zu praktischen Fragen, Kultur und Sicherheit.

    Am Ende bewerteten die Betreuungspersonen die Lernenden anhand der vereinbarten Ziele, und die Schule erkannte die Praxisphase als Teil des Abschlusses an. Die Größe der niederländischen Produktion hat den Lernenden nach eigenen Worten die Augen geöffnet. Im folgenden Jahr schickte die niederländische Schule ihre eigenen Lernenden nach Finnland.
    .title = Erprobt im Gartenbau, Finnland und Niederlande

mobility-prep-vet-provider =
    1. Verlässliche Partner im Ausland finden und rechtzeitig Fördermittel beantragen.
    2. Lernende auswählen und vorbereiten: Sprache, Kultur, praktische Fragen und Sicherheit.
    3. Die Lernvereinbarung mit dem aufnehmenden Betrieb aufstellen und vereinbaren, wie die Praxisphase anerkannt wird.

mobility-prep-employer =
    1. Mit der Partnerschule vereinbaren, welche Aufgaben und Lernziele man bieten kann.
    2. { -work-mentor(article: "indef", case: "start-acc") } benennen, mit der sich die Lernenden in einer gemeinsamen Sprache verständigen können.
    3. Die Lernenden vor der Ankunft online treffen und die Einarbeitung vorbereiten.

mobility-prep-student =
    1. Sich bewerben und herausfinden, was das Praktikum mit sich bringt.
    2. Dokumente, Versicherung und Reise mit der Koordination vorbereiten.
    3. Grundwortschatz der Landessprache lernen und sich über das Gastland informieren.

mobility-do-vet-provider =
    1. Regelmäßig Kontakt mit den Lernenden und dem aufnehmenden Betrieb halten.
    2. Einen Notfallplan haben und jederzeit eine erreichbare Person benennen.
    3. Die Betreuungspersonen am Ende bei der Bewertung unterstützen.

mobility-do-employer =
    1. Eine Einarbeitung geben, die Sprache, Sicherheit und Betriebskultur umfasst.
    2. Echte Aufgaben gemäß der Lernvereinbarung übertragen.
    3. Die Lernenden anhand der vereinbarten Ziele bewerten.

mobility-do-student =
    1. Voll bei der Arbeit mitmachen und nachfragen, wenn man etwas nicht versteht.
    2. Ein Lerntagebuch führen, in Worten oder Bildern.
    3. Mit der Lehrkraft in Kontakt bleiben und Probleme früh melden.

mobility-follow-up =
    Erkennen Sie die Praxisphase nach der Rückkehr wie vereinbart an und geben Sie den Lernenden ein Dokument wie den Europass Mobilität, das die erworbenen Kompetenzen beschreibt. Lassen Sie die Lernenden ihre Erfahrungen mit anderen Lernenden teilen, und geben Sie dem aufnehmenden Betrieb Rückmeldung.

    Werten Sie die Zusammenarbeit mit den Partnern im Ausland aus und entscheiden Sie, ob Sie weitermachen oder den Austausch auch in die andere Richtung organisieren.

mobility-tips =
    - Fangen Sie früh an: Fördermittel, Partner und Vorbereitung brauchen Monate.
    - Klare Lernvereinbarungen verhindern Enttäuschungen.
    - Unterschätzen Sie das Heimweh nicht; regelmäßiger Kontakt hilft.
    - Gegenseitiger Austausch stärkt die Partnerschaft.
    .title = Tipps und Stolpersteine

mobility-check-vet-provider-find-partners = Verlässliche Partner finden und Fördermittel beantragen.
mobility-check-vet-provider-prepare-students = Lernende auf Sprache, Kultur und Sicherheit vorbereiten.
mobility-check-vet-provider-learning-agreement = Die Lernvereinbarung aufstellen.
mobility-check-vet-provider-emergency-plan = Einen Notfallplan haben.
mobility-check-vet-provider-keep-contact = Regelmäßig Kontakt halten.
mobility-check-vet-provider-recognise = Die Praxisphase zu Hause anerkennen.

mobility-check-employer-agree-tasks = Vereinbaren, welche Aufgaben und Ziele man bieten kann.
mobility-check-employer-name-mentor = Eine Betreuungsperson mit gemeinsamer Sprache benennen.
mobility-check-employer-meet-online = Die Lernenden vor der Ankunft online treffen.
mobility-check-employer-induction = In Sicherheit und Betriebskultur einarbeiten.
mobility-check-employer-assess = Die Lernenden anhand der Ziele bewerten.

mobility-check-student-prepare-documents = Dokumente, Versicherung und Reise vorbereiten.
mobility-check-student-learn-language = Grundwortschatz der Landessprache lernen.
mobility-check-student-keep-log = Ein Lerntagebuch führen.
mobility-check-student-stay-in-touch = Mit der Lehrkraft in Kontakt bleiben.
mobility-check-student-share = Zu Hause von den Erfahrungen berichten.
