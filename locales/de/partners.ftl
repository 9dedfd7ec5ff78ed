# Partner gemeinsam gekennzeichneter Ausgaben (`[[partners]]` in sources/book.toml): der Name
# (reiner Text) auf Umschlag, Titelseite und Kartenrückseiten; der Kontakt (Markdown) im Impressum.

partner-esimerkki-name = Berufskolleg Esimerkki
partner-esimerkki-contact =
    Gedruckt für das Berufskolleg Esimerkki, einen erfundenen finnischen Anbieter beruflicher Bildung, der als Beispiel dient.

    Kontakt: das Team für betriebliches Lernen, [example.org/esimerkki](https://example.org/esimerkki)

partner-voorbeeld-name = Arbeitgeberverband Voorbeeld
partner-voorbeeld-contact =
    Gedruckt für den Arbeitgeberverband Voorbeeld, einen erfundenen niederländischen Arbeitgeberverband, der als Beispiel dient.

    Kontakt: die Ausbildungsberatung, [example.org/voorbeeld](https://example.org/voorbeeld)
