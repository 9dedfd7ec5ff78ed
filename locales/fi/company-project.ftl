## Menetelmä: Yritysten todelliset toimeksiannot

company-project-title = Yritysten todelliset toimeksiannot
    .summary = Opiskelijat ratkaisevat projektina yrityksen todellisen tehtävän, ja yritys on heidän asiakkaansa.

company-project-intro =
    Yritysprojektissa { -employer } antaa opiskelijatiimille todellisen toimeksiannon: markkinointisuunnitelman, tuotteen, korjauksen, ruokalistan, puutarhasuunnitelman tai työprosessin analyysin. Opiskelijat tekevät työn yleensä oppilaitoksessa ja esittelevät tuloksen yritykselle samaan tapaan kuin asiakkaalle. Ammattitaitojen ohella he harjoittelevat suunnittelua, tiimityötä, aikatauluissa pysymistä ja asiakkaan kanssa toimimista, kun asiakas arvioi lopputuloksen.

    Yritys saa tuoreita ideoita ja tilaisuuden tutustua mahdollisiin tuleviin työntekijöihin; opettaja saa aidon tehtävän, jota kenenkään ei tarvinnut keksiä. Menetelmä toimii vain, jos tehtävä sopii sekä oppimistavoitteisiin että käytettävissä olevaan aikaan ja jos osapuolet sopivat kirjallisesti ennen työn alkua, mitä opiskelijat toimittavat ja mitä tulokselle sen jälkeen tapahtuu.

company-project-example =
    Tamperelaisen ammattiopiston liiketalouden opiskelijat ottivat vastaan toimeksiannon perheleipomolta, joka halusi tavoittaa nuorempia asiakkaita. Omistaja tapasi ryhmän leipomossa ja pyysi ideoita sosiaalisen median ja myymälän kampanjoihin. Neljän hengen tiimit työskentelivät kuusi viikkoa, lähettivät omistajalle viikoittain tilannekatsauksen ja esittelivät suunnitelmansa leipomon kahvilassa.

    Kaksi asiaa meni pieleen. Tehtävänannossa puhuttiin ”pienestä budjetista” ilman summaa, ja viidestä tiimistä kolme ehdotti kampanjoita, joihin leipomolla ei ollut varaa. Lisäksi yksi tiimi kuvasi kahvilan asiakkaita videoon kysymättä heiltä lupaa, ja omistajan oli pyydettävä poistamaan video. Nyt opettaja kirjaa jokaiseen tehtävänantoon budjetin euroina, ja ammattiopisto on lisännyt projektipohjaansa säännön: asiakkaita tai henkilökuntaa ei kuvata eikä videoida ilman heidän kirjallista suostumustaan.

    Leipomo käytti osia kahden tiimin suunnitelmista sovittuaan siitä opiskelijoiden kanssa. Opettajalle jäi avoimeksi kysymykseksi arviointi: yksi tiimi teki suurimman osan työstään viimeisellä viikolla ja piti silti parhaan esityksen, eikä työskentelyprosessin arvosana kertonut, miten se siihen päätyi.
    .title = Kokeiltu liiketalouden alalla, Suomi

company-project-brief =
    Laatikaa tehtävänanto yhdessä yrityksen kanssa yhdelle tai kahdelle sivulle:

    - **Tausta**: yritys ja tehtävän taustalla oleva ongelma tai mahdollisuus.
    - **Tehtävä**: mitä opiskelijoiden pitää toimittaa, missä muodossa ja mikä ei kuulu tehtävään.
    - **Budjetti ja kustannukset**: paljonko tuloksen toteuttaminen saa maksaa ja kuka maksaa projektin aikaiset materiaalit, matkat ja tulosteet.
    - **Aikataulu**: aloitus, kohdat, joissa yritys kommentoi, ja loppuesitys.
    - **Yhteyshenkilö**: yrityksen yhteyshenkilö ja se, kuinka nopeasti hän vastaa.
    - **Tiedot**: mitä yritys toimittaa, mikä on luottamuksellista ja mitä opiskelijat saavat näyttää muille.
    - **Oikeudet**: kuka saa käyttää tulosta ja saavatko opiskelijat esitellä sen portfoliossaan.
    - **Arviointi**: mitä opettaja arvioi ja mikä painoarvo yrityksen palautteella on.
    .title = Mitä tehtävänantoon kirjataan

company-project-ownership =
    Opiskelijat eivät yleensä ole yrityksen työntekijöitä, joten yritys ei voi olettaa omistavansa sitä, mitä he tekevät, ja säännöt vaihtelevat maittain. Sopikaa kirjallisesti ennen työn alkua, kuka saa käyttää tulosta ja miten sekä mitkä tiedot opiskelijoiden on pidettävä luottamuksellisina. Älkää luvatko opiskelijoille, että yritys ottaa heidän tuloksensa käyttöön. Jos yritys aikoo käyttää tulosta liiketoiminnassaan, kirjatkaa se tehtävänantoon ja sopikaa, maksetaanko siitä jotain.
    .title = Oikeudet ja luottamuksellisuus

company-project-ownership-law =
    Tekijänoikeuslain mukaan tekijänoikeus kuuluu teoksen tekijälle. Koska opiskelija ei ole yrityksen eikä oppilaitoksen työntekijä, oikeudet hänen tekemäänsä työhön jäävät hänelle, ellei toisin sovita. Jos yritys haluaa käyttää opiskelijoiden tuotoksia, käyttöoikeudesta on sovittava kirjallisesti opiskelijoiden kanssa.
    .title = Suomessa

company-project-prep-vet-provider =
    1. Etsikää yritys, jolla on oppimistavoitteisiin sopiva tehtävä, joka ehditään tehdä käytettävissä olevassa ajassa.
    2. Laatikaa tehtävänanto yhdessä { -employer(case: "gen") } kanssa (ks. [Mitä tehtävänantoon kirjataan](#company-project/brief)) ja allekirjoittakaa se molemmin puolin.
    3. Sopikaa päivämäärät: aloitus, yrityksen kommentointikohdat ja loppuesitys.

company-project-prep-employer =
    1. Valitkaa todellinen tehtävä, jonka muuten hoitaisitte itse tai ostaisitte ulkopuolelta, mutta ei mitään, mistä liiketoimintanne riippuu ensi kuussa.
    2. Nimetkää yhteyshenkilö, joka pystyy vastaamaan opiskelijoille parin työpäivän kuluessa.
    3. Kootkaa opiskelijoiden tarvitsemat tiedot ja materiaalit ja merkitkää, mikä on luottamuksellista.

company-project-prep-student =
    1. Lue tehtävänanto ja listaa kysymyksesi asiakkaalle.
    2. Sovi tiimisi kanssa rooleista ja työskentelysäännöistä ja tee välitavoitteet sisältävä suunnitelma.

company-project-do-vet-provider =
    1. Tavatkaa jokainen tiimi viikoittain ja tarkistakaa eteneminen suunnitelmaan nähden; puuttukaa ajoissa, jos yksi jäsen tekee kaiken työn.
    2. Huolehtikaa, että asiakas saa sovitut tilannekatsaukset.
    3. Arvioikaa sekä työskentelyprosessi että lopputulos ja käyttäkää asiakkaan palautetta tehtävänannossa sovitulla tavalla.

company-project-do-employer =
    1. Käynnistäkää toimeksianto henkilökohtaisesti, mieluiten omalla työpaikallanne.
    2. Kommentoikaa ideoita sovituissa kohdissa ja sanokaa selvästi, jos idea ei toimi teille, ja miksi.
    3. Tulkaa loppuesitykseen ja antakaa rehellistä palautetta.

company-project-do-student =
    1. Lähetä asiakkaalle tilannekatsaus sovittuna päivänä, vaikka kerrottavaa olisi vähän.
    2. Kysy lupa ennen kuin kuvaat tai videoit ihmisiä tai jaat mitään, minkä yritys on antanut.
    3. Esittele tuloksesi niin kuin esittelisit sen maksavalle asiakkaalle.

company-project-follow-up =
    Esityksen jälkeen opettaja ja yritys arvioivat yhdessä: vastasiko tulos tehtävänantoa, ja oliko työmäärä kohtuullinen kummallekin osapuolelle? Kertokaa opiskelijoille, mitä osia yritys mahdollisesti aikoo käyttää, ja kiittäkää yritystä koko ryhmän edessä.

company-project-tips =
    - Pitäkää laajuus pienenä. Valmiiksi tehty pieni tehtävä opettaa enemmän kuin puolikas suuresta.
    - Asiakas, joka ei koskaan vastaa, pilaa projektin; tehtävänannon yhteydenpitoajat eivät ole muodollisuus.
    .title = Vinkit ja sudenkuopat

company-project-check-vet-provider-find-task = Etsikää tavoitteisiin ja aikaan sopiva tehtävä.
company-project-check-vet-provider-write-brief = Laatikaa tehtävänanto yhdessä yrityksen kanssa.
company-project-check-vet-provider-agree-ownership = Allekirjoittakaa tehtävänanto, oikeudet mukaan lukien.
company-project-check-vet-provider-agree-costs = Sopikaa, kuka maksaa materiaalit ja matkat.
company-project-check-vet-provider-book-dates = Sopikaa aloitus-, kommentti- ja esityspäivät.
company-project-check-vet-provider-coach-teams = Tavatkaa jokainen tiimi viikoittain.
company-project-check-vet-provider-assess = Arvioikaa prosessi ja tulos; kysykää asiakkaalta.

company-project-check-employer-choose-task = Valitkaa todellinen, laajuudeltaan realistinen tehtävä.
company-project-check-employer-name-contact = Nimetkää yhteyshenkilö, joka vastaa parissa päivässä.
company-project-check-employer-confidential = Merkitkää, mitkä tiedot ovat luottamuksellisia.
company-project-check-employer-launch = Käynnistäkää toimeksianto henkilökohtaisesti.
company-project-check-employer-comment = Kommentoikaa ideoita sovituissa kohdissa.
company-project-check-employer-attend-pitch = Osallistukaa loppuesitykseen.
company-project-check-employer-tell-use = Kertokaa, mitä tuloksia aiotte käyttää.

company-project-check-student-read-brief = Lue tehtävänanto ja listaa kysymyksesi.
company-project-check-student-agree-roles = Sovi tiimisi kanssa rooleista ja säännöistä.
company-project-check-student-plan = Tee välitavoitteet sisältävä projektisuunnitelma.
company-project-check-student-update-client = Lähetä asiakkaalle katsaus sovittuina päivinä.
company-project-check-student-ask-consent = Kysy lupa ennen kuvaamista tai tietojen jakamista.
company-project-check-student-present = Esittele kuin maksavalle asiakkaalle.
