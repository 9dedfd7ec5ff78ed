## Menetelmä: Yhteinen arviointi ja näytöt

joint-assessment-title = Yhteinen arviointi ja näytöt
    .summary = Opettajat ja työpaikkaohjaajat arvioivat opiskelijoita yhdessä yhteisten kriteerien ja todellisten työtehtävien pohjalta.

joint-assessment-intro =
    Näytössä opiskelija osoittaa todellisia työtehtäviä tekemällä, että hän on saavuttanut tutkinnon osan tavoitteet. Kun opettaja ja { -work-mentor } arvioivat näytön yhdessä, kumpikin näkee sen, mikä toiselta jäisi huomaamatta: työpaikkaohjaaja tietää, mitä työ vaatii, ja opettaja tuntee tutkinnon ja sen arviointikriteerit.

    Se, kuka vastaa lopullisesta arvioinnista, vaihtelee maittain. Suomessa { -vet-provider } järjestää näytöt työpaikalla, ja niiden arvioinnin tekevät opettaja ja työelämän edustaja; Saksan duaalijärjestelmässä loppututkinnot järjestävät kamarit. Silloinkin, kun lopullinen koe ei ole teidän järjestettävänänne, koulutuksen aikainen yhteinen arviointi valmistaa opiskelijoita siihen.

joint-assessment-who-examines =
    Osaaminen osoitetaan näytöissä, jotka koulutuksen järjestäjä järjestää ensisijaisesti työpaikalla todellisissa työtehtävissä. Tutkinnon osan arvioinnista ja arvosanasta päättävät koulutuksen järjestäjän nimeämät kaksi arvioijaa, opettaja ja työelämän edustaja (laki ammatillisesta koulutuksesta 531/2017). Työelämän edustaja on usein opiskelijan työpaikkaohjaaja, joten yhteinen arviointi on Suomessa näytön tavallinen muoto.
    .title = Suomessa

joint-assessment-example =
    Bremeniläinen ammatillinen oppilaitos ja kolme metallialan yritystä huomasivat, että opettajat ja yritysten kouluttajat arvioivat saman opiskelijan työn usein eri tavoin. Ne sopivat arvioivansa metallitekniikan toisen vuoden opiskelijat yhdessä.

    Ensimmäisessä tapaamisessa opettajat ja kouluttajat arvioivat kolme mallityökappaletta kukin erikseen, ja heidän arvosanansa erosivat jopa kahdella numerolla: kouluttajat arvioivat valmista kappaletta, opettajat suunnittelua. Heidän ensimmäisessä yhteisessä arviointilomakkeessaan oli kolmekymmentä kriteeriä, aivan liikaa työpenkin ääressä käytettäväksi. He karsivat kriteerit kahdeksaan ja kuvasivat kustakin lyhyesti, mikä on ”riittävän hyvä”.

    Sen jälkeen opettaja ja kouluttaja arvioivat yhdessä jokaisen opiskelijan, kun tämä valmisti yrityksessä hitsatun kiinnikkeen. Yhdeksästätoista opiskelijasta vain kahden kohdalla heidän arvosanansa erosivat enemmän kuin yhdellä numerolla. Kamarin loppututkinnossa käytetään omia kriteerejä, joten avoimeksi jää, kuinka hyvin nämä kahdeksan valmistavat opiskelijoita siihen.
    .title = Kokeiltu tekniikan alalla, Saksa

joint-assessment-prep-vet-provider =
    1. Valitkaa tutkinnon osa ja osoitettavat tavoitteet, ja tarkistakaa, mitä maanne säännöt sanovat siitä, kuka saa arvioida.
    2. Laatikaa kriteerit yhdessä { -employer(case: "gen") } kanssa ja kuvatkaa kustakin lyhyesti, mikä on ”riittävän hyvä”.
    3. Kootkaa arvioijat arvioimaan sama mallityö kukin erikseen ja vertailkaa sitten tuloksia.

joint-assessment-prep-employer =
    1. Valitkaa työpaikkaohjaaja, joka tuntee opiskelijan työn, ja antakaa hänelle aikaa arviointilinjan yhtenäistämistapaamiseen.
    2. Suunnitelkaa todellinen tehtävä, joka kattaa arvioitavat tavoitteet, ja kertokaa opettajalle, mitä tavoitteita se ei kata.
    3. Varmistakaa, että työvälineet, materiaalit ja turvallinen työskentelyalue ovat näyttöpäivänä vapaina.

joint-assessment-prep-student =
    1. Käy kriteerit läpi opettajasi kanssa ja kysy, mitä kukin niistä tarkoittaa omalla työpaikallasi.
    2. Arvioi jokin oma työsi kriteerien perusteella.

joint-assessment-do-vet-provider =
    1. Havainnoikaa näyttöä ja kirjatkaa havaintoja kunkin kriteerin kohdalle.
    2. Sopikaa arvioinnista työpaikkaohjaajan kanssa ennen kuin kumpikaan antaa palautetta.
    3. Kirjatkaa tulos ja perustelut niin, että opiskelija näkee, miten siihen päädyttiin.

joint-assessment-do-employer =
    1. Kertokaa opiskelijalle tehtävä, käytettävissä oleva aika ja turvallisuusehdot.
    2. Kertokaa opettajalle, mitä vierailija ei näe, esimerkiksi miten opiskelija yleensä työskentelee.
    3. Antakaa palautetta työpaikan näkökulmasta esimerkkien kera.

joint-assessment-do-student =
    1. Suunnittele työsi ennen aloittamista ja kerro suunnitelmasi arvioijille.
    2. Perustele valintasi, kun sitä kysytään.

joint-assessment-follow-up =
    Jokaisen kierroksen jälkeen arvioijat tapaavat lyhyesti: missä heidän arvionsa erosivat, ja miksi? Muokatkaa kriteerejä tai tehtävää, kysykää opiskelijoilta, tuntuiko arviointi oikeudenmukaiselta, ja lähettäkää muokatut kriteerit jokaiselle arviointiin osallistuvalle työpaikkaohjaajalle.

joint-assessment-tips =
    - Yhtenäistäkää arviointilinja uudelleen aina, kun mukaan tulee uusia arvioijia; yksi mallityö riittää.
    - Työpaikkaohjaajan, joka on myös opiskelijan esihenkilö, voi olla vaikea antaa heikkoa arvosanaa: antakaa opettajan johtaa keskustelua hylätystä näytöstä.
    - Säilyttäkää kirjalliset perustelut: opiskelija voi pyytää arvioinnin oikaisua.
    .title = Vinkit ja sudenkuopat

joint-assessment-check-vet-provider-choose-unit = Valitkaa tutkinnon osa ja tarkistakaa, kuka saa arvioida.
joint-assessment-check-vet-provider-prepare-criteria = Laatikaa kriteerit ja kuvatkaa kullekin ”riittävän hyvä” -taso.
joint-assessment-check-vet-provider-calibrate = Antakaa arvioijien arvioida sama mallityö erikseen.
joint-assessment-check-vet-provider-agree-roles = Sopikaa päivä, tehtävä ja kuka arvioi mitäkin.
joint-assessment-check-vet-provider-agree-first = Sopikaa tuloksesta ohjaajan kanssa ennen palautetta.
joint-assessment-check-vet-provider-record-result = Kirjatkaa tulos ja perustelut.
joint-assessment-check-vet-provider-review-criteria = Muokatkaa kriteerejä jokaisen kierroksen jälkeen.

joint-assessment-check-employer-choose-assessor = Nimetkää arvioiva työpaikkaohjaaja.
joint-assessment-check-employer-book-calibration = Varatkaa aika arviointilinjan yhtenäistämiseen.
joint-assessment-check-employer-plan-task = Suunnitelkaa todellinen tehtävä; kertokaa, mitä se ei kata.
joint-assessment-check-employer-prepare-area = Vapauttakaa välineet, materiaalit ja turvallinen alue.
joint-assessment-check-employer-assess-together = Arvioikaa yhdessä opettajan kanssa.
joint-assessment-check-employer-give-feedback = Antakaa palautetta työstä esimerkkien kera.

joint-assessment-check-student-read-criteria = Käy kriteerit läpi opettajasi kanssa.
joint-assessment-check-student-practise = Arvioi yksi oma työsi kriteerien perusteella.
joint-assessment-check-student-plan-work = Suunnittele työsi ja kerro suunnitelma arvioijille.
joint-assessment-check-student-explain = Perustele valintasi, kun sitä kysytään.
joint-assessment-check-student-note-feedback = Kirjaa, mitä parannat seuraavaksi.
