# Partner för samprofilerade utgåvor (`[[partners]]` i sources/book.toml): namnet
# (ren text) på omslaget, titelsidan och kortens baksidor; kontakten (Markdown) i kolofonen.

partner-esimerkki-name = Yrkesinstitutet Esimerkki
partner-esimerkki-contact =
    Tryckt för Yrkesinstitutet Esimerkki, en påhittad finländsk anordnare av yrkesutbildning som används som exempel.

    Kontakt: teamet för arbetsplatsförlagt lärande, [example.org/esimerkki](https://example.org/esimerkki)

partner-voorbeeld-name = Arbetsgivarföreningen Voorbeeld
partner-voorbeeld-contact =
    Tryckt för Arbetsgivarföreningen Voorbeeld, en påhittad nederländsk arbetsgivarorganisation som används som exempel.

    Kontakt: lärlingsservicen, [example.org/voorbeeld](https://example.org/voorbeeld)
