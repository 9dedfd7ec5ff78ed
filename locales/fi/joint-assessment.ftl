## Menetelmä: Yhteinen arviointi ja näytöt

joint-assessment-title = Yhteinen arviointi ja näytöt
    .summary = Opettajat ja työpaikkaohjaajat arvioivat opiskelijoita yhdessä yhteisten kriteerien ja todellisten työtehtävien pohjalta.

joint-assessment-intro =
    Näytössä opiskelija osoittaa todellisia työtehtäviä tekemällä, että hän on saavuttanut tutkinnon osan ammattitaitovaatimukset. Kun opettaja ja { -work-mentor } arvioivat yhdessä, tulos on oikeudenmukaisempi ja merkityksellisempi: työpaikkaohjaaja tietää, mitä työ vaatii, ja opettaja tuntee tutkinnon ja sen arviointikriteerit.

    Yhteinen arviointi vaatii valmistelua. Kummankin arvioijan on ymmärrettävä kriteerit samalla tavalla, sovittava etukäteen, mikä on riittävän hyvä suoritus, ja osattava antaa palautetta, josta opiskelija hyötyy.

joint-assessment-example =
    Bremeniläinen ammatillinen oppilaitos ja kolme metallialan yritystä huomasivat, että opettajat ja yritysten kouluttajat arvioivat opiskelijoiden töitä usein eri tavoin. Yhdessä he suunnittelivat yhteiset näytöt metallitekniikan toisen vuoden opiskelijoille.

    Ensin opettajat ja kouluttajat kokoontuivat iltapäiväksi ja arvioivat kukin erikseen samat kolme mallityökappaletta. Sen jälkeen he vertasivat arvosanojaan ja kävivät jokaisen eron läpi. Keskustelun pohjalta he laativat yhteisen arviointilomakkeen, jossa jokainen arvosana oli kuvattu selkeästi. Sitten jokainen opiskelija valmisti yrityksessä hitsatun kiinnikkeen teknisen piirustuksen mukaan, tarkasti sen laadun ja perusteli valintansa. Opettaja ja kouluttaja arvioivat yhdessä ja antoivat palautteen heti paikan päällä.

    Erimielisyydet arvosanoista lähes katosivat, ja opiskelijoiden mukaan palaute oli hyödyllisempää, koska se tuli kummaltakin osapuolelta. Yritykset käyttävät arviointilomaketta nyt myös omassa sisäisessä koulutuksessaan.
    .title = Kokeiltu tekniikan alalla, Saksa

joint-assessment-prep-vet-provider =
    1. Valitkaa tutkinnon osa ja ammattitaitovaatimukset, jotka näytössä osoitetaan.
    2. Valmistelkaa arviointikriteerit yhdessä { -employer(case: "gen") } kanssa ja liittäkää kuhunkin tasoon esimerkkejä.
    3. Järjestäkää lyhyt tapaaminen, jossa arvioijat yhtenäistävät linjansa arvioimalla saman mallityön.
    4. Sopikaa päivämäärä, tehtävä ja kunkin arvioijan rooli.

joint-assessment-prep-employer =
    1. Valitkaa arvioijaksi työpaikkaohjaaja ja antakaa hänelle aikaa valmistautua.
    2. Suunnitelkaa todellinen työtehtävä, joka kattaa ammattitaitovaatimukset.
    3. Varmistakaa, että materiaalit, työvälineet ja turvallinen työskentelyalue ovat valmiina.

joint-assessment-prep-student =
    1. Lue arviointikriteerit ja kysy, mitä kukin niistä tarkoittaa käytännössä.
    2. Harjoittele tehtäviä ja arvioi itseäsi kriteerien perusteella.
    3. Valmistaudu perustelemaan valintasi ja työtapasi.

joint-assessment-do-vet-provider =
    1. Havainnoikaa näyttöä ja tehkää muistiinpanoja kriteerien mukaisesti.
    2. Keskustelkaa arvioinnista työpaikkaohjaajan kanssa ennen palautteen antamista.
    3. Kirjatkaa arviointi ja sen perustelut.

joint-assessment-do-employer =
    1. Selittäkää opiskelijalle tehtävä ja sen olosuhteet.
    2. Havainnoikaa ja arvioikaa työ yhdessä opettajan kanssa.
    3. Antakaa konkreettista palautetta työpaikan näkökulmasta.

joint-assessment-do-student =
    1. Suunnittele työsi ennen aloittamista ja työskentele turvallisesti.
    2. Kerro pyydettäessä, mitä teet ja miksi.
    3. Kuuntele palaute ja kirjaa, mitä voit parantaa.

joint-assessment-follow-up =
    Näyttöjen jälkeen arvioijat käyvät yhdessä läpi, olivatko kriteerit selkeät, arvioivatko he samalla tavalla ja osoittiko tehtävä sen, mitä sen oli tarkoitus osoittaa. Muokatkaa kriteerejä ja tehtävää seuraavaa kierrosta varten.

    Antakaa opiskelijoille kirjallinen yhteenveto palautteesta ja kysykää, tuntuiko arviointi heistä oikeudenmukaiselta. Jakakaa parannetut kriteerit kaikille arviointiin osallistuville työpaikkaohjaajille.

joint-assessment-tips =
    - Yhtenäistäkää arviointilinja mallitöiden avulla aina, kun mukaan tulee uusia arvioijia.
    - Selkeällä yleiskielellä kirjoitetut kriteerit auttavat sekä opiskelijoita että työpaikkaohjaajia.
    - Älkää antako opettajan tai työpaikkaohjaajan näkemyksen hallita. Keskustelkaa, kunnes olette yksimielisiä.
    - Pitäkää tehtävä todellisena, mutta varmistakaa, että se kattaa kaikki arvioitavat tavoitteet.
    .title = Vinkit ja sudenkuopat

joint-assessment-check-vet-provider-choose-unit = Valitkaa näytettävä tutkinnon osa ja tavoitteet.
joint-assessment-check-vet-provider-prepare-criteria = Valmistelkaa yhteiset kriteerit esimerkkeineen.
joint-assessment-check-vet-provider-calibrate = Järjestäkää arvioijille kalibrointitapaaminen mallitöiden avulla.
joint-assessment-check-vet-provider-agree-roles = Sopikaa päivämäärä, tehtävä ja roolit.
joint-assessment-check-vet-provider-record-result = Kirjatkaa arviointi ja perustelut.
joint-assessment-check-vet-provider-review-criteria = Tarkistakaa kriteerit jokaisen kierroksen jälkeen.

joint-assessment-check-employer-choose-assessor = Valitkaa arvioijaksi työpaikkaohjaaja.
joint-assessment-check-employer-plan-task = Suunnitelkaa tavoitteet kattava todellinen tehtävä.
joint-assessment-check-employer-prepare-area = Valmistelkaa työvälineet, materiaalit ja turvallinen työskentelyalue.
joint-assessment-check-employer-assess-together = Arvioikaa yhdessä opettajan kanssa.
joint-assessment-check-employer-give-feedback = Antakaa konkreettista palautetta.

joint-assessment-check-student-read-criteria = Lue kriteerit ja kysy niistä.
joint-assessment-check-student-practise = Harjoittele ja arvioi itseäsi.
joint-assessment-check-student-plan-work = Suunnittele työsi ennen aloittamista.
joint-assessment-check-student-explain = Valmistaudu perustelemaan valintasi.
joint-assessment-check-student-note-feedback = Kirjaa, mitä voit parantaa.
