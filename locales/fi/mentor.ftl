## Menetelmä: Ylpeänä työpaikkaohjaajana

mentor-title = Ylpeänä työpaikkaohjaajana
    .summary = Jokaiselle opiskelijalle valittu, koulutettu ja tuettu { -work-mentor }, joka ohjaa häntä työpaikalla.

mentor-intro =
    { -work-mentor(case: "start") } suunnittelee opiskelijan tehtävät työpaikalla, näyttää, miten työ tehdään, antaa palautetta ja osallistuu arviointiin. Tässä menetelmässä { -vet-provider } ja { -employer } valitsevat ohjaajat yhdessä, kouluttavat heidät lyhyellä kurssilla lähiopetuksena tai verkossa ja sopivat, kuka ohjaa ketäkin opiskelijaa. Hyvä ohjaus ei synny sattumalta: ohjaajat tarvitsevat työvuorolistaan varattua aikaa, selkeän roolin ja sen varmuuden, jonka koulutus antaa.

mentor-example =
    Jyväskyläläinen ammattiopisto ja neljä ikäihmisten hoivakotia huomasivat, että opiskelijoita ohjaavat lähihoitajat tunsivat olonsa epävarmaksi arvioinnissa. Yhdessä ne rakensivat verkkokurssin: neljä puolentoista tunnin tapaamista kuuden viikon aikana. Tapaamisia vetivät opettaja ja kokenut työpaikkaohjaaja, ja tapaamisten välissä osallistujat kokeilivat pientä tehtävää.

    Ensimmäinen kierros epäonnistui yöhoitajien osalta. Tapaamiset pidettiin alkuiltapäivällä, ja yövuorosta tulevat hoitajat joko jättivät ne väliin tai osallistuivat puoliunessa. Kumppanit siirsivät tapaamiset tunnille, jolloin aamu- ja iltavuoro ovat yhtä aikaa töissä, ja tallensivat ne niille, jotka eivät päässeet paikalle. Tallentaminen toi uuden ongelman: parhaat keskustelut käytiin todellisista asukkaista. Toisesta tapaamisesta alkaen tapaukset kerrottiin ilman nimiä ja tunnistettavia yksityiskohtia, kaikki läsnäolijat suostuivat tallentamiseen, ja tallenteen saivat katsoa vain kurssin osallistujat.

    Kolmestakymmenestä aloittaneesta hoitajasta kaksikymmentäkaksi suoritti kurssin. Suurin osa keskeyttäneistä teki yövuoroja, eivätkä hoivakodit ole vielä löytäneet heille sopivaa toteutustapaa.
    .title = Kokeiltu sosiaali- ja terveysalalla, Suomi

mentor-prep-vet-provider =
    1. Sopikaa { -employer(case: "gen") } kanssa, ketkä työntekijät ohjaavat ketäkin opiskelijaa ja minä viikkoina. Suunnitelkaa opiskelijoiden jaksot työpaikan sesonkien mukaan: kiireisimpään aikaan kenelläkään ei ole aikaa ohjata.
    2. Suunnitelkaa kurssi yhdessä kokeneen { -work-mentor(case: "gen") } kanssa: oppimistavoitteet, opiskelijan ensimmäinen viikko, palaute, arviointi ja työturvallisuus.
    3. Kirjoittakaa tutkinnosta yhden sivun tiivistelmä työpaikan kielellä, ei tutkinnon perusteiden termein.

mentor-prep-employer =
    1. Pyytäkää vapaaehtoisia ohjaajiksi sen sijaan, että määräisitte tehtävän: kärsivällisyys ja säännöllinen vuororytmi ovat tärkeämpiä kuin virkaikä.
    2. Merkitkää työvuorolistaan kurssin tapaamiset ja säännöllinen ohjausaika jokaista opiskelijaa varten.
    3. Kertokaa työyhteisölle, kuka ohjaa ketäkin, jotta kollegat voivat tuurata ja opiskelija tietää, keneltä muulta voi kysyä.

mentor-prep-student =
    1. Selvitä ennen ensimmäistä päivää { -work-mentor }si nimi ja se, miten tavoitat hänet.
    2. Merkitse kaksi tai kolme oppimistavoitetta, joihin haluat eniten keskittyä.
    3. Valmistele muutama lause siitä, mitä osaat jo ja mitä et ole vielä kokeillut.

mentor-do-vet-provider =
    1. Vetäkää jokainen tapaaminen yhdessä työpaikan ohjaajan kanssa ja rakentakaa se osallistujien omien, tunnistamattomiksi muutettujen tapausten varaan.
    2. Antakaa tapaamisten väliin pieni tehtävä, esimerkiksi opiskelijan ensimmäisen päivän suunnittelu, ja aloittakaa seuraava tapaaminen kysymällä, miten se meni.
    3. Soittakaa jokaiselle uudelle ohjaajalle opiskelijan ensimmäisellä viikolla ja vastatkaa kysymyksiin yhden työpäivän kuluessa.

mentor-do-employer =
    1. Antakaa ohjaajien osallistua työaikana ja järjestäkää heille sijainen.
    2. Laittakaa ohjaaja ja opiskelija samoihin vuoroihin ainakin ensimmäisiksi viikoiksi.
    3. Kutsukaa ohjaaja arviointikeskusteluun ja antakaa hänelle aikaa valmistautua siihen.

mentor-do-student =
    1. Sovi ohjaajasi kanssa kiinteä palauteaika, esimerkiksi kymmenen minuuttia jokaisen vuoron lopussa.
    2. Kerro rehellisesti, mikä on vielä vaikeaa: ohjaajasi voi muokata tehtäviä vain, jos hän tietää sen.
    3. Ota oppimispäiväkirjasi mukaan viikoittaiseen keskusteluun ohjaajasi kanssa.

mentor-recordings =
    Todellisiin hoito- tai asiakastapauksiin perustuvat tapaamiset voivat paljastaa ihmisiä, jotka eivät ole antaneet siihen lupaa. Kertokaa tapaukset ilman nimiä ja tunnistettavia yksityiskohtia. Tallentakaa tapaaminen vain, jos kaikki läsnäolijat ovat suostuneet siihen, kertokaa, kuka tallenteen saa katsoa ja kuinka kauan se säilytetään, ja tallentakaa se paikkaan, johon vain osallistujilla on pääsy.
    .title = Todelliset tapaukset ja tallenteet

mentor-follow-up =
    Lyhyt kysely ohjaajille ennen kurssia ja sen jälkeen näyttää, tuntevatko he olonsa varmemmaksi suunnittelussa, palautteessa ja arvioinnissa. Kysykää myös opiskelijoilta, muuttuiko heidän saamansa ohjaus. Pitäkää luetteloa koulutetuista ohjaajista, tarjotkaa heille kerran vuodessa lyhyt kertauskoulutus ja antakaa heidän työlleen tunnustusta: todistus tai kiitos henkilöstökokouksessa maksaa vähän.

mentor-tips =
    Antakaa uudelle ohjaajalle ensimmäisen opiskelijan ajaksi pariksi kokenut ohjaaja. Ohjaus, jolle ei ole varattu aikaa työvuorolistassa, jää kiireisenä päivänä ensimmäisenä tekemättä, joten suojatkaa se aika ennen kaikkea muuta.
    .title = Vinkit ja sudenkuopat

mentor-check-vet-provider-agree-numbers = Sopikaa työpaikan kanssa, kuka ohjaa ketäkin ja milloin.
mentor-check-vet-provider-plan-course = Suunnitelkaa kurssi kokeneen ohjaajan kanssa.
mentor-check-vet-provider-share-summary = Lähettäkää ohjaajille sivun tiivistelmä tavoitteista.
mentor-check-vet-provider-set-up-online = Testatkaa yhteys ja tallennus ennen ensimmäistä tapaamista.
mentor-check-vet-provider-consent = Pyytäkää kaikilta suostumus ennen tallentamista.
mentor-check-vet-provider-keep-in-touch = Soittakaa uudelle ohjaajalle opiskelijan 1. viikolla.
mentor-check-vet-provider-collect-feedback = Tehkää ohjaajille kysely ennen kurssia ja sen jälkeen.

mentor-check-employer-choose-mentors = Pyytäkää vapaaehtoisia ohjaajiksi, älkää määrätkö.
mentor-check-employer-avoid-peak = Pitäkää opiskelijajaksot poissa kiireisimmästä sesongista.
mentor-check-employer-book-time = Merkitkää kurssi ja ohjausaika työvuorolistaan.
mentor-check-employer-inform-team = Kertokaa työyhteisölle, kuka ohjaa ketäkin.
mentor-check-employer-plan-shifts = Laittakaa ohjaaja ja opiskelija aluksi samoihin vuoroihin.
mentor-check-employer-join-assessment = Kutsukaa ohjaaja arviointikeskusteluun.
mentor-check-employer-recognise-mentors = Kiittäkää ohjaajia julkisesti, esim. henkilöstökokouksessa.

mentor-check-student-know-mentor = Selvitä ohjaajasi nimi ja puhelinnumero.
mentor-check-student-read-goals = Merkitse tavoitteet, joihin haluat eniten keskittyä.
mentor-check-student-agree-feedback = Sovi ohjaajasi kanssa kiinteä palauteaika.
mentor-check-student-keep-log = Ota oppimispäiväkirja mukaan viikkokeskusteluun.
mentor-check-student-give-feedback = Kerro ohjaajallesi, mikä auttaa sinua oppimaan.
