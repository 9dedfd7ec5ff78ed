# Yhteisjulkaisujen kumppanit (`[[partners]]` tiedostossa sources/book.toml): nimi
# (pelkkä teksti) kanteen, nimiösivulle ja korttien taakse; yhteystiedot (Markdown) tiedot-sivulle.

partner-esimerkki-name = Esimerkki-ammattiopisto
partner-esimerkki-contact =
    Painettu Esimerkki-ammattiopistolle. Se on kuvitteellinen suomalainen ammatillisen koulutuksen järjestäjä, jota käytetään esimerkkinä.

    Yhteystiedot: työelämässä oppimisen tiimi, [example.org/esimerkki](https://example.org/esimerkki)

partner-voorbeeld-name = Työnantajayhdistys Voorbeeld
partner-voorbeeld-contact =
    Painettu Työnantajayhdistys Voorbeeldille. Se on kuvitteellinen alankomaalainen työnantajajärjestö, jota käytetään esimerkkinä.

    Yhteystiedot: oppisopimuspalvelu, [example.org/voorbeeld](https://example.org/voorbeeld)
