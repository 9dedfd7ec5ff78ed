## Texter i självskattningsformuläret (tryckt handbok, e-bok och webbplats)

self-evaluation-question = Fråga
self-evaluation-points = Poäng
self-evaluation-scoring = Poängräkning
self-evaluation-methods = Rekommenderade metoder
self-evaluation-submit = Visa vår nivå
self-evaluation-result = Ert partnerskaps nivå:
self-evaluation-incomplete = Besvara alla frågor för att se er nivå.
