## Oberfläche der Online-Ausgabe (der statischen Website).

ui-language-name = Deutsch
site-skip-link = Zum Inhalt springen
site-languages = Sprachen
site-choose-language = Sprache wählen
site-chapters = Kapitel
site-previous = Zurück
site-next = Weiter
site-home = Startseite des Handbuchs
site-downloads = Downloads
site-download-handbook = Handbuch (PDF, zum Drucken)
site-download-epub = E-Book (EPUB)
site-download-cards = Checklistenkarten (PDF, zum Drucken)
site-fallback-notice = Ein Teil des Textes auf dieser Seite ist noch nicht übersetzt und wird in der Originalsprache angezeigt.
site-checklist-reset = Alle Häkchen entfernen
site-checklist-print = Meine Checkliste drucken
site-checklist-export = Häkchen in einer Datei speichern
site-checklist-import = Häkchen aus einer Datei laden
site-checklist-import-error = Diese Datei ist keine gespeicherte Checkliste dieses Handbuchs.
site-checklist-note = Ihre Häkchen werden nur in diesem Browser auf diesem Gerät gespeichert.
site-unit-kb = kB
site-unit-mb = MB
site-decimal-separator = ,
site-opds = E-Book-Katalog für Lese-Apps (OPDS)
