## Onlineutgåvan: sökformuläret överst på varje sida.
## `search-count-*` anger antalet träffar: ett meddelande per pluralkategori
## (CLDR: one, other); sidan fyller i talet vid `{ $count }`.

search-label = Sök i handboken
search-submit = Sök
search-results = Sökresultat
search-loading = Sökningen laddas …
search-unavailable = Sökningen kunde inte laddas.
search-none = Inga träffar. Pröva ett kortare eller ett annat ord.
search-count-one = { $count } träff
search-count-other = { $count } träffar
