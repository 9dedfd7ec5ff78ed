## Verkkoversio: hakulomake jokaisen sivun ylälaidassa.
## `search-count-*` kertovat tulosten määrän: yksi viesti kutakin taivutusluokkaa
## kohti (CLDR: one, other); sivu sijoittaa luvun kohtaan `{ $count }`.

search-label = Hae käsikirjasta
search-submit = Hae
search-results = Hakutulokset
search-loading = Haku latautuu…
search-unavailable = Hakua ei voitu ladata.
search-none = Ei tuloksia. Lyhyempi tai toinen hakusana voi auttaa.
search-count-one = { $count } tulos
search-count-other = { $count } tulosta
