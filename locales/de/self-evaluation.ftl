## Texte der Selbsteinschätzung (gedrucktes Handbuch, E-Book und Website)

self-evaluation-question = Frage
self-evaluation-points = Punkte
self-evaluation-scoring = Auswertung
self-evaluation-methods = Empfohlene Methoden
self-evaluation-submit = Unsere Stufe anzeigen
self-evaluation-result = Stufe Ihrer Partnerschaft:
self-evaluation-incomplete = Bitte beantworten Sie alle Fragen, um Ihre Stufe zu sehen.
