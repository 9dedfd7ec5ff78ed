## Termit: toistuvat nimet. Termeillä on parametri `case` (sijamuoto):
## nom, gen, part, ill, ine, ela, ade, abl, all, ess, tra.
## Virkkeen alussa: start (nominatiivi isolla alkukirjaimella) ja
## start-<sija>, esim. -vet-provider(case: "start-all") = "Koulutuksen järjestäjälle".
## Monikkomuodot: -vet-providers, -employers, -students ja
## -work-mentor(case: "pl-nom") jne.

-brand = VET@work
-vet = { $case ->
   *[nom] ammatillinen koulutus
    [gen] ammatillisen koulutuksen
    [part] ammatillista koulutusta
    [ill] ammatilliseen koulutukseen
    [ine] ammatillisessa koulutuksessa
    [ela] ammatillisesta koulutuksesta
    [ess] ammatillisena koulutuksena
}
-vet-provider = { $case ->
   *[nom] koulutuksen järjestäjä
    [gen] koulutuksen järjestäjän
    [part] koulutuksen järjestäjää
    [ill] koulutuksen järjestäjään
    [ine] koulutuksen järjestäjässä
    [ela] koulutuksen järjestäjästä
    [ade] koulutuksen järjestäjällä
    [abl] koulutuksen järjestäjältä
    [all] koulutuksen järjestäjälle
    [ess] koulutuksen järjestäjänä
    [tra] koulutuksen järjestäjäksi
    [start] Koulutuksen järjestäjä
    [start-gen] Koulutuksen järjestäjän
    [start-all] Koulutuksen järjestäjälle
}
-vet-providers = { $case ->
   *[nom] koulutuksen järjestäjät
    [gen] koulutuksen järjestäjien
    [part] koulutuksen järjestäjiä
    [ill] koulutuksen järjestäjiin
    [ine] koulutuksen järjestäjissä
    [ela] koulutuksen järjestäjistä
    [ade] koulutuksen järjestäjillä
    [abl] koulutuksen järjestäjiltä
    [all] koulutuksen järjestäjille
    [ess] koulutuksen järjestäjinä
    [tra] koulutuksen järjestäjiksi
    [start] Koulutuksen järjestäjät
}
-employer = { $case ->
   *[nom] työpaikka
    [gen] työpaikan
    [part] työpaikkaa
    [ill] työpaikkaan
    [ine] työpaikassa
    [ela] työpaikasta
    [ade] työpaikalla
    [abl] työpaikalta
    [all] työpaikalle
    [ess] työpaikkana
    [tra] työpaikaksi
    [start] Työpaikka
    [start-gen] Työpaikan
    [start-all] Työpaikalle
}
-employers = { $case ->
   *[nom] työpaikat
    [gen] työpaikkojen
    [part] työpaikkoja
    [ill] työpaikkoihin
    [ine] työpaikoissa
    [ela] työpaikoista
    [ade] työpaikoilla
    [abl] työpaikoilta
    [all] työpaikoille
    [ess] työpaikkoina
    [tra] työpaikoiksi
    [start] Työpaikat
}
-student = { $case ->
   *[nom] opiskelija
    [gen] opiskelijan
    [part] opiskelijaa
    [ill] opiskelijaan
    [ine] opiskelijassa
    [ela] opiskelijasta
    [ade] opiskelijalla
    [abl] opiskelijalta
    [all] opiskelijalle
    [ess] opiskelijana
    [tra] opiskelijaksi
    [start] Opiskelija
}
-students = { $case ->
   *[nom] opiskelijat
    [gen] opiskelijoiden
    [part] opiskelijoita
    [ill] opiskelijoihin
    [ine] opiskelijoissa
    [ela] opiskelijoista
    [ade] opiskelijoilla
    [abl] opiskelijoilta
    [all] opiskelijoille
    [ess] opiskelijoina
    [tra] opiskelijoiksi
    [start] Opiskelijat
}
-work-mentor = { $case ->
   *[nom] työpaikkaohjaaja
    [gen] työpaikkaohjaajan
    [part] työpaikkaohjaajaa
    [ill] työpaikkaohjaajaan
    [ine] työpaikkaohjaajassa
    [ela] työpaikkaohjaajasta
    [ade] työpaikkaohjaajalla
    [abl] työpaikkaohjaajalta
    [all] työpaikkaohjaajalle
    [ess] työpaikkaohjaajana
    [tra] työpaikkaohjaajaksi
    [pl-nom] työpaikkaohjaajat
    [pl-gen] työpaikkaohjaajien
    [pl-part] työpaikkaohjaajia
    [pl-ill] työpaikkaohjaajiin
    [pl-ela] työpaikkaohjaajista
    [pl-ade] työpaikkaohjaajilla
    [pl-all] työpaikkaohjaajille
    [pl-ess] työpaikkaohjaajina
    [start] Työpaikkaohjaaja
    [start-pl] Työpaikkaohjaajat
}

## Kirja

book-title = { -brand }
book-subtitle = { $methods ->
        [one] Tapa, jolla { -vet-providers } ja { -employers } tekevät yhteistyötä
       *[other] { $methods } tapaa, joilla { -vet-providers } ja { -employers } tekevät yhteistyötä
    }
book-author = { -brand }-kumppanuus
book-publisher = { -brand }-kumppanuus
book-description = Käytännön käsikirja { -vet-providers(case: "all") }, { -employers(case: "all") } ja { -students(case: "all") }: { $methods ->
        [one] yksi käytännössä kokeiltu tapa
       *[other] { $methods } käytännössä kokeiltua tapaa
    } tehdä yhteistyötä.
book-accessibility-summary = Teksti on jäsennelty otsikoin, luetteloin ja taulukoin. Kuvilla on tekstivastineet. Tarkistuslistat ovat tavallisia luetteloita.
book-colophon =
    Tämä käsikirja on { -brand }-hankkeen tulos. { -brand } oli ammatillisen koulutuksen strateginen kumppanuushanke Erasmus+ -ohjelmassa (hankenumero 2018-1-FI01-KA202-047198). Hanke toteutettiin 1.9.2018–31.8.2021. Sitä koordinoitiin Suomesta, ja se rahoitettiin Opetushallituksen kautta.

    Kumppaneina oli { -vet-providers(case: "part") } ja { -employers(case: "part") } viidestä maasta: Suomesta, Ruotsista, Islannista, Alankomaista ja Saksasta. Yhdessä kumppanit kokeilivat { $methods ->
        [one] tässä käsikirjassa kuvatun menetelmän
       *[other] kaikki { $methods } tässä käsikirjassa kuvattua menetelmää
    }.

    Käsikirja julkaistaan Creative Commons Nimeä-JaaSamoin 4.0 Kansainvälinen -lisenssillä (CC BY-SA 4.0). Käsikirjaa saa kopioida, jakaa ja muokata mihin tahansa tarkoitukseen, kunhan tekijäksi mainitaan { -brand }-kumppanuus, tehdyt muutokset kerrotaan ja muokattu versio jaetaan samalla lisenssillä. Lisenssin koko teksti on osoitteessa [creativecommons.org](https://creativecommons.org/licenses/by-sa/4.0/).

book-disclaimer =
    Tämä käsikirja on tuotettu Euroopan unionin Erasmus+ -ohjelman tuella. Euroopan komission tuki ei tarkoita, että komissio hyväksyisi julkaisun sisällön: sisältö kuvastaa ainoastaan tekijöiden näkemyksiä. Komissio ei vastaa siitä, miten käsikirjan sisältämiä tietoja käytetään.

## Teemojen käyttöliittymätekstit

ui-contents = Sisällys
ui-method = Menetelmä
ui-method-number = Menetelmä { $number }
ui-roles = Osapuolet
ui-duration = Tyypillinen kesto
ui-effort = Työmäärä
ui-levels = Sopii kumppanuuden vaiheeseen
ui-summary = Lyhyesti
ui-checklist = Tarkistuslista
ui-date = Päivämäärä
ui-notes = Muistiinpanot
ui-continued = jatkoa
ui-colophon = Julkaisutiedot
ui-project-number = Hankenumero
ui-licence = Lisenssi
ui-published = Julkaistu
ui-isbn = ISBN
ui-cover = Kansi
ui-title-page = Nimiösivu
ui-methods-table-method = Menetelmä
ui-methods-table-summary = Mitä se on

role-vet-provider = Koulutuksen järjestäjä
role-employer = Työpaikka
role-student = Opiskelija

effort-low = pieni
effort-medium = kohtalainen
effort-high = suuri

level-beginner = aloittava
level-developing = kehittyvä
level-experienced = kokenut

duration-days = { $count ->
    [one] yksi päivä
   *[other] { $count } päivää
}
duration-weeks = { $count ->
    [one] yksi viikko
   *[other] { $count } viikkoa
}
duration-months = { $count ->
    [one] yksi kuukausi
   *[other] { $count } kuukautta
}

section-introduction = Johdanto
section-example = Kokeiltu käytännössä
section-preparation = Valmistelu
section-implementation = Toteutus
section-follow-up = Seuranta ja arviointi
section-tips = Vinkit ja sudenkuopat
section-checklists = Tarkistuslistat

callout-tip = Vinkki
callout-example = Esimerkki
callout-warning = Huomio
callout-note = Maakohtainen huomautus

## cards
# The heading of the first checklist item on a card front.
ui-first-step = Ensimmäinen askel

## text
# Interface punctuation the themes print between labels and values. The quotes keep
# the spaces: French, for example, writes `{ "\u00A0: " }` (a no-break space before the colon).
# A label and its value ("Effort: low").
ui-sep-colon = { ": " }
# Between two parts of a line ("VET@work · Checklist").
ui-sep-dot = { " · " }
# Between a title and its subtitle.
ui-sep-dash = { " – " }
# Between the items of a list written on one line ("employer, student").
ui-list-sep = { ", " }
# The label of the book's web address in the colophon.
ui-url = Verkko-osoite
# The heading of the number column in the table of methods.
ui-number = Nro
# A date in the colophon. $year, $month (1-12) and $day are numbers.
ui-date-long = { $day }. { $month ->
    [1] tammikuuta
    [2] helmikuuta
    [3] maaliskuuta
    [4] huhtikuuta
    [5] toukokuuta
    [6] kesäkuuta
    [7] heinäkuuta
    [8] elokuuta
    [9] syyskuuta
    [10] lokakuuta
    [11] marraskuuta
   *[12] joulukuuta
} { $year }
