## Menetelmä: Työpaikalla oppiminen ulkomailla

mobility-title = Työpaikalla oppiminen ulkomailla
    .summary = Opiskelijat oppivat ulkomaisella työpaikalla, ja kummankin maan kumppanit jakavat työn.

mobility-intro =
    Ulkomailla työpaikalla suoritettu jakso antaa opiskelijoille ammattitaitoa, kielitaitoa ja itsevarmuutta, joita on vaikea saada kotimaassa. He näkevät toisenlaisia työtapoja ja oppivat pärjäämään omillaan. Erasmus+ -ohjelma rahoittaa tällaisia jaksoja ammatillisen koulutuksen opiskelijoille ja henkilöstölle kaikkialla Euroopassa.

    Jaksoon tarvitaan kumppanit kummassakin maassa: lähettävä { -vet-provider }, usein vastaanottava oppilaitos tai välittäjäorganisaatio sekä vastaanottava { -employer }, jossa on { -work-mentor }. Työpaikkaohjaajan ei tarvitse puhua opiskelijan kieltä, mutta heillä on oltava yhteinen työkieli, jota molemmat osaavat ja josta on sovittu ennen lähtöä.

mobility-example =
    Seinäjokelaisen ammattiopiston puutarha-alan opiskelijat työskentelivät neljä viikkoa kasvihuoneyrityksissä Venlon ympäristössä Kaakkois-Alankomaissa. Hollantilainen kumppanioppilaitos etsi vastaanottavat yritykset, järjesti majoituksen ja toimi paikallisena yhteyshenkilönä.

    Jokainen opiskelija allekirjoitti oppimissopimuksen ja tapasi vastaanottavan yrityksen verkossa ennen lähtöä. Yhdessä yrityksessä tapaaminen oli henkilöstöpäällikön kanssa, ja ensimmäisenä päivänä opiskelija huomasi, että hänen työpaikkaohjaajansa puhui hollantia ja vähän saksaa mutta tuskin lainkaan englantia. Viikon ajan opiskelija matki muita ja ymmärsi vähän. Sitten kumppanioppilaitos järjesti kaksikielisen työntekijän selittämään joka aamu päivän tehtävät, ja ohjaaja näytti loput kuvien ja elekielen avulla. Kolmannella viikolla opiskelija hoiti pakkauslinjaa itsenäisesti.

    Ammattiopiston sääntö seuraavalle ryhmälle: verkkotapaaminen pidetään työpaikkaohjaajan kanssa, ja he sopivat yhteisestä työkielestä ennen lähtöä.
    .title = Kokeiltu puutarha-alalla, Suomi ja Alankomaat

mobility-agreement =
    Erasmus+ -ohjelmassa lähettävä oppilaitos, vastaanottava organisaatio ja opiskelija allekirjoittavat oppimissopimuksen ennen lähtöä. Siihen kirjataan kuten muihinkin jakson suunnitelmiin tavoitteet, tehtävät ja ajankohdat (ks. [koulutussopimusjaksoja käsittelevä luku](#placement)), ja lisäksi:

    - oppimistulokset sekä se, kuka ne arvioi ja miten;
    - miten jakso tunnustetaan osaksi opiskelijan tutkintoa kotimaassa;
    - vastaanottavan työpaikan ohjaaja ja lähettävän oppilaitoksen yhteyshenkilö;
    - työkieli.

    Tarkistakaa vakuutukset ennen kuin kukaan allekirjoittaa mitään. Erasmus+ -ohjelma edellyttää, että lähettävä organisaatio huolehtii jokaisen osallistujan vakuutusturvasta. Eurooppalainen sairaanhoitokortti kattaa välttämättömän julkisen terveydenhoidon EU- ja ETA-maissa, mutta ei kaikkea: opiskelijat tarvitsevat myös tapaturma- ja vastuuvakuutuksen työhön ja vapaa-aikaan sekä turvan odottamattoman kotiinpaluun varalle. Sopikaa kirjallisesti, kuka järjestää minkäkin.
    .title = Oppimissopimus ja vakuutukset

mobility-insurance =
    Eurooppalaisen sairaanhoitokortin saa maksutta Kelalta. Monet koulutuksen järjestäjät ottavat ulkomaanjaksolle lähteville opiskelijoille matkavakuutuksen, mutta sen kattavuus vaihtelee: tarkistakaa ennen lähtöä, kattaako se tapaturmat työssä ja vapaa-ajalla, vahingonkorvausvastuun sekä sairauden vuoksi tarvittavan kotiinpaluun. Neuvoja saa Opetushallituksesta, joka on Erasmus+ -ohjelman kansallinen toimisto.
    .title = Suomessa

mobility-prep-vet-provider =
    1. Etsikää luotettavat kumppanit ulkomailta ja hakekaa rahoitusta, usein vuotta etukäteen.
    2. Valitkaa opiskelijat ja valmentakaa heidät: kieli, kulttuuri, raha-asiat, turvallisuus ja toiminta hätätilanteessa.
    3. Laatikaa oppimissopimus vastaanottajan kanssa ja tarkistakaa jokaisen opiskelijan vakuutukset.

mobility-prep-employer =
    1. Sopikaa kumppanioppilaitoksen kanssa, mitä tehtäviä ja oppimistavoitteita voitte tarjota kyseisenä aikana.
    2. Nimetkää työpaikkaohjaaja ja antakaa hänen tavata opiskelija verkossa ja sopia yhteisestä työkielestä.
    3. Valmistelkaa perehdytys, jota uusi tulokas pystyy seuraamaan: kuvitetut turvallisuusohjeet, nimet ja puhelinnumerot.

mobility-prep-student =
    1. Valmistele henkilöllisyystodistus, eurooppalainen sairaanhoitokortti ja matkat yhdessä koordinaattorin kanssa ja selvitä, mitä vakuutuksesi kattaa.
    2. Opettele työkielellä työvälineidesi ja turvallisuuden sanasto.

mobility-do-vet-provider =
    1. Soittakaa opiskelijalle ensimmäisinä päivinä ja sen jälkeen sovittuina aikoina; soittakaa vastaanottajalle ainakin kerran.
    2. Pitäkää joku tavoitettavissa ympäri vuorokauden ja laatikaa hätätilannesuunnitelma.
    3. Auttakaa työpaikkaohjaajaa arvioimaan opiskelija lopussa oppimissopimuksen perusteella.

mobility-do-employer =
    1. Aloittakaa turvallisuudesta ja antakaa sitten todellisia tehtäviä oppimissopimuksen mukaisesti.
    2. Varmistakaa heti alussa, että opiskelija ymmärtää ohjeet, ja näyttäkää mieluummin kuin selittäkää, kun sanat eivät riitä.
    3. Arvioikaa opiskelijan osaaminen sovittujen oppimistulosten perusteella ja allekirjoittakaa tunnustamiseen tarvittavat asiakirjat.

mobility-do-student =
    1. Pidä oppimispäiväkirjaa sanoin tai kuvin.
    2. Kerro opettajallesi ajoissa, jos tehtävät, asuminen tai kieli eivät toimi.

mobility-follow-up =
    Kotimaassa tunnustakaa jakso sovitulla tavalla ja antakaa opiskelijalle asiakirja, esimerkiksi Europass-liikkuvuustodistus, jossa kuvataan hankittu osaaminen. Antakaa opiskelijoiden kertoa kokemuksistaan muille, antakaa palautetta vastaanottajalle ja päättäkää kumppanien kanssa, jatketaanko yhteistyötä ja aloitetaanko vaihto myös toiseen suuntaan.

mobility-tips =
    - Aloittakaa ajoissa: rahoitus, kumppanit ja valmistelu vievät kuukausia.
    - Koti-ikävä on ensimmäisinä viikkoina tavallista; sovittuina aikoina soitetut puhelut auttavat enemmän kuin lupaus olla tavoitettavissa.
    .title = Vinkit ja sudenkuopat

mobility-check-vet-provider-find-partners = Etsikää kumppani ulkomailta ja hakekaa rahoitusta ajoissa.
mobility-check-vet-provider-prepare-students = Pitäkää valmennuspäivä: kulttuuri, raha, turvallisuus.
mobility-check-vet-provider-learning-agreement = Allekirjoituttakaa oppimissopimus kaikilla kolmella.
mobility-check-vet-provider-check-insurance = Tarkistakaa jokaisen opiskelijan sairaus-, tapaturma- ja vastuuturva.
mobility-check-vet-provider-emergency-plan = Antakaa opiskelijoille ympärivuorokautinen hätänumero.
mobility-check-vet-provider-keep-contact = Soittakaa opiskelijalle ensimmäisellä viikolla.
mobility-check-vet-provider-recognise = Tunnustakaa jakso osaksi tutkintoa.

mobility-check-employer-agree-tasks = Sopikaa tehtävät ja tavoitteet, joita voitte tarjota.
mobility-check-employer-name-mentor = Nimetkää ohjaaja ja sopikaa yhteinen työkieli.
mobility-check-employer-meet-online = Antakaa ohjaajan tavata opiskelija ensin verkossa.
mobility-check-employer-induction = Pitäkää turvallisuusperehdytys, jonka opiskelija ymmärtää.
mobility-check-employer-assess = Arvioikaa osaaminen sovittujen oppimistulosten perusteella.
mobility-check-employer-sign-documents = Allekirjoittakaa tunnustamisen asiakirjat.

mobility-check-student-prepare-documents = Pakkaa henkilökortti ja eurooppalainen sairaanhoitokortti.
mobility-check-student-check-insurance = Selvitä, mitä vakuutuksesi kattaa.
mobility-check-student-learn-language = Opettele työvälineiden ja turvallisuuden sanasto.
mobility-check-student-keep-log = Pidä oppimispäiväkirjaa.
mobility-check-student-stay-in-touch = Kerro opettajallesi ajoissa, jos jokin menee vikaan.
mobility-check-student-share = Kerro jaksostasi muille opiskelijoille.
