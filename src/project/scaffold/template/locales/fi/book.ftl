## Kirja: nimiösivu, kolofoni ja metatiedot

-brand = Työssä oppiminen

book-title = { -brand }
book-subtitle = { $methods ->
    [one] Yksi tapa, jolla oppilaitokset ja työnantajat tekevät yhteistyötä
   *[other] { $methods } tapaa, joilla oppilaitokset ja työnantajat tekevät yhteistyötä
}
book-author = { -brand } -tiimi
book-publisher = { -brand } -tiimi
book-description = Käsikirja oppilaitoksille, työnantajille ja opiskelijoille yhteistyöstä.
book-accessibility-summary = Teksti on jäsennelty otsikoilla, luetteloilla ja taulukoilla. Tarkistuslistat ovat tavallisia luetteloita.
book-colophon = Tämä käsikirja on tehty vetpressillä. Sitä saa kopioida ja muokata Creative Commons Nimeä 4.0 -lisenssin (CC BY 4.0) ehdoin.
book-disclaimer = Sisällöstä vastaavat tekijät.
