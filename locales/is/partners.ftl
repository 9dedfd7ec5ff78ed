# Samstarfsaðilar sérmerktra útgáfna (`[[partners]]` í sources/book.toml): nafnið
# (hreinn texti) á kápu, titilsíðu og bakhlið spjalda; tengiliður (Markdown) í útgáfuupplýsingum.

partner-esimerkki-name = Starfsmenntaskólinn Esimerkki
partner-esimerkki-contact =
    Prentað fyrir Starfsmenntaskólann Esimerkki, skáldaðan finnskan starfsmenntaskóla sem er notaður sem dæmi.

    Tengiliður: teymið um vinnustaðanám, [example.org/esimerkki](https://example.org/esimerkki)

partner-voorbeeld-name = Atvinnurekendafélagið Voorbeeld
partner-voorbeeld-contact =
    Prentað fyrir Atvinnurekendafélagið Voorbeeld, skáldað hollenskt félag atvinnurekenda sem er notað sem dæmi.

    Tengiliður: ráðgjöf um iðnnám, [example.org/voorbeeld](https://example.org/voorbeeld)
