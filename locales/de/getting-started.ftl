## Kapitel 2: Der Einstieg

getting-started-title = Der Einstieg
    .summary = Eine gemeinsame Grundlage für die Zusammenarbeit schaffen und die Methoden finden, die zu Ihrer Partnerschaft passen.

getting-started-intro =
    Die Zusammenarbeit zwischen Schule und Betrieb scheitert selten am guten Willen. Sie scheitert, weil alle viel zu tun haben, weil jede Seite annimmt, die andere wisse schon, was sie will, oder weil eine engagierte Person geht. Dieses Kapitel beschreibt die Grundlagen, die Zusammenarbeit dauerhaft tragen, und endet mit einer Selbsteinschätzung, die Sie zu passenden Methoden führt.

getting-started-common-goal =
    Bevor Sie eine Methode auswählen, setzen Sie sich zusammen und sprechen Sie darüber, warum Sie zusammenarbeiten wollen. Die { -vet-provider } wünscht sich vielleicht mehr Praktikumsplätze, aktuelleren Unterricht oder eine gerechtere Bewertung. Der { -employer } möchte vielleicht qualifizierten Nachwuchs gewinnen oder bei der Ausbildung mitreden. Beides ist berechtigt. Schreiben Sie die Ziele auf, die Sie teilen, und auch die, die nur eine Seite hat, damit nichts im Verborgenen bleibt.

    Prüfen Sie dann Ihre Sprache. Schulen sprechen von Abschlüssen, Lernfeldern, Lernergebnissen und Bewertungskriterien. Betriebe sprechen von Aufgaben, Schichten, Kundschaft und Qualitätsstandards. Dasselbe Wort kann Verschiedenes bedeuten: Für eine Lehrkraft ist eine Beurteilung eine förmliche Note, für eine Schichtleiterin vielleicht das jährliche Mitarbeitergespräch mit der Chefin. Einigen Sie sich auf die wichtigsten Begriffe und schreiben Sie sie auf; das Begriffsverzeichnis in der Einführung ist ein guter Ausgangspunkt.

    Hilfreiche Fragen für ein erstes Treffen:

    - Was möchte jede Seite im kommenden Jahr erreichen?
    - Was kann jede Seite einbringen, und was braucht sie von der anderen?
    - Woran erkennen wir, dass die Zusammenarbeit funktioniert?
    .title = Ein gemeinsames Ziel und eine gemeinsame Sprache finden

getting-started-strategy =
    Eine Zusammenarbeit, die an einer einzigen Lehrkraft und einer einzigen Person im Betrieb hängt, ist zerbrechlich. Damit sie Bestand hat, verankern Sie sie in den Strategien und Maßnahmenplänen beider Einrichtungen. Für die { -vet-provider } heißt das: im Schulprogramm, in der Jahresplanung und in der Arbeitsplanung der Lehrkräfte, mit festen Stunden für Kontakte in die Arbeitswelt. Für den { -employer } heißt das: im Personalentwicklungsplan, im Budget und in den Stellenbeschreibungen der Beschäftigten, die Lernende betreuen.

    Die Leitungen auf beiden Seiten müssen von der Zusammenarbeit wissen und sie offen unterstützen. Berichten Sie ihnen deshalb regelmäßig mit kurzen, konkreten Ergebnissen. Steht die Zusammenarbeit erst einmal in den Plänen, übersteht sie auch Personalwechsel und Hochsaison.
    .title = Die Zusammenarbeit in Ihren Plänen verankern

getting-started-start-small =
    Sie müssen nicht alles auf einmal beginnen. Wählen Sie eine Methode, die zu Ihrer Situation passt, probieren Sie sie mit einer Klasse oder einer Abteilung aus und schauen Sie sich die Ergebnisse gemeinsam an. Eine gute Erfahrung schafft mehr Vertrauen als eine lange Vereinbarung, an die sich niemand hält.

    Teilen Sie, was gut funktioniert, mit Kolleginnen und Kollegen und anderen Betrieben, und laden Sie sie zum Mitmachen ein. Verstehen Sie Fehler als Teil des Lernens: Wenn etwas schiefgeht, sprechen Sie offen darüber, finden Sie die Ursache und vereinbaren Sie, was Sie ändern. Partnerschaften, die Probleme ohne Schuldzuweisungen besprechen können, entwickeln sich schneller als solche, die sie verschweigen.
    .title = Klein anfangen und unterwegs dazulernen

getting-started-self-evaluation =
    { $methods ->
        [one] Die Methode in diesem Handbuch eignet
       *[other] Die { $methods } Methoden in diesem Handbuch eignen
    } sich für Partnerschaften in unterschiedlichen Phasen. Beantworten Sie die folgenden Fragen gemeinsam mit Ihrem Partner. Wenn Sie die meisten Fragen einer Stufe mit Ja beantworten, beschreibt diese Stufe Ihre Partnerschaft am besten und ist ein guter Ausgangspunkt.

    Die Methoden, die bei jeder Stufe genannt werden, sind Vorschläge, keine Vorschriften. Eine neue Partnerschaft kann eine anspruchsvolle Methode ausprobieren, wenn sie die Leute dafür hat, und auch eine erfahrene profitiert noch von den einfachen Methoden.
    .title = Wo steht Ihre Partnerschaft?

getting-started-beginner =
    Steht Ihre Partnerschaft am Anfang?

    - Haben wir nur wenige Kontakte, oder hängen sie an ein oder zwei Personen?
    - Fehlen uns noch eine schriftliche Vereinbarung und ein gemeinsamer Plan?
    - Weiß der Betrieb wenig über den Abschluss und seine Lernziele?
    - Weiß die Schule wenig über den Arbeitsalltag und den aktuellen Bedarf des Betriebs?

    In dieser Phase eignen sich Methoden, mit denen Sie sich ohne großen Aufwand kennenlernen:
    .title = Am Anfang: sich kennenlernen

getting-started-developing =
    Ist Ihre Partnerschaft im Aufbau?

    - Arbeiten wir jedes Jahr zusammen, zum Beispiel bei Praktika, aber meist auf dieselbe Weise?
    - Gibt es auf beiden Seiten feste Ansprechpersonen?
    - Kennen die Ausbilderinnen und Ausbilder die Lernziele, auch wenn nicht alle geschult wurden?
    - Wünschen wir uns, dass der Betrieb eine größere Rolle in Unterricht und Bewertung übernimmt?

    In dieser Phase eignen sich Methoden, die Ihre bestehende Zusammenarbeit vertiefen:
    .title = Im Aufbau: regelmäßig zusammenarbeiten

getting-started-experienced =
    Ist Ihre Partnerschaft erfahren?

    - Ist unsere Zusammenarbeit in den Strategien und Plänen beider Einrichtungen verankert?
    - Unterrichten, prüfen oder planen Beschäftigte des Betriebs den Lehrplan gemeinsam mit der Schule?
    - Werten wir unsere Zusammenarbeit aus und verändern sie aufgrund der Ergebnisse?
    - Sind wir bereit für langfristige Verpflichtungen oder für Partner in anderen Ländern?

    In dieser Phase eignen sich Methoden, bei denen Sie die Verantwortung für die gesamte Ausbildung teilen:
    .title = Erfahren: Partner in der Ausbildung

getting-started-next-steps =
    Wenn Sie sich für eine Methode entschieden haben, schreiben Sie einen gemeinsamen Plan auf eine einzige Seite: was Sie tun, wer auf jeder Seite verantwortlich ist, wann es stattfindet und woran Sie erkennen, ob es funktioniert hat. Teilen Sie die Aufgaben mithilfe der Checklisten im Methodenkapitel auf, und gehen Sie die Selbsteinschätzung nach einem Jahr noch einmal durch.
    .title = Einen Plan machen
