## Interface van de online editie (de statische website).

ui-language-name = Nederlands
site-skip-link = Naar de inhoud
site-languages = Talen
site-choose-language = Kies een taal
site-chapters = Hoofdstukken
site-previous = Vorige
site-next = Volgende
site-home = Startpagina van het handboek
site-downloads = Downloads
site-download-handbook = Handboek (pdf, om af te drukken)
site-download-epub = E-book (EPUB)
site-download-cards = Checklistkaarten (pdf, om af te drukken)
site-fallback-notice = Een deel van de tekst op deze pagina is nog niet vertaald en staat in de oorspronkelijke taal.
site-checklist-reset = Alle vinkjes wissen
site-checklist-print = Mijn checklist afdrukken
site-checklist-export = Vinkjes opslaan in een bestand
site-checklist-import = Vinkjes laden uit een bestand
site-checklist-import-error = Dit bestand is geen opgeslagen checklist van dit handboek.
site-checklist-note = De vinkjes worden alleen in deze browser op dit apparaat bewaard.
site-unit-kb = kB
site-unit-mb = MB
site-decimal-separator = ,
site-opds = E-bookcatalogus voor leesapps (OPDS)
