## Luku 2: Näin pääsette alkuun

getting-started-title = Näin pääsette alkuun
    .summary = Rakentakaa yhteistyölle yhteinen perusta ja löytäkää kumppanuuteenne sopivat menetelmät.

getting-started-intro =
    Oppilaitoksen ja työpaikan yhteistyö kaatuu harvoin hyvän tahdon puutteeseen. Se kaatuu siihen, että ihmisillä on kiire, että kumpikin osapuoli olettaa toisen tietävän, mitä se haluaa, tai että yksi innostunut ihminen lähtee. Tässä luvussa käydään läpi pohjatyö, jonka ansiosta yhteistyö kestää. Luvun lopussa on itsearviointi, joka ohjaa teidät sopivien menetelmien luo.

getting-started-common-goal =
    Ennen kuin valitsette menetelmän, istukaa alas yhdessä ja keskustelkaa siitä, miksi haluatte tehdä yhteistyötä. Koulutuksen järjestäjä voi haluta lisää paikkoja työpaikalla tapahtuvaan oppimiseen, ajantasaisempaa opetusta tai oikeudenmukaisempaa arviointia. Työpaikka voi haluta osaavaa uutta henkilöstöä tai mahdollisuuden vaikuttaa koulutukseen. Kumpikin toive on perusteltu. Kirjatkaa ylös tavoitteet, jotka ovat yhteisiä, ja ne, jotka koskevat vain toista osapuolta, jotta mitään ei jää piiloon.

    Tarkistakaa sitten sanastonne. Oppilaitoksessa puhutaan tutkinnoista, tutkinnon osista, ammattitaitovaatimuksista ja arviointikriteereistä. Työpaikalla puhutaan tehtävistä, vuoroista, asiakkaista ja laatuvaatimuksista. Sama sana voi tarkoittaa eri asioita: opettajalle arviointi on virallinen arvosana, kun taas vuoropäällikölle se voi tarkoittaa vuosittaista kehityskeskustelua esihenkilön kanssa. Sopikaa keskeisistä käsitteistä ja kirjatkaa ne. Johdannon käsitteistö on hyvä lähtökohta.

    Hyödyllisiä kysymyksiä ensimmäiseen tapaamiseen:

    - Mitä kumpikin meistä haluaa saavuttaa tulevan vuoden aikana?
    - Mitä kumpikin voi tarjota, ja mitä tarvitsemme toisiltamme?
    - Mistä tiedämme, että yhteistyö toimii?
    .title = Löytäkää yhteinen tavoite ja yhteinen kieli

getting-started-strategy =
    Yhteistyö, joka on yhden opettajan ja yhden ohjaajan varassa, on hauras. Jotta se kestäisi, kirjatkaa se kummankin organisaation strategiaan ja toimintasuunnitelmiin. Koulutuksen järjestäjälle tämä tarkoittaa strategiaa, vuosittaista toimintasuunnitelmaa ja opettajien työsuunnitelmia, joihin varataan tunteja työelämäyhteistyölle. Työpaikalle se tarkoittaa henkilöstön kehittämissuunnitelmaa, talousarviota ja niiden työntekijöiden tehtävänkuvia, jotka toimivat ohjaajina.

    Kummankin organisaation ylimmän johdon on tiedettävä yhteistyöstä ja tuettava sitä avoimesti, joten raportoikaa heille säännöllisesti lyhyesti ja konkreettisin tuloksin. Kun työ on kirjattu suunnitelmiin, se selviää henkilöstövaihdoksista ja kiireisistä sesongeista.
    .title = Kirjatkaa yhteistyö suunnitelmiinne

getting-started-start-small =
    Kaikkea ei tarvitse käynnistää kerralla. Valitkaa yksi tilanteeseenne sopiva menetelmä, kokeilkaa sitä yhden opiskelijaryhmän tai yhden osaston kanssa ja tarkastelkaa tuloksia yhdessä. Yksi hyvä kokemus rakentaa enemmän luottamusta kuin pitkä sopimus, jota kukaan ei noudata.

    Kertokaa toimivista käytännöistä kollegoille ja muille työpaikoille ja kutsukaa heidät mukaan. Suhtautukaa virheisiin osana oppimista: kun jokin menee pieleen, puhukaa siitä avoimesti, selvittäkää syy ja sopikaa, mitä muutatte. Kumppanuudet, joissa ongelmista voi puhua syyllistämättä, kehittyvät nopeammin kuin ne, joissa ongelmat piilotetaan.
    .title = Aloittakaa pienestä ja oppikaa matkan varrella

getting-started-self-evaluation =
    Tässä käsikirjassa on { $methods ->
        [one] menetelmä, joka sopii
       *[other] { $methods } menetelmää, jotka sopivat
    } eri vaiheissa oleville kumppanuuksille. Vastatkaa alla oleviin kysymyksiin yhdessä kumppaninne kanssa. Jos vastaatte jollakin tasolla useimpiin kysymyksiin kyllä, se taso kuvaa teitä parhaiten ja on hyvä paikka aloittaa.

    Kunkin tason alla luetellut menetelmät ovat ehdotuksia, eivät sääntöjä. Uusi kumppanuus voi kokeilla vaativaa menetelmää, jos sillä on siihen tekijöitä, ja kokenutkin kumppanuus hyötyy yksinkertaisista menetelmistä.
    .title = Missä vaiheessa kumppanuutenne on nyt?

getting-started-beginner =
    Onko kumppanuutenne alkuvaiheessa?

    - Onko yhteyksiä vähän, tai ovatko ne yhden tai kahden ihmisen varassa?
    - Puuttuuko meiltä vielä kirjallinen sopimus tai yhteinen suunnitelma?
    - Tietääkö työpaikka vain vähän tutkinnosta ja sen ammattitaitovaatimuksista?
    - Tietääkö oppilaitos vain vähän työpaikan arjesta ja sen nykyisistä tarpeista?

    Valitkaa tässä vaiheessa menetelmiä, joiden avulla tutustutte toisiinne ilman suuria panostuksia:
    .title = Aloittava: tutustutaan toisiimme

getting-started-developing =
    Onko kumppanuutenne kehittymässä?

    - Teemmekö yhteistyötä joka vuosi, esimerkiksi koulutussopimusjaksojen kautta, mutta enimmäkseen samalla tavalla?
    - Onko kummallakin puolella nimetyt yhteyshenkilöt?
    - Tuntevatko työpaikkaohjaajat oppimistavoitteet, vaikka kaikki eivät ole saaneet ohjaajakoulutusta?
    - Haluaisimmeko, että työpaikalla olisi suurempi rooli opetuksessa ja arvioinnissa?

    Valitkaa tässä vaiheessa menetelmiä, jotka syventävät jo tekemäänne yhteistyötä:
    .title = Kehittyvä: säännöllistä yhteistyötä

getting-started-experienced =
    Onko kumppanuutenne kokenut?

    - Onko yhteistyömme kirjattu kummankin organisaation strategiaan ja suunnitelmiin?
    - Opettavatko, arvioivatko tai suunnittelevatko työpaikan työntekijät opetussuunnitelmaa yhdessä oppilaitoksen kanssa?
    - Arvioimmeko yhteistyötämme ja muutammeko sitä tulosten perusteella?
    - Olemmeko valmiita pitkäaikaisiin sitoumuksiin tai kumppaneihin muista maista?

    Valitkaa tässä vaiheessa menetelmiä, joissa vastuu koko koulutuksesta jaetaan:
    .title = Kokenut: kumppaneita koulutuksessa

getting-started-next-steps =
    Kun olette valinneet menetelmän, laatikaa yhteinen suunnitelma yhdelle sivulle: mitä teette, kuka kummallakin puolella vastaa, milloin se tapahtuu ja mistä tiedätte, onnistuiko se. Jakakaa tehtävät menetelmäluvun tarkistuslistojen avulla, ja tehkää itsearviointi uudelleen vuoden kuluttua.
    .title = Laatikaa suunnitelma
