## Kapitel 2: Der Einstieg

getting-started-title = Der Einstieg
    .summary = Eine gemeinsame Grundlage für die Zusammenarbeit schaffen und die Methoden finden, die zu Ihrer Partnerschaft passen.

getting-started-intro =
    Die Zusammenarbeit zwischen Schule und Betrieb scheitert selten am guten Willen. Sie scheitert, weil alle viel zu tun haben, weil jede Seite annimmt, die andere wisse schon, was sie will, oder weil eine engagierte Person geht. Dieses Kapitel beschreibt die Grundlagen, die Zusammenarbeit dauerhaft tragen, und endet mit einer Selbsteinschätzung, die Sie zu passenden Methoden führt.

getting-started-common-goal =
    Bevor Sie eine Methode auswählen, setzen Sie sich zusammen und sprechen Sie darüber, warum Sie zusammenarbeiten wollen. { -vet-provider(article: "def", case: "start") } wünscht sich vielleicht mehr Praktikumsplätze, aktuelleren Unterricht oder eine gerechtere Bewertung. { -employer(article: "def", case: "start") } möchte vielleicht qualifizierten Nachwuchs gewinnen oder bei der Ausbildung mitreden. Beides ist berechtigt. Schreiben Sie die Ziele auf, die Sie teilen, und auch die, die nur eine Seite hat, damit nichts im Verborgenen bleibt.

    Prüfen Sie dann Ihre Sprache. Schulen sprechen von Abschlüssen, Lernfeldern, Lernergebnissen und Bewertungskriterien. Betriebe sprechen von Aufgaben, Schichten, Kundschaft und Qualitätsstandards. Dasselbe Wort kann Verschiedenes bedeuten: Für eine Lehrkraft ist eine Beurteilung eine förmliche Note, für eine Schichtleiterin vielleicht das jährliche Gespräch mit ihrer Vorgesetzten. Einigen Sie sich auf die wichtigsten Begriffe und schreiben Sie sie auf; das Begriffsverzeichnis in der Einführung ist ein guter Ausgangspunkt.

    Hilfreiche Fragen für ein erstes Treffen:

    - Was möchte jede Seite im kommenden Jahr erreichen?
    - Was kann jede Seite einbringen, und was braucht sie von der anderen?
    - Woran erkennen wir, dass die Zusammenarbeit funktioniert?
    .title = Ein gemeinsames Ziel und eine gemeinsame Sprache finden

getting-started-strategy =
    Eine Zusammenarbeit, die an einer einzigen Lehrkraft und einer einzigen Person im Betrieb hängt, ist zerbrechlich. Damit sie Bestand hat, verankern Sie sie in den Strategien und Maßnahmenplänen beider Einrichtungen. Für { -vet-provider(article: "def", case: "acc") } heißt das: im Schulprogramm, in der Jahresplanung und in der Arbeitsplanung der Lehrkräfte, mit festen Stunden für Kontakte in die Arbeitswelt. Für { -employer(article: "def", case: "acc") } heißt das: im Personalentwicklungsplan, im Budget und in den Stellenbeschreibungen der Beschäftigten, die Lernende betreuen.

    Die Leitungen auf beiden Seiten müssen von der Zusammenarbeit wissen und sie offen unterstützen. Berichten Sie ihnen deshalb regelmäßig mit kurzen, konkreten Ergebnissen. Steht die Zusammenarbeit erst einmal in den Plänen, übersteht sie auch Personalwechsel und Hochsaison.
    .title = Die Zusammenarbeit in Ihren Plänen verankern

getting-started-start-small =
    Sie müssen nicht alles auf einmal beginnen. Wählen Sie eine Methode, die zu Ihrer Situation passt, probieren Sie sie mit einer Klasse oder einer Abteilung aus und schauen Sie sich die Ergebnisse gemeinsam an. Eine gute Erfahrung schafft mehr Vertrauen als eine lange Vereinbarung, an die sich niemand hält.

    Teilen Sie, was gut funktioniert, mit Kolleginnen und Kollegen und anderen Betrieben, und laden Sie sie zum Mitmachen ein. Verstehen Sie Fehler als Teil des Lernens: Wenn etwas schiefgeht, sprechen Sie offen darüber, finden Sie die Ursache und vereinbaren Sie, was Sie ändern. Partnerschaften, die Probleme ohne Schuldzuweisungen besprechen können, entwickeln sich schneller als solche, die sie verschweigen.
    .title = Klein anfangen und unterwegs dazulernen

getting-started-ground-rules =
    Bevor die ersten Lernenden kommen, klären Sie einige praktische und rechtliche Fragen. Die Antworten hängen vom Land, vom Alter der Lernenden und von der Form des Lernens im Betrieb ab. Finden Sie also heraus, was für Sie gilt, und halten Sie die Antworten in der Lernvereinbarung oder in Ihrem gemeinsamen Plan fest.

    - **Versicherung und Haftung.** Wer versichert die Lernenden gegen Unfälle bei der Arbeit und auf dem Weg dorthin? Wer zahlt, wenn Lernende Geräte oder Eigentum von Kundinnen und Kunden beschädigen? Prüfen Sie die Versicherungen von Schule und Betrieb, und gehen Sie nicht davon aus, dass eine davon alles abdeckt.
    - **Jugendarbeitsschutz.** Lernende unter 18 dürfen nur begrenzt arbeiten, Nachtarbeit ist eingeschränkt, und manche gefährlichen Arbeiten und Maschinen sind für sie verboten. { -employer(article: "def", case: "start") } beurteilt die Gefährdungen für Jugendliche, bevor sie anfangen, und unterweist die Lernenden darüber.
    - **Datenschutz und Einwilligung.** Vereinbaren Sie, welche Informationen über die Lernenden Schule und Betrieb austauschen und wer sie sehen darf. Fotos, Videos und Aufzeichnungen brauchen die Einwilligung der Personen, die darauf zu sehen oder zu hören sind; echte Fälle von Kundinnen und Kunden oder Patientinnen und Patienten werden für das Lernen anonymisiert.
    - **Kosten und Vergütung.** Vereinbaren Sie, wer was bezahlt: die Zeit der Betreuungspersonen, Fahrten und Verpflegung, Arbeitskleidung, Werkzeug und Material sowie eine etwaige Vergütung oder Aufwandsentschädigung. In den meisten Partnerländern sind Auszubildende angestellt und werden bezahlt; für Lernende in Praxisphasen sind Regeln und Gepflogenheiten unterschiedlich.
    .title = Praktische und rechtliche Fragen klären

getting-started-rules-note =
    Lernende in Praktika schulischer Bildungsgänge sind in der Regel über die gesetzliche Schülerunfallversicherung (zuständige Unfallkasse) versichert, Auszubildende über die Berufsgenossenschaft oder Unfallkasse des Betriebs; Sachschäden deckt das nicht ab, dafür sind die Haftpflichtversicherungen zu prüfen. Für Lernende unter 18 gilt das Jugendarbeitsschutzgesetz (JArbSchG): grundsätzlich höchstens acht Stunden am Tag und 40 Stunden in der Woche, keine Arbeit zwischen 20 und 6 Uhr und gefährliche Arbeiten nur, soweit die Ausbildung es erfordert und eine fachkundige Person die Lernenden beaufsichtigt (§ 22 JArbSchG). Beim Datenschutz gilt die DSGVO; Rat geben die Datenschutzbeauftragten der Schule oder Schulbehörde und, falls vorhanden, des Betriebs sowie die Datenschutzaufsichtsbehörden der Länder. Auszubildende haben Anspruch auf eine angemessene Vergütung nach § 17 Berufsbildungsgesetz (BBiG), ohne Tarifvertrag mindestens die Mindestausbildungsvergütung; Pflichtpraktika in schulischen Bildungsgängen sind vom Mindestlohn ausgenommen und oft unvergütet.
    .title = In Deutschland

getting-started-where-now =
    { $methods ->
        [one] Die Methode in diesem Handbuch eignet
       *[other] Die { $methods } Methoden in diesem Handbuch eignen
    } sich für Partnerschaften in unterschiedlichen Phasen. Gehen Sie den folgenden Fragebogen gemeinsam mit Ihrem Partner durch: Er zeigt, welche Phase Ihre Partnerschaft am besten beschreibt und mit welchen Methoden Sie gut beginnen können.

    Die empfohlenen Methoden sind Vorschläge, keine Vorschriften. Eine neue Partnerschaft kann eine anspruchsvolle Methode ausprobieren, wenn sie die passenden Personen dafür hat, und auch eine erfahrene profitiert noch von den einfachen Methoden.
    .title = Wo steht Ihre Partnerschaft?

getting-started-self-evaluation =
    Beantworten Sie jede Frage gemeinsam mit Ihrem Partner: **Ja** ergibt 2 Punkte, **Teilweise** 1 und **Nein** 0. Zählen Sie die Punkte jeder Stufe getrennt zusammen und tragen Sie sie in die Punktezeile der Stufe ein.

    Eine Stufe ist erreicht, wenn ihre Punkte mindestens die Zahl ergeben, die nach ≥ in ihrer Punktezeile steht (etwa zwei Drittel der Höchstpunktzahl). Gehen Sie die Stufen von „am Anfang“ aufwärts durch: Ihre Partnerschaft steht auf der ersten Stufe, die sie noch nicht erreicht hat, und die für diese Stufe empfohlenen Methoden sind ein guter Ausgangspunkt. Ein Beispiel: Mit 8 Punkten bei „am Anfang“ und 5 bei „im Aufbau“ ist Ihre Partnerschaft im Aufbau. Haben Sie alle drei Stufen erreicht, ist Ihre Partnerschaft erfahren.
    .title = Selbsteinschätzung
getting-started-self-evaluation-answer-yes = Ja
getting-started-self-evaluation-answer-partly = Teilweise
getting-started-self-evaluation-answer-no = Nein
getting-started-self-evaluation-contact-person = Hat jede Einrichtung eine Ansprechperson für die Zusammenarbeit benannt?
getting-started-self-evaluation-shared-goals = Haben wir gemeinsam besprochen, was jede Seite erreichen will?
getting-started-self-evaluation-workplace-knows-goals = Kennt der Betrieb die Lernziele des Abschlusses?
getting-started-self-evaluation-school-knows-work = Kennt die Schule den aktuellen Qualifikationsbedarf des Betriebs?
getting-started-self-evaluation-first-activity = Haben wir mindestens eine Aktivität gemeinsam durchgeführt, zum Beispiel einen Betriebsbesuch oder ein Praktikum?
getting-started-self-evaluation-every-year = Arbeiten wir jedes Jahr zusammen?
getting-started-self-evaluation-written-agreement = Haben wir eine schriftliche Vereinbarung, die festlegt, wer was tut?
getting-started-self-evaluation-mentors-know-goals = Kennen die Betreuungspersonen im Betrieb die Lernziele der Lernenden, die sie betreuen?
getting-started-self-evaluation-fixed-meetings = Treffen sich die Ansprechpersonen zu vereinbarten Terminen im Jahr?
getting-started-self-evaluation-feedback = Geben wir einander nach jeder Praxisphase Rückmeldung?
getting-started-self-evaluation-strategy = Ist unsere Zusammenarbeit in den Strategien beider Einrichtungen verankert?
getting-started-self-evaluation-workplace-teaches = Unterrichten Beschäftigte des Betriebs an der Schule?
getting-started-self-evaluation-joint-assessment = Bewerten Lehrkräfte und Betreuungspersonen die Lernenden gemeinsam?
getting-started-self-evaluation-curriculum = Wirkt der Betrieb an der Planung des Lehrplans mit?
getting-started-self-evaluation-evaluation = Werten wir unsere Zusammenarbeit mindestens einmal im Jahr gemeinsam aus?

getting-started-next-steps =
    Wenn Sie sich für eine Methode entschieden haben, schreiben Sie einen gemeinsamen Plan auf eine einzige Seite: was Sie tun, wer auf jeder Seite verantwortlich ist, wann es stattfindet und woran Sie erkennen, ob es funktioniert hat. Teilen Sie die Aufgaben mithilfe der Checklisten im Methodenkapitel auf, und gehen Sie die Selbsteinschätzung nach einem Jahr noch einmal durch.
    .title = Einen Plan aufstellen
