## Verkkoversion (staattisen sivuston) käyttöliittymä.

ui-language-name = Suomi
site-skip-link = Siirry sisältöön
site-languages = Kielet
site-choose-language = Valitse kieli
site-chapters = Luvut
site-previous = Edellinen
site-next = Seuraava
site-home = Käsikirjan etusivu
site-downloads = Lataukset
site-download-handbook = Käsikirja (PDF, tulostettava)
site-download-epub = E-kirja (EPUB)
site-download-cards = Tarkistuslistakortit (PDF, tulostettava)
site-fallback-notice = Osaa tämän sivun tekstistä ei ole vielä käännetty, ja se näytetään alkuperäiskielellä.
site-checklist-reset = Poista kaikki rastit
site-checklist-print = Tulosta oma tarkistuslistani
site-checklist-export = Tallenna rastit tiedostoon
site-checklist-import = Lataa rastit tiedostosta
site-checklist-import-error = Tämä tiedosto ei ole tämän käsikirjan tallennettu tarkistuslista.
site-checklist-note = Rastit säilyvät vain tässä selaimessa tällä laitteella.
site-unit-kb = kt
site-unit-mb = Mt
site-decimal-separator = ,
site-opds = E-kirjaluettelo lukusovelluksille (OPDS)
