## Luku 1: Tervetuloa

welcome-title = Tervetuloa
    .summary = Mihin tämä käsikirja on tarkoitettu ja miten se on tehty.

welcome-purpose =
    Tämä käsikirja auttaa oppilaitoksia ja työnantajia antamaan opiskelijoille todellista kokemusta työstä. Jokainen menetelmä kertoo, mitä oppilaitos, työnantaja ja opiskelija tekevät, ja päättyy kunkin omaan tarkistuslistaan.

    { $methods ->
        [one] Toistaiseksi menetelmiä on yksi:
       *[other] Toistaiseksi menetelmiä on { $methods }:
    }

welcome-editing =
    Käsikirjan rakenne on kansiossa `sources/`, ja kaikki tekstit ovat kansiossa `locales/`, yksi kansio kutakin kieltä kohden. Muuta tekstiä, aja `vetpress build`, niin käsikirja, e-kirja, kortit ja verkkoversio päivittyvät.
    .title = Näin käsikirja tehdään
