## Itsearviointikyselyn tekstit (painettu käsikirja, e-kirja ja verkkosivusto)

self-evaluation-question = Kysymys
self-evaluation-points = Pisteet
self-evaluation-scoring = Pisteytys
self-evaluation-methods = Suositellut menetelmät
self-evaluation-submit = Näytä tasomme
self-evaluation-result = Kumppanuutenne taso:
self-evaluation-incomplete = Vastatkaa jokaiseen kysymykseen, niin näette tasonne.
