## Kapitel 1: Über dieses Handbuch

introduction-title = Über dieses Handbuch
    .summary = Für wen das Handbuch gedacht ist, wie Sie damit arbeiten und welche Begriffe es verwendet.

introduction-purpose =
    Berufliche Bildung gelingt am besten, wenn Schule und Betrieb an einem Strang ziehen. Wer einen Beruf erlernt, lernt zum Teil im Unterricht und zum Teil bei der Arbeit, und beide Hälften müssen zusammenpassen. Das klappt nur, wenn die Menschen an beiden Lernorten miteinander reden, gemeinsam planen und einander vertrauen.

    Dieses Handbuch beschreibt { $methods ->
        [one] eine erprobte Form
       *[other] { $methods } erprobte Formen
    } der Zusammenarbeit zwischen { -vet-providers(case: "dat") } und { -employers(case: "dat") }. Die Partner von { -brand }, einer Erasmus+-Partnerschaft von beruflichen Schulen und Betrieben aus Finnland, Schweden, Island, den Niederlanden und Deutschland, haben jede Methode in der Praxis ausprobiert. Sie kommen aus Wirtschaft und Verwaltung, Hotellerie und Gastronomie, dem Sozial- und Gesundheitswesen, der Landwirtschaft, dem Gartenbau und den technischen Berufen; aus diesen Bereichen stammen auch die Beispiele in diesem Handbuch.

    Unsere Ziele sind eine engere Verbindung zwischen { -vet(case: "dat") } und Arbeitswelt, ein reibungsloserer Übergang von der Ausbildung in den Beruf und eine höhere Qualität { -vet(case: "gen") }. Außerdem möchten wir zeigen, dass Lernortkooperation viele Formen haben kann: Nicht jede Partnerschaft braucht einen förmlichen Vertrag oder ein großes Projekt.

introduction-audience =
    Das Handbuch richtet sich an drei Gruppen von Leserinnen und Lesern:

    - **Berufliche Schulen und Lehrkräfte**: Berufsschulen, Berufsfachschulen, Berufskollegs und andere berufsbildende Schulen, Bildungsträger und Bildungszentren sowie die Lehrkräfte, Koordinatorinnen und Koordinatoren und Leitungen, die Ausbildung planen und den Kontakt zu den Betrieben halten.
    - **Betriebe und Betreuungspersonen**: Unternehmen und öffentliche Einrichtungen, die Lernende aufnehmen, und die Beschäftigten, die diese Lernenden im Arbeitsalltag anleiten und begleiten.
    - **Lernende**: Jugendliche und Erwachsene, die einen Beruf erlernen, teils in der Schule und teils im Betrieb.

    Jede Methode beschreibt, was alle drei Gruppen tun, denn Zusammenarbeit funktioniert nur, wenn alle Beteiligten ihre Rolle kennen. Lernende schauen dabei nicht nur zu: Sie gestalten ihr Lernen selbst mit und geben beiden Seiten wertvolle Rückmeldungen.
    .title = Für wen dieses Handbuch gedacht ist

introduction-how-to-use =
    Sie müssen das Handbuch nicht von vorn bis hinten lesen. Beginnen Sie mit dem Kapitel über den Einstieg. Es hilft Ihnen einzuschätzen, wie erfahren Ihre Partnerschaft ist und welche Methoden gerade zu ihr passen. Wählen Sie dann ein oder zwei Methoden aus und lesen Sie diese gründlich.

    Jedes Methodenkapitel enthält diese Teile:

    - eine Zusammenfassung in einem Satz, die Beteiligten, die typische Dauer und den Aufwand;
    - eine Einführung, die erklärt, worum es geht und warum die Methode hilft;
    - den Erfahrungsbericht eines Partners, der die Methode erprobt hat, auch mit dem, was schwieriger war als erwartet, und dem, was er daraufhin geändert hat;
    - Schritte zur Vorbereitung und Durchführung, jeweils getrennt für { -vet-provider(article: "def", case: "acc") }, { -employer(article: "def", case: "acc") } und { -student(article: "def", case: "acc") };
    - Hinweise zur Nachbereitung und Tipps;
    - eine Checkliste für jede Rolle.

    Wo eine Methode es braucht, enthält sie zusätzlich eine Warnung vor einem echten Risiko oder die Gliederung eines Dokuments wie der Lernvereinbarung. Wo Regeln und Bezeichnungen von Land zu Land verschieden sind, sagt der Text das, und die nationalen Ausgaben ergänzen eigens gekennzeichnete Hinweise für ihr Land.

    Die Checklisten gibt es auch als Karten: Geben Sie jeder Person die Karte für ihre Rolle. Das letzte Kapitel hilft Ihnen, Ihre Zusammenarbeit auszuwerten und Erfolge zu feiern. Dauer und Aufwand sind grobe Richtwerte; passen Sie jede Methode an Ihre Branche, die Regelungen in Ihrem Land und die Größe Ihrer Einrichtungen an.
    .title = So arbeiten Sie mit dem Handbuch

introduction-overview =
    Die Tabelle zeigt { $methods ->
        [one] die Methode dieses Handbuchs im Überblick.
       *[other] alle { $methods } Methoden in der Reihenfolge, in der sie in diesem Handbuch vorkommen.
    }
    .title = Die Methoden im Überblick

introduction-glossary =
    Schulen und Betriebe verwenden nicht immer dieselben Wörter, und jedes Land hat seine eigenen Begriffe. Mit **Lernenden** meinen wir in diesem Handbuch alle, die einen Beruf erlernen: Auszubildende in der dualen Ausbildung ebenso wie Schülerinnen und Schüler in schulischen Bildungsgängen. Außerdem verwenden wir die folgenden Begriffe:

    - **Berufliche Bildung** (englisch *vocational education and training*, VET): Bildung, die auf einen bestimmten Beruf vorbereitet. Sie findet in der Schule, im Betrieb oder, meistens, an beiden Lernorten statt.
    - **Lernen im Betrieb** (arbeitsbasiertes Lernen, englisch *work-based learning*): Lernen durch echte Arbeit an einem echten Arbeitsplatz, mit Zielen, die zu einem Berufsabschluss gehören. Praxisphasen und Praktika, die betriebliche Ausbildung im Ausbildungsverhältnis und Projekte im Auftrag von Betrieben sind Formen davon.
    - **Betreuungsperson** (betriebliche Betreuerin oder betrieblicher Betreuer; englisch *work mentor*, in manchen Ländern Lehrmeisterin oder Lehrmeister): die Person im Betrieb, die Lernende anleitet, ihre Aufgaben plant, Rückmeldung gibt und an der Bewertung mitwirkt. In der dualen Ausbildung in Deutschland übernehmen das oft ausbildende Fachkräfte; verantwortlich ist eine Ausbilderin oder ein Ausbilder mit der Eignung nach Berufsbildungsgesetz, die meist mit der Ausbilder-Eignungsprüfung nach AEVO nachgewiesen wird. In der Pflege heißt diese Rolle Praxisanleitung.
    - **Ausbildungsverhältnis** (Lehre, in Deutschland die duale Ausbildung): eine Ausbildung, bei der die oder der Lernende einen Vertrag mit einem Betrieb schließt, eine Vergütung erhält und vor allem bei der Arbeit lernt, ergänzt durch Unterricht an { -vet-provider(article: "indef", case: "dat") }, in Deutschland der Berufsschule. Ein schriftlicher Vertrag legt die Rechte und Pflichten aller Beteiligten fest, in Deutschland der Berufsausbildungsvertrag.
    - **Lernvereinbarung**: ein schriftlicher Plan, den Lernende, Schule und Betrieb vor einer Praxisphase im Betrieb miteinander vereinbaren. Er nennt die Lernziele, die Aufgaben, die Zeiten, die Ansprechpersonen und die Art der Bewertung. Name und Rechtsform sind von Land zu Land verschieden: In Deutschland heißt er im Praktikum oft Praktikumsvereinbarung oder Praktikumsvertrag, bei Auslandsaufenthalten mit Erasmus+ Lernvereinbarung (Learning Agreement); in der dualen Ausbildung entspricht ihm am ehesten der betriebliche Ausbildungsplan, der Teil des Ausbildungsvertrags ist.
    .title = Begriffe, die wir verwenden
