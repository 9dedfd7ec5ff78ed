## Menetelmä: Oppisopimuskoulutus

apprenticeship-title = Oppisopimuskoulutus
    .summary = Opiskelija on työsuhteessa yritykseen ja oppii pääosin työssä { -vet-provider(case: "gen") } tuella.

apprenticeship-intro =
    Oppisopimuskoulutuksessa opiskelija on työntekijä. Hän solmii työsopimuksen { -employer(case: "gen") } kanssa, saa palkkaa ja oppii suurimman osan ammatistaan työssä, kun taas { -vet-provider } suunnittelee koulutuksen, opettaa teorian ja järjestää arvioinnin. Säännöt vaihtelevat maittain, mutta ajatus on kaikkialla sama: työpaikka on tärkein oppimisympäristö.

    Oppisopimus sopii alaa vaihtaville aikuisille, nuorille, jotka haluavat ansaita opiskellessaan, ja yrityksille, jotka haluavat kouluttaa työntekijöitä omiin tarpeisiinsa. Se edellyttää kaikilta kolmelta osapuolelta sitoutumista pitkäksi aikaa, joten huolellinen suunnittelu on välttämätöntä.

apprenticeship-example =
    Oululainen LVI-yritys ei löytänyt osaavia asentajia. Yhdessä paikallisen ammattiopiston kanssa se palkkasi kaksi aikuista, entisen varastotyöntekijän ja entisen sotilaan, oppisopimuksella suorittamaan talotekniikan perustutkintoa.

    Opettaja ja yrityksen työmaapäällikkö laativat kummankin oppisopimusopiskelijan kanssa tälle henkilökohtaisen osaamisen kehittämissuunnitelman (HOKS). Siinä tutkinnon jokainen osa yhdistettiin asennuskohteisiin, joissa yritys työskentelisi seuraavien kahden vuoden aikana, ja lisäksi suunnitelmaan kirjattiin opintopäiviä ja verkossa opiskeltavaa teoriaa niiltä osin, joita työmaat eivät kattaneet. Kokenut asentaja toimi työpaikkaohjaajana, ja nelikko tapasi kahden kuukauden välein seuratakseen edistymistä.

    Kumpikin oppisopimusopiskelija suoritti tutkintonsa hieman yli kahdessa vuodessa ja jäi yritykseen töihin. Toinen heistä ohjaa nyt yrityksen seuraavaa oppisopimusopiskelijaa.
    .title = Kokeiltu tekniikan alalla, Suomi

apprenticeship-prep-vet-provider =
    1. Varmista, että työpaikka pystyy tarjoamaan tutkinnon edellyttämät työtehtävät.
    2. Kerro { -employer(case: "all") } ja hakijalle säännöistä, rahoituksesta ja vastuista.
    3. Laadi yhdessä henkilökohtainen osaamisen kehittämissuunnitelma (HOKS), johon kirjataan opintopäivät ja arvioinnit.

apprenticeship-prep-employer =
    1. Päätä, kenet palkkaat, ja sovi työsopimuksesta, palkasta ja työajoista.
    2. Nimeä { -work-mentor } ja anna hänelle aikaa ja koulutusta.
    3. Suunnittele, mitkä työtehtävät ja työmaat kattavat suunnitelman mitkäkin osat.

apprenticeship-prep-student =
    1. Ota selvää, mitä oppisopimuskoulutus sisältää, myös opintopäivistä ja arvioinnista.
    2. Lue työsopimus ja HOKS ja kysy kaikesta, mikä on epäselvää.
    3. Sovi työpaikkaohjaajasi kanssa, miten teette yhteistyötä.

apprenticeship-do-vet-provider =
    1. Opeta teoria ja kytke se oppisopimusopiskelijan työhön.
    2. Pidä säännöllisiä seurantatapaamisia opiskelijan ja työpaikkaohjaajan kanssa.
    3. Järjestä arviointi, mieluiten työpaikalla.

apprenticeship-do-employer =
    1. Anna opiskelijalle tehtäviä suunnitelman mukaan, älä vain sitä, mikä on kiireellistä.
    2. Vapauta opiskelija opintopäiviin.
    3. Pidä työpaikkaohjaaja mukana ja kerro ongelmista ajoissa.

apprenticeship-do-student =
    1. Osallistu aktiivisesti työhön ja opintoihin ja pidä oppimispäiväkirjaa.
    2. Kerro työpaikkaohjaajallesi ja opettajallesi, jos suunnitelma ei vastaa tehtäviäsi.
    3. Valmistaudu seurantatapaamisiin ja arviointeihin.

apprenticeship-follow-up =
    Käykää HOKS läpi jokaisessa seurantatapaamisessa ja päivittäkää sitä, kun työ muuttuu. Lopuksi arvioikaa yhdessä kaikkien kolmen osapuolen kanssa: saavuttiko oppisopimuskoulutus tavoitteensa, ja mitä tekisitte toisin seuraavan oppisopimusopiskelijan kanssa?

    Kirjatkaa yrityksen kokemukset, sillä ne ovat paras peruste muille yrityksille kokeilla oppisopimuskoulutusta. Juhlistakaa tutkinnon valmistumista yhdessä.

apprenticeship-tips =
    - Aloita huolellisella rekrytoinnilla: motivaatio on tärkeämpää kuin aiempi kokemus.
    - Realistinen suunnitelma estää sen, että opiskelija juuttuu kuukausiksi yhteen tehtävään.
    - Älä anna opintopäivien kadota, kun yrityksellä on kiire.
    - Suunnitelkaa etukäteen, mitä tapahtuu, jos työsopimus päättyy ennenaikaisesti.
    .title = Vinkit ja sudenkuopat

apprenticeship-check-vet-provider-check-tasks = Varmista, että työpaikka tarjoaa tarvittavat tehtävät.
apprenticeship-check-vet-provider-explain-rules = Kerro säännöistä, rahoituksesta ja vastuista.
apprenticeship-check-vet-provider-training-plan = Laadi HOKS yhdessä.
apprenticeship-check-vet-provider-link-theory = Kytke teoria opiskelijan työhön.
apprenticeship-check-vet-provider-progress-meetings = Pidä säännöllisiä seurantatapaamisia.
apprenticeship-check-vet-provider-organise-assessment = Järjestä arviointi työpaikalla.

apprenticeship-check-employer-agree-contract = Sovi työsopimuksesta, palkasta ja työajoista.
apprenticeship-check-employer-name-mentor = Nimeä ja kouluta työpaikkaohjaaja.
apprenticeship-check-employer-plan-tasks = Suunnittele HOKSin kattavat tehtävät.
apprenticeship-check-employer-release-study = Vapauta opiskelija opintopäiviin.
apprenticeship-check-employer-report-problems = Kerro ongelmista ajoissa.

apprenticeship-check-student-understand-terms = Perehdy työsopimukseen ja HOKSiin.
apprenticeship-check-student-agree-mentor = Sovi työpaikkaohjaajasi kanssa, miten työskentelette.
apprenticeship-check-student-keep-log = Pidä oppimispäiväkirjaa.
apprenticeship-check-student-speak-up = Kerro, jos tehtäväsi eivät vastaa suunnitelmaa.
apprenticeship-check-student-prepare-meetings = Valmistaudu seurantatapaamisiin.
