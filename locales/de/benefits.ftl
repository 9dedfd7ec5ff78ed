## Kapitel 15: Nutzen und Auswertung

benefits-title = Nutzen und Auswertung
    .summary = Was Zusammenarbeit bringt und wie Sie anhand von vier Schwerpunkten auf sie zurückblicken.

benefits-intro =
    Die Zusammenarbeit zwischen { -vet-providers(case: "dat") } und { -employers(case: "dat") } kostet Zeit, und man fragt zu Recht, was sie bringt. Die Partner von { -brand } haben Nutzen für alle drei Gruppen erlebt. Die Lernenden lernten an echten Aufgaben und mit aktueller Ausstattung, wurden selbstbewusster und fanden leichter ihre erste Stelle. Die Betriebe lernten künftige Beschäftigte kennen, gestalteten die Ausbildung nach ihrem Bedarf mit und erlebten, wie ihre eigenen Beschäftigten an der Aufgabe wuchsen, Lernende zu betreuen. Die Schulen hielten ihren Unterricht aktuell, fanden bessere Praktikumsplätze und steigerten die Qualität ihrer Ausbildung.

    Damit Sie diesen Nutzen in Ihrer eigenen Partnerschaft sehen, werten Sie sie regelmäßig aus. Wir schlagen vier Schwerpunkte vor: Verbindlichkeit, Kooperation, gemeinsame Gestaltung und Erfolge feiern (im Englischen die vier C: *commitment*, *cooperation*, *collaboration* und *celebration*). Jeder der folgenden Abschnitte erklärt einen Schwerpunkt und bietet Fragen, die beide Partner beantworten können, zum Beispiel einmal im Jahr bei einem gemeinsamen Treffen. Antworten Sie zuerst getrennt und vergleichen Sie dann: Die Unterschiede sagen Ihnen am meisten.

benefits-commitment =
    Verbindlichkeit bedeutet, dass die Zusammenarbeit nicht einigen wenigen Begeisterten überlassen bleibt. Die Leitungen auf beiden Seiten unterstützen sie offen, stellen Zeit und Geld bereit und fragen nach den Ergebnissen. Die Zusammenarbeit ist in Strategien, Maßnahmenplänen und Stellenbeschreibungen verankert und geht deshalb weiter, wenn Menschen die Stelle wechseln.

    Fragen zur Auswertung:

    - Kennen die Leitungen beider Einrichtungen unsere Zusammenarbeit, und unterstützen sie sie?
    - Ist die Zusammenarbeit Teil unserer Strategien und Jahrespläne?
    - Haben Lehrkräfte und Betreuungspersonen in ihrer Arbeitsplanung Zeit für diese Aufgabe?
    - Würde die Zusammenarbeit weitergehen, wenn unsere wichtigste Ansprechperson ginge?
    - Ist klar, wer was bezahlt, und finden beide Seiten das fair?
    .title = Verbindlichkeit

benefits-cooperation =
    Bei der Kooperation geht es darum, wie die Partner im Alltag miteinander umgehen. Sie beruht auf offener und transparenter Kommunikation, darauf, dass jede Seite weiß, was die andere bieten kann und was nicht, und auf einer Vereinbarung, von der beide Seiten profitieren. Sie braucht auch Bereitschaft: Der Betrieb hat eine Betreuungsperson und passende Aufgaben bereit, wenn Lernende kommen, und die Schule reagiert schnell, wenn ein Problem auftaucht.

    Fragen zur Auswertung:

    - Wissen wir, an wen wir uns wenden können, und bekommen wir in angemessener Zeit Antwort?
    - Haben beide Partner das Gefühl, von der Zusammenarbeit zu profitieren?
    - Sind Lernende, Betreuungspersonen und Lehrkräfte vor jeder Praxisphase gut vorbereitet?
    - Können wir Probleme offen ansprechen und gemeinsam lösen?
    .title = Kooperation

benefits-collaboration =
    Gemeinsame Gestaltung geht tiefer als Kooperation. Die Partner planen und entwickeln die Ausbildung zusammen. Der Lehrplan wird ausgehandelt und so angepasst, dass er sowohl zum Abschluss als auch zum Betrieb passt, und Lernziele, Bewertungskriterien und zentrale Begriffe bedeuten für alle Beteiligten dasselbe.

    Fragen zur Auswertung:

    - Hatte der Betrieb ein Mitspracherecht dabei, was und wie die Lernenden lernen?
    - Verstehen Lehrkräfte, Betreuungspersonen und Lernende die Lernziele auf dieselbe Weise?
    - Bewerten wir die Lernenden gemeinsam, nach gemeinsamen Kriterien?
    - Haben wir unseren Unterricht oder unsere Arbeitsabläufe aufgrund dessen verändert, was wir voneinander gelernt haben?
    .title = Gemeinsame Gestaltung

benefits-celebration =
    Das Feiern gerät leicht in Vergessenheit, dabei hält es die Motivation hoch. Würdigen Sie die Arbeit von Betreuungspersonen, Lehrkräften und Lernenden, und machen Sie Ihre Erfolge in beiden Einrichtungen und darüber hinaus bekannt: im Newsletter, in den sozialen Medien, bei der Abschlussfeier oder bei einer Veranstaltung der örtlichen Wirtschaft. Ein Dankeschön an { -work-mentor(article: "indef", case: "acc") }, ein Zertifikat oder eine kurze Geschichte über { -student(article: "indef", case: "acc") } mit neuer Stelle: All das zeigt, dass sich die Mühe gelohnt hat.

    Fragen zur Auswertung:

    - Wie haben wir die Menschen gewürdigt, die die Zusammenarbeit möglich gemacht haben?
    - Haben wir unsere Ergebnisse mit Kolleginnen und Kollegen, Leitungen und dem Umfeld vor Ort geteilt?
    - Von welchem Erfolg dieses Jahres möchten wir anderen erzählen?
    .title = Erfolge feiern

benefits-evaluation =
    Halten Sie die Auswertung so schlank, dass Sie sie auch wirklich durchführen: Ein kurzes gemeinsames Treffen einmal im Jahr mit den Fragen oben und einigen Kennzahlen reicht oft aus. Nützliche Kennzahlen sind zum Beispiel die Zahl der Lernenden, die im Betrieb gelernt haben, die Zahl der geschulten Betreuungspersonen, Rückmeldungen von Lernenden und Betreuungspersonen, Abschlussquoten, wie viele Lernende danach eine Stelle gefunden haben und was die Zusammenarbeit jede Seite an Arbeitszeit und Geld gekostet hat.

    Schreiben Sie drei Dinge auf, die gut gelaufen sind, und drei, die Sie verbessern wollen, und vereinbaren Sie, wer bis zum nächsten Treffen was übernimmt. Gehen Sie dann zurück zur Selbsteinschätzung im Kapitel über den Einstieg. Vielleicht stellen Sie fest, dass Ihre Partnerschaft die nächste Stufe erreicht hat und bereit für neue Methoden ist.
    .title = Auswertung zur Gewohnheit machen
