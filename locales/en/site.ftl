## Interface of the online edition (the static site).

# This language's name, written in this language (the language switcher).
ui-language-name = English
site-skip-link = Skip to content
# Label of the navigation that lists the languages.
site-languages = Languages
site-choose-language = Choose a language
# Label of the navigation to the previous and next chapter.
site-chapters = Chapters
site-previous = Previous
site-next = Next
site-home = Handbook home page
site-downloads = Downloads
site-download-handbook = Handbook (PDF, print)
site-download-epub = E-book (EPUB)
site-download-cards = Checklist cards (PDF, print)
site-fallback-notice = Some text on this page has not been translated yet and is shown in the original language.
site-checklist-reset = Clear all ticks
site-checklist-print = Print my checklist
site-checklist-export = Save ticks to a file
site-checklist-import = Load ticks from a file
site-checklist-import-error = This file is not a saved checklist of this handbook.
site-checklist-note = Your ticks are kept in this browser on this device only.
# File size units.
site-unit-kb = kB
site-unit-mb = MB
# Decimal separator in file sizes such as 1.2 MB.
site-decimal-separator = .
site-opds = E-book catalogue for reading apps (OPDS)
