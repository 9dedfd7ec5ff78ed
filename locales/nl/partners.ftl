# Partners van co-branded edities (`[[partners]]` in sources/book.toml): de naam
# (platte tekst) op omslag, titelpagina en achterkant van de kaarten; het contact (Markdown) in het colofon.

partner-esimerkki-name = Beroepsopleiding Esimerkki
partner-esimerkki-contact =
    Gedrukt voor Beroepsopleiding Esimerkki, een fictieve Finse aanbieder van beroepsonderwijs die als voorbeeld dient.

    Contact: het team werkplekleren, [example.org/esimerkki](https://example.org/esimerkki)

partner-voorbeeld-name = Werkgeversvereniging Voorbeeld
partner-voorbeeld-contact =
    Gedrukt voor Werkgeversvereniging Voorbeeld, een fictieve Nederlandse werkgeversorganisatie die als voorbeeld dient.

    Contact: het loket leerbanen, [example.org/voorbeeld](https://example.org/voorbeeld)
