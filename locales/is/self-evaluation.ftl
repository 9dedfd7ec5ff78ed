## Textar sjálfsmatsins (prentuð handbók, rafbók og vefur)

self-evaluation-question = Spurning
self-evaluation-points = Stig
self-evaluation-scoring = Stigagjöf
self-evaluation-methods = Aðferðir sem mælt er með
self-evaluation-submit = Sýna stöðu okkar
self-evaluation-result = Staða samstarfsins:
self-evaluation-incomplete = Svarið öllum spurningunum til að sjá stöðu samstarfsins.
