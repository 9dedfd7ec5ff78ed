## Online edition: the search form in every page's header.
## `search-count-*` show the number of results: one message per plural category
## (CLDR: one, other); `{ $count }` is filled in by the page.

search-label = Search the handbook
search-submit = Search
search-results = Search results
search-loading = Loading the search…
search-unavailable = The search could not be loaded.
search-none = No results. Try a shorter or a different word.
search-count-one = { $count } result
search-count-other = { $count } results
