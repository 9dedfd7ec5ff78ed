## Labels of the self-evaluation questionnaire (print, e-book and site)

self-evaluation-question = Question
self-evaluation-points = Points
self-evaluation-scoring = How to score
self-evaluation-methods = Recommended methods
self-evaluation-submit = Show our level
self-evaluation-result = Your partnership's level:
self-evaluation-incomplete = Please answer every question to see your level.
