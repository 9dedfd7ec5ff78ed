## Luku 15: Hyödyt ja arviointi

benefits-title = Hyödyt ja arviointi
    .summary = Mitä yhteistyö tuo mukanaan ja miten sitä arvioidaan neljän painopisteen avulla.

benefits-intro =
    Yhteistyö { -vet-providers(case: "gen") } ja { -employers(case: "gen") } välillä vie aikaa, ja on aiheellista kysyä, mitä sillä saavutetaan. { -brand }-hankkeen kumppanit näkivät hyötyjä kaikille kolmelle ryhmälle. Opiskelijat oppivat todellisissa tehtävissä ja ajanmukaisilla laitteilla, heidän itsevarmuutensa kasvoi ja he löysivät ensimmäisen työpaikkansa helpommin. Työpaikat tutustuivat tuleviin työntekijöihin, muokkasivat koulutusta tarpeidensa mukaan ja näkivät omien työntekijöidensä kasvavan ohjaajina. Oppilaitokset pitivät opetuksensa ajan tasalla, löysivät opiskelijoille parempia koulutussopimuspaikkoja ja paransivat koulutuksensa laatua.

    Jotta näette nämä hyödyt omassa kumppanuudessanne, arvioikaa sitä säännöllisesti. Ehdotamme neljää painopistettä: sitoutuminen, yhteistoiminta, yhteiskehittäminen ja onnistumisten juhlistaminen. Alla jokaisessa osiossa selitetään yksi painopiste ja esitetään kysymyksiä, joihin kumpikin kumppani voi vastata esimerkiksi kerran vuodessa yhteisessä tapaamisessa. Vastatkaa ensin erikseen ja vertailkaa sitten: erot kertovat eniten.

benefits-commitment =
    Sitoutuminen tarkoittaa, että yhteistyö ei jää muutaman innokkaan ihmisen varaan. Kummankin organisaation ylin johto tukee sitä avoimesti, antaa sille aikaa ja rahaa ja kysyy tuloksista. Yhteistyö on kirjattu strategioihin, toimintasuunnitelmiin ja tehtävänkuviin, joten se jatkuu, vaikka ihmiset vaihtavat työpaikkaa.

    Kysymyksiä arviointiin:

    - Tietääkö kummankin organisaation ylin johto yhteistyöstämme, ja tukeeko se sitä?
    - Onko yhteistyö osa strategioitamme ja vuosisuunnitelmiamme?
    - Onko opettajilla ja työpaikkaohjaajilla työsuunnitelmissaan aikaa tälle työlle?
    - Jatkuisiko yhteistyö, jos pääasiallinen yhteyshenkilömme lähtisi?
    - Onko selvää, kuka maksaa mitäkin, ja pitääkö kumpikin osapuoli jakoa reiluna?
    .title = Sitoutuminen

benefits-cooperation =
    Yhteistoiminnassa on kyse siitä, miten kumppanit toimivat keskenään arjessa. Se perustuu avoimeen ja läpinäkyvään viestintään, siihen, että kumpikin osapuoli tietää, mitä toinen voi tarjota ja mitä ei, sekä järjestelyyn, josta molemmat hyötyvät. Lisäksi tarvitaan valmiutta: työpaikalla on työpaikkaohjaaja ja sopivia tehtäviä valmiina, kun opiskelija saapuu, ja oppilaitos vastaa nopeasti, kun ongelmia ilmenee.

    Kysymyksiä arviointiin:

    - Tiedämmekö, keneen ottaa yhteyttä, ja saammeko vastauksia kohtuullisessa ajassa?
    - Kokeeko kumpikin kumppani hyötyvänsä yhteistyöstä?
    - Ovatko opiskelijat, työpaikkaohjaajat ja opettajat hyvin valmistautuneita ennen jokaista koulutussopimusjaksoa?
    - Voimmeko ottaa ongelmat avoimesti puheeksi ja ratkaista ne yhdessä?
    .title = Yhteistoiminta

benefits-collaboration =
    Yhteiskehittäminen menee yhteistoimintaa syvemmälle. Kumppanit suunnittelevat ja kehittävät koulutusta yhdessä. Opetussuunnitelmasta neuvotellaan ja sitä sovitetaan niin, että se sopii sekä tutkintoon että työpaikkaan, ja oppimistavoitteet, arviointikriteerit ja keskeiset käsitteet tarkoittavat samaa kaikille osallisille.

    Kysymyksiä arviointiin:

    - Onko työpaikka saanut vaikuttaa siihen, mitä ja miten opiskelijat oppivat?
    - Ymmärtävätkö opettajat, työpaikkaohjaajat ja opiskelijat oppimistavoitteet samalla tavalla?
    - Arvioimmeko opiskelijoita yhdessä yhteisten kriteerien pohjalta?
    - Olemmeko muuttaneet opetustamme tai työtapojamme sen perusteella, mitä olemme oppineet toisiltamme?
    .title = Yhteiskehittäminen

benefits-celebration =
    Onnistumisten juhlistaminen unohtuu helposti, vaikka juuri se pitää ihmiset motivoituneina. Antakaa tunnustusta työpaikkaohjaajien, opettajien ja opiskelijoiden työlle ja kertokaa onnistumisistanne kummankin organisaation sisällä ja niiden ulkopuolella: tiedotteissa, sosiaalisessa mediassa, valmistujaisissa tai paikallisessa yritystapahtumassa. Kiitosviesti työpaikkaohjaajalle, todistus tai lyhyt tarina työllistyneestä opiskelijasta osoittaa, että vaiva kannatti.

    Kysymyksiä arviointiin:

    - Miten olemme antaneet tunnustusta ihmisille, jotka saivat yhteistyön toimimaan?
    - Olemmeko kertoneet tuloksistamme kollegoille, johdolle ja paikalliselle yhteisölle?
    - Mistä tämän vuoden onnistumisesta haluaisimme kertoa muille?
    .title = Onnistumisten juhlistaminen

benefits-evaluation =
    Pitäkää arviointi niin kevyenä, että se myös tehdään: lyhyt yhteinen tapaaminen kerran vuodessa, yllä olevat kysymykset ja muutama tunnusluku riittävät usein. Hyödyllisiä tunnuslukuja ovat esimerkiksi työpaikalla oppineiden opiskelijoiden määrä, koulutettujen työpaikkaohjaajien määrä, opiskelijoiden ja työpaikkaohjaajien palaute, tutkinnon suorittaneiden osuus, se, kuinka moni opiskelija työllistyi koulutuksen jälkeen, ja se, mitä yhteistyö maksoi kummallekin osapuolelle työaikana ja rahana.

    Kirjatkaa kolme asiaa, jotka menivät hyvin, ja kolme kehitettävää asiaa, ja sopikaa, kuka tekee mitäkin ennen seuraavaa tapaamista. Palatkaa sitten yhteistyön käynnistämistä käsittelevän luvun itsearviointiin. Saatatte huomata, että kumppanuutenne on edennyt seuraavalle tasolle ja on valmis uusiin menetelmiin.
    .title = Tehkää arvioinnista tapa
