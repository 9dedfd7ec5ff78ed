## Online-editie: het zoekformulier bovenaan elke pagina.
## `search-count-*` tonen het aantal resultaten: één bericht per meervoudscategorie
## (CLDR: one, other); de pagina vult het getal in op `{ $count }`.

search-label = Zoeken in het handboek
search-submit = Zoeken
search-results = Zoekresultaten
search-loading = De zoekfunctie wordt geladen…
search-unavailable = De zoekfunctie kon niet worden geladen.
search-none = Geen resultaten. Probeer een korter of een ander woord.
search-count-one = { $count } resultaat
search-count-other = { $count } resultaten
