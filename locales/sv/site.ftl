## Gränssnittet i webbversionen (den statiska webbplatsen).

ui-language-name = Svenska
site-skip-link = Hoppa till innehållet
site-languages = Språk
site-choose-language = Välj språk
site-chapters = Kapitel
site-previous = Föregående
site-next = Nästa
site-home = Handbokens startsida
site-downloads = Nedladdningar
site-download-handbook = Handbok (PDF, för utskrift)
site-download-epub = E-bok (EPUB)
site-download-cards = Checklistkort (PDF, för utskrift)
site-fallback-notice = En del av texten på den här sidan är ännu inte översatt och visas på originalspråket.
site-checklist-reset = Ta bort alla bockar
site-checklist-print = Skriv ut min checklista
site-checklist-export = Spara bockarna i en fil
site-checklist-import = Läs in bockar från en fil
site-checklist-import-error = Filen är inte en sparad checklista för den här handboken.
site-checklist-note = Bockarna sparas bara i den här webbläsaren, på den här enheten.
site-unit-kb = kB
site-unit-mb = MB
site-decimal-separator = ,
site-opds = E-bokskatalog för läsappar (OPDS)
