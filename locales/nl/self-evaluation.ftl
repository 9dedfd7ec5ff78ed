## Teksten van de zelfevaluatie (gedrukt handboek, e-book en website)

self-evaluation-question = Vraag
self-evaluation-points = Punten
self-evaluation-scoring = Puntentelling
self-evaluation-methods = Aanbevolen methoden
self-evaluation-submit = Toon ons niveau
self-evaluation-result = Niveau van uw partnerschap:
self-evaluation-incomplete = Beantwoord alle vragen om uw niveau te zien.
