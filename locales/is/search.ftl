## Vefútgáfan: leitarformið efst á hverri síðu.
## `search-count-*` sýna fjölda niðurstaðna: ein skilaboð fyrir hvern fleirtöluflokk
## (CLDR: one, other); síðan setur töluna inn í stað `{ $count }`.

search-label = Leita í handbókinni
search-submit = Leita
search-results = Leitarniðurstöður
search-loading = Leitin hleðst …
search-unavailable = Ekki tókst að hlaða leitinni.
search-none = Engar niðurstöður. Prófaðu styttra eða annað orð.
search-count-one = { $count } niðurstaða
search-count-other = { $count } niðurstöður
