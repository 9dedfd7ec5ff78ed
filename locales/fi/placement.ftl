## Menetelmä: Koulutussopimusjaksot

placement-title = Koulutussopimusjaksot
    .summary = Opiskelija on suunnitellun jakson työpaikalla koulutussopimuksella ja oppii todellisissa tehtävissä sovittujen tavoitteiden mukaan.

placement-intro =
    Koulutussopimusjakso on ammatillisen koulutuksen yleisin yhteistyön muoto. Hyvin toteutettuna se on paljon enemmän kuin lisäkäsiä: opiskelija oppii todellisia tehtäviä suunnitellussa järjestyksessä, häntä ohjaa oppimistavoitteet tunteva { -work-mentor }, ja opettaja pitää yhteyttä.

    Suunnitelkaa ajankohdat työpaikan sesonkien mukaan. Kiireisimpään aikaan kenelläkään ei ole aikaa ohjata opiskelijaa, ja hiljaisimpina viikkoina opittavaa on vähän. Kysykää { -employer(case: "abl") }, minä viikkoina tarjolla on sekä todellista työtä että ohjaaja, jolla on aikaa.

    Tärkein työkalu on kirjallinen suunnitelma, josta { -student }, oppilaitos ja työpaikka sopivat yhdessä. Suomessa se tarkoittaa koulutussopimusta ja opiskelijan HOKSia. Suunnitelma muuttaa yleisen tutkinnon tehtäviksi, joita juuri tällä työpaikalla on, ja tekee selväksi, kuka tekee mitäkin ennen jaksoa, sen aikana ja sen jälkeen.

placement-example =
    Frieslandissa toimiva maatalous- ja elintarvikealan ammatillinen oppilaitos lähetti opiskelijoita joka kevät Leeuwardenin ympäristön lypsykarjatiloille, mutta opiskelijat valittivat, että he tekivät kymmenen viikon ajan lähinnä lypsytöitä. Oppilaitos ja kuusi maitotilallista kokoontuivat yhdelle tiloista kartoittamaan, mitä oppimistavoitteita kukin tila pystyi tarjoamaan: karjan terveys, ruokinta, koneet, tuotostietojen kirjaaminen ja lypsy.

    Ensimmäinen ratkaisu, viikko viikolta etenevä tehtäväsuunnitelma, ei kestänyt kevättä: työn sanelivat poikimiset ja sää, ei suunnitelma. Toisena vuonna tehtävät listattiin kuukausittain, ja työpaikkaohjaaja sai valita viikon. Opettajat kävivät jokaisen opiskelijan luona kahdesti, toisella ja seitsemännellä viikolla, ja tulivat lypsyn tai ruokinnan aikaan nähdäkseen opiskelijan työssä eikä tilan toimistossa.

    Yhdeksästätoista opiskelijasta seitsemäntoista saavutti kaikki suunnitelmaansa kirjatut tavoitteet. Kaksi muuta olivat tilalla, jolla konetöitä oli vähän, ja nyt oppilaitos järjestää tuon tilan opiskelijoille muutaman päivän naapuritilalla.
    .title = Kokeiltu maataloudessa, Alankomaat

placement-agreement =
    Pitäkää suunnitelma niin lyhyenä, että kaikki lukevat sen. Siihen kirjataan:

    - osapuolet ja yhteyshenkilöt: { -student }, oppilaitos ja työpaikka sekä opettajan ja { -work-mentor(case: "gen") } puhelinnumerot;
    - ajankohdat ja työajat, myös ilta-, viikonloppu- ja yötyö;
    - oppimistavoitteet tutkinnon osiin kytkettyinä;
    - tämän työpaikan tehtävät, joilla tavoitteet saavutetaan;
    - ohjaus: kuka ohjaa opiskelijaa ja kuka sijaistaa, kun ohjaaja on poissa;
    - arviointi: mitä arvioidaan, miten, milloin ja kuka arvioi;
    - vakuutukset: kuka vastaa tapaturmista ja vahingoista;
    - mitä tehdään, jos ongelmia ilmenee, jakson ennenaikaiseen päättämiseen asti;
    - kaikkien kolmen osapuolen allekirjoitukset tai hyväksyntä.
    .title = Mitä suunnitelmaan kirjataan

placement-agreement-note =
    Työpaikalla järjestettävästä koulutuksesta tehdään ammatillisesta koulutuksesta annetun lain (531/2017) mukainen koulutussopimus. Sen tekevät kirjallisesti koulutuksen järjestäjä ja työpaikka, ja se tehdään opiskelijakohtaisesti. Opiskelija ei ole työsuhteessa eikä saa palkkaa. Jakson tavoitteet, työtehtävät, työpaikkaohjaaja ja osaamisen arviointi kirjataan opiskelijan HOKSiin. { -vet-provider(case: "start") } laatii HOKSin yhdessä opiskelijan kanssa, ja työpaikalla järjestettävä koulutus suunnitellaan siihen yhdessä työpaikan kanssa.
    .title = Suomessa

placement-prep-vet-provider =
    1. Sopikaa ajankohdat ja opiskelijamäärä { -employer(case: "gen") } kanssa kuukausia etukäteen ja välttäkää työpaikan kiireisimpiä viikkoja.
    2. Laatikaa luonnos suunnitelmasta ja käykää se läpi työpaikkaohjaajan kanssa työpaikalla.
    3. Tarkistakaa vakuutukset, tehtävien turvallisuusmääräykset ja alle 18-vuotiaiden opiskelijoiden työaikoja ja tehtäviä koskevat rajoitukset.
    4. Kertokaa opiskelijalle, mitä tehdä huonona päivänä: kenelle soittaa työpaikalla ja kenelle oppilaitoksessa.

placement-prep-employer =
    1. Nimetkää { -work-mentor } ja hänelle sijainen, ja antakaa ohjaajalle aikaa opiskelijalle.
    2. Merkitkää suunnitelmaan, mitä tehtäviä työpaikka voi tarjota ja minä kuukautena.
    3. Varatkaa työvaatteet, kulkuoikeudet ja pukukaappi ja valmistelkaa työturvallisuusperehdytys.

placement-prep-student =
    1. Lue jakson suunnitelma, kysy kaikesta, mikä on epäselvää, ja allekirjoita se.
    2. Soita työpaikalle tai käy siellä ennen aloittamista ja esittele itsesi.
    3. Tarkista reittisi, työaikasi ja työvaatetus.

placement-do-vet-provider =
    1. Käykää katsomassa opiskelijaa työssä vähintään kahdesti, jakson alussa ja ennen sen loppua, ja soittakaa käyntien välillä.
    2. Auttakaa opiskelijaa yhdistämään tehtävät oppimistavoitteisiin, esimerkiksi oppimispäiväkirjan avulla.
    3. Toimikaa parin päivän kuluessa, jos opiskelija tai ohjaaja kertoo ongelmasta.

placement-do-employer =
    1. Aloittakaa perehdytyksellä: ihmiset, säännöt, turvallisuus ja ensimmäiset tehtävät.
    2. Siirtäkää opiskelija vaativampiin tehtäviin sitä mukaa kuin hän hallitsee helpommat.
    3. Antakaa joka päivä lyhyt palaute ja käykää edistyminen läpi opiskelijan kanssa joka viikko.

placement-do-student =
    1. Pidä oppimispäiväkirjaa ja näytä se ohjaajallesi ja opettajallesi.
    2. Kerro opettajallesi ajoissa, jos tehtävät eivät vastaa sovittua.

placement-follow-up =
    Päättäkää jakso kolmikantakeskusteluun, jossa opiskelija, työpaikkaohjaaja ja opettaja käyvät läpi oppimistavoitteet ja sopivat arvioinnista. Pyytäkää opiskelijalta ja ohjaajalta palautetta myös itse jaksosta, ei vain opiskelijasta, ja päivittäkää tehtäväsuunnitelma ennen kuin seuraava opiskelija aloittaa.

placement-tips =
    Käykää työpaikalla silloin, kun opiskelija todella tekee työtä, eikä vain silloin, kun esihenkilöllä on aikaa. Olkaa tarkkana, ettei opiskelijasta tule halpaa työvoimaa: jos päivät täyttyvät samasta tehtävästä, josta ei opi mitään, puhukaa ohjaajan kanssa heti.
    .title = Vinkit ja sudenkuopat

placement-check-vet-provider-agree-dates = Sopikaa ajankohdat työpaikan kiirekauden ulkopuolelle.
placement-check-vet-provider-draft-agreement = Laatikaa suunnitelma yhdessä ohjaajan kanssa.
placement-check-vet-provider-check-insurance = Tarkistakaa vakuutukset, turvallisuus ja alaikäisten rajat.
placement-check-vet-provider-visit = Käykää työpaikalla vähintään kahdesti: alussa ja loppupuolella.
placement-check-vet-provider-call = Soittakaa opiskelijalle ja ohjaajalle käyntien välillä.
placement-check-vet-provider-end-meeting = Pitäkää lopuksi kolmikantakeskustelu.
placement-check-vet-provider-update-plan = Päivittäkää tehtäväsuunnitelma seuraavaa opiskelijaa varten.

placement-check-employer-name-mentor = Nimetkää työpaikkaohjaaja ja hänelle sijainen.
placement-check-employer-mark-tasks = Merkitkää tarjolla olevat tehtävät kuukausittain.
placement-check-employer-induction = Varatkaa vaatteet ja kulkuoikeudet; valmistelkaa perehdytys.
placement-check-employer-daily-feedback = Antakaa opiskelijalle joka päivä lyhyt palaute.
placement-check-employer-weekly-review = Käykää edistyminen läpi opiskelijan kanssa viikoittain.
placement-check-employer-sign = Allekirjoittakaa koulutussopimus.

placement-check-student-sign-agreement = Lue jakson suunnitelma ja allekirjoita se.
placement-check-student-introduce = Esittele itsesi työpaikalle ennen aloittamista.
placement-check-student-check-travel = Tarkista reitti, työajat ja työvaatteet.
placement-check-student-keep-log = Kirjoita oppimispäiväkirjaan joka päivä.
placement-check-student-report-problems = Kerro opettajalle ajoissa, jos tehtävät eivät vastaa sovittua.
