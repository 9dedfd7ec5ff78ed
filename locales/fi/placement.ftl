## Menetelmä: Koulutussopimusjaksot

placement-title = Koulutussopimusjaksot työpaikalla
    .summary = Opiskelija on suunnitellun jakson työpaikalla koulutussopimuksella ja oppii todellisissa tehtävissä sovittujen tavoitteiden mukaan.

placement-intro =
    Koulutussopimusjakso on ammatillisen koulutuksen yleisin yhteistyön muoto. Hyvin toteutettuna se on paljon enemmän kuin lisäkäsiä kiireiseen sesonkiin: opiskelija oppii todellisia tehtäviä suunnitellussa järjestyksessä, häntä ohjaa oppimistavoitteet tunteva { -work-mentor }, ja opettaja pitää yhteyttä.

    Tärkein työkalu on kirjallinen suunnitelma, josta { -student }, oppilaitos ja työpaikka sopivat yhdessä. Suomessa se tarkoittaa koulutussopimusta, jonka koulutuksen järjestäjä ja työpaikka tekevät, ja opiskelijan HOKSia, johon jakson tavoitteet ja tehtävät kirjataan. Suunnitelma muuttaa yleisen tutkinnon tehtäviksi, joita juuri tällä työpaikalla on, ja tekee selväksi, kuka tekee mitäkin ennen jaksoa, sen aikana ja sen jälkeen.

placement-example =
    Frieslandissa toimiva maatalous- ja elintarvikealan ammatillinen oppilaitos lähetti opiskelijoita joka kevät Leeuwardenin ympäristön lypsykarjatiloille, mutta opiskelijat valittivat, että he tekivät kymmenen viikon ajan lähinnä lypsytöitä. Oppilaitos ja kuusi maanviljelijää kokoontuivat yhdelle tiloista tarkastelemaan tutkintoa yhdessä.

    Kunkin tilan osalta he kartoittivat, mitkä oppimistavoitteet siellä oli mahdollista saavuttaa: karjan terveys, ruokinta, koneet, kirjanpito ja lypsy. Tuloksena syntyi opiskelijan, tilan ja oppilaitoksen yhteinen suunnitelma, jossa tehtävät oli jaettu viikko viikolta. Opettajat vierailivat jokaisen opiskelijan luona kahdesti, toisella ja seitsemännellä viikolla, ja ajoittivat käyntinsä niin, että näkivät opiskelijan työssä.

    Opiskelijat arvioivat uudet jaksot selvästi aiempaa paremmiksi, ja maanviljelijöiden mielestä opiskelijoista oli enemmän hyötyä, koska he tiesivät, mitä seuraavaksi oli määrä oppia. Yksi maanviljelijä tarjosi opiskelijalleen työpaikkaa valmistumisen jälkeen.
    .title = Kokeiltu maataloudessa, Alankomaat

placement-prep-vet-provider =
    1. Sopikaa ajankohdat ja opiskelijamäärä { -employer(case: "gen") } kanssa hyvissä ajoin.
    2. Laatikaa luonnos koulutussopimuksesta ja täydentäkää HOKSia: tavoitteet, tehtävät, työajat, yhteyshenkilöt ja arviointi.
    3. Tarkistakaa vakuutukset, työterveys- ja työturvallisuusmääräykset sekä mahdolliset lakisääteiset ikärajat.
    4. Valmentakaa opiskelija jaksoon: miten työpaikalla käyttäydytään ja kenelle soitetaan, jos jokin menee vikaan.

placement-prep-employer =
    1. Nimetkää { -work-mentor } ja antakaa hänelle aikaa opiskelijalle.
    2. Käykää suunnitelma läpi ja merkitkää, mitä tehtäviä työpaikka voi tarjota ja milloin.
    3. Varatkaa työvaatteet, kulkuoikeudet ja pukukaappi ja valmistelkaa työturvallisuusperehdytys.

placement-prep-student =
    1. Lue jakson suunnitelma, kysy kaikesta, mikä on epäselvää, ja allekirjoita se.
    2. Ota yhteyttä työpaikkaan ennen aloittamista ja esittele itsesi.
    3. Tarkista matkat, työajat ja työvaatetus.

placement-do-vet-provider =
    1. Käykää työpaikalla tai soittakaa sinne jakson alussa ja uudelleen ennen sen loppua.
    2. Auttakaa opiskelijaa yhdistämään tehtävät oppimistavoitteisiin, esimerkiksi oppimispäiväkirjan avulla.
    3. Toimikaa nopeasti, jos opiskelija tai ohjaaja kertoo ongelmasta.

placement-do-employer =
    1. Aloittakaa perehdytyksellä: ihmiset, säännöt, turvallisuus ja ensimmäiset tehtävät.
    2. Antakaa tehtäviä sovitussa järjestyksessä ja vaikeuttakaa niitä sitä mukaa kuin opiskelija oppii.
    3. Antakaa joka päivä lyhyt palaute ja joka viikko perusteellisempi katsaus.

placement-do-student =
    1. Tule ajoissa, noudata sääntöjä ja kysy, kun olet epävarma.
    2. Pidä oppimispäiväkirjaa ja jaa se ohjaajasi ja opettajasi kanssa.
    3. Kerro opettajallesi ajoissa, jos tehtävät eivät vastaa sovittua.

placement-follow-up =
    Päättäkää jakso kolmikantakeskusteluun, jossa opiskelija, työpaikkaohjaaja ja opettaja käyvät läpi oppimistavoitteet ja sopivat arvioinnista. Pyytäkää opiskelijalta ja ohjaajalta palautetta myös itse jaksosta, ei vain opiskelijasta.

    Kirjatkaa, mitkä tehtävät toimivat, mitä puuttui ja sopiko ajoitus työpaikalle, ja päivittäkää tehtäväsuunnitelma ennen kuin seuraava opiskelija aloittaa.

placement-tips =
    - Lyhyt suunnitelma, jonka kaikki ovat lukeneet, on parempi kuin pitkä, jota kukaan ei lue.
    - Käykää työpaikalla silloin, kun opiskelija todella tekee työtä, eikä vain silloin, kun esihenkilöllä on aikaa.
    - Sopikaa etukäteen, mitä tehdään, jos jakso ei suju.
    - Älkää antako opiskelijan muuttua halvaksi työvoimaksi tehtäviin, joissa ei opi mitään.
    .title = Vinkit ja sudenkuopat

placement-check-vet-provider-agree-dates = Sopikaa ajankohdat ja määrät hyvissä ajoin.
placement-check-vet-provider-draft-agreement = Laatikaa luonnos koulutussopimuksesta ja HOKSin täydennyksestä.
placement-check-vet-provider-check-insurance = Tarkistakaa vakuutukset ja turvallisuusmääräykset.
placement-check-vet-provider-visit = Käykää katsomassa opiskelijaa työssä vähintään kahdesti.
placement-check-vet-provider-end-meeting = Pitäkää lopuksi kolmikantakeskustelu.
placement-check-vet-provider-update-plan = Päivittäkää tehtäväsuunnitelma seuraavaa opiskelijaa varten.

placement-check-employer-name-mentor = Nimetkää työpaikkaohjaaja ja antakaa hänelle aikaa.
placement-check-employer-mark-tasks = Merkitkää tehtävät, joita työpaikka voi tarjota.
placement-check-employer-induction = Valmistelkaa perehdytys ja turvallisuusohjeistus.
placement-check-employer-daily-feedback = Antakaa joka päivä lyhyt palaute.
placement-check-employer-weekly-review = Käykää edistyminen läpi opiskelijan kanssa viikoittain.

placement-check-student-sign-agreement = Lue jakson suunnitelma ja allekirjoita se.
placement-check-student-introduce = Esittele itsesi työpaikalle ennen aloittamista.
placement-check-student-check-travel = Tarkista matkat, työajat ja vaatetus.
placement-check-student-keep-log = Pidä oppimispäiväkirjaa.
placement-check-student-report-problems = Kerro opettajallesi ajoissa kaikista ongelmista.
