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
    1. Valitse tutkinnon osa ja ammattitaitovaatimukset, jotka näytössä osoitetaan.
    2. Valmistele arviointikriteerit yhdessä { -employer(case: "gen") } kanssa ja liitä kuhunkin tasoon esimerkkejä.
    3. Järjestä lyhyt tapaaminen, jossa arvioijat yhtenäistävät linjansa arvioimalla saman mallityön.
    4. Sovi päivämäärä, tehtävä ja kunkin arvioijan rooli.

joint-assessment-prep-employer =
    1. Valitse arvioijaksi työpaikkaohjaaja ja anna hänelle aikaa valmistautua.
    2. Suunnittele todellinen työtehtävä, joka kattaa ammattitaitovaatimukset.
    3. Varmista, että materiaalit, työvälineet ja turvallinen työskentelyalue ovat valmiina.

joint-assessment-prep-student =
    1. Lue arviointikriteerit ja kysy, mitä kukin niistä tarkoittaa käytännössä.
    2. Harjoittele tehtäviä ja arvioi itseäsi kriteerien perusteella.
    3. Valmistaudu perustelemaan valintasi ja työtapasi.

joint-assessment-do-vet-provider =
    1. Havainnoi näyttöä ja tee muistiinpanoja kriteerien mukaisesti.
    2. Keskustele arvioinnista työpaikkaohjaajan kanssa ennen palautteen antamista.
    3. Kirjaa arviointi ja sen perustelut.

joint-assessment-do-employer =
    1. Selitä opiskelijalle tehtävä ja sen olosuhteet.
    2. Havainnoi ja arvioi työ yhdessä opettajan kanssa.
    3. Anna konkreettista palautetta työpaikan näkökulmasta.

joint-assessment-do-student =
    1. Suunnittele työsi ennen aloittamista ja työskentele turvallisesti.
    2. Kerro pyydettäessä, mitä teet ja miksi.
    3. Kuuntele palaute ja kirjaa, mitä voit parantaa.

joint-assessment-follow-up =
    Näyttöjen jälkeen arvioijat käyvät yhdessä läpi, olivatko kriteerit selkeät, arvioivatko he samalla tavalla ja osoittiko tehtävä sen, mitä sen oli tarkoitus osoittaa. Muokatkaa kriteerejä ja tehtävää seuraavaa kierrosta varten.

    Anna opiskelijoille kirjallinen yhteenveto palautteesta ja kysy, tuntuiko arviointi heistä oikeudenmukaiselta. Jaa parannetut kriteerit kaikille arviointiin osallistuville työpaikkaohjaajille.

joint-assessment-tips =
    - Yhtenäistäkää arviointilinja mallitöiden avulla aina, kun mukaan tulee uusia arvioijia.
    - Selkokielellä kirjoitetut kriteerit auttavat sekä opiskelijoita että työpaikkaohjaajia.
    - Älä anna opettajan tai työpaikkaohjaajan näkemyksen hallita. Keskustelkaa, kunnes olette yksimielisiä.
    - Pidä tehtävä todellisena, mutta varmista, että se kattaa kaikki arvioitavat tavoitteet.
    .title = Vinkit ja sudenkuopat

joint-assessment-check-vet-provider-choose-unit = Valitse näytettävä tutkinnon osa ja tavoitteet.
joint-assessment-check-vet-provider-prepare-criteria = Valmistele yhteiset kriteerit esimerkkeineen.
joint-assessment-check-vet-provider-calibrate = Järjestä arvioijille kalibrointitapaaminen mallitöiden avulla.
joint-assessment-check-vet-provider-agree-roles = Sovi päivämäärä, tehtävä ja roolit.
joint-assessment-check-vet-provider-record-result = Kirjaa arviointi ja perustelut.
joint-assessment-check-vet-provider-review-criteria = Tarkista kriteerit jokaisen kierroksen jälkeen.

joint-assessment-check-employer-choose-assessor = Valitse arvioijaksi työpaikkaohjaaja.
joint-assessment-check-employer-plan-task = Suunnittele tavoitteet kattava todellinen tehtävä.
joint-assessment-check-employer-prepare-area = Valmistele työvälineet, materiaalit ja turvallinen työskentelyalue.
joint-assessment-check-employer-assess-together = Arvioi yhdessä opettajan kanssa.
joint-assessment-check-employer-give-feedback = Anna konkreettista palautetta.

joint-assessment-check-student-read-criteria = Lue kriteerit ja kysy niistä.
joint-assessment-check-student-practise = Harjoittele ja arvioi itseäsi.
joint-assessment-check-student-plan-work = Suunnittele työsi ennen aloittamista.
joint-assessment-check-student-explain = Valmistaudu perustelemaan valintasi.
joint-assessment-check-student-note-feedback = Kirjaa, mitä voit parantaa.
