## Menetelmä: Työpaikalla tapahtuvan oppimisen jaksot

placement-title = Työpaikalla tapahtuvan oppimisen jaksot
    .summary = Opiskelija on suunnitellun jakson työpaikalla ja oppii todellisissa tehtävissä sovittujen tavoitteiden mukaan.

placement-intro =
    Työpaikalla tapahtuvan oppimisen jakso on ammatillisen koulutuksen yleisin yhteistyön muoto. Hyvin toteutettuna se on paljon enemmän kuin lisäkäsiä kiireiseen sesonkiin: opiskelija oppii todellisia tehtäviä suunnitellussa järjestyksessä, häntä ohjaa oppimistavoitteet tunteva { -work-mentor }, ja opettaja pitää yhteyttä.

    Tärkein työkalu on { -student(case: "gen") }, oppilaitoksen ja työpaikan yhteinen suunnitelma: Suomessa koulutussopimus ja siihen liittyvä HOKS. Suunnitelma muuttaa yleisen tutkinnon tehtäviksi, joita juuri tällä työpaikalla on, ja tekee selväksi, kuka tekee mitäkin ennen jaksoa, sen aikana ja sen jälkeen.

placement-example =
    Frieslandissa toimiva maatalous- ja elintarvikealan ammatillinen oppilaitos lähetti opiskelijoita joka kevät Leeuwardenin ympäristön lypsykarjatiloille, mutta opiskelijat valittivat, että he tekivät kymmenen viikon ajan lähinnä lypsytöitä. Oppilaitos ja kuusi maanviljelijää kokoontuivat yhdelle tiloista tarkastelemaan tutkintoa yhdessä.

    Kunkin tilan osalta he kartoittivat, mitkä oppimistavoitteet siellä oli mahdollista saavuttaa: karjan terveys, ruokinta, koneet, kirjanpito ja lypsy. Tuloksena syntyi opiskelijan, tilan ja oppilaitoksen yhteinen suunnitelma, jossa tehtävät oli jaettu viikko viikolta. Opettajat vierailivat jokaisen opiskelijan luona kahdesti, toisella ja seitsemännellä viikolla, ja ajoittivat käyntinsä niin, että näkivät opiskelijan työssä.

    Opiskelijat arvioivat uudet jaksot selvästi aiempaa paremmiksi, ja maanviljelijöiden mielestä opiskelijoista oli enemmän hyötyä, koska he tiesivät, mitä seuraavaksi oli määrä oppia. Yksi maanviljelijä tarjosi opiskelijalleen työpaikkaa valmistumisen jälkeen.
    .title = Kokeiltu maataloudessa, Alankomaat

placement-prep-vet-provider =
    1. Sovi ajankohdat ja opiskelijamäärä { -employer(case: "gen") } kanssa hyvissä ajoin.
    2. Laadi luonnos koulutussopimuksesta ja HOKSin jaksosta: tavoitteet, tehtävät, työajat, yhteyshenkilöt ja arviointi.
    3. Tarkista vakuutukset, työterveys- ja työturvallisuusmääräykset sekä mahdolliset lakisääteiset ikärajat.
    4. Valmenna opiskelija jaksoon: miten työpaikalla käyttäydytään ja kenelle soitetaan, jos jokin menee vikaan.

placement-prep-employer =
    1. Nimeä { -work-mentor } ja anna hänelle aikaa opiskelijalle.
    2. Käy suunnitelma läpi ja merkitse, mitä tehtäviä työpaikka voi tarjota ja milloin.
    3. Varaa työvaatteet, kulkuoikeudet ja pukukaappi ja valmistele työturvallisuusperehdytys.

placement-prep-student =
    1. Lue suunnitelma ja kysy kaikesta, mikä on epäselvää.
    2. Ota yhteyttä työpaikkaan ennen aloittamista ja esittele itsesi.
    3. Tarkista matkat, työajat ja työvaatetus.

placement-do-vet-provider =
    1. Käy työpaikalla tai soita sinne jakson alussa ja uudelleen ennen sen loppua.
    2. Auta opiskelijaa yhdistämään tehtävät oppimistavoitteisiin, esimerkiksi oppimispäiväkirjan avulla.
    3. Toimi nopeasti, jos opiskelija tai ohjaaja kertoo ongelmasta.

placement-do-employer =
    1. Aloita perehdytyksellä: ihmiset, säännöt, turvallisuus ja ensimmäiset tehtävät.
    2. Anna tehtäviä sovitussa järjestyksessä ja vaikeuta niitä sitä mukaa kuin opiskelija oppii.
    3. Anna joka päivä lyhyt palaute ja joka viikko perusteellisempi katsaus.

placement-do-student =
    1. Tule ajoissa, noudata sääntöjä ja kysy, kun olet epävarma.
    2. Pidä oppimispäiväkirjaa ja jaa se ohjaajasi ja opettajasi kanssa.
    3. Kerro opettajallesi ajoissa, jos tehtävät eivät vastaa sovittua.

placement-follow-up =
    Päätä jakso kolmikantakeskusteluun, jossa opiskelija, työpaikkaohjaaja ja opettaja käyvät läpi oppimistavoitteet ja sopivat arvioinnista. Pyydä opiskelijalta ja ohjaajalta palautetta myös itse jaksosta, ei vain opiskelijasta.

    Kirjaa, mitkä tehtävät toimivat, mitä puuttui ja sopiko ajoitus työpaikalle, ja päivitä tehtäväsuunnitelma ennen kuin seuraava opiskelija aloittaa.

placement-tips =
    - Lyhyt suunnitelma, jonka kaikki ovat lukeneet, on parempi kuin pitkä, jota kukaan ei lue.
    - Käy työpaikalla silloin, kun opiskelija todella tekee työtä, eikä vain silloin, kun esihenkilöllä on aikaa.
    - Sovi etukäteen, mitä tehdään, jos jakso ei suju.
    - Älä anna opiskelijan muuttua halvaksi työvoimaksi tehtäviin, joissa ei opi mitään.
    .title = Vinkit ja sudenkuopat

placement-check-vet-provider-agree-dates = Sovi ajankohdat ja määrät hyvissä ajoin.
placement-check-vet-provider-draft-agreement = Laadi luonnos kolmen osapuolen suunnitelmasta.
placement-check-vet-provider-check-insurance = Tarkista vakuutukset ja turvallisuusmääräykset.
placement-check-vet-provider-visit = Käy katsomassa opiskelijaa työssä vähintään kahdesti.
placement-check-vet-provider-end-meeting = Pidä lopuksi kolmikantakeskustelu.
placement-check-vet-provider-update-plan = Päivitä tehtäväsuunnitelma seuraavaa opiskelijaa varten.

placement-check-employer-name-mentor = Nimeä työpaikkaohjaaja ja anna hänelle aikaa.
placement-check-employer-mark-tasks = Merkitse tehtävät, joita työpaikka voi tarjota.
placement-check-employer-induction = Valmistele perehdytys ja turvallisuusohjeistus.
placement-check-employer-daily-feedback = Anna joka päivä lyhyt palaute.
placement-check-employer-weekly-review = Käy edistyminen läpi opiskelijan kanssa viikoittain.

placement-check-student-sign-agreement = Lue suunnitelma ja hyväksy se.
placement-check-student-introduce = Esittele itsesi työpaikalle ennen aloittamista.
placement-check-student-check-travel = Tarkista matkat, työajat ja vaatetus.
placement-check-student-keep-log = Pidä oppimispäiväkirjaa.
placement-check-student-report-problems = Kerro opettajallesi ajoissa kaikista ongelmista.
