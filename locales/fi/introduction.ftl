## Luku 1: Tietoa käsikirjasta

introduction-title = Tietoa käsikirjasta
    .summary = Kenelle käsikirja on tarkoitettu, miten sitä käytetään ja mitä sen käsitteet tarkoittavat.

introduction-purpose =
    Ammatillinen koulutus toimii parhaiten, kun oppilaitos ja työpaikka vetävät yhtä köyttä. Opiskelija oppii ammattinsa osin oppilaitoksessa ja osin työpaikalla, ja näiden kahden puolen on sovittava yhteen. Se onnistuu vain, jos molempien puolten ihmiset keskustelevat, suunnittelevat yhdessä ja luottavat toisiinsa.

    Tässä käsikirjassa kuvataan { $methods ->
        [one] yksi käytännössä kokeiltu tapa, jolla
       *[other] { $methods } käytännössä kokeiltua tapaa, joilla
    } { -vet-providers } ja { -employers } voivat tehdä yhteistyötä. Jokaisen menetelmän ovat kokeilleet käytännössä { -brand }-hankkeen kumppanit. { -brand } on ammatillisten oppilaitosten ja työnantajien Erasmus+ -kumppanuus, jossa on mukana toimijoita Suomesta, Ruotsista, Islannista, Alankomaista ja Saksasta. Kumppanit toimivat liiketalouden, matkailu- ja ravintola-alan, sosiaali- ja terveysalan, maatalouden, puutarha-alan ja tekniikan aloilla, ja käsikirjan esimerkit ovat näiltä aloilta.

    Tavoitteenamme on tiiviimpi yhteys ammatillisen koulutuksen ja työelämän välillä, sujuvampi siirtyminen koulutuksesta työhön ja parempi koulutus. Haluamme myös näyttää, että yhteistyöllä on monta muotoa: kaikki kumppanuudet eivät tarvitse virallista sopimusta tai suurta hanketta.

introduction-audience =
    Käsikirja on kirjoitettu kolmelle lukijaryhmälle:

    - **Koulutuksen järjestäjät ja opettajat**: ammatilliset oppilaitokset, ammattiopistot ja koulutuskeskukset sekä opettajat, koordinaattorit ja esihenkilöt, jotka suunnittelevat koulutusta ja pitävät yhteyttä työpaikkoihin.
    - **Työpaikat ja työpaikkaohjaajat**: yritykset ja julkiset organisaatiot, jotka ottavat opiskelijoita, sekä työntekijät, jotka ohjaavat opiskelijoita päivittäin.
    - **Opiskelijat**: nuoret ja aikuiset, jotka opiskelevat ammattia osin oppilaitoksessa ja osin työpaikalla.

    Jokaisessa menetelmässä kuvataan, mitä kaikki kolme ryhmää tekevät, sillä yhteistyö toimii vain, kun jokainen osapuoli tietää oman osuutensa. Opiskelijat eivät ole sivustakatsojia: he vaikuttavat omaan oppimiseensa ja antavat hyödyllistä palautetta kummallekin osapuolelle.
    .title = Kenelle käsikirja on tarkoitettu

introduction-how-to-use =
    Käsikirjaa ei tarvitse lukea kannesta kanteen. Aloittakaa yhteistyön käynnistämistä käsittelevästä luvusta. Sen avulla selvitätte, kuinka kokenut kumppanuutenne on ja mitkä menetelmät sopivat sille juuri nyt. Valitkaa sitten yksi tai kaksi menetelmää ja perehtykää niihin huolella.

    Jokaisessa menetelmäluvussa on seuraavat osat:

    - yhden rivin tiivistelmä, osapuolet, tyypillinen kesto ja tarvittava työmäärä;
    - johdanto, jossa kerrotaan, mikä menetelmä on ja miksi siitä on hyötyä;
    - kertomus menetelmää kokeilleelta kumppanilta, myös siitä, mikä oli odotettua vaikeampaa ja mitä he muuttivat;
    - valmistelun ja toteutuksen vaiheet erikseen { -vet-provider(case: "all") }, { -employer(case: "all") } ja { -student(case: "all") };
    - neuvoja seurantaan sekä vinkkejä;
    - tarkistuslista kullekin osapuolelle.

    Joissakin menetelmissä on tarpeen mukaan lisäosia: varoitus todellisesta riskistä tai jonkin asiakirjan, kuten jakson suunnitelman, sisältö. Kun säännöt ja nimitykset vaihtelevat maittain, teksti kertoo sen, ja tässä painoksessa Suomea koskevat huomautukset on merkitty otsikolla ”Suomessa”.

    Tarkistuslistat on painettu myös korteiksi: antakaa jokaiselle hänen rooliaan vastaava kortti. Viimeinen luku auttaa arvioimaan yhteistyötänne ja juhlistamaan sen onnistumisia. Kestot ja työmäärät ovat suuntaa antavia. Soveltakaa jokaista menetelmää omaan alaanne, oman maanne säädöksiin ja organisaatioidenne kokoon.
    .title = Näin käytätte käsikirjaa

introduction-overview =
    Taulukossa on { $methods ->
        [one] käsikirjan menetelmä
       *[other] kaikki { $methods } menetelmää siinä järjestyksessä, jossa ne esitellään tässä käsikirjassa
    }.
    .title = Menetelmät yhdellä silmäyksellä

introduction-glossary =
    Oppilaitokset ja työpaikat eivät aina käytä samoja sanoja, ja jokaisella maalla on omat käsitteensä. Tässä käsikirjassa käytämme seuraavia:

    - **Ammatillinen koulutus** (englanniksi VET, vocational education and training): koulutus, joka valmentaa tiettyyn ammattiin tai työtehtävään. Se toteutuu oppilaitoksessa, työpaikalla tai useimmiten molemmissa.
    - **Työelämässä oppiminen**: oppimista todellisissa työtehtävissä todellisella työpaikalla niin, että tavoitteet liittyvät tutkintoon. Koulutussopimusjaksot, oppisopimuskoulutus ja yritysten toimeksiannot ovat kaikki sen muotoja. Suomessa työpaikalla järjestettävä koulutus perustuu aina koulutussopimukseen tai oppisopimukseen.
    - **Työpaikkaohjaaja**: työpaikan henkilö, joka ohjaa opiskelijaa, suunnittelee tämän tehtävät, antaa palautetta ja osallistuu arviointiin. Oppisopimuskoulutuksessa hänestä käytettiin aiemmin nimitystä työpaikkakouluttaja.
    - **Oppisopimuskoulutus**: koulutus, jossa opiskelija on työsuhteessa yritykseen ja oppii pääosin työssä. Lisäksi hän osallistuu jonkin verran { -vet-provider(case: "gen") } järjestämiin opintoihin. Kirjallinen sopimus määrittelee kaikkien osapuolten oikeudet ja velvollisuudet.
    - **Koulutussopimus ja HOKS**: asiakirjat, joista on sovittava ennen kuin opiskelija aloittaa jakson työpaikalla. Koulutussopimuksen tekevät { -vet-provider } ja { -employer }, ja siinä sovitaan muun muassa jakson ajankohdasta ja tutkinnon osista. Opiskelijan oma suunnitelma on henkilökohtainen osaamisen kehittämissuunnitelma (HOKS), jonka { -vet-provider } laatii yhdessä opiskelijan kanssa. Työpaikalla järjestettävän koulutuksen osalta siihen kirjataan yhdessä työpaikan kanssa oppimistavoitteet, työtehtävät, ajankohdat, yhteyshenkilöt ja se, miten osaaminen arvioidaan. Muissa maissa näiden asiakirjojen nimet ja oikeudellinen muoto vaihtelevat.
    .title = Käyttämämme käsitteet
