## Online-Ausgabe: das Suchformular oben auf jeder Seite.
## `search-count-*` nennen die Zahl der Treffer: eine Nachricht je Pluralkategorie
## (CLDR: one, other); die Seite setzt die Zahl bei `{ $count }` ein.

search-label = Im Handbuch suchen
search-submit = Suchen
search-results = Suchergebnisse
search-loading = Die Suche wird geladen …
search-unavailable = Die Suche konnte nicht geladen werden.
search-none = Keine Treffer – vielleicht mit einem kürzeren oder anderen Wort?
search-count-one = { $count } Treffer
search-count-other = { $count } Treffer
