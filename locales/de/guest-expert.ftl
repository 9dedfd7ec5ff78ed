## Methode: Fachleute aus der Praxis im Unterricht

guest-expert-title = Fachleute aus der Praxis im Unterricht
    .summary = Menschen aus der Arbeitswelt unterrichten an der Schule und bringen aktuelle Praxis ins Klassenzimmer.

guest-expert-intro =
    Eine Fachperson aus der Praxis kommt aus einem Unternehmen oder einer öffentlichen Einrichtung und gestaltet eine oder mehrere Unterrichtsstunden an der Schule: einen Vortrag, einen Workshop oder eine kurze Reihe. Die Lernenden hören von einer Person, die die Arbeit jeden Tag macht, wie der Beruf heute aussieht, auf welche Fähigkeiten es ankommt und wohin ein Berufsweg in der Branche führen kann.

    Vom { -employer(case: "dat") } verlangt das wenig, oft einen halben Tag, und es ist einer der leichtesten Wege für eine neue Partnerschaft, anzufangen. Für { -vet-provider(article: "def", case: "acc") } ist ein gelungener Besuch oft der erste Schritt zu Praxisphasen oder gemeinsamen Projekten mit demselben Betrieb.

guest-expert-example =
    In einem kaufmännischen Bildungsgang an einer Schule der Sekundarstufe II in Gävle hielten die Lernenden Buchführung für trockene Theorie. Die Lehrkraft lud drei Fachleute aus der Region ein, eine Buchhalterin, einen Bankberater und den Inhaber eines kleinen Sportgeschäfts, die im Laufe eines Halbjahres je zwei Unterrichtsstunden gestalten sollten.

    Der erste Besuch ging schief. Dem Bankberater hatte man nur gesagt: „Erzählen Sie von Ihrer Arbeit“, und er zeigte die Präsentation, mit der seine Bank Girokonten für junge Leute verkauft; nach zwanzig Minuten hörte die halbe Klasse nicht mehr zu. Für die weiteren Besuche schickte die Lehrkraft allen Gästen eine Woche vorher eine einseitige Vorabinformation: das Thema, was die Gruppe schon wusste, die Fragen der Lernenden und eine Aufgabe, die die Lernenden selbst erledigen sollten. Die Buchhalterin brachte echte Belege und Rechnungen mit, aus denen die Namen entfernt waren, ließ die Lernenden sie verbuchen und zeigte dann dieselbe Arbeit in der Software ihres Büros.

    Der Bankberater kam im Frühjahr wieder, diesmal mit einer solchen Vorabinformation, und die Lernenden bewerteten seine zweite Stunde als die beste des Halbjahres. Das Buchhaltungsbüro nahm im folgenden Jahr zwei Lernende für Praxisphasen auf.
    .title = Erprobt im kaufmännischen Bereich, Schweden

guest-expert-prep-vet-provider =
    1. Festlegen, welche Lernziele der Besuch unterstützen soll und was nicht erwünscht ist (eine Unternehmenspräsentation hilft selten).
    2. Die Fachperson einladen. Termin und Dauer vereinbaren und klären, ob die Schule ein Honorar oder die Fahrtkosten zahlt.
    3. Eine Woche vorher eine kurze Vorabinformation schicken: das Thema, Alter, Niveau und Vorwissen der Gruppe, die Fragen der Lernenden und die Ausstattung des Raums.
    4. Wenn die Fachperson Werkzeuge, Maschinen oder Stoffe mitbringt, sie anhand der Sicherheitsregeln der Schule prüfen.

guest-expert-prep-employer =
    1. Eine Person auswählen, die die Arbeit macht und sie gern erklärt; Begeisterung zählt mehr als das Dienstalter.
    2. Ihr Zeit zur Vorbereitung geben, nicht nur für die Stunden des Besuchs.
    3. Echtes Material, Werkzeug oder echte Unterlagen zum Mitbringen auswählen und aus allem, was die Lernenden sehen, Kundennamen und andere personenbezogene Daten entfernen.

guest-expert-prep-student =
    1. Herausfinden, was der Betrieb der Fachperson macht.
    2. Der Lehrkraft mindestens eine Frage an die Fachperson schicken.

guest-expert-do-vet-provider =
    1. Die Fachperson vorstellen und sagen, warum sie da ist und was die Gruppe gerade lernt.
    2. Die ganze Stunde im Raum bleiben: Die Verantwortung für die Gruppe bleibt bei der Lehrkraft, und sie kann das Gesagte mit dem Unterricht verknüpfen.
    3. Am Ende zehn Minuten für Fragen freihalten.

guest-expert-do-employer =
    1. Echte Geschichten aus der Arbeit erzählen, auch davon, was schiefging und wie man damit umgegangen ist.
    2. Den Lernenden etwas zu tun geben, mit den Händen oder im Kopf, nicht nur etwas zum Zuhören.
    3. Den Lernenden sagen, worauf der eigene Betrieb bei Einstellungen achtet.

guest-expert-do-student =
    1. Zwei Dinge notieren, die man vorher nicht wusste.
    2. Die eigene Frage stellen und nachhaken, wenn die Antwort vage war.
    3. Sich bei der Fachperson bedanken und bei Interesse nach Praxisphasen oder Ferienjobs fragen.

guest-expert-follow-up =
    Fragen Sie die Lernenden in der nächsten Stunde, was sie mitgenommen haben, und arbeiten Sie damit weiter. Schicken Sie der Fachperson ein Dankeschön mit einigen Stimmen der Lernenden und fragen Sie, was einen zweiten Besuch leichter machen würde. Wenn es gut gelaufen ist, fragen Sie nach einem weiteren Besuch, einer Betriebserkundung oder nach Praxisphasen.

guest-expert-tips =
    - Ein klares Thema und ein fester Zeitrahmen zählen mehr als ein bekannter Name.
    - Führen Sie schulweit eine gemeinsame Liste mit Fachleuten, damit die Kontakte einer Lehrkraft nicht verloren gehen, wenn sie die Schule verlässt, und damit nicht fünf Lehrkräfte im selben Monat dasselbe Unternehmen anfragen.
    .title = Tipps und Stolpersteine

guest-expert-check-vet-provider-pick-goals = Die Lernziele wählen, die der Besuch unterstützt.
guest-expert-check-vet-provider-invite = Thema, Termin, Dauer und ein etwaiges Honorar vereinbaren.
guest-expert-check-vet-provider-brief-expert = Eine Woche vorher eine einseitige Vorabinformation schicken.
guest-expert-check-vet-provider-send-questions = Die Fragen der Lernenden in die Vorabinformation aufnehmen.
guest-expert-check-vet-provider-check-safety = Werkzeuge oder Stoffe anhand der Schulregeln prüfen.
guest-expert-check-vet-provider-stay = Die ganze Stunde im Raum bleiben.
guest-expert-check-vet-provider-thank = Ein Dankeschön mit Stimmen der Lernenden schicken.

guest-expert-check-employer-choose-person = Eine Person wählen, die die Arbeit gern erklärt.
guest-expert-check-employer-give-time = Ihr Zeit zur Vorbereitung geben.
guest-expert-check-employer-bring-materials = Echtes Material oder Werkzeug zum Mitbringen auswählen.
guest-expert-check-employer-agree-limits = Kundennamen und Kundendaten aus Beispielen entfernen.
guest-expert-check-employer-active-task = Eine Aufgabe planen, die die Lernenden selbst erledigen.
guest-expert-check-employer-hiring = Den Lernenden sagen, worauf es bei Einstellungen ankommt.

guest-expert-check-student-research = Herausfinden, was der Betrieb der Fachperson macht.
guest-expert-check-student-send-question = Der Lehrkraft vorab eine Frage schicken.
guest-expert-check-student-take-notes = Zwei Dinge notieren, die man nicht wusste.
guest-expert-check-student-ask = Die eigene Frage stellen und nachhaken.
guest-expert-check-student-thank = Sich bedanken und nach Praxisphasen fragen.
